// Line-level text edits for fixes: the file's line ending, where a line starts and ends, visual
// columns (tabs to the next multiple of 8), replacing a span and deleting records' lines.
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import type { TextEdit } from '../rule';
import { relativeTo, resolveName, sameName } from '../../zone/names';
import { logicalLines } from '../../zone/logical-lines';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import { perZone } from '../memo';
import { fileText } from '../zone/record-helpers';

export const TAB_WIDTH = 8;

/** `\r\n` when the file's first line break is one, else `\n`. */
export function lineEnding(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where the line holding `offset` ends: before its line break, and where the next line starts. */
export function lineEndOf(text: string, offset: number): { contentEnd: number; nextLineStart: number; hasBreak: boolean } {
  const newline = text.indexOf('\n', offset);
  if (newline < 0) return { contentEnd: text.length, nextLineStart: text.length, hasBreak: false };
  const contentEnd = newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
  return { contentEnd, nextLineStart: newline + 1, hasBreak: true };
}

/** The column `offset` is displayed at, counting a tab as a move to the next multiple of 8. */
export function visualColumn(text: string, offset: number): number {
  return advanceColumn(0, text.slice(lineStartOf(text, offset), offset));
}

export function advanceColumn(column: number, written: string): number {
  let col = column;
  for (const ch of written) col = ch === '\t' ? (Math.floor(col / TAB_WIDTH) + 1) * TAB_WIDTH : col + 1;
  return col;
}

export function replaceSpanEdit(file: string, span: Span, newText: string): TextEdit {
  return { file, start: span.start, end: span.end, newText };
}

/**
 * Edits removing the records' whole lines (with a comment at their end and the line break), in any
 * files; undefined when one shares a line with other text or came from $GENERATE. When a following
 * owner-less line inherited a removed owner, that owner is written onto it, so it keeps its name.
 */
export function deleteRecordsEdits(zone: Zone, records: readonly ZoneRecord[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const deleted = new Set(records);
  for (const record of records) {
    if (record.generatedBy) return undefined;
    const text = fileText(zone, record.file);
    if (text === undefined) return undefined;
    const lines = wholeLines(text, record.start, record.end);
    if (!lines) return undefined;
    edits.push({ file: record.file, start: lines.start, end: lines.end, newText: '' });
  }
  for (const record of records) {
    const heir = ownerHeir(zone, record, deleted);
    if (!heir) continue;
    const text = fileText(zone, heir.file)!;
    const lineStart = lineStartOf(text, heir.start);
    if (edits.some((edit) => edit.file === heir.file && edit.start === lineStart && edit.end === lineStart)) continue;
    edits.push({ file: heir.file, start: lineStart, end: lineStart, newText: relativeTo(heir.owner.name, heir.origin) });
  }
  return mergeOverlaps(edits.sort((a, b) => (a.file === b.file ? a.start - b.start || a.end - b.end : a.file < b.file ? -1 : 1)));
}

/**
 * The lines holding [start, end) with their line ending, when only blanks (and a comment after
 * the record) share them. On a last line without a line ending, the previous line ending goes,
 * so the file still ends without one.
 */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineStart = lineStartOf(text, start);
  if (!/^[ \t]*$/.test(text.slice(lineStart, start))) return undefined;
  const rest = /^[ \t]*(?:;[^\r\n]*)?(\r?\n|$)/.exec(text.slice(end));
  if (!rest) return undefined;
  const lineEnd = end + rest[0].length;
  if (rest[1] === '' && lineStart > 0) {
    const before = text[lineStart - 2] === '\r' ? 2 : 1;
    return { start: lineStart - before, end: lineEnd };
  }
  return { start: lineStart, end: lineEnd };
}

/** Adjacent deletions can share a line ending (the last line has none): join them into one. */
function mergeOverlaps(edits: TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const edit of edits) {
    const last = out[out.length - 1];
    if (last && last.file === edit.file && last.newText === '' && edit.newText === '' && edit.start < last.end) {
      last.end = Math.max(last.end, edit.end);
    } else {
      out.push({ ...edit });
    }
  }
  return out;
}

/**
 * The first kept record after `record` in its file when it has no written owner and, once the
 * deleted records are gone, might inherit a different owner. Writing the owner onto it is always
 * safe, so it is left out only when the owner it would inherit is known to be the same.
 */
function ownerHeir(zone: Zone, record: ZoneRecord, deleted: Set<ZoneRecord>): ZoneRecord | undefined {
  // The neighbours come from the whole zone, also when a rule runs on a part of it (Zone.partOf).
  const whole = zone.partOf?.zone ?? zone;
  const inFile = recordsByFile(whole).get(record.file) ?? [];
  let at = firstStartingAtOrAfter(inFile, record.end);
  while (at < inFile.length && deleted.has(inFile[at])) at++;
  const next = inFile[at];
  if (!next || next.ownerWritten || next.generatedBy) return undefined;
  let before = at - 1;
  while (before >= 0 && (deleted.has(inFile[before]) || inFile[before].end > next.start)) before--;
  const inherited = ownerOnceDeleted(whole, inFile[before], next, deleted);
  return inherited !== undefined && sameName(inherited, next.owner.name) ? undefined : next;
}

/**
 * The owner `heir` inherits once the deleted records' lines are gone: the one the last line that
 * stays names (a kept record, `previous`, or a line that failed to read after its owner; RFC 1035
 * §5.1 as BIND reads it). Undefined when there is none, or when an $ORIGIN or $GENERATE between
 * makes it uncertain.
 */
function ownerOnceDeleted(zone: Zone, previous: ZoneRecord | undefined, heir: ZoneRecord, deleted: Set<ZoneRecord>): string | undefined {
  const text = fileText(zone, heir.file);
  if (text === undefined) return undefined;
  let owner = previous?.owner.name;
  const heirLine = lineStartOf(text, heir.start);
  const deletedStarts = new Set([...deleted].filter((record) => record.file === heir.file).map((record) => record.start));
  for (const line of logicalLines(text, previous ? lineEndOf(text, previous.end).nextLineStart : 0)) {
    if (line.lineStart >= heirLine) break;
    const first = line.items[0];
    // Blank-started lines inherit; a line with a parenthesis or quote problem is skipped whole.
    if (!first || line.startsWithBlank || line.problems.length > 0 || first.quoted || deletedStarts.has(first.start)) continue;
    if (first.raw.startsWith('$')) {
      const directive = first.raw.toUpperCase();
      if (directive === '$ORIGIN' || directive === '$GENERATE') return undefined;
      continue;
    }
    owner = resolveName(first.raw, heir.origin).name;
  }
  return owner;
}

/** Each file's records sorted by start, computed once per zone (rules may delete many records). */
const recordsByFile = perZone((zone: Zone): Map<string, readonly ZoneRecord[]> => {
  // One file without $GENERATE (every zone the editor re-analyses in part): already in order.
  if (zone.files.length === 1 && !zone.directives.some((d) => d.name === '$GENERATE')) return new Map([[zone.mainFile, zone.records]]);
  const byFile = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    const list = byFile.get(record.file);
    if (list) list.push(record);
    else byFile.set(record.file, [record]);
  }
  for (const list of byFile.values()) list.sort((a, b) => a.start - b.start);
  return byFile;
});

