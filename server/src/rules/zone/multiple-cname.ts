// zone/multiple-cname: more than one CNAME at a name. An alias points at exactly one name
// (RFC 2181 §10.1); BIND rejects a second, different one ("multiple RRs of singleton type").
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, relatedRecord, sharedOwners, typeAnchor } from './record-helpers';
import { rdataKey } from './rdata-key';

export const multipleCname: Rule = {
  code: 'zone/multiple-cname',
  summary: 'A name with more than one CNAME record.',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const records of sharedOwners(zone)) {
      const cnames = records.filter((record) => record.type === 'CNAME');
      if (cnames.length < 2) continue;
      const [first, ...later] = cnames;
      const seen = new Set([rdataKey(first)]);
      for (const record of later) {
        const key = rdataKey(record);
        // An exact copy is zone/duplicate-record's finding.
        if (key !== undefined && seen.has(key)) continue;
        seen.add(key);
        findings.push(
          findingAt(multipleCname, record.file, typeAnchor(record), `'${displayName(record.owner)}' already has a CNAME; a name can be an alias for one name only (RFC 2181 §10.1), and BIND rejects the zone.`, {
            related: [relatedRecord(first, 'The first CNAME')],
          }),
        );
      }
    }
    return findings;
  },
};
