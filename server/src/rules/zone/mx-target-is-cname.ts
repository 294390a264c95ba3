// zone/mx-target-is-cname: an MX whose exchange is a name in this zone that owns a CNAME.
// RFC 2181 §10.3: MX must point at a name with address records, never an alias;
// named-checkzone warns by default ("MX '...' is a CNAME (illegal)", -M warn).
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, inZoneCname, relatedRecord } from './record-helpers';

export const mxTargetIsCname: Rule = {
  code: 'zone/mx-target-is-cname',
  summary: 'An MX record whose mail exchanger is an alias (CNAME) in this zone.',
  severity: 'warning',
  check(zone) {
    const findings: Finding[] = [];
    for (const record of zone.records) {
      if (record.rdata?.type !== 'MX') continue;
      const { exchange } = record.rdata;
      const cname = inZoneCname(zone, exchange.name);
      if (!cname) continue;
      findings.push(
        findingAt(mxTargetIsCname, record.file, exchange, `MX exchange '${displayName(exchange)}' is an alias (CNAME); an MX must name a host with A/AAAA records (RFC 2181 §10.3).`, {
          related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)],
        }),
      );
    }
    return findings;
  },
};
