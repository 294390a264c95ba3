// The address and prefix-length grammar of SPF's ip4, ip6, a and mx mechanisms (RFC 7208 §5.6,
// §12): dotted quads without leading zeros, RFC 4291 IPv6 text, and CIDR lengths in range.

const QNUM = '(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IP4 = new RegExp(`^${QNUM}(?:\\.${QNUM}){3}$`);

/** ip4-network: four decimal octets, no leading zeros, nothing omitted. */
export function isIp4Network(text: string): boolean {
  return IP4.test(text);
}

/** ip6-network: RFC 4291 §2.2 text form (one `::` at most, an embedded dotted quad last), no zone id. */
export function isIp6Network(text: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    if (group.includes('.')) {
      // A dotted quad may only stand for the last 32 bits.
      if (i !== groups.length - 1 || text.endsWith('::') || !isIp4Network(group)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? count <= 7 : count === 8;
}

/**
 * Checks a prefix length written after `/` (digits only, no leading zero, at most `max`).
 * Returns a message when it is wrong.
 */
export function cidrProblem(digits: string, max: 32 | 128): string | undefined {
  const family = max === 32 ? 'IPv4' : 'IPv6';
  if (!/^[0-9]+$/.test(digits)) return `'/${digits}' is not a prefix length: write '/' and a number from 0 to ${max}.`;
  if (digits.length > 1 && digits.startsWith('0')) return `Prefix length '/${digits}' has a leading zero (RFC 7208 §12).`;
  if (Number(digits) > max) return `${family} prefix length /${digits} is over ${max} (RFC 7208 §5.6).`;
  return undefined;
}

/**
 * Splits `a`/`mx` dual-cidr-length text (`/24`, `//64`, `/24//64`, or '') into its lengths.
 * Returns a message when it is not in that shape or a length is out of range.
 */
export function dualCidrProblem(text: string): string | undefined {
  if (text === '') return undefined;
  const match = /^(?:\/([^/]*))?(?:\/\/([^/]*))?$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) {
    if (/^\/[0-9]+\/[0-9]+$/.test(text)) {
      return `'${text}' is not a dual CIDR length: the IPv6 length follows two slashes, e.g. '/24//64' (RFC 7208 §5.3).`;
    }
    return `'${text}' is not a CIDR length: write '/n' for IPv4, '//n' for IPv6 or '/n//m' for both (RFC 7208 §12).`;
  }
  if (match[1] !== undefined) {
    const problem = cidrProblem(match[1], 32);
    if (problem) return problem;
  }
  if (match[2] !== undefined) return cidrProblem(match[2], 128);
  return undefined;
}
