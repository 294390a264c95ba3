// The record-type table: mnemonics and numbers both ways, TYPEnnn as BIND reads it, meta-types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isKnownType, isMetaType, isObsoleteType, typeCode, typeName } from '../../server/src/zone/types';

const REGISTRY: Record<string, number> = {
  A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12, HINFO: 13,
  MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22, 'NSAP-PTR': 23, SIG: 24,
  KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31, NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35,
  KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40, OPT: 41, APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46,
  NSEC: 47, DNSKEY: 48, DHCID: 49, NSEC3: 50, NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56,
  RKEY: 57, TALINK: 58, CDS: 59, CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65,
  SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105, L64: 106, LP: 107, EUI48: 108,
  EUI64: 109, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252, MAILB: 253, MAILA: 254, ANY: 255, URI: 256,
  CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260, RESINFO: 261, WALLET: 262, TA: 32768, DLV: 32769,
};

test('every registry mnemonic maps to its number and back', () => {
  for (const [name, code] of Object.entries(REGISTRY)) {
    assert.equal(typeCode(name), code, name);
    assert.equal(typeCode(name.toLowerCase()), code, name.toLowerCase());
    assert.equal(typeName(code), name, String(code));
    assert.ok(isKnownType(code), name);
  }
});

test('TYPEnnn: 1-5 digits up to 65535, any case; names for known numbers', () => {
  assert.equal(typeCode('TYPE65280'), 65280);
  assert.equal(typeCode('type1'), 1);
  assert.equal(typeCode('TYPE00001'), 1);
  assert.equal(typeCode('TYPE0'), 0);
  assert.equal(typeCode('TYPE65535'), 65535);
  for (const bad of ['TYPE65536', 'TYPE065280', 'TYPE', 'TYPE1x', 'TYPE-1', 'BOGUS', 'ANAME', '']) assert.equal(typeCode(bad), undefined, bad);
  assert.equal(typeName(65280), 'TYPE65280');
  assert.equal(typeName(typeCode('TYPE16')!), 'TXT');
  assert.equal(isKnownType(65280), false);
});

test('meta-types are 0, OPT and 128-255; MD and MF are obsolete', () => {
  for (const name of ['OPT', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY']) assert.ok(isMetaType(typeCode(name)!), name);
  for (const code of [0, 128, 200]) assert.ok(isMetaType(code), String(code));
  for (const name of ['A', 'TXT', 'SPF', 'URI', 'TA']) assert.ok(!isMetaType(typeCode(name)!), name);
  assert.ok(!isMetaType(127) && !isMetaType(256));
  assert.deepEqual([1, 3, 4, 5].map(isObsoleteType), [false, true, true, false]);
});
