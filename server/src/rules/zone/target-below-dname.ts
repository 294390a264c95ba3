// zone/target-below-dname: an NS, MX or SRV target in the zone below a DNAME. RFC 6672 §2.3: no
// names exist below a DNAME owner (queries for them are redirected), so the target has no
// address. named-checkzone rejects the zone for the apex NS ("NS '...' is below a DNAME '...'
// (illegal)") and reports the others without rejecting it: error and warning here.
import type { Finding, Rule } from '../rule';
import { isAtOrBelow, nameKey, sameName } from '../../zone/names';
import { displayName, findingAt, inZoneTargets, recordsOfTypes, relatedRecord } from './record-helpers';

const dnameRecords = recordsOfTypes('DNAME');
// The in-zone targets zone/{ns,mx,srv}-target-is-cname read too: no extra work where there is no DNAME.
const targetLists = (['NS', 'MX', 'SRV'] as const).map((type) => inZoneTargets(type));

export const targetBelowDname: Rule = {
  code: 'zone/target-below-dname',
  summary: 'An NS, MX or SRV target below a DNAME in the zone, where no name can exist.',
  severity: 'error',
  check(zone) {
    const dnames = dnameRecords(zone);
    if (dnames.length === 0) return [];
    const findings: Finding[] = [];
    for (const { record, value } of targetLists.flatMap((list) => list(zone))) {
      const { target, key } = value;
      const dname = dnames.find((d) => key !== nameKey(d.owner.name) && isAtOrBelow(target.name, d.owner.name));
      if (!dname) continue;
      const apexNs = record.type === 'NS' && sameName(record.owner.name, zone.origin);
      findings.push(
        findingAt(targetBelowDname, record.file, target, `${record.type} target '${displayName(target)}' is below the DNAME at '${displayName(dname.owner)}', so it cannot exist (RFC 6672 §2.3); ${apexNs ? 'BIND rejects the zone' : 'BIND reports it as illegal'}.`, {
          severity: apexNs ? 'error' : 'warning',
          related: [relatedRecord(dname, 'The DNAME')],
        }),
      );
    }
    return findings;
  },
};
