// zone/duplicate-record: the same owner, class, type and data twice. RFC 2181 §5 makes an RRset
// a set, so BIND silently keeps one copy; the copy is noise that hides real edits.
// The fix deletes the copy's line(s) when nothing else shares them (an owner a following line
// inherited from the copy is written onto that line).
import type { ZoneRecord, Zone } from '../../zone/model';
import { deleteRecords } from '../edit/line-edits';
import type { Finding, Fix, Rule } from '../rule';
import { displayName, findingAt, sharedRRsets, relatedRecord } from './record-helpers';
import { rdataKey } from './rdata-key';

export const duplicateRecord: Rule = {
  code: 'zone/duplicate-record',
  summary: 'A record that repeats an earlier one (same owner, class, type and data).',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const group of sharedRRsets(zone)) {
      const firstByData = new Map<string, ZoneRecord>();
      for (const record of group) {
        const key = rdataKey(record);
        if (key === undefined) continue;
        const first = firstByData.get(key);
        if (!first) {
          firstByData.set(key, record);
          continue;
        }
        const fix = removeDuplicateFix(zone, record);
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

function removeDuplicateFix(zone: Zone, record: ZoneRecord): Fix | undefined {
  const deletion = deleteRecords(zone, [record]);
  if (!deletion) return undefined;
  return { id: 'remove-duplicate', title: 'Remove the duplicate record', safe: true, ...deletion };
}
