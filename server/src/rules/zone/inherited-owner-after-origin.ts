// zone/inherited-owner-after-origin: the first record after an $ORIGIN line starts with a blank,
// so it keeps the owner of the record before the $ORIGIN (RFC 1035 §5.1: a blank owner is the
// previous owner), not a name under the new origin, which is rarely what was meant.
// named-checkzone warns ("record with inherited owner (...) immediately after $ORIGIN (...)").
// As there, $TTL, $GENERATE and further $ORIGIN lines in between change nothing, the first record
// of a file $INCLUDEd before the next record counts as "after" too, and so does the first record
// of a file $INCLUDEd with an origin. Not followed: $INCLUDEs nested in an included file, and a
// file included twice (its first inclusion's records stand for both).
import type { Directive, ZoneRecord } from '../../zone/model';
import { isAtOrBelow, relativeTo, sameName } from '../../zone/names';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import type { Finding, Fix, Rule } from '../rule';
import { displayName, findingAt, isInZone, recordsByFile, typeAnchor } from './record-helpers';

export const inheritedOwnerAfterOrigin: Rule = {
  code: 'zone/inherited-owner-after-origin',
  summary: 'The first record after an $ORIGIN line has no owner of its own, so it keeps the one from before.',
  severity: 'warning',
  check(zone) {
    const origins = zone.directives.filter((directive) => directive.name === '$ORIGIN' && directive.args.length === 1);
    // An $INCLUDE with an origin argument sets the origin for its file as an $ORIGIN line would.
    const includesWithOrigin = zone.directives.filter((directive) => directive.name === '$INCLUDE' && directive.args.length === 2 && directive.included !== undefined);
    if (origins.length === 0 && includesWithOrigin.length === 0) return [];
    const records = recordsByFile(zone);
    // Each file's $INCLUDE lines that read a file, in offset order (most zones have none).
    const includes = new Map<string, Directive[]>();
    for (const directive of zone.directives) {
      if (directive.name !== '$INCLUDE' || directive.included === undefined) continue;
      let list = includes.get(directive.file);
      if (!list) includes.set(directive.file, (list = []));
      list.push(directive);
    }
    // The records some $ORIGIN is "immediately" before.
    const after = new Set<ZoneRecord>();
    for (const origin of origins) {
      const next = firstWrittenFrom(records.get(origin.file) ?? [], origin.end);
      if (next) after.add(next);
      // The first record of each file $INCLUDEd between the $ORIGIN and that record.
      for (const include of includes.get(origin.file) ?? []) {
        if (include.start < origin.end) continue;
        if (next && include.start > next.start) break;
        const first = firstWrittenFrom(records.get(include.included!) ?? [], 0);
        if (first) after.add(first);
      }
    }
    for (const include of includesWithOrigin) {
      const first = firstWrittenFrom(records.get(include.included!) ?? [], 0);
      if (first) after.add(first);
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
    // Not part of "fix all": whether the kept owner is the meant one is the author's call.
  };
  const where = sameName(owner, origin) ? `, which only happens to be the new origin '${displayName(origin)}'` : `, not a name under the new origin '${displayName(origin)}'`;
  return findingAt(
    inheritedOwnerAfterOrigin,
    record.file,
    typeAnchor(record),
    `This record has no owner of its own, so it keeps '${displayName(owner)}' from the record before the $ORIGIN line${where}. Write its owner if that is not what you meant. named-checkzone warns ("record with inherited owner immediately after $ORIGIN").`,
    { fixes: [fix] },
  );
}

/** The first record at or after `offset` in a file's records, $GENERATE's skipped: they are no lines of their own. */
function firstWrittenFrom(inFile: readonly ZoneRecord[], offset: number): ZoneRecord | undefined {
  for (let index = firstStartingAtOrAfter(inFile, offset); index < inFile.length; index++) if (!inFile[index].generatedBy) return inFile[index];
  return undefined;
}
