// Edits that remove whole records for the spf/ fixes: each record's line(s) with their line
// ending, and, when a following owner-less line inherited the removed owner, that owner written
// onto it so every other record keeps its name.
import type { Zone, ZoneRecord } from '../../zone/model';
import { relativeTo, sameName } from '../../zone/names';
import type { TextEdit } from '../rule';

/** Edits deleting `records` (any files); undefined when a record cannot be cut out cleanly. */
export function deleteRecordsEdits(zone: Zone, records: ZoneRecord[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  const deleted = new Set(records);
  for (const record of records) {
    if (record.generatedBy) return undefined;
    const text = zone.files.find((file) => file.file === record.file)?.text;
    if (text === undefined) return undefined;
    const lines = wholeLines(text, record.start, record.end);
    if (!lines) return undefined;
    edits.push({ file: record.file, start: lines.start, end: lines.end, newText: '' });
  }
  for (const record of records) {
    const heir = ownerHeir(zone, record, deleted);
    if (!heir) continue;
    const text = zone.files.find((file) => file.file === heir.file)!.text;
    const lineStart = text.lastIndexOf('\n', heir.start - 1) + 1;
    if (edits.some((edit) => edit.file === heir.file && edit.start === lineStart && edit.end === lineStart)) continue;
    edits.push({ file: heir.file, start: lineStart, end: lineStart, newText: relativeTo(heir.owner.name, heir.origin) });
  }
  return mergeOverlaps(edits.sort((a, b) => (a.file === b.file ? a.start - b.start || a.end - b.end : a.file < b.file ? -1 : 1)));
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
 * deleted records are gone, would inherit a different owner from the record before it.
 */
function ownerHeir(zone: Zone, record: ZoneRecord, deleted: Set<ZoneRecord>): ZoneRecord | undefined {
  const sameFile = zone.records.filter((other) => other.file === record.file).sort((a, b) => a.start - b.start);
  const next = sameFile.find((other) => other.start >= record.end && !deleted.has(other));
  if (!next || next.ownerWritten || next.generatedBy) return undefined;
  const previous = sameFile.filter((other) => other.end <= next.start && !deleted.has(other)).pop();
  if (previous && sameName(previous.owner.name, next.owner.name)) return undefined;
  return next;
}

/**
 * The lines holding [start, end) with their line ending, when only blanks (and a comment after
 * the record) share them. On a last line without a line ending, the previous line ending goes.
 */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
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
