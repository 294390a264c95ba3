// A and AAAA rdata, and the address syntax BIND accepts (its inet_pton): dotted quads without
// leading zeros, IPv6 groups of 1-4 hex digits with at most one `::` and an optional IPv4 tail.
import type { Field, Rdata, RdataContext, RdataParser } from './context';
import { checkFieldCount } from './fields';

/** `192.0.2.1`: four decimal octets, no leading zeros (`01.2.3.4` is refused). */
export function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

/** `2001:db8::1`, `::`, `::ffff:192.0.2.1`. */
export function isIpv6(text: string): boolean {
  const gap = text.indexOf('::');
  if (gap === -1) return countGroups(text, true) === 8;
  if (text.indexOf('::', gap + 1) !== -1) return false;
  const head = countGroups(text.slice(0, gap), false);
  const tail = countGroups(text.slice(gap + 2), true);
  // `::` stands for at least one zero group.
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

/** 16-bit groups in a `:`-separated run (an IPv4 tail counts two), or -1 when malformed. */
function countGroups(run: string, ipv4TailAllowed: boolean): number {
  if (run === '') return 0;
  const pieces = run.split(':');
  let groups = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (ipv4TailAllowed && i === pieces.length - 1 && piece.includes('.')) {
      if (!isIpv4(piece)) return -1;
      groups += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
      groups += 1;
    } else {
      return -1;
    }
  }
  return groups;
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
