// Shared readers for rdata fields: field counts, numbers, names, character-strings, hex and
// base64, each reporting a coded finding on the exact field span, with BIND 9.18's rules
// (checked against named-checkzone). Readers return undefined after reporting.
import type { Field, NameRef, RdataContext, Span } from './context';
import { isPlainName, nameProblem, resolveName } from '../names';
import { isDigits, parseTtl } from '../ttl';
import { typeCode } from '../types';

export const MAX_STRING_OCTETS = 255;

export function spanOf(fields: readonly Span[]): Span {
  return { start: fields[0].start, end: fields[fields.length - 1].end };
}

/**
 * Checks the number of fields against the names of the expected ones. Too few: a syntax error on
 * the whole record ('missing'). Too many (unless `open`): a syntax error on the extra fields
 * ('extra'); the leading fields can still be checked.
 */
export function checkFieldCount(
  fields: Field[],
  ctx: RdataContext,
  whole: Span,
  type: string,
  expected: readonly string[],
  open = false,
): 'ok' | 'missing' | 'extra' {
  if (fields.length < expected.length) {
    const shape = expected.map((e) => `<${e}>`);
    ctx.report('zone/syntax-error', whole, `Missing rdata: ${type} needs ${shape.join(' ')}${open ? ' ...' : ''}; missing ${shape.slice(fields.length).join(' ')}.`);
    return 'missing';
  }
  if (!open && fields.length > expected.length) {
    reportExtra(fields.slice(expected.length), ctx, type);
    return 'extra';
  }
  return 'ok';
}

export function reportExtra(extra: Field[], ctx: RdataContext, type: string): void {
  ctx.report('zone/syntax-error', spanOf(extra), `Extra rdata: ${type} has no field for '${extra.map((f) => f.raw).join(' ')}'.`);
}

/** Why a `\` escape in presentation text is malformed (BIND: `\DDD` needs 3 digits <= 255), if it is. */
export function escapeProblem(raw: string): string | undefined {
  if (!raw.includes('\\')) return undefined; // the usual text: nothing to check
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '\\') continue;
    if (i + 1 >= raw.length) return 'A backslash at the end escapes nothing.';
    if (/\d/.test(raw[i + 1])) {
      const digits = raw.slice(i + 1, i + 4);
      if (!/^\d{3}$/.test(digits)) return `'\\${digits}' is not a valid escape: \\DDD needs three decimal digits.`;
      if (Number(digits) > 255) return `'\\${digits}' is not a valid escape: \\DDD must be at most 255.`;
      i += 3;
    } else {
      i += 1;
    }
  }
  return undefined;
}

function reportQuoted(field: Field, ctx: RdataContext, what: string): void {
  ctx.report('zone/invalid-rdata', field, `The ${what} must not be quoted.`);
}

/** An unsigned decimal number of at most `bits` bits, written as digits only. */
export function readNumber(field: Field, ctx: RdataContext, bits: 8 | 16 | 32, what: string): number | undefined {
  if (field.quoted) return void reportQuoted(field, ctx, what);
  if (!isDigits(field.raw)) {
    return void ctx.report('zone/invalid-rdata', field, `The ${what} '${field.raw}' is not a number.`);
  }
  const value = Number(field.raw);
  const max = 2 ** bits - 1;
  if (value > max) return void ctx.report('zone/invalid-rdata', field, `The ${what} ${field.raw} is out of range (0-${max}).`);
  return value;
}

/** A 32-bit time value in TTL form (`3600`, `1h`, `2w1d`), as BIND reads SOA timers. */
export function readDuration(field: Field, ctx: RdataContext, what: string): number | undefined {
  if (field.quoted) return void reportQuoted(field, ctx, what);
  const seconds = parseTtl(field.raw);
  if (seconds === undefined) {
    return void ctx.report('zone/invalid-rdata', field, `The ${what} '${field.raw}' is not a number of seconds or a duration like 1h or 2d.`);
  }
  if (seconds > 0xffffffff) return void ctx.report('zone/invalid-rdata', field, `The ${what} '${field.raw}' is out of range (at most 4294967295 seconds).`);
  return seconds;
}

/** A domain name; relative names get the origin, `@` is the origin. */
export function readName(field: Field, ctx: RdataContext, what: string, allowQuoted = false): NameRef | undefined {
  if (field.quoted && !allowQuoted) return void reportQuoted(field, ctx, what);
  const escape = escapeProblem(field.raw);
  if (escape) return void ctx.report('zone/invalid-rdata', field, `Bad ${what}: ${escape}`);
  const { name, relative } = resolveName(field.raw, ctx.origin);
  const problem = isPlainName(field.raw, ctx.origin) ? undefined : nameProblem(name);
  if (problem) return void ctx.report(problem.code, field, problem.message);
  return { start: field.start, end: field.end, name, written: field.raw, relative };
}

/** Decoded text of any length (quoted or not), with escapes checked. */
export function readText(field: Field, ctx: RdataContext, what: string): string | undefined {
  const escape = escapeProblem(field.raw);
  if (escape) return void ctx.report('zone/invalid-rdata', field, `Bad ${what}: ${escape}`);
  return field.value;
}

/** A character-string (RFC 1035 §3.3): decoded text of at most 255 octets. */
export function readCharacterString(field: Field, ctx: RdataContext, what: string): string | undefined {
  const value = readText(field, ctx, what);
  if (value === undefined) return undefined;
  if (field.octets > MAX_STRING_OCTETS) {
    return void ctx.report(
      'zone/txt-string-too-long',
      field,
      `This ${what} is ${field.octets} octets long; a character-string holds at most ${MAX_STRING_OCTETS} (RFC 1035 §3.3). Split it into several quoted strings.`,
    );
  }
  return value;
}

/** A number or a mnemonic from `names` (any case), as BIND reads algorithms and digest types. */
export function readCodeOrMnemonic(field: Field, ctx: RdataContext, names: Readonly<Record<string, number>>, what: string): number | undefined {
  if (field.quoted) return void reportQuoted(field, ctx, what);
  if (/^\d+$/.test(field.raw)) return readNumber(field, ctx, 8, what);
  const code = names[field.raw.toUpperCase()];
  if (code === undefined) {
    return void ctx.report('zone/invalid-rdata', field, `Unknown ${what} '${field.raw}': use a number (0-255) or one of ${Object.keys(names).join(', ')}.`);
  }
  return code;
}

/**
 * Hex data that may be split across fields (`ab cd` is `abcd`). Returns lower-case hex, or
 * undefined after reporting a non-hex field or an odd number of digits.
 */
export function readHex(fields: Field[], ctx: RdataContext, what: string): string | undefined {
  let hex = '';
  for (const field of fields) {
    if (field.quoted) return void reportQuoted(field, ctx, what);
    if (!/^[0-9a-fA-F]+$/.test(field.raw)) {
      return void ctx.report('zone/invalid-rdata', field, `The ${what} '${field.raw}' is not hexadecimal.`);
    }
    hex += field.raw.toLowerCase();
  }
  if (hex.length % 2 !== 0) {
    return void ctx.report('zone/invalid-rdata', spanOf(fields), `The ${what} has an odd number of hex digits (${hex.length}); each octet needs two.`);
  }
  return hex;
}

/** Reports hex data whose length differs from the one its (digest) type fixes; true when fine. */
export function checkHexLength(hex: string, fields: Field[], ctx: RdataContext, expected: { name: string; octets: number } | undefined, what: string): boolean {
  if (!expected || hex.length / 2 === expected.octets) return true;
  ctx.report('zone/invalid-rdata', spanOf(fields), `A ${expected.name} ${what} is ${expected.octets} octets (${expected.octets * 2} hex digits); this one has ${hex.length / 2}.`);
  return false;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 that may be split across fields, decoded in quads as BIND does: `=` only pads the
 * last quad, the padded bits must be zero, and nothing may follow the padding.
 */
export function readBase64(fields: Field[], ctx: RdataContext, what: string): string | undefined {
  const quoted = fields.find((f) => f.quoted);
  if (quoted) return void reportQuoted(quoted, ctx, what);
  const problem = base64Problem(fields.map((f) => f.raw));
  if (!problem) return fields.map((f) => f.raw).join('');
  const at = problem.index === undefined ? spanOf(fields) : fields[problem.index];
  return void ctx.report('zone/invalid-rdata', at, `Bad ${what}: ${problem.message}`);
}

/** The first base64 problem in the given pieces (read as one text), with the piece it is in. */
export function base64Problem(pieces: readonly string[]): { index?: number; message: string } | undefined {
  const quad: number[] = [];
  let ended = false;
  for (let index = 0; index < pieces.length; index++) {
    for (const ch of pieces[index]) {
      if (ended) return { index, message: 'data follows the "=" padding.' };
      const value = ch === '=' ? 64 : BASE64_ALPHABET.indexOf(ch);
      if (value < 0) return { index, message: `'${ch}' is not a base64 character.` };
      quad.push(value);
      if (quad.length < 4) continue;
      const [a, b, c, d] = quad.splice(0, 4);
      const badPadding = a === 64 || b === 64 || (c === 64 && d !== 64);
      const nonZeroBits = (c === 64 && (b & 0xf) !== 0) || (d === 64 && c !== 64 && (c & 0x3) !== 0);
      if (badPadding || nonZeroBits) return { index, message: 'misplaced "=" padding or non-zero padding bits.' };
      ended = d === 64;
    }
  }
  if (quad.length > 0) return { message: 'the length is not a multiple of 4 characters (missing "=" padding?).' };
  return undefined;
}

/**
 * A record type: a mnemonic (any case) or `TYPEnnn`, from `min` to `max`. With `numbers`, a
 * bare number too (`1`, `+5`, `007`), as BIND's strtol fallback reads the covered type of RRSIG
 * and SIG, NXT's types and DSYNC's type; NSEC, NSEC3 and CSYNC bitmaps take no bare numbers.
 */
export function readRecordType(field: Field, ctx: RdataContext, options: { min?: number; max?: number; numbers?: boolean } = {}): number | undefined {
  const { min = 0, max = 0xffff, numbers = false } = options;
  let code = field.quoted ? undefined : typeCode(field.raw);
  if (code === undefined && numbers && !field.quoted && /^[+-]?\d+$/.test(field.raw)) code = Number(field.raw) || 0; // -0 is 0
  if (code === undefined) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a record type.`);
  if (code < min || code > max) return void ctx.report('zone/invalid-rdata', field, `'${field.raw}' is out of range here: this field holds types ${min}-${max}.`);
  return code;
}
