// zone/non-terminal-wildcard: an owner name with a `*` label that is not its first label
// (`a.*.example.com`). Only a leftmost `*` makes a wildcard (RFC 4592 §2.1.1); elsewhere it is a
// literal label that no query is likely to ask for, so such a name is nearly always a mistake.
// named-checkzone warns ("ownername '...' contains an non-terminal wildcard").
import type { ZoneRecord } from '../../zone/model';
import { nameKey, splitLabels } from '../../zone/names';
import { decodeText } from '../../zone/text-value';
import { perRecordList } from '../memo';
import type { Rule } from '../rule';
import { displayName, findingAt, isInZone, ownerAnchor } from './record-helpers';

/** Records that write out an owner with a `*` label after the first, kept across edits (one test per record). */
const withInnerWildcard = perRecordList((record: ZoneRecord) => {
  const name = record.owner.name;
  return record.ownerWritten && (name.includes('*') || name.includes('\\')) && hasInnerStar(name) ? true : undefined;
});

export const nonTerminalWildcard: Rule = {
  code: 'zone/non-terminal-wildcard',
  summary: "An owner name with a '*' label that is not its first, which is no wildcard.",
  severity: 'warning',
  // Not owner-scoped: whether a record is reported depends on the record before it.
  check(zone) {
    const candidates = withInnerWildcard(zone);
    if (candidates.length === 0) return [];
    // As BIND, once per run of records at the name: a line at the same name as the record
    // before it (written out again or inherited) is not reported again.
    const candidateRecords = new Set<ZoneRecord>(candidates.map((item) => item.record));
    let previous: string | undefined;
    const firsts: ZoneRecord[] = [];
    for (const record of zone.records) {
      if (record.generatedBy) continue;
      const key = nameKey(record.owner.name);
      if (key !== previous && candidateRecords.has(record) && isInZone(record, zone)) firsts.push(record);
      previous = key;
    }
    return firsts.map((record) =>
      findingAt(
        nonTerminalWildcard,
        record.file,
        ownerAnchor(record),
        `'${displayName(record.owner)}' has a '*' label after its first one: only a leftmost '*' makes a wildcard (RFC 4592 §2.1.1), so this is a literal name that queries will hardly ask for. named-checkzone warns ("non-terminal wildcard").`,
      ),
    );
  },
};

function hasInnerStar(name: string): boolean {
  const labels = splitLabels(name).labels;
  // A `*` however written (`\*`, `\042`) is the same octet, as BIND reads it.
  return labels.slice(1).some((label) => label === '*' || (label.startsWith('\\') && decodeText(label).value === '*'));
}
