// The rdata parsers by upper-case type mnemonic, and the RFC 3597 `\#` form for any type.
// Types without a parser keep only their raw fields.
import type { Field, Rdata, RdataContext, RdataParser, Span } from './context';
import { parseA, parseAaaa } from './address';
import { parseCaa } from './caa';
import { dnskeyParser, dsParser } from './dnssec';
import { parseUnknownForm, usesGenericForm } from './generic';
import { parseSshfp, tlsaParser } from './hashes';
import { parseMx, parseSrv } from './mx-srv';
import { parseCname, parseDname, parseNs, parsePtr } from './name-targets';
import { parseNaptr } from './naptr';
import { parseAfsdb, parseApl, parseCert, parseCsync, parseDhcid, parseEui48, parseEui64, parseHinfo, parseIpseckey, parseKx, parseL32, parseL64, parseLoc, parseLp, parseNid, parseNsec, parseNsec3, parseNsec3param, parseOpenpgpkey, parseRp, parseRrsig, parseUri, parseWks, parseZonemd } from './more-types';
import { parseSoa } from './soa';
import { svcbParser } from './svcb';
import { parseSpf, parseTxt } from './text';
import { typeName } from '../types';

export { usesGenericForm } from './generic';

export const rdataParsers: Partial<Record<string, RdataParser>> = {
  SOA: parseSoa,
  NS: parseNs,
  A: parseA,
  AAAA: parseAaaa,
  CNAME: parseCname,
  MX: parseMx,
  TXT: parseTxt,
  SPF: parseSpf,
  SRV: parseSrv,
  CAA: parseCaa,
  PTR: parsePtr,
  DS: dsParser('DS'),
  CDS: dsParser('CDS'),
  DNSKEY: dnskeyParser('DNSKEY'),
  CDNSKEY: dnskeyParser('CDNSKEY'),
  TLSA: tlsaParser('TLSA'),
  SMIMEA: tlsaParser('SMIMEA'),
  SSHFP: parseSshfp,
  NAPTR: parseNaptr,
  HTTPS: svcbParser('HTTPS'),
  SVCB: svcbParser('SVCB'),
  DNAME: parseDname,
  HINFO: parseHinfo,
  RP: parseRp,
  AFSDB: parseAfsdb,
  KX: parseKx,
  URI: parseUri,
  OPENPGPKEY: parseOpenpgpkey,
  EUI48: parseEui48,
  EUI64: parseEui64,
  NID: parseNid,
  L32: parseL32,
  L64: parseL64,
  LP: parseLp,
  DHCID: parseDhcid,
  ZONEMD: parseZonemd,
  CSYNC: parseCsync,
  NSEC: parseNsec,
  CERT: parseCert,
  RRSIG: parseRrsig,
  LOC: parseLoc,
  APL: parseApl,
  IPSECKEY: parseIpseckey,
  WKS: parseWks,
  NSEC3PARAM: parseNsec3param,
  NSEC3: parseNsec3,
};

/**
 * Rdata in RFC 3597 form (`\# <length> <hex ...>`). When the fields turn out not to be in that
 * form (TXT `\#` without a number after it is the text "#"), the type's own parser reads them.
 */
export function parseGenericRdata(fields: Field[], ctx: RdataContext, whole: Span, typeCode: number): Rdata | undefined {
  if (usesGenericForm(fields, typeCode)) return parseUnknownForm(fields, ctx, whole, typeCode);
  return rdataParsers[typeName(typeCode)]?.(fields, ctx, whole);
}
