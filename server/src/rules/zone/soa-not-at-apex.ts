// zone/soa-not-at-apex: an SOA record whose owner is not the zone's origin. BIND refuses to
// load it ("not at top of zone"): the SOA marks the top of the zone (RFC 1035 §5.2).
import { sameName } from '../../zone/names';
import type { Rule } from '../rule';
import { displayName, findingAt, ownerAnchor, soaRecords } from './record-helpers';

export const soaNotAtApex: Rule = {
  code: 'zone/soa-not-at-apex',
  summary: 'An SOA record owned by a name other than the zone origin.',
  severity: 'error',
  check(zone) {
    if (zone.origin === '.' && zone.originSource === 'none') return [];
    return soaRecords(zone)
      .map((item) => item.record)
      .filter((record) => !sameName(record.owner.name, zone.origin))
      .map((record) =>
        findingAt(
          soaNotAtApex,
          record.file,
          ownerAnchor(record),
          `SOA record at '${displayName(record.owner)}', but the zone is '${displayName(zone.origin)}': the SOA must be at the top of the zone (RFC 1035 §5.2).`,
        ),
      );
  },
};
