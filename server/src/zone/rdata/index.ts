// The rdata parsers by upper-case type mnemonic, and the RFC 3597 `\#` form for any type.
// Every type BIND reads in text has a parser; the others are refused (parseRdataFields).
import type { Field, Rdata, RdataContext, RdataParser, Span } from './context';
import { parseA, parseAaaa } from './address';
import { parseCaa } from './caa';
import { dnskeyParser, dsParser } from './dnssec';
import { parseUnknownForm, usesGenericForm } from './generic';
import { parseSshfp, tlsaParser } from './hashes';
import { parseMx, parseSrv } from './mx-srv';
import { parseCname, parseDname, parseNs, parsePtr } from './name-targets';
import { parseNaptr } from './naptr';
import { parseAfsdb, parseApl, parseCert, parseCsync, parseDhcid, parseEui48, parseEui64, parseHinfo, parseIpseckey, parseKx, parseL32, parseL64, parseLoc, parseLp, parseNid, parseNsec, parseNsec3, parseNsec3param, parseNxt, parseOpenpgpkey, parseRp, parseRrsig, parseSig, parseUri, parseWks, parseZonemd } from './more-types';
import * as rare from './rare-types';
import { parseSoa } from './soa';
import { svcbParser } from './svcb';
import { parseSpf, parseTxt } from './text';
import { hasTextForm, isKnownType, isObsoleteType } from '../types';

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
  SIG: parseSig,
  NXT: parseNxt,
  TA: dsParser('TA'),
  DLV: dsParser('DLV'),
  MB: rare.parseMb,
  MG: rare.parseMg,
  MR: rare.parseMr,
  'NSAP-PTR': rare.parseNsapPtr,
  MINFO: rare.parseMinfo,
  TALINK: rare.parseTalink,
  RT: rare.parseRt,
  PX: rare.parsePx,
  X25: rare.parseX25,
  ISDN: rare.parseIsdn,
  GPOS: rare.parseGpos,
  NINFO: rare.parseNinfo,
  AVC: rare.parseAvc,
  RESINFO: rare.parseResinfo,
  WALLET: rare.parseWallet,
  EID: rare.parseEid,
  NIMLOC: rare.parseNimloc,
  HHIT: rare.parseHhit,
  BRID: rare.parseBrid,
  NSAP: rare.parseNsap,
  ATMA: rare.parseAtma,
  A6: rare.parseA6,
  SINK: rare.parseSink,
  HIP: rare.parseHip,
  DOA: rare.parseDoa,
  AMTRELAY: rare.parseAmtrelay,
  DSYNC: rare.parseDsync,
  KEY: rare.parseKey,
  RKEY: rare.parseRkey,
  KEYDATA: rare.parseKeydata,
};

/**
 * The rdata of a record of type `type` (mnemonic of `code`), as BIND reads it: the RFC 3597 form
 * for any type, else the type's own parser; types with no text form and obsolete ones are
 * reported. Undefined after a report.
 */
export function parseRdataFields(type: string, code: number, fields: Field[], ctx: RdataContext, whole: Span): Rdata | undefined {
  const generic = usesGenericForm(fields, code);
  const parser = generic ? undefined : rdataParsers[type];
  if (parser) return parser(fields, ctx, whole);
  if (generic) return parseUnknownForm(fields, ctx, whole, code);
  if (isObsoleteType(code)) {
    ctx.report('zone/invalid-rdata', whole, `${type} is obsolete (RFC 973) and BIND refuses it; use MX.`);
  } else if (!isKnownType(code) || !hasTextForm(code)) {
    // BIND: "unknown class/type" — a type known only by number, or one it has no text form for.
    ctx.report('zone/invalid-rdata', whole, `${type} has no known presentation format: write its data in the RFC 3597 form \\# <length> <hex>.`);
  }
  return undefined;
}
