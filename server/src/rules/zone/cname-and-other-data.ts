// zone/cname-and-other-data: a name with a CNAME and records of other types. RFC 1034 §3.6.2 and
// RFC 2181 §10.1 forbid it (DNSSEC's RRSIG, NSEC and KEY may sit beside it, RFC 4035 §2.5, and
// so may NSEC3 and the old SIG, as BIND allows; NXT may not);
// BIND rejects the zone ("CNAME and other data").
import type { Finding } from '../rule';
import type { Rule } from '../rule';
import { displayName, findingAt, isInZone, relatedRecord, sharedOwners, typeAnchor } from './record-helpers';

/** Types allowed at a CNAME's owner. */
const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC', 'NSEC3', 'KEY', 'SIG']);

export const cnameAndOtherData: Rule = {
  code: 'zone/cname-and-other-data',
  summary: 'A name that has a CNAME record and records of other types.',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const records of sharedOwners(zone)) {
      const cname = records.find((record) => record.type === 'CNAME');
      if (!cname || !isInZone(cname, zone)) continue;
      for (const record of records) {
        if (ALLOWED_BESIDE_CNAME.has(record.type)) continue;
        findings.push(
          findingAt(
            cnameAndOtherData,
            record.file,
            typeAnchor(record),
            `'${displayName(record.owner)}' has a CNAME, so it cannot have a ${record.type} record too (RFC 2181 §10.1); BIND rejects the zone ("CNAME and other data").`,
            { related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)] },
          ),
        );
      }
    }
    return findings;
  },
};
