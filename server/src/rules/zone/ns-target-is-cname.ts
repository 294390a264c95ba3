// zone/ns-target-is-cname: an NS whose target is a name in this zone that owns a CNAME.
// RFC 2181 §10.3 forbids NS pointing at an alias. BIND rejects the zone when an apex NS does
// ("NS '...' is a CNAME (illegal)") and only warns for a delegation's NS: so do we.
import type { Finding, Rule } from '../rule';
import { sameName } from '../../zone/names';
import { displayName, findingAt, inZoneCname, relatedRecord } from './record-helpers';

export const nsTargetIsCname: Rule = {
  code: 'zone/ns-target-is-cname',
  summary: 'An NS record whose name server is an alias (CNAME) in this zone.',
  severity: 'error',
  check(zone) {
    const findings: Finding[] = [];
    for (const record of zone.records) {
      if (record.rdata?.type !== 'NS') continue;
      const { target } = record.rdata;
      const cname = inZoneCname(zone, target.name);
      if (!cname) continue;
      const atApex = sameName(record.owner.name, zone.origin);
      const consequence = atApex ? 'BIND rejects the zone' : 'BIND loads the zone but resolvers may fail to follow the delegation';
      const finding = findingAt(nsTargetIsCname, record.file, target, `Name server '${displayName(target)}' is an alias (CNAME); NS records must name the server itself (RFC 2181 §10.3), and ${consequence}.`, {
        related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)],
      });
      findings.push(atApex ? finding : { ...finding, severity: 'warning' });
    }
    return findings;
  },
};
