// zone/out-of-zone: a record whose owner is neither the origin nor below it. BIND drops such
// records with a warning ("ignoring out-of-zone data"), so they are never served.
import type { Rule } from '../rule';
import { displayName, findingAt, isInZone, ownerAnchor } from './record-helpers';

export const outOfZone: Rule = {
  code: 'zone/out-of-zone',
  summary: 'A record whose owner lies outside the zone; BIND ignores it.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    if (zone.origin === '.') return [];
    return zone.records
      // An SOA elsewhere is zone/soa-not-at-apex's finding.
      .filter((record) => record.type !== 'SOA' && !isInZone(record, zone))
      .map((record) =>
        findingAt(
          outOfZone,
          record.file,
          ownerAnchor(record),
          `'${displayName(record.owner)}' is outside the zone '${displayName(zone.origin)}'; BIND ignores this record ("ignoring out-of-zone data").`,
        ),
      );
  },
};
