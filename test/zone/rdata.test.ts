// Parsed values of good rdata for every type with a parser: names resolved against the origin
// with exact spans, numbers, decoded strings, and the RFC 3597 form. Findings for bad rdata are
// in rdata-findings.test.ts; accept/reject agreement with BIND in rdata-bind.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameRef, ZoneRecord } from '../../server/src/zone/model';
import { TYPES_WITH_NAMES, rdataNames } from '../../server/src/zone/rdata-names';
import { rdataParsers, usesGenericForm } from '../../server/src/zone/rdata/index';
import { hasTextForm, isKnownType, isMetaType, isObsoleteType, typeName } from '../../server/src/zone/types';
import { fieldsOf, parseRdata, spanIn } from '../helpers/fields';

/** The NameRef expected for `written` (its first occurrence, or the nth) inside `rdata`. */
function ref(rdata: string, written: string, name: string, occurrence = 0): NameRef {
  return { ...spanIn(rdata, written, occurrence), name, written, relative: !written.endsWith('.') || written === '@' };
}

interface GoodCase {
  type: string;
  rdata: string;
  origin?: string;
  expect: (rdata: string) => object;
}

const GOOD: GoodCase[] = [
  { type: 'A', rdata: '192.0.2.1', expect: () => ({ type: 'A', address: '192.0.2.1' }) },
  { type: 'AAAA', rdata: '2001:DB8::1', expect: () => ({ type: 'AAAA', address: '2001:DB8::1' }) },
  { type: 'AAAA', rdata: '::ffff:192.0.2.1', expect: () => ({ type: 'AAAA', address: '::ffff:192.0.2.1' }) },
  { type: 'NS', rdata: 'ns1', expect: (r) => ({ type: 'NS', target: ref(r, 'ns1', 'ns1.example.com.') }) },
  { type: 'NS', rdata: 'ns1.example.net.', expect: (r) => ({ type: 'NS', target: ref(r, 'ns1.example.net.', 'ns1.example.net.') }) },
  { type: 'NS', rdata: '@', expect: (r) => ({ type: 'NS', target: ref(r, '@', 'example.com.') }) },
  { type: 'CNAME', rdata: 'www', origin: '.', expect: (r) => ({ type: 'CNAME', target: ref(r, 'www', 'www.') }) },
  { type: 'CNAME', rdata: 'a\\.b', expect: (r) => ({ type: 'CNAME', target: ref(r, 'a\\.b', 'a\\.b.example.com.') }) },
  { type: 'PTR', rdata: 'host.example.com.', expect: (r) => ({ type: 'PTR', target: ref(r, 'host.example.com.', 'host.example.com.') }) },
  { type: 'DNAME', rdata: 'example.net.', expect: (r) => ({ type: 'DNAME', target: ref(r, 'example.net.', 'example.net.') }) },
  { type: 'MX', rdata: '10 @', expect: (r) => ({ type: 'MX', preference: 10, exchange: ref(r, '@', 'example.com.') }) },
  { type: 'MX', rdata: '0 .', expect: (r) => ({ type: 'MX', preference: 0, exchange: ref(r, '.', '.') }) },
  { type: 'MX', rdata: '010 inbound.postmarkapp.com.', expect: (r) => ({ type: 'MX', preference: 10, exchange: ref(r, 'inbound.postmarkapp.com.', 'inbound.postmarkapp.com.') }) },
  {
    type: 'SRV',
    rdata: '0 5 5060 sip',
    expect: (r) => ({ type: 'SRV', priority: 0, weight: 5, port: 5060, target: ref(r, 'sip', 'sip.example.com.') }),
  },
  {
    type: 'SOA',
    rdata: 'ns1 hostmaster.example.com. 2024010101 2h 30M 2w1d 300',
    expect: (r) => ({
      type: 'SOA',
      mname: ref(r, 'ns1', 'ns1.example.com.'),
      rname: ref(r, 'hostmaster.example.com.', 'hostmaster.example.com.'),
      serial: 2024010101,
      refresh: 7200,
      retry: 1800,
      expire: 1296000,
      minimum: 300,
    }),
  },
  { type: 'SOA', rdata: '@ @ 4294967295 0 0 0 4294967295', expect: (r) => ({ type: 'SOA', mname: ref(r, '@', 'example.com.'), rname: ref(r, '@', 'example.com.', 1), serial: 4294967295, refresh: 0, retry: 0, expire: 0, minimum: 4294967295 }) },
  { type: 'CAA', rdata: '0 issue "letsencrypt.org; validationmethods=dns-01"', expect: () => ({ type: 'CAA', flags: 0, tag: 'issue', value: 'letsencrypt.org; validationmethods=dns-01' }) },
  { type: 'CAA', rdata: '128 iodef mailto:security@example.com', expect: () => ({ type: 'CAA', flags: 128, tag: 'iodef', value: 'mailto:security@example.com' }) },
  { type: 'CAA', rdata: '0 issue ""', expect: () => ({ type: 'CAA', flags: 0, tag: 'issue', value: '' }) },
  { type: 'DS', rdata: '60485 RSASHA1 SHA-1 2BB183AF5F22588179A53B0A 98631FAD1A292118', expect: () => ({ type: 'DS', keyTag: 60485, algorithm: 5, digestType: 1, digest: '2bb183af5f22588179a53b0a98631fad1a292118' }) },
  { type: 'CDS', rdata: '0 0 0 00', expect: () => ({ type: 'DS', keyTag: 0, algorithm: 0, digestType: 0, digest: '00' }) },
  { type: 'DNSKEY', rdata: '257 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0d xCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==', expect: () => ({ type: 'DNSKEY', flags: 257, protocol: 3, algorithm: 13, publicKey: 'mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==' }) },
  { type: 'CDNSKEY', rdata: 'ZONE DNSSEC ED25519 AA==', expect: () => ({ type: 'DNSKEY', flags: 256, protocol: 3, algorithm: 15, publicKey: 'AA==' }) },
  { type: 'TLSA', rdata: '3 1 1 0C72AC70B745AC19998811B131D662C9 AC69DBDBE7CB23E5B514B56664C5D3D6', expect: () => ({ type: 'TLSA', usage: 3, selector: 1, matchingType: 1, data: '0c72ac70b745ac19998811b131d662c9ac69dbdbe7cb23e5b514b56664c5d3d6' }) },
  { type: 'SMIMEA', rdata: '0 0 0 ab', expect: () => ({ type: 'TLSA', usage: 0, selector: 0, matchingType: 0, data: 'ab' }) },
  { type: 'SSHFP', rdata: '4 2 123456789abcdef67890123456789abcdef67890123456789abcdef123456789', expect: () => ({ type: 'SSHFP', algorithm: 4, fingerprintType: 2, fingerprint: '123456789abcdef67890123456789abcdef67890123456789abcdef123456789' }) },
  {
    type: 'NAPTR',
    rdata: '100 10 "S" SIP+D2U "!^(.*)$!sip:\\\\1@example.com!" _sip._udp',
    expect: (r) => ({ type: 'NAPTR', order: 100, preference: 10, flags: 'S', service: 'SIP+D2U', regexp: '!^(.*)$!sip:\\1@example.com!', replacement: ref(r, '_sip._udp', '_sip._udp.example.com.') }),
  },
  {
    type: 'HTTPS',
    rdata: '1 . alpn="h2,h3" port=443 ech=AAAA mandatory=alpn,port no-default-alpn key65=x',
    expect: (r) => ({
      type: 'HTTPS',
      priority: 1,
      target: ref(r, '.', '.'),
      params: [
        { key: 'alpn', value: 'h2,h3' },
        { key: 'port', value: '443' },
        { key: 'ech', value: 'AAAA' },
        { key: 'mandatory', value: 'alpn,port' },
        { key: 'no-default-alpn' },
        { key: 'key65', value: 'x' },
      ],
    }),
  },
  { type: 'SVCB', rdata: '0 svc.example.net.', expect: (r) => ({ type: 'SVCB', priority: 0, target: ref(r, 'svc.example.net.', 'svc.example.net.'), params: [] }) },
  { type: 'SVCB', rdata: '1 "svc" key3=\\000\\053', expect: (r) => ({ type: 'SVCB', priority: 1, target: { ...ref(r, '"svc"', 'svc.example.com.'), written: 'svc' }, params: [{ key: 'port', value: '\\000\\053' }] }) },
  { type: 'TYPE65280', rdata: '\\# 3 AB cdEF', expect: () => ({ type: 'GENERIC', typeCode: 65280, length: 3, hex: 'abcdef' }) },
  { type: 'TYPE65280', rdata: '\\# 0', expect: () => ({ type: 'GENERIC', typeCode: 65280, length: 0, hex: '' }) },
  { type: 'MX', rdata: '\\# 3 000a00', expect: () => ({ type: 'GENERIC', typeCode: 15, length: 3, hex: '000a00' }) },
];

for (const { type, rdata, origin, expect } of GOOD) {
  test(`${type} ${rdata} parses`, () => {
    const parsed = parseRdata(type, rdata, origin);
    assert.deepEqual(parsed.findings, []);
    assert.deepEqual(parsed.rdata, expect(rdata));
  });
}

test('TXT keeps every string as its Field and joins the decoded values', () => {
  const rdata = '"v=spf1 include:spf.mtasv.net" " ~all" a\\;b "say \\"hi\\"" \\065\\\\';
  const { rdata: parsed, fields, findings } = parseRdata('TXT', rdata);
  assert.deepEqual(findings, []);
  assert.ok(parsed?.type === 'TXT');
  assert.deepEqual(parsed.strings, fields);
  assert.deepEqual(parsed.strings.map((s) => s.value), ['v=spf1 include:spf.mtasv.net', ' ~all', 'a;b', 'say "hi"', 'A\\']);
  assert.equal(parsed.text, 'v=spf1 include:spf.mtasv.net ~alla;bsay "hi"A\\');
  assert.deepEqual(spanIn(rdata, '" ~all"'), { start: parsed.strings[1].start, end: parsed.strings[1].end });
});

test('SPF, 255-octet strings and the empty string are fine', () => {
  assert.equal(parseRdata('SPF', '"v=spf1 -all"').rdata?.type, 'SPF');
  const longest = parseRdata('TXT', `"${'x'.repeat(255)}" ""`);
  assert.deepEqual(longest.findings, []);
  assert.equal(longest.rdata?.type === 'TXT' && longest.rdata.text.length, 255);
});

test('TXT \\# without a number after it is the text "#"', () => {
  assert.equal(usesGenericForm(fieldsOf('\\# x'), 16), false);
  assert.equal(usesGenericForm(fieldsOf('\\# 1 00'), 16), true);
  assert.equal(usesGenericForm(fieldsOf('"\\#" 0'), 99), false);
  const { rdata } = parseRdata('TXT', '\\# x');
  assert.equal(rdata?.type === 'TXT' && rdata.text, '#x');
});

test('a lone \\# is not the RFC 3597 form: the type parser reads it', () => {
  const { rdata, findings } = parseRdata('TXT', '\\#');
  assert.deepEqual(findings, []);
  assert.equal(rdata?.type === 'TXT' && rdata.text, '#');
});

test('every type the brief names, and every other type BIND reads in text, has a parser keyed by its upper-case mnemonic', () => {
  const brief = ['SOA', 'NS', 'A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SPF', 'SRV', 'CAA', 'PTR', 'DS', 'CDS', 'DNSKEY', 'CDNSKEY', 'TLSA', 'SMIMEA', 'SSHFP', 'NAPTR', 'HTTPS', 'SVCB', 'DNAME'];
  for (const type of brief) assert.ok(rdataParsers[type], `no parser for ${type}`);
  // Every type in the table but the meta-types, the obsolete MD and MF and the ones BIND reads
  // only in RFC 3597 form (NULL, UINFO, UID, GID, UNSPEC).
  const textual = [...Array(65536).keys()].filter((code) => isKnownType(code) && !isMetaType(code) && !isObsoleteType(code) && hasTextForm(code)).map(typeName);
  assert.deepEqual(Object.keys(rdataParsers).sort(), textual.sort());
  assert.equal(textual.length, 80);
});

test('types with no text form and obsolete types are refused, as BIND does, unless in RFC 3597 form', () => {
  for (const type of ['NULL', 'UINFO', 'UID', 'GID', 'UNSPEC', 'TYPE65280']) {
    assert.match(parseRdata(type, 'x').findings.map((f) => f.message).join(), /no known presentation format/, type);
    assert.deepEqual(parseRdata(type, '\\# 1 00').findings, [], type);
  }
  assert.match(parseRdata('MD', 'host').findings[0].message, /obsolete/);
});

test('no parser throws, and every finding lies inside the rdata text', async () => {
  const fc = await import('fast-check');
  const piece = fc.constantFrom('0', '1', '65536', 'a', '.', '@', '\\', '\\#', '\\256', '"', '=', ',', ':', 'alpn=', 'key1', '!', '(', '|', 'AA==', 'ff', ' ', '  ', 'é');
  const text = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));
  const type = fc.constantFrom(...Object.keys(rdataParsers), 'TYPE65280', 'HINFO');
  fc.assert(
    fc.property(type, text, (recordType, rdata) => {
      const { findings } = parseRdata(recordType, rdata);
      for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= rdata.length, `${recordType} ${rdata}: ${f.start}-${f.end}`);
    }),
    { numRuns: 3000 },
  );
});

test('TYPES_WITH_NAMES lists exactly the types whose parsed rdata gives names', () => {
  const table = readFileSync(join(__dirname, '..', 'fixtures', 'rdata-bind-verdicts.txt'), 'utf8');
  const withNames = new Set<string>();
  for (const line of table.split('\n')) {
    const match = /^ok\s+(\S+)\s+(.*)$/.exec(line);
    if (!match || match[2].startsWith('\\#') || /\{/.test(match[2])) continue;
    const { rdata } = parseRdata(match[1], match[2]);
    if (rdata && rdataNames({ rdata } as ZoneRecord).length > 0) withNames.add(match[1]);
  }
  // Every listed type gives names for some accepted record, and no other type does.
  assert.deepEqual([...withNames].sort(), [...TYPES_WITH_NAMES].sort());
});
