// Checks RFC 3597 (`\# len hex`) data against the wire format of the known types, as BIND does
// when it loads such data: exact lengths, uncompressed names, character-strings, and the fixed
// fields of the types we parse in presentation form. Other known types only need some data.
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
};

/** Why `octets` cannot be rdata of type `typeCode`, or undefined when BIND would take it. */
export function wireProblem(typeCode: number, octets: number[]): string | undefined {
  if (octets.length === 0) {
    return isKnownType(typeCode) && !MAY_BE_EMPTY.has(typeCode) ? 'this type needs rdata; the length is 0.' : undefined;
  }
  return CHECKS[typeCode]?.(new WireReader(octets));
}
