// Rdata of the rare types BIND 9.18 still reads: the RFC 1035 mailbox types MB, MG, MR and
// MINFO; RFC 1183's X25, ISDN and RT; RFC 1706's NSAP and NSAP-PTR; PX (RFC 2163), GPOS
// (RFC 1712), A6 (RFC 2874), KEY (RFC 2535), HIP (RFC 8005), AMTRELAY (RFC 8777), RESINFO
// (RFC 9606), DSYNC (draft-ietf-dnsop-generalized-notify); the types only registered with IANA
// (EID, NIMLOC, ATMA, SINK, NINFO, RKEY, TALINK, AVC, DOA, WALLET, HHIT, BRID); and BIND's own
// KEYDATA. No rule looks inside them, so each keeps its fields in order as `parts` (names as
// NameRefs, so the name checks still see them).
// What is accepted follows named-checkzone 9.18, quirks included; each verdict is in
// test/fixtures/rdata-bind-verdicts.txt.
import type { Field, Rdata, RdataContext, RdataParser, RdataPart, RareRdataType, Span } from './context';
import { checkFieldCount, readBase64, readCharacterString, readCodeOrMnemonic, readHex, readName, readNumber, readRecordType, reportExtra, spanOf } from './fields';
import { ALGORITHMS, PROTOCOLS, readKeyFlags } from './dnssec';
import { isIpv4, isIpv6 } from './address';

/** undefined (already reported) in `parts` makes the record's rdata undefined. */
function rare(type: RareRdataType, parts: Array<RdataPart | undefined>, count: 'ok' | 'extra' = 'ok'): Rdata | undefined {
  if (count !== 'ok' || parts.some((part) => part === undefined)) return undefined;
  return { type, parts: parts as RdataPart[] };
}

/** MB, MG, MR and NSAP-PTR: one domain name. */
function nameParser(type: 'MB' | 'MG' | 'MR' | 'NSAP-PTR', what: string): RdataParser {
  return (fields, ctx, whole) => {
    const count = checkFieldCount(fields, ctx, whole, type, [what]);
    if (count === 'missing') return undefined;
    return rare(type, [readName(fields[0], ctx, `${type} ${what}`)], count);
  };
}

export const parseMb = nameParser('MB', 'mailbox host');
export const parseMg = nameParser('MG', 'mail group member');
export const parseMr = nameParser('MR', 'replacement mailbox');
export const parseNsapPtr = nameParser('NSAP-PTR', 'name');

/** MINFO and TALINK: two domain names. */
function twoNamesParser(type: 'MINFO' | 'TALINK', first: string, second: string): RdataParser {
  return (fields, ctx, whole) => {
    const count = checkFieldCount(fields, ctx, whole, type, [first, second]);
    if (count === 'missing') return undefined;
    return rare(type, [readName(fields[0], ctx, `${type} ${first}`), readName(fields[1], ctx, `${type} ${second}`)], count);
  };
}

export const parseMinfo = twoNamesParser('MINFO', 'responsible mailbox', 'error mailbox');
export const parseTalink = twoNamesParser('TALINK', 'previous name', 'next name');

/** RT (a preference and an intermediate host) and PX (a preference and two names). */
export const parseRt: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'RT', ['preference', 'intermediate host']);
  if (count === 'missing') return undefined;
  return rare('RT', [readNumber(fields[0], ctx, 16, 'RT preference'), readName(fields[1], ctx, 'RT intermediate host')], count);
};

export const parsePx: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'PX', ['preference', 'MAP822', 'MAPX400']);
  if (count === 'missing') return undefined;
  return rare('PX', [readNumber(fields[0], ctx, 16, 'PX preference'), readName(fields[1], ctx, 'PX MAP822 name'), readName(fields[2], ctx, 'PX MAPX400 name')], count);
};

/** X25 (RFC 1183 §3.1): one character-string of at least four digits (a PSDN address). */
export const parseX25: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'X25', ['PSDN address']);
  if (count === 'missing') return undefined;
  const address = readCharacterString(fields[0], ctx, 'X25 PSDN address');
  // BIND looks at the text as written: an escaped digit (`\051`) is not a digit to it.
  if (address !== undefined && !/^\d{4,}$/.test(fields[0].raw)) {
    return void ctx.report('zone/invalid-rdata', fields[0], `The X25 PSDN address '${fields[0].raw}' must be at least four decimal digits.`);
  }
  return rare('X25', [address], count);
};

/** ISDN (RFC 1183 §3.2): an ISDN address, then an optional subaddress (character-strings). */
export const parseIsdn: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'ISDN', ['ISDN address'], true) === 'missing') return undefined;
  if (fields.length > 2) return void reportExtra(fields.slice(2), ctx, 'ISDN');
  return rare('ISDN', fields.map((field) => readCharacterString(field, ctx, 'ISDN address')));
};

/** GPOS (RFC 1712): longitude, latitude and altitude, each a character-string (BIND checks no more). */
export const parseGpos: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'GPOS', ['longitude', 'latitude', 'altitude']);
  if (count === 'missing') return undefined;
  return rare('GPOS', fields.slice(0, 3).map((field) => readCharacterString(field, ctx, 'GPOS coordinate')), count);
};

/** NINFO, AVC, RESINFO and WALLET: one or more character-strings, like TXT. */
function stringsParser(type: 'NINFO' | 'AVC' | 'RESINFO' | 'WALLET'): RdataParser {
  return (fields, ctx, whole) => {
    if (checkFieldCount(fields, ctx, whole, type, ['text'], true) === 'missing') return undefined;
    return rare(type, fields.map((field) => readCharacterString(field, ctx, `${type} string`)));
  };
}

export const parseNinfo = stringsParser('NINFO');
export const parseAvc = stringsParser('AVC');
export const parseResinfo = stringsParser('RESINFO');
export const parseWallet = stringsParser('WALLET');

/** EID and NIMLOC (hex) and HHIT and BRID (base64): one blob of data, which may be split across fields. */
function dataParser(type: 'EID' | 'NIMLOC' | 'HHIT' | 'BRID', read: typeof readHex): RdataParser {
  return (fields, ctx, whole) => {
    if (checkFieldCount(fields, ctx, whole, type, ['data'], true) === 'missing') return undefined;
    return rare(type, [read(fields, ctx, `${type} data`)]);
  };
}

export const parseEid = dataParser('EID', readHex);
export const parseNimloc = dataParser('NIMLOC', readHex);
export const parseHhit = dataParser('HHIT', readBase64);
export const parseBrid = dataParser('BRID', readBase64);

/** NSAP (RFC 1706 §5): `0x` then hex digits, dots anywhere after it, a whole number of octets (at least one). */
export const parseNsap: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'NSAP', ['address']);
  if (count === 'missing') return undefined;
  const field = fields[0];
  const digits = field.raw.slice(2).replace(/\./g, '');
  const valid = !field.quoted && /^0[xX][0-9a-fA-F.]*$/.test(field.raw) && digits.length >= 2 && digits.length % 2 === 0;
  if (!valid) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not an NSAP address: write 0x and then whole octets in hex, dots allowed (0x47.0005.80.005a00).`);
  return rare('NSAP', [digits.toLowerCase()], count);
};

/**
 * ATMA: an ATM address, either E.164 (`+` and digits) or AESA (hex, whole octets). Single dots
 * may separate digits; BIND refuses a dot first, last or next to another.
 */
export const parseAtma: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'ATMA', ['address']);
  if (count === 'missing') return undefined;
  const field = fields[0];
  const text = field.raw;
  const e164 = text.startsWith('+');
  const body = e164 ? text.slice(1) : text;
  const digits = body.replace(/\./g, '');
  const dotsFine = !body.startsWith('.') && !body.endsWith('.') && !body.includes('..');
  const valid = !field.quoted && dotsFine && (e164 ? /^[0-9.]+$/.test(body) : /^[0-9a-fA-F.]+$/.test(body) && digits.length % 2 === 0);
  if (!valid) return void ctx.report('zone/invalid-rdata', field, `'${text}' is not an ATM address: write + and decimal digits (E.164) or whole octets in hex (AESA), single dots allowed between digits.`);
  return rare('ATMA', [e164 ? `+${digits}` : digits.toLowerCase()], count);
};

/** A6 (RFC 2874 §3.1.1): prefix length 0-128, the address suffix unless 128, the prefix name unless 0. */
export const parseA6: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'A6', ['prefix length'], true) === 'missing') return undefined;
  const length = readNumber(fields[0], ctx, 8, 'A6 prefix length');
  if (length === undefined) return undefined;
  if (length > 128) return void ctx.report('zone/invalid-rdata', fields[0], `The A6 prefix length ${length} is out of range (0-128).`);
  const shape = ['prefix length', ...(length < 128 ? ['address suffix'] : []), ...(length > 0 ? ['prefix name'] : [])];
  const count = checkFieldCount(fields, ctx, whole, 'A6', shape);
  if (count === 'missing') return undefined;
  const parts: Array<RdataPart | undefined> = [length];
  if (length < 128) {
    const suffix = fields[1];
    if (suffix.quoted || !isIpv6(suffix.raw)) return void ctx.report('zone/invalid-rdata', suffix, `'${suffix.raw}' is not an IPv6 address (the A6 address suffix).`);
    parts.push(suffix.raw.toLowerCase());
  }
  if (length > 0) parts.push(readName(fields[shape.length - 1], ctx, 'A6 prefix name'));
  return rare('A6', parts, count);
};

/** SINK: meaning, coding and subcoding (8 bits each), then optional base64 data. */
export const parseSink: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'SINK', ['meaning', 'coding', 'subcoding'], true) === 'missing') return undefined;
  const numbers = ['meaning', 'coding', 'subcoding'].map((what, i) => readNumber(fields[i], ctx, 8, `SINK ${what}`));
  const data = fields.length > 3 ? readBase64(fields.slice(3), ctx, 'SINK data') : '';
  return rare('SINK', [...numbers, data]);
};

/** HIP (RFC 8005 §3): algorithm, HIT (hex, one field), public key (base64, one field), rendezvous servers. */
export const parseHip: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'HIP', ['algorithm', 'HIT', 'public key'], true) === 'missing') return undefined;
  const algorithm = readNumber(fields[0], ctx, 8, 'HIP algorithm');
  const hit = readHex([fields[1]], ctx, 'HIP HIT');
  if (hit !== undefined && hit.length / 2 > 255) return void ctx.report('zone/invalid-rdata', fields[1], `The HIP HIT is ${hit.length / 2} octets; at most 255 fit.`);
  const key = readBase64([fields[2]], ctx, 'HIP public key');
  const servers = fields.slice(3).map((field) => readName(field, ctx, 'HIP rendezvous server'));
  return rare('HIP', [algorithm, hit, key, ...servers]);
};

/** DOA: enterprise, type, location, media type (a character-string), then base64 data or `-` for none. */
export const parseDoa: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'DOA', ['enterprise', 'type', 'location', 'media type', 'data'], true) === 'missing') return undefined;
  const enterprise = readNumber(fields[0], ctx, 32, 'DOA enterprise');
  const type = readNumber(fields[1], ctx, 32, 'DOA type');
  const location = readNumber(fields[2], ctx, 8, 'DOA location');
  const mediaType = readCharacterString(fields[3], ctx, 'DOA media type');
  const dataFields = fields.slice(4);
  if (dataFields[0].raw === '-' && !dataFields[0].quoted) {
    if (dataFields.length > 1) return void reportExtra(dataFields.slice(1), ctx, 'DOA');
    return rare('DOA', [enterprise, type, location, mediaType, '']);
  }
  return rare('DOA', [enterprise, type, location, mediaType, readBase64(dataFields, ctx, 'DOA data')]);
};

/**
 * AMTRELAY (RFC 8777 §4.1): precedence, discovery-optional flag (0 or 1), relay type, then the
 * relay: `.` for type 0, an IPv4 address (1), an IPv6 address (2) or a name (3).
 */
export const parseAmtrelay: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'AMTRELAY', ['precedence', 'discovery optional', 'relay type', 'relay']);
  if (count === 'missing') return undefined;
  const precedence = readNumber(fields[0], ctx, 8, 'AMTRELAY precedence');
  const discovery = readNumber(fields[1], ctx, 8, 'AMTRELAY discovery-optional flag');
  if (discovery !== undefined && discovery > 1) return void ctx.report('zone/invalid-rdata', fields[1], `The AMTRELAY discovery-optional flag must be 0 or 1, not ${discovery}.`);
  const relayType = readNumber(fields[2], ctx, 8, 'AMTRELAY relay type');
  if (relayType === undefined) return undefined;
  if (relayType > 3) return void ctx.report('zone/invalid-rdata', fields[2], `AMTRELAY relay type ${relayType} has no presentation format (0 none, 1 IPv4, 2 IPv6, 3 name).`);
  const field = fields[3];
  const valid = !field.quoted && [field.raw === '.', isIpv4(field.raw), isIpv6(field.raw), true][relayType];
  if (!valid) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a relay of type ${relayType} (${['.', 'an IPv4 address', 'an IPv6 address', 'a name'][relayType]}).`);
  const relay = relayType === 3 ? readName(field, ctx, 'AMTRELAY relay') : field.raw.toLowerCase();
  return rare('AMTRELAY', [precedence, discovery, relayType, relay], count);
};

/** DSYNC (draft-ietf-dnsop-generalized-notify): the record type, scheme (a number or NOTIFY), port and target name. */
export const parseDsync: RdataParser = (fields, ctx, whole) => {
  const count = checkFieldCount(fields, ctx, whole, 'DSYNC', ['record type', 'scheme', 'port', 'target']);
  if (count === 'missing') return undefined;
  const code = readRecordType(fields[0], ctx, { numbers: true });
  const scheme = readCodeOrMnemonic(fields[1], ctx, DSYNC_SCHEMES, 'DSYNC scheme');
  return rare('DSYNC', [code, scheme, readNumber(fields[2], ctx, 16, 'DSYNC port'), readName(fields[3], ctx, 'DSYNC target')], count);
};

const DSYNC_SCHEMES: Readonly<Record<string, number>> = { NOTIFY: 1 };

/**
 * KEY (RFC 2535 §3.1) and RKEY: flags, protocol, algorithm, base64 key. A KEY whose flags say
 * "no key" (both top bits set, NOKEY) must have no key data; RKEY's flags must be 0.
 */
function keyParser(type: 'KEY' | 'RKEY'): RdataParser {
  return (fields, ctx, whole) => readKeyFields(type, fields, ctx, whole, []);
}

export const parseKey = keyParser('KEY');
export const parseRkey = keyParser('RKEY');

const NO_KEY = 0xc000;

function readKeyFields(type: 'KEY' | 'RKEY' | 'KEYDATA', fields: Field[], ctx: RdataContext, whole: Span, leading: Array<RdataPart | undefined>): Rdata | undefined {
  if (checkFieldCount(fields, ctx, whole, type, ['flags', 'protocol', 'algorithm'], true) === 'missing') return undefined;
  const flags = readKeyFlags(fields[0], ctx);
  if (type === 'RKEY' && flags !== undefined && flags !== 0) return void ctx.report('zone/invalid-rdata', fields[0], `RKEY flags must be 0, not ${flags}.`);
  const protocol = readCodeOrMnemonic(fields[1], ctx, PROTOCOLS, 'protocol');
  const algorithm = readCodeOrMnemonic(fields[2], ctx, ALGORITHMS, 'algorithm');
  if (flags === undefined) return undefined;
  const keyFields = fields.slice(3);
  if ((flags & NO_KEY) === NO_KEY) {
    if (keyFields.length > 0) return void ctx.report('zone/syntax-error', spanOf(keyFields), `Extra rdata: the ${type} flags ${fields[0].raw} say there is no key, so no key data may follow.`);
    return rare(type, [...leading, flags, protocol, algorithm, '']);
  }
  if (keyFields.length === 0) return void ctx.report('zone/syntax-error', whole, `Missing rdata: ${type} needs the public key (base64) after the algorithm.`);
  return rare(type, [...leading, flags, protocol, algorithm, readBase64(keyFields, ctx, `${type} public key`)]);
}

/** KEYDATA (BIND's managed-keys): refresh, add-hold and remove-hold times (YYYYMMDDHHmmSS), then a key as in KEY. */
export const parseKeydata: RdataParser = (fields, ctx, whole) => {
  if (checkFieldCount(fields, ctx, whole, 'KEYDATA', ['refresh', 'add hold-down', 'remove hold-down', 'flags', 'protocol', 'algorithm'], true) === 'missing') return undefined;
  const times = fields.slice(0, 3).map((field) => readDateTime(field, ctx, 'KEYDATA time'));
  return readKeyFields('KEYDATA', fields.slice(3), ctx, whole, times);
};

/** A time written YYYYMMDDHHmmSS (UTC), a real date (second 60 allowed), as BIND's dns_time32_fromtext reads it. */
export function readDateTime(field: Field, ctx: RdataContext, what: string): string | undefined {
  const text = field.raw;
  const date = field.quoted ? null : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (date) {
    const [year, month, day, hour, minute, second] = date.slice(1).map(Number);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (days !== undefined && day >= 1 && day <= days && hour <= 23 && minute <= 59 && second <= 60) return text;
  }
  return void ctx.report('zone/invalid-rdata', field, `The ${what} '${text}' is not a date and time (YYYYMMDDHHmmSS, UTC).`);
}
