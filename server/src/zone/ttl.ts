// TTL values as BIND reads them: a decimal number of seconds, or units `1w2d3h4m5s`
// (case-insensitive, any order BIND accepts: each unit at most once is not enforced by BIND).
// RFC 2181 §8: a TTL is an unsigned 31-bit number.

export const MAX_TTL = 0x7fffffff;

/** Seconds, or undefined when the text is not a TTL. Values over 2^31-1 are returned as is. */
export function parseTtl(text: string): number | undefined {
  if (isDigits(text)) return Number(text);
  const match = /^(?:\d+[wdhms])+$/i.test(text);
  if (!match) return undefined;
  let total = 0;
  for (const [, digits, unit] of text.matchAll(/(\d+)([wdhms])/gi)) {
    total += Number(digits) * UNIT_SECONDS[unit.toLowerCase()];
  }
  return total;
}

/** True when the word looks like a TTL (so it is not an owner name or type). */
export function looksLikeTtl(text: string): boolean {
  return isDigits(text) || /^(?:\d+[wdhms])+$/i.test(text);
}

/** `/^\d+$/.test(text)` without a regular expression (every TTL and most numbers are read here). */
export function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

const UNIT_SECONDS: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

/** `3600` -> `1 hour`, `5400` -> `1 hour 30 minutes`: for hovers and messages. */
export function describeTtl(seconds: number): string {
  if (seconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['week', 604800],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
      rest -= count * size;
    }
  }
  return parts.join(' ');
}
