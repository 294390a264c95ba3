// A local stand-in for the shared insertRecordEdit helper (to come): the edit that inserts one
// record into the main file after related records, in the file's style (relative owner names
// when the file uses them, the same columns, TTL and class layout, the same line endings).
import type { Zone, ZoneRecord } from '../../zone/model';
import type { TextEdit } from '../rule';
import { isAtOrBelow, relativeTo } from '../../zone/names';

const TAB_WIDTH = 8;

/** The edit inserting `<owner> [ttl] [class] <type> <rdata>`; owner absolute, e.g. `_dmarc.example.com.`. */
export function insertRecordLocally(zone: Zone, owner: string, type: string, rdataText: string): TextEdit | undefined {
  const main = zone.files.find((f) => f.file === zone.mainFile);
  if (!main) return undefined;
  const text = main.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const records = zone.records.filter((r) => r.file === zone.mainFile && !r.generatedBy);
  if (records.length === 0) {
    const line = [owner, type, rdataText].join(' ');
    const lead = text === '' || text.endsWith('\n') ? '' : eol;
    return { file: zone.mainFile, start: text.length, end: text.length, newText: `${lead}${line}${eol}` };
  }
  const anchor = lastOfOwnerRun(records, pickAnchor(records, zone.origin));
  const template = [...records.slice(0, records.indexOf(anchor) + 1)].reverse().find((r) => r.ownerWritten && !r.multiline) ?? anchor;
  const usesRelative = records.some((r) => r.ownerWritten && r.owner.relative);
  const written = usesRelative && isAtOrBelow(owner, anchor.origin) ? relativeTo(owner, anchor.origin) : owner;
  const line = layoutLike(text, template, written, type, rdataText);
  const newline = text.indexOf('\n', anchor.end);
  const at = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  return { file: zone.mainFile, start: at, end: at, newText: `${eol}${line}` };
}

/** Next to related records: after the last TXT at or below the origin, else after the last record. */
function pickAnchor(records: ZoneRecord[], origin: string): ZoneRecord {
  const txt = [...records].reverse().find((r) => r.type === 'TXT' && isAtOrBelow(r.owner.name, origin));
  return txt ?? records[records.length - 1];
}

/** Records after the anchor that inherit its owner must stay with it: insert after them. */
function lastOfOwnerRun(records: ZoneRecord[], anchor: ZoneRecord): ZoneRecord {
  let index = records.indexOf(anchor);
  while (index + 1 < records.length && !records[index + 1].ownerWritten) index++;
  return records[index];
}

/** Writes the fields at the template's columns, with tabs if it uses tabs, spaces otherwise. */
function layoutLike(text: string, template: ZoneRecord, owner: string, type: string, rdataText: string): string {
  const lineStart = text.lastIndexOf('\n', template.typeSpan.start - 1) + 1;
  const columnOf = (offset: number) => visualColumn(text.slice(lineStart, offset));
  const parts: Array<{ text: string; column: number; gap: string }> = [];
  const middle: Array<{ start: number; end: number; text: string }> = [];
  if (template.ttlSpan) middle.push({ ...template.ttlSpan, text: text.slice(template.ttlSpan.start, template.ttlSpan.end) });
  if (template.classSpan) middle.push({ ...template.classSpan, text: text.slice(template.classSpan.start, template.classSpan.end) });
  middle.sort((a, b) => a.start - b.start);
  const rdataStart = template.fields[0]?.start ?? template.typeSpan.end + 1;
  const items = [...middle, { ...template.typeSpan, text: type }, { start: rdataStart, end: rdataStart, text: rdataText }];
  let previousEnd = template.ownerWritten ? template.owner.end : lineStart;
  for (const item of items) {
    const gap = text.slice(previousEnd, item.start);
    parts.push({ text: item.text, column: columnOf(item.start), gap });
    previousEnd = item.end;
  }
  let line = owner;
  for (const part of parts) {
    line += gapTo(visualColumn(line), part.column, part.gap) + part.text;
  }
  return line;
}

/** A single blank stays a single blank; wider gaps align to the template's column. */
function gapTo(column: number, target: number, templateGap: string): string {
  if (templateGap === ' ' || templateGap === '') return ' ';
  if (!templateGap.includes('\t')) return ' '.repeat(Math.max(1, target - column));
  let gap = '\t';
  let at = (Math.floor(column / TAB_WIDTH) + 1) * TAB_WIDTH;
  while (at < target) {
    gap += '\t';
    at += TAB_WIDTH;
  }
  return gap;
}

function visualColumn(line: string): number {
  let column = 0;
  for (const ch of line) column = ch === '\t' ? (Math.floor(column / TAB_WIDTH) + 1) * TAB_WIDTH : column + 1;
  return column;
}
