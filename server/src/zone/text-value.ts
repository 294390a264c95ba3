// Decoding of presentation-format text (RFC 1035 §5.1): `\X` stands for X, `\DDD` for the
// octet with decimal value DDD. Values are kept as JS strings whose escaped octets are
// characters 0-255, with the octet count computed alongside (UTF-8 for literal non-ASCII).

export interface DecodedText {
  value: string;
  octets: number;
  /** Offsets (into raw) of `\DDD` escapes whose value is over 255. */
  badEscapes: number[];
}

export function decodeText(raw: string): DecodedText {
  // Most fields have no escapes and are ASCII: no copy, no per-character work.
  if (!raw.includes('\\')) return { value: raw, octets: utf8Length(raw), badEscapes: NO_BAD_ESCAPES };
  let value = '';
  let octets = 0;
  const badEscapes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      const digits = raw.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(digits)) {
        const code = Number(digits);
        if (code > 255) badEscapes.push(i);
        value += String.fromCharCode(code & 0xff);
        octets += 1;
        i += 3;
      } else {
        const next = raw.codePointAt(i + 1)!;
        const char = String.fromCodePoint(next);
        value += char;
        octets += utf8Length(char);
        i += char.length;
      }
    } else {
      const cp = raw.codePointAt(i)!;
      const char = String.fromCodePoint(cp);
      value += char;
      octets += utf8Length(char);
      i += char.length - 1;
    }
  }
  return { value, octets, badEscapes };
}

const NO_BAD_ESCAPES: number[] = [];
const NON_ASCII = /[^\x00-\x7f]/;

export function utf8Length(s: string): number {
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Writes a value as a quoted character-string, escaping `"` and `\` (for fixes). */
export function quoteText(value: string): string {
  return '"' + value.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

/** `text` cut to at most `max` characters for a message, the cut marked with `...`. */
export function ellipsize(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
