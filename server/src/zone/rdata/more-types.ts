// Rdata of less common types that BIND checks and zones still carry: HINFO (RFC 1035 §3.3.2),
// RP and AFSDB (RFC 1183), KX (RFC 2230), URI (RFC 7553), OPENPGPKEY (RFC 7929), EUI48/EUI64
// (RFC 7043), NID/L32/L64/LP (RFC 6742), DHCID (RFC 4701), ZONEMD (RFC 8976), CSYNC (RFC 7477),
// NSEC and RRSIG (RFC 4034) and their predecessors NXT and SIG (RFC 2535), NSEC3 and NSEC3PARAM
// (RFC 5155), CERT (RFC 4398), LOC (RFC 1876), APL (RFC 3123), IPSECKEY (RFC 4025) and WKS
// (RFC 1035). What is accepted follows named-checkzone 9.18, quirks included
// (test/zone/rdata-bind.test.ts holds each verdict to it).
import type { Field, Rdata, RdataContext, RdataParser } from './context';
import { checkFieldCount, checkHexLength, readBase64, readCharacterString, readCodeOrMnemonic, readHex, readName, readNumber, readRecordType, reportExtra, spanOf } from './fields';
import { ALGORITHMS } from './dnssec';
import { isIpv4, isIpv6 } from './address';
import { typeName } from '../types';
import { readDateTime } from './rare-types';

export const parseHinfo: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'HINFO', ['cpu', 'os']);
  if (count === 'missing') return undefined;
  const cpu = readCharacterString(fields[0], ctx, 'HINFO cpu');
  const os = readCharacterString(fields[1], ctx, 'HINFO os');
  return cpu === undefined || os === undefined || count !== 'ok' ? undefined : { type: 'HINFO', cpu, os };
};

export const parseRp: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'RP', ['mailbox', 'TXT name']);
  if (count === 'missing') return undefined;
  const mailbox = readName(fields[0], ctx, 'RP mailbox');
  const txt = readName(fields[1], ctx, 'RP TXT name');
  return mailbox && txt && count === 'ok' ? { type: 'RP', mailbox, txt } : undefined;
};

/** AFSDB and KX: a 16-bit number, then a host name. */
function numberAndHost(type: 'AFSDB' | 'KX', number: string, host: string): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, [number, host]);
    if (count === 'missing') return undefined;
    const value = readNumber(fields[0], ctx, 16, `${type} ${number}`);
    const target = readName(fields[1], ctx, `${type} ${host}`);
    return value !== undefined && target && count === 'ok' ? { type, value, target } : undefined;
  };
}

export const parseAfsdb = numberAndHost('AFSDB', 'subtype', 'hostname');
export const parseKx = numberAndHost('KX', 'preference', 'exchanger');

export const parseUri: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'URI', ['priority', 'weight', 'target']);
  if (count === 'missing') return undefined;
  const priority = readNumber(fields[0], ctx, 16, 'URI priority');
  const weight = readNumber(fields[1], ctx, 16, 'URI weight');
  const field = fields[2];
  // RFC 7553 §4.5: the target is one quoted string, of any length (BIND: a syntax error unquoted).
  if (!field.quoted) return void ctx.report('zone/invalid-rdata', field, `The URI target must be a quoted string: "${field.raw}".`);
  return priority !== undefined && weight !== undefined && count === 'ok' ? { type: 'URI', priority, weight, target: field.value } : undefined;
};

export const parseOpenpgpkey: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  if (checkFieldCount(fields, ctx, whole, 'OPENPGPKEY', ['public key'], true) === 'missing') return undefined;
  const key = readBase64(fields, ctx, 'OPENPGPKEY public key');
  return key === undefined ? undefined : { type: 'OPENPGPKEY', key };
};

/** EUI48 and EUI64 (RFC 7043): hex pairs joined by `-`; BIND reads 1 or 2 digits each and ignores what follows. */
function euiParser(type: 'EUI48' | 'EUI64', groups: number): RdataParser {
  const shape = new RegExp(`^[0-9a-fA-F]{1,2}(?:-[0-9a-fA-F]{1,2}){${groups - 1}}`);
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['address']);
    if (count === 'missing') return undefined;
    const [field] = fields;
    if (field.quoted || !shape.test(field.raw)) {
      return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not an ${type} address: write ${groups} hex pairs joined by '-' (${type === 'EUI48' ? '00-00-5e-00-53-2a' : '00-00-5e-ef-10-00-00-2a'}).`);
    }
    return count === 'ok' ? { type, address: field.raw } : undefined;
  };
}

export const parseEui48 = euiParser('EUI48', 6);
export const parseEui64 = euiParser('EUI64', 8);

/** NID and L64 (RFC 6742): a preference, then 64 bits as four groups of 1-4 hex digits joined by ':'. */
function locator64Parser(type: 'NID' | 'L64'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['preference', type === 'NID' ? 'node id' : 'locator']);
    if (count === 'missing') return undefined;
    const preference = readNumber(fields[0], ctx, 16, `${type} preference`);
    const field = fields[1];
    // Four groups; BIND lets a single ':' trail them.
    const valid = !field.quoted && /^[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4}){3}:?$/.test(field.raw);
    if (!valid) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a 64-bit ${type === 'NID' ? 'node id' : 'locator'}: write four groups of hex digits joined by ':' (0014:4fff:ff20:ee64).`);
    return preference !== undefined && count === 'ok' ? { type, preference, value: field.raw } : undefined;
  };
}

export const parseNid = locator64Parser('NID');
export const parseL64 = locator64Parser('L64');

/** L32 (RFC 6742): a preference and an IPv4 address. */
export const parseL32: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'L32', ['preference', 'locator']);
  if (count === 'missing') return undefined;
  const preference = readNumber(fields[0], ctx, 16, 'L32 preference');
  const field = fields[1];
  if (field.quoted || !isIpv4(field.raw)) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not an IPv4 address (the L32 locator).`);
  return preference !== undefined && count === 'ok' ? { type: 'L32', preference, value: field.raw } : undefined;
};

/** LP (RFC 6742): a preference and a name. */
export const parseLp: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'LP', ['preference', 'FQDN']);
  if (count === 'missing') return undefined;
  const preference = readNumber(fields[0], ctx, 16, 'LP preference');
  const target = readName(fields[1], ctx, 'LP name');
  return preference !== undefined && target && count === 'ok' ? { type: 'LP', value: preference, target } : undefined;
};

/** DHCID (RFC 4701): base64, which may be split across fields. */
export const parseDhcid: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  if (checkFieldCount(fields, ctx, whole, 'DHCID', ['digest'], true) === 'missing') return undefined;
  const data = readBase64(fields, ctx, 'DHCID data');
  return data === undefined ? undefined : { type: 'DHCID', data };
};

/** ZONEMD (RFC 8976): serial, scheme, hash algorithm, digest (48 octets for SHA-384, 64 for SHA-512, else at least 12). */
export const parseZonemd: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'ZONEMD', ['serial', 'scheme', 'hash algorithm', 'digest'], true);
  if (count === 'missing') return undefined;
  const serial = readNumber(fields[0], ctx, 32, 'ZONEMD serial');
  const scheme = readNumber(fields[1], ctx, 8, 'ZONEMD scheme');
  const hashAlgorithm = readNumber(fields[2], ctx, 8, 'ZONEMD hash algorithm');
  const digestFields = fields.slice(3);
  const digest = readHex(digestFields, ctx, 'ZONEMD digest');
  if (serial === undefined || scheme === undefined || hashAlgorithm === undefined || digest === undefined) return undefined;
  const expected = ZONEMD_DIGEST_OCTETS[hashAlgorithm];
  if (expected && !checkHexLength(digest, digestFields, ctx, expected, 'digest')) return undefined;
  if (!expected && digest.length / 2 < 12) return void ctx.report('zone/invalid-rdata', spanOf(digestFields), `A ZONEMD digest is at least 12 octets (RFC 8976 §2.2.4); this one has ${digest.length / 2}.`);
  return { type: 'ZONEMD', serial, scheme, hashAlgorithm, digest };
};

const ZONEMD_DIGEST_OCTETS: Readonly<Record<number, { name: string; octets: number }>> = {
  1: { name: 'SHA-384', octets: 48 },
  2: { name: 'SHA-512', octets: 64 },
};

/** CSYNC (RFC 7477): SOA serial, flags, then record types (none is fine). */
export const parseCsync: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'CSYNC', ['SOA serial', 'flags'], true);
  if (count === 'missing') return undefined;
  const serial = readNumber(fields[0], ctx, 32, 'CSYNC serial');
  const flags = readNumber(fields[1], ctx, 16, 'CSYNC flags');
  const types = readTypeList(fields.slice(2), ctx);
  return serial === undefined || flags === undefined || !types ? undefined : { type: 'CSYNC', serial, flags, types };
};

/**
 * NSEC (RFC 4034 §4.2): the next owner name, then the types at this name (at least one).
 * NXT (RFC 2535 §5.2), its predecessor, is read the same way, but BIND takes it with no type
 * and only types up to 127.
 */
function nextNameParser(type: 'NSEC' | 'NXT'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, type === 'NSEC' ? ['next name', 'type'] : ['next name'], true);
    if (count === 'missing') return undefined;
    const next = readName(fields[0], ctx, `${type} next name`);
    const types = type === 'NXT' ? readTypeList(fields.slice(1), ctx, { min: 1, max: 127, numbers: true }) : readTypeList(fields.slice(1), ctx);
    return next && types ? { type, target: next, types } : undefined;
  };
}

export const parseNsec = nextNameParser('NSEC');
export const parseNxt = nextNameParser('NXT');

/** The types of a type bitmap, as their mnemonics (`TYPEnnn` for a type without one); see readRecordType. */
function readTypeList(fields: Field[], ctx: RdataContext, options?: Parameters<typeof readRecordType>[2]): string[] | undefined {
  const types: string[] = [];
  for (const field of fields) {
    const code = readRecordType(field, ctx, options);
    if (code === undefined) return undefined;
    types.push(typeName(code));
  }
  return types;
}

/** CERT (RFC 4398): certificate type (number or mnemonic), key tag, algorithm, base64 data. */
export const parseCert: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'CERT', ['type', 'key tag', 'algorithm', 'certificate'], true);
  if (count === 'missing') return undefined;
  const certType = /^\d+$/.test(fields[0].raw) ? readNumber(fields[0], ctx, 16, 'CERT type') : readCodeOrMnemonic(fields[0], ctx, CERT_TYPES, 'CERT type');
  const keyTag = readNumber(fields[1], ctx, 16, 'CERT key tag');
  const algorithm = readCodeOrMnemonic(fields[2], ctx, ALGORITHMS, 'algorithm');
  const data = readBase64(fields.slice(3), ctx, 'certificate');
  if (certType === undefined || keyTag === undefined || algorithm === undefined || data === undefined) return undefined;
  return { type: 'CERT', certType, keyTag, algorithm, data };
};

/** RFC 4398 §2.1 certificate type mnemonics. */
const CERT_TYPES: Readonly<Record<string, number>> = { PKIX: 1, SPKI: 2, PGP: 3, IPKIX: 4, ISPKI: 5, IPGP: 6, ACPKIX: 7, IACPKIX: 8, URI: 253, OID: 254 };

/**
 * RRSIG (RFC 4034 §3.2): covered type, algorithm, labels, original TTL, two times, key tag,
 * signer, base64 signature. SIG (RFC 2535 §4.1), its predecessor, has the same fields; BIND
 * reads its times only as YYYYMMDDHHmmSS.
 */
function signatureParser(type: 'RRSIG' | 'SIG'): RdataParser {
  const readTime = type === 'RRSIG' ? readSignatureTime : readDateTime;
  return (fields, ctx, whole): Rdata | undefined => {
    const shape = ['type covered', 'algorithm', 'labels', 'original TTL', 'expiration', 'inception', 'key tag', 'signer', 'signature'];
    if (checkFieldCount(fields, ctx, whole, type, shape, true) === 'missing') return undefined;
    const covered = readTypeList([fields[0]], ctx, { numbers: true })?.[0];
    const algorithm = readCodeOrMnemonic(fields[1], ctx, ALGORITHMS, 'algorithm');
    const labels = readNumber(fields[2], ctx, 8, `${type} labels`);
    const originalTtl = readNumber(fields[3], ctx, 32, `${type} original TTL`);
    const expiration = readTime(fields[4], ctx, `${type} expiration`);
    const inception = readTime(fields[5], ctx, `${type} inception`);
    const keyTag = readNumber(fields[6], ctx, 16, `${type} key tag`);
    const signer = readName(fields[7], ctx, `${type} signer`);
    const signature = readBase64(fields.slice(8), ctx, `${type} signature`);
    if (covered === undefined || algorithm === undefined || labels === undefined || originalTtl === undefined) return undefined;
    if (expiration === undefined || inception === undefined || keyTag === undefined || !signer || signature === undefined) return undefined;
    return { type, covered, algorithm, labels, originalTtl, expiration, inception, keyTag, target: signer, signature };
  };
}

export const parseRrsig = signatureParser('RRSIG');
export const parseSig = signatureParser('SIG');

/**
 * A signature time (RFC 4034 §3.2): `YYYYMMDDHHmmSS` in UTC (a real date; second 60 allowed) or
 * seconds as a 32-bit number, as BIND reads them. Returned as written.
 */
function readSignatureTime(field: Field, ctx: RdataContext, what: string): string | undefined {
  const text = field.raw;
  if (!field.quoted && /^\d{14}$/.test(text)) return readDateTime(field, ctx, what);
  if (!field.quoted && /^\d+$/.test(text) && text.length < 14 && Number(text) <= 0xffffffff) return text;
  return void ctx.report('zone/invalid-rdata', field, `The ${what} '${text}' is neither YYYYMMDDHHmmSS nor a number of seconds (at most 4294967295).`);
}

/**
 * LOC (RFC 1876 §3): `d [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]`, as BIND reads
 * it: whole degrees and minutes, seconds with up to three decimals, upper-case hemispheres,
 * metres with up to two decimals.
 */
export const parseLoc: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  let index = 0;
  const bad = (field: Field | undefined, message: string): undefined => void ctx.report(field ? 'zone/invalid-rdata' : 'zone/syntax-error', field ?? whole, message);
  const angle = (max: number, hemispheres: string, what: string): boolean => {
    const parts: string[] = [];
    while (index < fields.length && parts.length < 3 && !hemispheres.includes(fields[index].raw)) parts.push(fields[index++].raw);
    const hemisphere = fields[index];
    if (!hemisphere || hemisphere.quoted || !hemispheres.includes(hemisphere.raw) || hemisphere.raw.length !== 1) {
      bad(hemisphere, `LOC ${what}: expected degrees, optional minutes and seconds, then ${hemispheres.split('').join(' or ')}.`);
      return false;
    }
    index++;
    const [degrees, minutes = '0', seconds = '0'] = parts;
    if (!/^\d+$/.test(degrees ?? '') || !/^\d+$/.test(minutes) || !/^\d+(?:\.\d{1,3})?$/.test(seconds)) {
      bad(hemisphere, `LOC ${what} '${parts.join(' ')}': whole degrees and minutes, seconds with at most three decimals.`);
      return false;
    }
    const value = Number(degrees) * 3600 + Number(minutes) * 60 + Number(seconds);
    if (Number(minutes) > 59 || Number(seconds) >= 60 || value > max * 3600) {
      bad(hemisphere, `LOC ${what} '${parts.join(' ')}' is out of range (at most ${max} degrees).`);
      return false;
    }
    return true;
  };
  if (!angle(90, 'NS', 'latitude') || !angle(180, 'EW', 'longitude')) return undefined;
  const metres: Array<[string, number, number]> = [['altitude', -100000, 42849672.95], ['size', 0, 90000000], ['horizontal precision', 0, 90000000], ['vertical precision', 0, 90000000]];
  for (const [i, [what, min, max]] of metres.entries()) {
    const field = fields[index];
    if (!field) {
      if (i === 0) return bad(undefined, 'Missing rdata: LOC needs an altitude after the longitude.');
      break;
    }
    const number = i === 0 ? /^[+-]?\d+(?:\.\d{1,2})?m?$/ : /^\d+(?:\.\d{1,2})?m?$/;
    if (field.quoted || !number.test(field.raw)) return bad(field, `The LOC ${what} '${field.raw}' is not a number of metres (at most two decimals, an optional 'm').`);
    const value = Number(field.raw.replace(/m$/, ''));
    if (value < min || value > max) return bad(field, `The LOC ${what} ${field.raw} is out of range (${min} to ${max} m).`);
    index++;
  }
  if (index < fields.length) return void reportExtra(fields.slice(index), ctx, 'LOC');
  return { type: 'LOC', text: fields.map((field) => field.raw).join(' ') };
};

/** APL (RFC 3123): items `[!]afi:address/prefix`, family 1 (IPv4, /0-32) or 2 (IPv6, /0-128); none is fine. */
export const parseApl: RdataParser = (fields, ctx): Rdata | undefined => {
  const items: string[] = [];
  for (const field of fields) {
    const item = /^!?([0-9]+):([^/]*)\/([0-9]+)$/.exec(field.raw);
    const family = item?.[1];
    const valid = !field.quoted && item && ((family === '1' && isIpv4(item[2]) && Number(item[3]) <= 32) || (family === '2' && isIpv6(item[2]) && Number(item[3]) <= 128));
    if (!valid) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not an APL item: [!]1:<IPv4>/<0-32> or [!]2:<IPv6>/<0-128> (RFC 3123).`);
    items.push(field.raw.toLowerCase());
  }
  return { type: 'APL', items };
};

/** IPSECKEY (RFC 4025): precedence, gateway type (0 none `.`, 1 IPv4, 2 IPv6, 3 name), algorithm, gateway, base64 key. */
export const parseIpseckey: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'IPSECKEY', ['precedence', 'gateway type', 'algorithm', 'gateway', 'public key'], true);
  if (count === 'missing') return undefined;
  const precedence = readNumber(fields[0], ctx, 8, 'IPSECKEY precedence');
  const gatewayType = readNumber(fields[1], ctx, 8, 'IPSECKEY gateway type');
  const algorithm = readNumber(fields[2], ctx, 8, 'IPSECKEY algorithm');
  if (precedence === undefined || gatewayType === undefined || algorithm === undefined) return undefined;
  const field = fields[3];
  const valid = [field.raw === '.', isIpv4(field.raw), isIpv6(field.raw), true][gatewayType];
  if (valid === undefined) return void ctx.report('zone/invalid-rdata', fields[1], `IPSECKEY gateway type ${gatewayType} is out of range (0 none, 1 IPv4, 2 IPv6, 3 name).`);
  if (field.quoted || !valid) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a gateway of type ${gatewayType} (${['.', 'an IPv4 address', 'an IPv6 address', 'a name'][gatewayType]}).`);
  const gateway = gatewayType === 3 ? readName(field, ctx, 'IPSECKEY gateway')?.name : field.raw;
  const key = readBase64(fields.slice(4), ctx, 'IPSECKEY public key');
  return gateway === undefined || key === undefined ? undefined : { type: 'IPSECKEY', precedence, gatewayType, algorithm, gateway, key };
};

/**
 * WKS (RFC 1035 §3.4.2): an IPv4 address, a protocol and the services on it. BIND looks protocol
 * and service names up in the machine's /etc/protocols and /etc/services, so names are taken on
 * trust here; numbers are held to their ranges (protocol 0-255, port 0-65535).
 */
export const parseWks: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  if (checkFieldCount(fields, ctx, whole, 'WKS', ['address', 'protocol'], true) === 'missing') return undefined;
  const [address, protocol, ...services] = fields;
  if (address.quoted || !isIpv4(address.raw)) return void ctx.report('zone/invalid-rdata', address, `'${address.raw}' is not an IPv4 address (the WKS address).`);
  const known = (field: Field, bits: 8 | 16, what: string): boolean => {
    if (/^\d+$/.test(field.raw)) return readNumber(field, ctx, bits, what) !== undefined;
    if (!field.quoted && /^[A-Za-z][A-Za-z0-9_+.-]*$/.test(field.raw)) return true;
    ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a ${what} name or number.`);
    return false;
  };
  if (!known(protocol, 8, 'WKS protocol') || !services.every((service) => known(service, 16, 'WKS service'))) return undefined;
  return { type: 'WKS', address: address.raw, protocol: protocol.raw.toLowerCase(), services: services.map((s) => s.raw.toLowerCase()) };
};

/** NSEC3PARAM (RFC 5155 §4.2): hash algorithm, flags, iterations, salt (hex, or `-` for none). */
export const parseNsec3param: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'NSEC3PARAM', ['hash algorithm', 'flags', 'iterations', 'salt']);
  if (count === 'missing') return undefined;
  const hash = readHashParameters(fields, ctx, 'NSEC3PARAM');
  return isComplete(hash) && count === 'ok' ? { type: 'NSEC3PARAM', ...hash } : undefined;
};

interface HashParameters {
  hashAlgorithm: number;
  flags: number;
  iterations: number;
  salt: string;
}

/** The four fields NSEC3 and NSEC3PARAM start with, each read (and reported) on its own: undefined where bad. */
function readHashParameters(fields: Field[], ctx: RdataContext, type: 'NSEC3' | 'NSEC3PARAM'): Partial<HashParameters> {
  return {
    hashAlgorithm: readNumber(fields[0], ctx, 8, `${type} hash algorithm`),
    flags: readNumber(fields[1], ctx, 8, `${type} flags`),
    iterations: readNumber(fields[2], ctx, 16, `${type} iterations`),
    salt: fields[3].raw === '-' && !fields[3].quoted ? '' : readHex([fields[3]], ctx, `${type} salt`),
  };
}

function isComplete(hash: Partial<HashParameters>): hash is HashParameters {
  return hash.hashAlgorithm !== undefined && hash.flags !== undefined && hash.iterations !== undefined && hash.salt !== undefined;
}

/**
 * NSEC3 (RFC 5155 §3.2): hash algorithm, flags, iterations, salt (hex or `-`), the next hashed
 * owner in base32hex (20 octets for SHA-1), then the types at this name (none is fine). The owner
 * must start with such a hashed label too: record-reader.ts checks that.
 */
export const parseNsec3: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'NSEC3', ['hash algorithm', 'flags', 'iterations', 'salt', 'next hashed owner'], true);
  if (count === 'missing') return undefined;
  const hash = readHashParameters(fields, ctx, 'NSEC3');
  const next = fields[4];
  const octets = next.quoted ? undefined : base32hexOctets(next.raw);
  if (octets === undefined) return void ctx.report('zone/invalid-rdata', next, `'${next.raw}' is not a hashed owner name in base32hex (RFC 4648 §7, without padding).`);
  if (hash.hashAlgorithm === 1 && octets !== 20) return void ctx.report('zone/invalid-rdata', next, `A SHA-1 hashed owner name is 20 octets (32 base32hex digits); this one has ${octets}.`);
  const types = readTypeList(fields.slice(5), ctx);
  if (!isComplete(hash) || !types) return undefined;
  return { type: 'NSEC3', ...hash, next: next.raw.toLowerCase(), types };
};

/** Octets that base32hex text without padding decodes to; undefined when it is not such text. */
export function base32hexOctets(text: string): number | undefined {
  if (text === '' || !/^[0-9A-Va-v]+$/.test(text) || ![0, 2, 4, 5, 7].includes(text.length % 8)) return undefined;
  // The bits after the last whole octet must be zero (a canonical encoding, as BIND requires).
  const spare = (text.length * 5) % 8;
  const last = parseInt(text[text.length - 1], 32);
  if (spare > 0 && (last & ((1 << spare) - 1)) !== 0) return undefined;
  return Math.floor((text.length * 5) / 8);
}
