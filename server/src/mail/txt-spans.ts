// Maps offsets in a TXT record's joined text (its character-strings decoded and concatenated,
// RFC 7208 §3.3 / RFC 6376 §3.6.2.2) back to offsets in the zone file, so rules that parse
// SPF, DKIM or DMARC text can point at the exact characters. An escape maps to its backslash.
import type { Field, Span } from '../zone/model';

/** Offsets in the joined text where each string after the first begins. */
export function stringBoundaries(strings: Field[]): number[] {
  const boundaries: number[] = [];
  let offset = 0;
  strings.forEach((field, index) => {
    if (index > 0) boundaries.push(offset);
    offset += field.value.length;
  });
  return boundaries;
}

/** The joined text, as `rdata.text` holds it. */
export function joinedText(strings: Field[]): string {
  return strings.map((field) => field.value).join('');
}

/** Where the character at `offset` of the joined text was written (the end of the last string at the text's end). */
export function textOffsetToFile(strings: Field[], offset: number): number {
  const located = locate(strings, offset, 'start');
  return located ? located.file : (strings[0]?.start ?? 0);
}

/** The file span of joined-text span [start, end): from the first character's start to the last character's end. */
export function textSpanToFile(strings: Field[], start: number, end: number): Span {
  const fileStart = textOffsetToFile(strings, start);
  if (end <= start) return { start: fileStart, end: fileStart };
  const last = locate(strings, end, 'end');
  return { start: fileStart, end: Math.max(fileStart, last ? last.file : fileStart) };
}

/** Where a string's text starts in the file (after the opening quote). */
export function contentStart(field: Field): number {
  return field.start + (field.quoted ? 1 : 0);
}

/**
 * For `start` bias: the file offset of the character at `offset`. For `end` bias: the file
 * offset just after the character at `offset - 1` (so a span never swallows the next string's quote).
 */
function locate(strings: Field[], offset: number, bias: 'start' | 'end'): { file: number } | undefined {
  if (strings.length === 0) return undefined;
  let base = 0;
  for (let i = 0; i < strings.length; i++) {
    const field = strings[i];
    const length = field.value.length;
    const inside = bias === 'start' ? offset < base + length : offset <= base + length && offset > base;
    if (inside) {
      const map = rawOffsets(field.raw);
      const index = Math.max(0, offset - base);
      return { file: contentStart(field) + map[Math.min(index, map.length - 1)] };
    }
    base += length;
  }
  // At or past the end: just after the last character written (skipping trailing empty strings).
  const last = [...strings].reverse().find((field) => field.value.length > 0) ?? strings[strings.length - 1];
  return { file: contentStart(last) + last.raw.length };
}

/**
 * For each UTF-16 unit of the decoded value, the raw offset where it was written, plus one
 * final entry (the raw length). `\DDD` and `\X` map every unit they produce to the backslash;
 * the entry after an escape is the raw offset after the whole escape.
 */
export function rawOffsets(raw: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < raw.length; ) {
    if (raw[i] === '\\' && i + 1 < raw.length) {
      if (/^[0-9]{3}$/.test(raw.slice(i + 1, i + 4))) {
        map.push(i);
        i += 4;
      } else {
        const width = String.fromCodePoint(raw.codePointAt(i + 1)!).length;
        for (let k = 0; k < width; k++) map.push(i);
        i += 1 + width;
      }
    } else {
      map.push(i);
      i += 1;
    }
  }
  map.push(raw.length);
  return map;
}
