// zone/srv-target-is-cname: an SRV whose target is a name in this zone that owns a CNAME.
// RFC 2782: the target must not be an alias; named-checkzone warns by default (-S warn).
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, inZoneCname, relatedRecord } from './record-helpers';

export const srvTargetIsCname: Rule = {
  code: 'zone/srv-target-is-cname',
  summary: 'An SRV record whose target is an alias (CNAME) in this zone.',
  severity: 'warning',
  check(zone) {
    const findings: Finding[] = [];
    for (const record of zone.records) {
      if (record.rdata?.type !== 'SRV') continue;
      const { target } = record.rdata;
      const cname = inZoneCname(zone, target.name);
      if (!cname) continue;
      findings.push(
        findingAt(srvTargetIsCname, record.file, target, `SRV target '${displayName(target)}' is an alias (CNAME); the target must be a host with A/AAAA records (RFC 2782).`, {
          related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)],
        }),
      );
    }
    return findings;
  },
};
