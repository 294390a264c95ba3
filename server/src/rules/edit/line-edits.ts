// Line-level text edits for fixes: the file's line ending, where a line starts and ends, visual
// columns (tabs to the next multiple of 8), replacing a span and deleting a record's lines.
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import type { TextEdit } from '../rule';

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
 * Removes a record's whole lines (with a comment at its end and the line break), or undefined
 * when it shares a line with other text, came from $GENERATE, or the next record inherits its
 * owner from it (deleting it would move that record to another name).
 */
export function deleteRecordEdit(zone: Zone, record: ZoneRecord): TextEdit | undefined {
  if (record.generatedBy) return undefined;
  const text = zone.files.find((file) => file.file === record.file)?.text;
  if (text === undefined) return undefined;
  const start = lineStartOf(text, record.start);
  if (!/^[ \t]*$/.test(text.slice(start, record.start))) return undefined;
  const end = lineEndOf(text, record.end);
  if (!/^[ \t]*(;.*)?$/.test(text.slice(record.end, end.contentEnd))) return undefined;
  const sameFile = zone.records.filter((other) => other.file === record.file && !other.generatedBy);
  const next = sameFile.find((other) => other.start > record.start);
  if (record.ownerWritten && next && !next.ownerWritten) return undefined;
  if (end.hasBreak) return { file: record.file, start, end: end.nextLineStart, newText: '' };
  // The last line has no break: take the one before it, so the file still ends without one.
  const previousBreak = start === 0 ? 0 : start - (start >= 2 && text[start - 2] === '\r' ? 2 : 1);
  return { file: record.file, start: previousBreak, end: text.length, newText: '' };
}
