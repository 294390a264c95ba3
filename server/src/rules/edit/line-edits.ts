// Line-level text edits for fixes: the file's line ending, where a line starts and ends, visual
// columns (tabs to the next multiple of 8), replacing a span and deleting records' lines.
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import type { FileSpan, TextEdit } from '../rule';
import { relativeTo, resolveName, sameName } from '../../zone/names';
import { logicalLines } from '../../zone/logical-lines';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import { parseTtl } from '../../zone/ttl';
import { fileText, recordsByFile } from '../zone/record-helpers';

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

/** The edits of a fix that deletes records, and the text they rely on staying (Fix.keeps). */
export interface RecordDeletion {
  edits: TextEdit[];
  keeps: FileSpan[];
}

/**
 * Removes the records' whole lines (with a comment at their end and the line break), in any
 * files; undefined when one shares a line with other text or came from $GENERATE. What the next
 * record inherited from a removed line is written onto it, so it keeps its meaning: its owner
 * (when its line starts with a blank and the lines that stay would give it another) and, in a
 * file without $TTL, its TTL (RFC 1035 §5.1: a record without one takes the last one written).
 */
export function deleteRecords(zone: Zone, records: readonly ZoneRecord[]): RecordDeletion | undefined {
  const edits: TextEdit[] = [];
  const keeps: FileSpan[] = [];
  const deleted: Deleted = { records: new Set(records), nextKept: new Map(), owners: new Map() };
  for (const record of records) {
    if (record.generatedBy) return undefined;
    const text = fileText(zone, record.file);
    if (text === undefined) return undefined;
    const lines = wholeLines(text, record.start, record.end);
    if (!lines) return undefined;
    edits.push({ file: record.file, start: lines.start, end: lines.end, newText: '' });
  }
  const inserted = new Set<string>(); // file and offset of each insertion: one per place
  const insert = (file: string, at: number, newText: string) => {
    const key = `${at} ${file}`;
    if (inserted.has(key)) return;
    inserted.add(key);
    edits.push({ file, start: at, end: at, newText });
  };
  for (const record of records) {
    const owner = ownerHeir(zone, record, deleted);
    if (owner.heir) insert(owner.heir.file, lineStartOf(fileText(zone, owner.heir.file)!, owner.heir.start), relativeTo(owner.heir.owner.name, owner.heir.origin));
    if (owner.keeps) keeps.push(owner.keeps);
    const next = ttlHeir(zone, record, deleted);
    if (next === null) return undefined;
    if (next) insert(next.file, next.ownerWritten ? next.owner.end : next.start, next.ownerWritten ? ` ${next.ttl}` : `${next.ttl} `);
  }
  return { edits: mergeOverlaps(edits.sort((a, b) => (a.file === b.file ? a.start - b.start || a.end - b.end : a.file < b.file ? -1 : 1))), keeps };
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
 * What deleting `record` asks of the next kept record in its file, when that one's line starts
 * with a blank (it takes its owner from a line before it): `heir` when the lines that stay would
 * give it another owner, so the owner is written onto it (always safe); else, when a kept record
 * above gives it the same owner, `keeps`: the text from the last record with a written owner up
 * to `record`, which no other fix applied with this one may change (Fix.keeps).
 */
function ownerHeir(zone: Zone, record: ZoneRecord, deleted: Deleted): { heir?: ZoneRecord; keeps?: FileSpan } {
  const { whole, inFile, at } = nextKept(zone, record, deleted);
  // The answer depends on the next kept record only: deleted neighbours share it.
  const key = `${at} ${record.file}`;
  let found = deleted.owners.get(key);
  if (!found) deleted.owners.set(key, (found = ownerHeirBefore(whole, inFile, at, deleted.records)));
  return found.keepsFrom === undefined ? { heir: found.heir } : { keeps: { file: record.file, start: found.keepsFrom, end: record.start } };
}

/** ownerHeir for deleted records followed by inFile[at]; keepsFrom: where the kept text starts. */
function ownerHeirBefore(whole: Zone, inFile: readonly ZoneRecord[], at: number, deleted: ReadonlySet<ZoneRecord>): { heir?: ZoneRecord; keepsFrom?: number } {
  const next = inFile[at];
  if (!next || next.ownerWritten || next.generatedBy) return {};
  let before = at - 1;
  while (before >= 0 && (deleted.has(inFile[before]) || inFile[before].end > next.start)) before--;
  const inherited = ownerOnceDeleted(whole, inFile[before], next, deleted);
  if (inherited === undefined || !sameName(inherited.owner, next.owner.name)) return { heir: next };
  // A failed line gives it the owner: fixes delete records, never such lines.
  if (inherited.fromLine) return {};
  let from = before;
  while (from > 0 && (deleted.has(inFile[from]) || !inFile[from].ownerWritten)) from--;
  return { keepsFrom: inFile[from].start };
}

/**
 * Where the first record after `record` in its file that is not deleted stands (`inFile[at]`,
 * undefined past the end). The neighbours come from the whole zone, also when a rule runs on a
 * part of it (Zone.partOf).
 */
function nextKept(zone: Zone, record: ZoneRecord, deleted: Deleted): { whole: Zone; inFile: readonly ZoneRecord[]; at: number } {
  const whole = zone.partOf?.zone ?? zone;
  const inFile = recordsByFile(whole).get(record.file) ?? [];
  const first = firstStartingAtOrAfter(inFile, record.end);
  const skips = deleted.nextKept.get(record.file) ?? new Map<number, number>();
  deleted.nextKept.set(record.file, skips);
  // Skipping a run of k deleted records once per record of the run was quadratic: each index
  // skipped remembers where the run ends.
  const skipped: number[] = [];
  let at = first;
  while (at < inFile.length && deleted.records.has(inFile[at])) {
    const known = skips.get(at);
    if (known !== undefined) {
      at = known;
      break;
    }
    skipped.push(at++);
  }
  for (const index of skipped) skips.set(index, at);
  return { whole, inFile, at };
}

/** The records a fix deletes, with what deleteRecords worked out about their neighbours so far. */
interface Deleted {
  records: ReadonlySet<ZoneRecord>;
  /** Per file: index of a deleted record -> index of the first kept record at or after it. */
  nextKept: Map<string, Map<number, number>>;
  /** ownerHeirBefore per next kept record (`index file`). */
  owners: Map<string, { heir?: ZoneRecord; keepsFrom?: number }>;
}

/**
 * The next kept record when it has no TTL of its own and might have taken it from `record`: no
 * $TTL before it in its file, and `record` wrote a TTL or is an SOA (whose minimum BIND uses as
 * the default). Writing its TTL onto it is always safe. Null when that record came from
 * $GENERATE and cannot be written to.
 */
function ttlHeir(zone: Zone, record: ZoneRecord, deleted: Deleted): ZoneRecord | null | undefined {
  if (record.ttlSpan === undefined && record.type !== 'SOA') return undefined;
  const { inFile, at } = nextKept(zone, record, deleted);
  const next = inFile[at];
  if (!next || next.ttlSpan !== undefined || defaultTtlBefore(zone, next.file, next.start)) return undefined;
  return next.generatedBy ? null : next;
}

/**
 * True when a valid $TTL line comes before `offset` in `file`, or (in an included file) before the
 * $INCLUDE line that read it: records written there without a TTL take it.
 */
export function defaultTtlBefore(zone: Zone, file: string, offset: number): boolean {
  if (zone.directives.some((d) => d.name === '$TTL' && d.file === file && d.start < offset && d.args.length === 1 && parseTtl(d.args[0].raw) !== undefined)) return true;
  const include = file === zone.mainFile ? undefined : zone.directives.find((d) => d.name === '$INCLUDE' && d.included === file);
  return include !== undefined && defaultTtlBefore(zone, include.file, include.start);
}

/**
 * The owner `heir` inherits once the deleted records' lines are gone: the one the last line that
 * stays names (`previous`, the last kept record, or a later line that failed to read after its
 * owner, `fromLine`; RFC 1035 §5.1 as BIND reads it). Undefined when there is none, or when an
 * $ORIGIN or $GENERATE between makes it uncertain.
 */
function ownerOnceDeleted(zone: Zone, previous: ZoneRecord | undefined, heir: ZoneRecord, deleted: ReadonlySet<ZoneRecord>): { owner: string; fromLine: boolean } | undefined {
  const text = fileText(zone, heir.file);
  if (text === undefined) return undefined;
  let found = previous && { owner: previous.owner.name, fromLine: false };
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
    found = { owner: resolveName(first.raw, heir.origin).name, fromLine: true };
  }
  return found;
}


