// Edits to a TXT record's joined text made inside its strings: the minimal file edits that
// replace ranges of the text (through escapes and across strings), or none when unsafe.
// Built on server/src/mail/txt-spans.ts; a candidate to move there.
import type { Field, Span } from '../../zone/model';
import type { TextEdit } from '../rule';
import { utf8Length } from '../../zone/text-value';
import { contentStart, joinedText, rawOffsets } from '../../mail/txt-spans';
import { MAX_STRING_OCTETS } from '../../zone/rdata/fields';

interface StringMap {
  field: Field;
  /** Offset of this string's first character in the joined text. */
  textStart: number;
  /** rawOffsets[i]: file offset where decoded code unit i begins; one extra entry for the end. */
  rawOffsets: number[];
}

function mapStrings(strings: Field[]): StringMap[] {
  let textStart = 0;
  return strings.map((field) => {
    const rawStart = contentStart(field);
    const map = { field, textStart, rawOffsets: rawOffsets(field.raw).map((o) => rawStart + o) };
    textStart += field.value.length;
    return map;
  });
}

/** Where in strings[index] a joined-text offset falls: at a boundary, the later string starts it. */
function locate(maps: StringMap[], offset: number, bias: 'start' | 'end'): { index: number; file: number } | undefined {
  for (let index = 0; index < maps.length; index++) {
    const m = maps[index];
    const local = offset - m.textStart;
    const length = m.rawOffsets.length - 1;
    const inside = bias === 'start' ? local >= 0 && local < length : local > 0 && local <= length;
    if (inside) return { index, file: m.rawOffsets[local] };
  }
  if (maps.length === 0) return undefined;
  const last = maps[maps.length - 1];
  if (bias === 'start' && offset >= last.textStart + last.rawOffsets.length - 1) {
    return { index: maps.length - 1, file: last.rawOffsets[last.rawOffsets.length - 1] };
  }
  return offset <= 0 ? { index: 0, file: maps[0].rawOffsets[0] } : undefined;
}

export interface TextReplacement extends Span {
  newText: string;
}

/**
 * Edits that turn the record's joined text into the text with the given (non-overlapping)
 * replacements made, touching only the inside of its strings. Undefined when that cannot be
 * done safely: the file does not hold the strings as parsed, a string is unquoted and would need
 * quoting or would vanish, or a string would grow past 255 octets.
 */
export function textReplacementEdits(file: string, fileText: string, strings: Field[], replacements: TextReplacement[]): TextEdit[] | undefined {
  const maps = mapStrings(strings);
  for (const m of maps) {
    const rawStart = contentStart(m.field);
    if (fileText.slice(rawStart, rawStart + m.field.raw.length) !== m.field.raw) return undefined;
    if (m.rawOffsets.length - 1 !== m.field.value.length) return undefined;
  }
  const edits: TextEdit[] = [];
  const octetChange = new Map<number, number>();
  const grow = (index: number, by: number) => octetChange.set(index, (octetChange.get(index) ?? 0) + by);
  const text = joinedText(strings);

  for (const r of [...replacements].sort((a, b) => a.start - b.start)) {
    const from = locate(maps, r.start, 'start');
    if (!from) return undefined;
    const to = r.end > r.start ? locate(maps, r.end, 'end') : from;
    if (!to) return undefined;
    const written = writeInside(maps[from.index].field, r.newText);
    if (written === undefined) return undefined;
    grow(from.index, utf8Length(r.newText));
    if (from.index === to.index) {
      grow(from.index, -utf8Length(text.slice(r.start, r.end)));
      edits.push({ file, start: from.file, end: to.file, newText: written });
      continue;
    }
    // Across strings: the tail of the first, whole middle strings, the head of the last.
    const firstMap = maps[from.index];
    const firstEnd = firstMap.rawOffsets[firstMap.rawOffsets.length - 1];
    grow(from.index, -utf8Length(text.slice(r.start, firstMap.textStart + firstMap.field.value.length)));
    edits.push({ file, start: from.file, end: firstEnd, newText: written });
    for (let k = from.index + 1; k < to.index; k++) {
      const m = maps[k];
      edits.push({ file, start: m.rawOffsets[0], end: m.rawOffsets[m.rawOffsets.length - 1], newText: '' });
    }
    const lastMap = maps[to.index];
    edits.push({ file, start: lastMap.rawOffsets[0], end: to.file, newText: '' });
  }
  for (const [index, change] of octetChange) {
    if (change > 0 && maps[index].field.octets + change > MAX_STRING_OCTETS) return undefined;
  }
  // An unquoted string cannot become empty: the word would vanish from the record.
  if (maps.some((m) => !m.field.quoted && wouldEmpty(m, edits))) return undefined;
  return edits.filter((e) => e.start !== e.end || e.newText !== '');
}

/** Escapes text for inside a string; unquoted strings take only text that needs no quoting. */
function writeInside(field: Field, text: string): string | undefined {
  if (field.quoted) return text.replace(/[\\"]/g, (c) => '\\' + c);
  return /^[^\s;()"\\]*$/.test(text) ? text : undefined;
}

function wouldEmpty(m: StringMap, edits: TextEdit[]): boolean {
  const start = m.rawOffsets[0];
  const end = m.rawOffsets[m.rawOffsets.length - 1];
  let removed = 0;
  let added = 0;
  for (const e of edits) {
    if (e.start >= start && e.end <= end) {
      removed += e.end - e.start;
      added += e.newText.length;
    }
  }
  return end > start && removed === end - start && added === 0;
}
