// zone/inherited-owner-after-origin: the first record after an $ORIGIN line starts with a blank,
// so it keeps the owner of the record before the $ORIGIN (RFC 1035 §5.1: a blank owner is the
// previous owner), not a name under the new origin, which is rarely what was meant.
// named-checkzone warns ("record with inherited owner (...) immediately after $ORIGIN (...)").
// As there, $TTL, $GENERATE and further $ORIGIN lines in between change nothing, and the first
// record of a file $INCLUDEd before the next record counts as "after" too.
import type { Zone, ZoneRecord } from '../../zone/model';
import { isAtOrBelow, relativeTo } from '../../zone/names';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import type { Finding, Fix, Rule } from '../rule';
import { displayName, findingAt, isInZone, typeAnchor } from './record-helpers';

export const inheritedOwnerAfterOrigin: Rule = {
  code: 'zone/inherited-owner-after-origin',
  summary: 'The first record after an $ORIGIN line has no owner of its own, so it keeps the one from before.',
  severity: 'warning',
  check(zone) {
    const origins = zone.directives.filter((directive) => directive.name === '$ORIGIN' && directive.args.length === 1);
    if (origins.length === 0) return [];
    const records = recordsByFile(zone);
    // The records some $ORIGIN is "immediately" before.
    const after = new Set<ZoneRecord>();
    for (const origin of origins) {
      const inFile = records.get(origin.file) ?? [];
      const next = inFile[firstStartingAtOrAfter(inFile, origin.end)] as ZoneRecord | undefined;
      if (next) after.add(next);
      for (const include of zone.directives) {
        if (include.name !== '$INCLUDE' || include.file !== origin.file || include.included === undefined) continue;
        if (include.start < origin.end || (next && include.start > next.start)) continue;
        const first = records.get(include.included)?.[0];
        if (first) after.add(first);
      }
    }
    const findings: Finding[] = [];
    for (const record of after.keys()) {
      if (!record.ownerWritten && isInZone(record, zone)) findings.push(finding(record));
    }
    return findings;
  },
};

function finding(record: ZoneRecord): Finding {
  // The record's origin is the one the $ORIGIN line set (or an $INCLUDE line gave its file).
  const { origin } = record;
  const owner = record.owner.name;
  const written = isAtOrBelow(owner, origin) ? relativeTo(owner, origin) : owner;
  const fix: Fix = {
    id: 'write-owner',
    title: `Write the owner '${written}' on this line`,
    edits: [{ file: record.file, start: record.owner.start, end: record.owner.start, newText: written }],
    safe: true,
  };
  return findingAt(
    inheritedOwnerAfterOrigin,
    record.file,
    typeAnchor(record),
    `This record has no owner of its own, so it keeps '${displayName(owner)}' from the record before the $ORIGIN line, not a name under the new origin '${displayName(origin)}'. Write its owner if that is not what you meant. named-checkzone warns ("record with inherited owner immediately after $ORIGIN").`,
    { fixes: [fix] },
  );
}

/** Each file's records in offset order ($GENERATE's left out: they are no lines of their own). */
function recordsByFile(zone: Zone): Map<string, readonly ZoneRecord[]> {
  // One file without $GENERATE: the zone's own list is that already (no copy of 100k records).
  if (zone.files.length === 1 && !zone.directives.some((d) => d.name === '$GENERATE')) return new Map([[zone.mainFile, zone.records]]);
  const byFile = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    if (record.generatedBy) continue;
    let list = byFile.get(record.file);
    if (!list) byFile.set(record.file, (list = []));
    list.push(record);
  }
  return byFile;
}
