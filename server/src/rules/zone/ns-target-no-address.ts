// zone/ns-target-no-address: an apex NS naming a server inside this zone that has no A or AAAA
// record. Resolvers could not reach it; BIND fails the zone's integrity check
// ("NS '...' has no address records (A or AAAA)").
import { isAtOrBelow, sameName } from '../../zone/names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, recordsAt } from './record-helpers';
import { hasAddress, prepareTargetLookups } from './target-address';

export const nsTargetNoAddress: Rule = {
  code: 'zone/ns-target-no-address',
  summary: 'An apex NS record naming a server in this zone that has no A or AAAA record.',
  severity: 'error',
  check(zone) {
    const findings: Finding[] = [];
    prepareTargetLookups(zone);
    // Only the apex NS set counts: the records at the origin, in file order.
    for (const record of recordsAt(zone, zone.origin)) {
      if (record.rdata?.type !== 'NS' || !sameName(record.owner.name, zone.origin)) continue;
      const { target } = record.rdata;
      if (!isAtOrBelow(target.name, zone.origin) || hasAddress(zone, target.name)) continue;
      findings.push(
        findingAt(nsTargetNoAddress, record.file, target, `Name server '${displayName(target)}' is inside this zone but has no A or AAAA record, so nobody can reach it; BIND rejects the zone.`),
      );
    }
    return findings;
  },
};
