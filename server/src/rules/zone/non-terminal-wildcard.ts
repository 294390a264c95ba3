// zone/non-terminal-wildcard: an owner name with a `*` label that is not its first label
// (`a.*.example.com`). Only a leftmost `*` makes a wildcard (RFC 4592 §2.1.1); elsewhere it is a
// literal label that no query is likely to ask for, so such a name is nearly always a mistake.
// named-checkzone warns ("ownername '...' contains an non-terminal wildcard").
import type { Zone, ZoneRecord } from '../../zone/model';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import { exactName, splitLabels } from '../../zone/names';
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
    // before it (written out again or inherited) is not reported again. Names compare with case,
    // as BIND's loader does (exactName).
    const firsts = candidates
      .map(({ record }) => record)
      .filter((record) => {
        const before = recordBefore(zone, record);
        return (!before || exactName(before.owner.name) !== exactName(record.owner.name)) && isInZone(record, zone);
      });
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

/** The record read just before this one ($GENERATE's aside), or undefined. */
function recordBefore(zone: Zone, record: ZoneRecord): ZoneRecord | undefined {
  // One file without $GENERATE: the zone's records are in offset order, so search.
  if (zone.files.length === 1 && !zone.directives.some((d) => d.name === '$GENERATE')) return zone.records[firstStartingAtOrAfter(zone.records, record.start) - 1];
  let before: ZoneRecord | undefined;
  for (const other of zone.records) {
    if (other === record) return before;
    if (!other.generatedBy) before = other;
  }
  return undefined;
}

function hasInnerStar(name: string): boolean {
  const labels = splitLabels(name).labels;
  // A `*` however written (`\*`, `\042`) is the same octet, as BIND reads it.
  return labels.slice(1).some((label) => label === '*' || (label.startsWith('\\') && decodeText(label).value === '*'));
}
