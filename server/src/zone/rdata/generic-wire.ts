// Checks RFC 3597 (`\# len hex`) data against the wire format of the known types, as BIND does
// when it loads such data: exact lengths, uncompressed names, character-strings, type bitmaps and
// the fields BIND looks at, for every type with a presentation form (KEYDATA and the types only
// known by number need no more than some data).
import { isKnownType } from '../types';
import { DIGEST_OCTETS } from './dnssec';
import { FINGERPRINT_OCTETS } from './hashes';
import { naptrRegexpProblem } from './naptr-regexp';
import { paramSetProblems, wireParams } from './svcb-params';

/** Known types whose rdata may be empty: NULL, APL, UINFO, UID, GID, UNSPEC, KEYDATA. */
const MAY_BE_EMPTY = new Set([10, 42, 100, 101, 102, 103, 65533]);

/** Reads wire data front to back; each step returns a message when the data is malformed. */
class WireReader {
  at = 0;
  constructor(readonly octets: number[]) {}

  get left(): number {
    return this.octets.length - this.at;
  }

  take(count: number): number[] | string {
    if (this.left < count) return 'the data ends too early.';
    this.at += count;
    return this.octets.slice(this.at - count, this.at);
  }

  name(): string | undefined {
    let wireLength = 0;
    for (;;) {
      if (this.left < 1) return 'a domain name is cut short.';
      const length = this.octets[this.at];
      if (length >= 0x40) return length >= 0xc0 ? 'compressed names are not allowed here.' : 'a domain name has an unknown label type.';
      wireLength += length + 1;
      if (wireLength > 255) return 'a domain name is longer than 255 octets.';
      if (typeof this.take(length + 1) === 'string') return 'a domain name is cut short.';
      if (length === 0) return undefined;
    }
  }

  characterString(): number[] | string {
    if (this.left < 1) return 'a character-string is missing.';
    const length = this.octets[this.at++];
    const text = this.take(length);
    return typeof text === 'string' ? 'a character-string is cut short.' : text;
  }

  end(): string | undefined {
    return this.left === 0 ? undefined : `${this.left} octet(s) of extra data at the end.`;
  }
}

type Check = (reader: WireReader) => string | undefined;

const fixed = (octets: number): Check => (r) => (r.left === octets ? undefined : `the data must be ${octets} octets; it is ${r.left}.`);
const header = (octets: number, then: Check = (r) => r.end()): Check => (r) => {
  const taken = r.take(octets);
  return typeof taken === 'string' ? taken : then(r);
};
const names = (count: number): Check => (r) => {
  for (let i = 0; i < count; i++) {
    const problem = r.name();
    if (problem) return problem;
  }
  return undefined;
};
const namesThenEnd = (count: number): Check => (r) => names(count)(r) ?? r.end();

const strings: Check = (r) => {
  do {
    const text = r.characterString();
    if (typeof text === 'string') return text;
  } while (r.left > 0);
  return undefined;
};

const caa: Check = (r) => {
  const head = r.take(2);
  if (typeof head === 'string') return head;
  const tag = r.take(head[1]);
  if (typeof tag === 'string' || tag.length === 0) return 'the CAA tag is missing or cut short.';
  return tag.every((c) => /[A-Za-z0-9]/.test(String.fromCharCode(c))) ? undefined : 'the CAA tag must be letters and digits.';
};

const digest = (headerOctets: number, typeAt: number, lengths: Readonly<Record<number, { octets: number }>>, minimum: number): Check => (r) => {
  if (r.left < headerOctets + minimum) return 'the data ends too early.';
  const expected = lengths[r.octets[typeAt]];
  if (expected && r.left !== headerOctets + expected.octets) return `the digest must be ${expected.octets} octets; it is ${r.left - headerOctets}.`;
  return undefined;
};

const naptr: Check = (r) => {
  const head = r.take(4);
  if (typeof head === 'string') return head;
  const texts: number[][] = [];
  for (let i = 0; i < 3; i++) {
    const text = r.characterString();
    if (typeof text === 'string') return text;
    texts.push(text);
  }
  const regexpProblem = naptrRegexpProblem(String.fromCharCode(...texts[2]));
  return regexpProblem ?? namesThenEnd(1)(r);
};

const svcb: Check = (r) => {
  const problem = header(2, names(1))(r);
  if (problem) return problem;
  const params = wireParams(r.octets.slice(r.at));
  if (typeof params === 'string') return params;
  return paramSetProblems(params)[0]?.message;
};

/** KEY: flags, protocol, algorithm, then a key unless the flags say NOKEY. RKEY: flags 0 and a key. */
const key = (type: 'KEY' | 'RKEY'): Check => (r) => {
  const head = r.take(4);
  if (typeof head === 'string') return head;
  const flags = (head[0] << 8) | head[1];
  if (type === 'RKEY' && flags !== 0) return 'RKEY flags must be 0.';
  if ((flags & 0xc000) === 0xc000) return r.end();
  return r.left > 0 ? undefined : 'the key is missing.';
};

/** NXT: the next name, then a bitmap of types 1-127 (at most 16 octets, no trailing zero octet). */
const nxt: Check = (r) => {
  const problem = r.name();
  if (problem || r.left === 0) return problem;
  const bitmap = r.octets.slice(r.at);
  if ((bitmap[0] & 0x80) !== 0 || bitmap.length > 16 || bitmap[bitmap.length - 1] === 0) return 'the type bitmap is malformed.';
  return undefined;
};

/** X25: one character-string of at least four digits. */
const x25: Check = (r) => {
  const text = r.characterString();
  if (typeof text === 'string') return text;
  if (text.length < 4 || !text.every((c) => c >= 0x30 && c <= 0x39)) return 'the PSDN address must be at least four digits.';
  return r.end();
};

/** ISDN: an address and an optional subaddress. */
const isdn: Check = (r) => {
  for (let i = 0; i < 2 && (i === 0 || r.left > 0); i++) {
    const text = r.characterString();
    if (typeof text === 'string') return text;
  }
  return r.end();
};

const stringsThenEnd = (count: number): Check => (r) => {
  for (let i = 0; i < count; i++) {
    const text = r.characterString();
    if (typeof text === 'string') return text;
  }
  return r.end();
};

/** A6: prefix length, the address bits it does not cover, then the prefix name when it is not 0. */
const a6: Check = (r) => {
  const head = r.take(1);
  if (typeof head === 'string') return head;
  const prefix = head[0];
  if (prefix > 128) return 'the prefix length is over 128.';
  const suffix = r.take(Math.floor((128 - prefix + 7) / 8));
  if (typeof suffix === 'string') return suffix;
  return prefix > 0 ? namesThenEnd(1)(r) : r.end();
};

/** HIP: HIT length, algorithm, key length, HIT, key (neither empty), then rendezvous servers. */
const hip: Check = (r) => {
  const head = r.take(4);
  if (typeof head === 'string') return head;
  const [hitLength, , keyHigh, keyLow] = head;
  if (hitLength === 0 || ((keyHigh << 8) | keyLow) === 0) return 'the HIT and the public key must not be empty.';
  const body = r.take(hitLength + ((keyHigh << 8) | keyLow));
  if (typeof body === 'string') return body;
  while (r.left > 0) {
    const problem = r.name();
    if (problem) return problem;
  }
  return undefined;
};

/** AMTRELAY: precedence, discovery bit and type, then the relay its type says. */
const amtrelay: Check = (r) => {
  const head = r.take(2);
  if (typeof head === 'string') return head;
  const type = head[1] & 0x7f;
  if (type === 0) return r.end();
  if (type === 1) return fixed(4)(r);
  if (type === 2) return fixed(16)(r);
  if (type === 3) return namesThenEnd(1)(r);
  return undefined;
};

/** ATMA: a format octet and the address; an E.164 address (format 1) is digits only. */
const atma: Check = (r) => {
  if (r.left < 2) return 'the data ends too early.';
  if (r.octets[0] === 1 && !r.octets.slice(1).every((c) => c >= 0x30 && c <= 0x39)) return 'an E.164 ATM address must be digits only.';
  return undefined;
};

/** SIG and RRSIG: 18 octets of fields, the signer, then the signature. */
const signature: Check = (r) => header(18, (rest) => names(1)(rest) ?? (rest.left > 0 ? undefined : 'the signature is missing.'))(r);

/**
 * A type bitmap (RFC 4034 §4.1.2): windows in rising order, each 1-32 octets long and not ending
 * in a zero octet; NSEC needs at least one window.
 */
const typeBitmap = (allowEmpty: boolean): Check => (r) => {
  let lastWindow = -1;
  while (r.left > 0) {
    const head = r.take(2);
    if (typeof head === 'string') return 'a type bitmap window is cut short.';
    const [window, length] = head;
    if (window <= lastWindow) return 'type bitmap windows must come in rising order.';
    if (length < 1 || length > 32) return 'a type bitmap window must be 1-32 octets.';
    const bits = r.take(length);
    if (typeof bits === 'string') return 'a type bitmap window is cut short.';
    if (bits[length - 1] === 0) return 'a type bitmap window must not end in a zero octet.';
    lastWindow = window;
  }
  return allowEmpty || lastWindow >= 0 ? undefined : 'the type bitmap is empty.';
};

/** NSEC3 and NSEC3PARAM: algorithm, flags, iterations, salt; NSEC3 then the next hash and a bitmap. */
const hashed = (nsec3: boolean): Check => (r) => {
  const head = r.take(5);
  if (typeof head === 'string') return head;
  const salt = r.take(head[4]);
  if (typeof salt === 'string') return salt;
  if (!nsec3) return r.end();
  const hash = r.characterString();
  if (typeof hash === 'string' || hash.length === 0) return 'the next hashed owner is missing or cut short.';
  return typeBitmap(true)(r);
};

/** ZONEMD: serial, scheme, hash algorithm, then a digest (48 octets for SHA-384, 64 for SHA-512, else at least 12). */
const zonemd: Check = (r) => {
  if (r.left < 6 + 12) return 'the data ends too early.';
  const expected = ({ 1: 48, 2: 64 } as Record<number, number>)[r.octets[5]];
  if (expected !== undefined && r.left !== 6 + expected) return `the digest must be ${expected} octets; it is ${r.left - 6}.`;
  return undefined;
};

/** IPSECKEY: precedence, gateway type, algorithm, the gateway its type says, then the key. */
const ipseckey: Check = (r) => {
  const head = r.take(3);
  if (typeof head === 'string') return head;
  const gateway = head[1];
  if (gateway === 1 || gateway === 2) {
    if (typeof r.take(gateway === 1 ? 4 : 16) === 'string') return 'the gateway address is cut short.';
  } else if (gateway === 3) {
    const problem = r.name();
    if (problem) return problem;
  } else if (gateway !== 0) return `gateway type ${gateway} is unknown.`;
  return r.left > 0 ? undefined : 'the public key is missing.';
};

/** APL: items of family (1 IPv4, 2 IPv6), prefix, negation bit and length, and the address without trailing zeros. */
const apl: Check = (r) => {
  while (r.left > 0) {
    const head = r.take(4);
    if (typeof head === 'string') return 'an APL item is cut short.';
    const family = (head[0] << 8) | head[1];
    const length = head[3] & 0x7f;
    // BIND checks the two families it knows and takes any other as it is.
    const max = family === 1 ? { prefix: 32, octets: 4 } : family === 2 ? { prefix: 128, octets: 16 } : undefined;
    if (max && (head[2] > max.prefix || length > max.octets)) return 'an APL prefix or address is too long for its family.';
    const address = r.take(length);
    if (typeof address === 'string') return 'an APL address is cut short.';
    if (length > 0 && address[length - 1] === 0) return 'an APL address must not end in a zero octet.';
  }
  return undefined;
};

/** WKS: address, protocol, then a port bitmap that does not end in a zero octet. */
const wks: Check = (r) => {
  const head = r.take(5);
  if (typeof head === 'string') return head;
  return r.left > 0 && r.octets[r.octets.length - 1] === 0 ? 'the port bitmap must not end in a zero octet.' : undefined;
};

/**
 * LOC version 0 (RFC 1876 §2): 16 octets; size and precisions as digit pairs (each at most 9),
 * latitude within 90° and longitude within 180° of 2^31 thousandths of a second. BIND takes other
 * versions as they are.
 */
const loc: Check = (r) => {
  if (r.octets[0] !== 0) return undefined;
  const size = fixed(16)(r);
  if (size) return size;
  const o = r.octets;
  if ([1, 2, 3].some((i) => o[i] >> 4 > 9 || (o[i] & 0xf) > 9)) return 'a size or precision is not a digit pair.';
  const u32 = (at: number) => o[at] * 2 ** 24 + ((o[at + 1] << 16) | (o[at + 2] << 8) | o[at + 3]);
  if (Math.abs(u32(4) - 2 ** 31) > 90 * 3_600_000 || Math.abs(u32(8) - 2 ** 31) > 180 * 3_600_000) return 'the latitude or longitude is out of range.';
  return undefined;
};

const CHECKS: Readonly<Record<number, Check>> = {
  1: fixed(4),
  28: fixed(16),
  ...Object.fromEntries([2, 3, 4, 5, 7, 8, 9, 12, 23, 39].map((code) => [code, namesThenEnd(1)])),
  ...Object.fromEntries([15, 18, 21, 36, 107].map((code) => [code, header(2, namesThenEnd(1))])),
  33: header(6, namesThenEnd(1)),
  6: (r) => names(2)(r) ?? fixed(20)(r),
  ...Object.fromEntries([16, 56, 99, 258, 261, 262].map((code) => [code, strings])),
  257: caa,
  ...Object.fromEntries([43, 59, 32768, 32769].map((code) => [code, digest(4, 3, DIGEST_OCTETS, 1)])),
  ...Object.fromEntries([48, 60].map((code) => [code, digest(4, -1, {}, 1)])),
  44: digest(2, 1, FINGERPRINT_OCTETS, 0),
  ...Object.fromEntries([52, 53].map((code) => [code, digest(3, -1, {}, 1)])),
  35: naptr,
  64: svcb,
  65: svcb,
  ...Object.fromEntries([14, 17, 58].map((code) => [code, namesThenEnd(2)])),
  26: header(2, namesThenEnd(2)),
  19: x25,
  20: isdn,
  27: stringsThenEnd(3),
  38: a6,
  40: header(3, () => undefined),
  55: hip,
  260: amtrelay,
  34: atma,
  259: header(9, (r) => (typeof r.characterString() === 'string' ? 'the media type is missing or cut short.' : undefined)),
  66: header(5, namesThenEnd(1)),
  ...Object.fromEntries([24, 46].map((code) => [code, signature])),
  25: key('KEY'),
  57: key('RKEY'),
  30: nxt,
  13: stringsThenEnd(2),
  108: fixed(6),
  109: fixed(8),
  105: fixed(6),
  ...Object.fromEntries([104, 106].map((code) => [code, fixed(10)])),
  256: header(4, () => undefined),
  63: zonemd,
  47: (r) => names(1)(r) ?? typeBitmap(false)(r),
  50: hashed(true),
  51: hashed(false),
  62: header(6, typeBitmap(true)),
  37: header(5, (r) => (r.left > 0 ? undefined : 'the certificate is missing.')),
  45: ipseckey,
  42: apl,
  11: wks,
  29: loc,
};

/** Why `octets` cannot be rdata of type `typeCode`, or undefined when BIND would take it. */
export function wireProblem(typeCode: number, octets: number[]): string | undefined {
  if (octets.length === 0) {
    return isKnownType(typeCode) && !MAY_BE_EMPTY.has(typeCode) ? 'this type needs rdata; the length is 0.' : undefined;
  }
  return CHECKS[typeCode]?.(new WireReader(octets));
}
