// Inserting one record line into a zone file (the main one, or an included one open in the
// editor) the way its author would have written it:
// after related records (or at the end of the apex's records), with the owner relative to the
// origin in effect there, the file's columns, TTL/class habits and line endings.
import type { Zone, ZoneRecord } from '../../zone/model';
import type { TextEdit } from '../rule';
import { ensureAbsolute, relativeTo, sameName } from '../../zone/names';
import { originAt } from '../../zone/origin-at';
import { advanceColumn, defaultTtlBefore, lineEndOf, lineEnding } from './line-edits';
import { detectRecordStyle, padding, type RecordStyle } from './record-style';
import { fileText } from '../zone/record-helpers';

/** The TTL written on a record inserted where no TTL is in effect at all (BIND's common default). */
const DEFAULT_TTL = 3600;

export interface NewRecord {
  /** Absolute owner name, with the trailing dot. */
  owner: string;
  /** Upper-case type mnemonic, e.g. `CNAME`. */
  type: string;
  /** Rdata in presentation format, names absolute (e.g. `pm.mtasv.net.` or `10 inbound.postmarkapp.com.`). */
  rdata: string;
  /** Related records: the new one goes after the last of them that is in the file written to. */
  near?: readonly ZoneRecord[];
}

/** The edit inserting `record` into `file` (the main file unless told). */
export function insertRecordEdit(zone: Zone, record: NewRecord, file = zone.mainFile): TextEdit {
  const text = fileText(zone, file) ?? '';
  const eol = lineEnding(text);
  const anchor = insertionAnchor(zone, record.near ?? [], file);
  const origin = anchor ? anchor.origin : originAt(zone, file, text.length);
  let offset: number;
  let before = '';
  let after = eol;
  if (anchor) {
    const end = lineEndOf(text, anchor.end);
    offset = end.nextLineStart;
    if (!end.hasBreak) [before, after] = [eol, ''];
  } else {
    offset = text.length;
    if (text.length > 0 && !text.endsWith('\n')) [before, after] = [eol, ''];
  }
  let style = detectRecordStyle(zone, offset, anchor, file);
  // Without $TTL a record with no TTL takes the last one written, or has none and BIND rejects
  // it: write the TTL in effect there (the anchor's), which changes nothing for the lines after.
  if (style.ttl === undefined && !defaultTtlBefore(zone, file, offset)) style = { ...style, ttl: String(anchor?.ttl ?? DEFAULT_TTL) };
  const line = formatRecord(style, ownerText(record.owner, origin, style), record.type, record.rdata);
  return { file, start: offset, end: offset, newText: before + line + after };
}

/** One record line (no line break) in the given style. */
export function formatRecord(style: RecordStyle, owner: string, type: string, rdata: string): string {
  let line = owner;
  let column = advanceColumn(0, owner);
  const put = (layout: RecordStyle['layout'][keyof RecordStyle['layout']], value: string) => {
    const gap = padding(layout, column);
    line += gap + value;
    column = advanceColumn(column, gap + value);
  };
  const ttlAndClass: Array<[keyof RecordStyle['layout'], string]> = [];
  if (style.ttl !== undefined) ttlAndClass.push(['ttl', style.ttl]);
  if (style.includeClass) ttlAndClass.push(['class', 'IN']);
  if (style.classBeforeTtl) ttlAndClass.reverse();
  for (const [slot, value] of ttlAndClass) put(style.layout[slot], value);
  put(style.layout.type, type);
  put(style.layout.rdata, rdata);
  return line;
}

function ownerText(owner: string, origin: string, style: RecordStyle): string {
  const absolute = ensureAbsolute(owner);
  return style.relativeOwners ? relativeTo(absolute, origin) : absolute;
}

/**
 * The record of `file` to insert after: the last related one, else the last record written under
 * the zone's own origin, else the last record. Records that inherit their owner from it (lines
 * starting with a blank) stay with it, so the new line goes after them.
 */
function insertionAnchor(zone: Zone, near: readonly ZoneRecord[], file: string): ZoneRecord | undefined {
  const main = zone.records.filter((r) => r.file === file && !r.generatedBy).sort((a, b) => a.start - b.start);
  if (main.length === 0) return undefined;
  const related = main.filter((r) => near.includes(r));
  const apexBlock = main.filter((r) => sameName(r.origin, zone.origin));
  const anchor = related.at(-1) ?? apexBlock.at(-1) ?? main[main.length - 1];
  let index = main.indexOf(anchor);
  while (index + 1 < main.length && !main[index + 1].ownerWritten) index++;
  return main[index];
}

