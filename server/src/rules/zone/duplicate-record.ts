// zone/duplicate-record: the same owner, class, type and data twice. RFC 2181 §5 makes an RRset
// a set, so BIND silently keeps one copy; the copy is noise that hides real edits.
// The fix deletes the copy's line(s) when nothing else shares them.
import type { ZoneRecord, Zone } from '../../zone/model';
import { sameName } from '../../zone/names';
import type { Finding, Fix, Rule } from '../rule';
import { displayName, findingAt, groupByRRset, relatedRecord } from './record-helpers';
import { rdataKey } from './rdata-key';

export const duplicateRecord: Rule = {
  code: 'zone/duplicate-record',
  summary: 'A record that repeats an earlier one (same owner, class, type and data).',
  severity: 'warning',
  check(zone) {
    const findings: Finding[] = [];
    let order: FileOrder | undefined;
    for (const group of groupByRRset(zone.records).values()) {
      const firstByData = new Map<string, ZoneRecord>();
      for (const record of group) {
        const key = rdataKey(record);
        if (key === undefined) continue;
        const first = firstByData.get(key);
        if (!first) {
          firstByData.set(key, record);
          continue;
        }
        order ??= fileOrder(zone);
        const fix = removeDuplicateFix(zone, order, record);
        findings.push(
          findingAt(duplicateRecord, record.file, record, `Duplicate ${record.type} record for '${displayName(record.owner)}': the same data appears earlier, and DNS keeps only one copy (RFC 2181 §5).`, {
            related: [relatedRecord(first, 'The first copy', first)],
            fixes: fix ? [fix] : [],
          }),
        );
      }
    }
    return findings;
  },
};

function removeDuplicateFix(zone: Zone, order: FileOrder, record: ZoneRecord): Fix | undefined {
  if (record.generatedBy) return undefined;
  const text = zone.files.find((file) => file.file === record.file)?.text;
  if (text === undefined) return undefined;
  const range = wholeLines(text, record.start, record.end);
  if (!range || !ownersStayTheSame(order, record)) return undefined;
  return {
    id: 'remove-duplicate',
    title: 'Remove the duplicate record',
    safe: true,
    edits: [{ file: record.file, start: range.start, end: range.end, newText: '' }],
  };
}

/** The lines holding [start, end) with their line ending, when only blanks and a comment share them. */
export function wholeLines(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, start))) return undefined;
  const rest = /^[ \t]*(?:;[^\r\n]*)?(\r?\n|$)/.exec(text.slice(end));
  if (!rest) return undefined;
  const lineEnd = end + rest[0].length;
  if (rest[1] === '' && lineStart > 0) {
    // Last line without a line ending: take the previous line's ending instead.
    const before = text[lineStart - 2] === '\r' ? 2 : 1;
    return { start: lineStart - before, end: lineEnd };
  }
  return { start: lineStart, end: lineEnd };
}

/** Records of each file in text order, with each record's index: built once, on the first copy. */
type FileOrder = { byFile: Map<string, ZoneRecord[]>; index: Map<ZoneRecord, number> };

function fileOrder(zone: Zone): FileOrder {
  const byFile = new Map<string, ZoneRecord[]>();
  const index = new Map<ZoneRecord, number>();
  for (const record of zone.records) {
    if (record.generatedBy) continue;
    const list = byFile.get(record.file) ?? [];
    if (list.length === 0) byFile.set(record.file, list);
    index.set(record, list.length);
    list.push(record);
  }
  return { byFile, index };
}

/** Deleting the record must not change the owner a following owner-less line inherits. */
function ownersStayTheSame(order: FileOrder, record: ZoneRecord): boolean {
  if (!record.ownerWritten) return true;
  const list = order.byFile.get(record.file) ?? [];
  const at = order.index.get(record);
  if (at === undefined) return false;
  const next = list[at + 1];
  if (!next || next.ownerWritten) return true;
  const previous = list[at - 1];
  return previous !== undefined && sameName(previous.owner.name, record.owner.name);
}
