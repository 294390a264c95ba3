// A and AAAA rdata, and the address syntax BIND accepts (its inet_pton): dotted quads without
// leading zeros, IPv6 groups of 1-4 hex digits with at most one `::` and an optional IPv4 tail.
import type { Field, Rdata, RdataContext, RdataParser } from './context';
import { checkFieldCount } from './fields';

/** `192.0.2.1`: four decimal octets, no leading zeros (`01.2.3.4` is refused). */
export function isIpv4(text: string): boolean {
  return isIpv4Between(text, 0, text.length);
}

/**
 * isIpv4 for text.slice(from, to), read character by character: every A record's address
 * passes here, and splitting it and testing each part with a regular expression cost more.
 */
function isIpv4Between(text: string, from: number, to: number): boolean {
  let parts = 0;
  let digits = 0;
  let value = 0;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : DOT; // a dot after the end closes the last part
    if (code === DOT) {
      if (digits === 0 || value > 255 || ++parts > 4) return false;
      digits = 0;
      value = 0;
    } else if (code >= ZERO && code <= NINE) {
      if ((digits > 0 && value === 0) || ++digits > 3) return false; // a leading zero, or 4 digits
      value = value * 10 + code - ZERO;
    } else {
      return false;
    }
  }
  return parts === 4;
}

/** `2001:db8::1`, `::`, `::ffff:192.0.2.1`. */
export function isIpv6(text: string): boolean {
  const gap = text.indexOf('::');
  if (gap === -1) return countGroups(text, 0, text.length, true) === 8;
  if (text.indexOf('::', gap + 1) !== -1) return false;
  const head = countGroups(text, 0, gap, false);
  const tail = countGroups(text, gap + 2, text.length, true);
  // `::` stands for at least one zero group.
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

/** 16-bit groups in the `:`-separated run text.slice(from, to) (an IPv4 tail counts two), or -1 when malformed. */
function countGroups(text: string, from: number, to: number, ipv4TailAllowed: boolean): number {
  if (from === to) return 0;
  let groups = 0;
  let pieceStart = from;
  let dotted = false;
  let hex = true;
  for (let i = from; i <= to; i++) {
    const code = i < to ? text.charCodeAt(i) : COLON; // a colon after the end closes the last piece
    if (code !== COLON) {
      if (code === DOT) dotted = true;
      if (!isHexDigit(code)) hex = false;
      continue;
    }
    if (ipv4TailAllowed && i === to && dotted) {
      if (!isIpv4Between(text, pieceStart, i)) return -1;
      groups += 2;
    } else if (hex && i > pieceStart && i - pieceStart <= 4) {
      groups += 1;
    } else {
      return -1;
    }
    pieceStart = i + 1;
    dotted = false;
    hex = true;
  }
  return groups;
}

const DOT = 46;
const COLON = 58;
const ZERO = 48;
const NINE = 57;

function isHexDigit(code: number): boolean {
  return (code >= ZERO && code <= NINE) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

function addressParser(type: 'A' | 'AAAA', valid: (text: string) => boolean, example: string): RdataParser {
  return (fields: Field[], ctx: RdataContext, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['address']);
    if (count === 'missing') return undefined;
    const [field] = fields;
    if (field.quoted) {
      ctx.report('zone/invalid-rdata', field, 'The address must not be quoted.');
      return undefined;
    }
    if (!valid(field.raw)) {
      ctx.report('zone/invalid-rdata', field, `'${field.raw}' is not a valid ${type === 'A' ? 'IPv4' : 'IPv6'} address (for example ${example}).`);
      return undefined;
    }
    return count === 'ok' ? { type, address: field.raw } : undefined;
  };
}

export const parseA = addressParser('A', isIpv4, '192.0.2.1');
export const parseAaaa = addressParser('AAAA', isIpv6, '2001:db8::1');
