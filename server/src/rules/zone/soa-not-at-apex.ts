// zone/soa-not-at-apex: an SOA record whose owner is not the zone's origin. BIND refuses to
// load it ("not at top of zone"): the SOA marks the top of the zone (RFC 1035 §5.2). One outside
// the zone beside the apex's own SOA is only zone/out-of-zone's finding: BIND drops it ("ignoring
// out-of-zone data") and loads. Without an SOA at the apex it is reported here (the zone has none).
import { sameName } from '../../zone/names';
import type { Rule } from '../rule';
import { displayName, findingAt, isInZone, ownerAnchor, soaRecords } from './record-helpers';

export const soaNotAtApex: Rule = {
  code: 'zone/soa-not-at-apex',
  summary: 'An SOA record owned by a name other than the zone origin.',
  severity: 'error',
  check(zone) {
    if (zone.origin === '.' && zone.originSource === 'none') return [];
    const soas = soaRecords(zone).map((item) => item.record);
    const apexHasSoa = soas.some((record) => sameName(record.owner.name, zone.origin));
    return soas
      .filter((record) => !sameName(record.owner.name, zone.origin) && (!apexHasSoa || isInZone(record, zone)))
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
