// zone/out-of-zone: a record whose owner is neither the origin nor below it. BIND drops such
// records with a warning ("ignoring out-of-zone data"), so they are never served.
import { isAtOrBelow } from '../../zone/names';
import type { Rule } from '../rule';
import type { ZoneRecord } from '../../zone/model';
import { displayName, findingAt, ownerAnchor } from './record-helpers';

export const outOfZone: Rule = {
  code: 'zone/out-of-zone',
  summary: 'A record whose owner lies outside the zone; BIND ignores it.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    if (zone.origin === '.') return [];
    // A name written relative to an origin inside the zone is inside too: one test per origin.
    const originInside = new Map<string, boolean>();
    const inside = (record: ZoneRecord) => {
      if (record.owner.relative) {
        let known = originInside.get(record.origin);
        if (known === undefined) originInside.set(record.origin, (known = isAtOrBelow(record.origin, zone.origin)));
        if (known) return true;
      }
      return isAtOrBelow(record.owner.name, zone.origin);
    };
    return zone.records
      // An SOA elsewhere is zone/soa-not-at-apex's finding.
      .filter((record) => record.type !== 'SOA' && !inside(record))
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
