// zone/ttl-mismatch: records of one RRset (owner, class, type) with different TTLs. RFC 2181
// §5.2 says an RRset has one TTL; BIND warns ("TTL set to prior TTL") and serves one TTL for the set.
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, sharedRRsets, relatedRecord, typeAnchor } from './record-helpers';

export const ttlMismatch: Rule = {
  code: 'zone/ttl-mismatch',
  summary: 'Records of one RRset (same owner, class and type) with different TTLs.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const group of sharedRRsets(zone)) {
      const [first, ...later] = group;
      // RRSIGs of different covered types share one RRset here but may carry their own TTLs.
      if (first.type === 'RRSIG') continue;
      for (const record of later) {
        if (record.ttl === first.ttl) continue;
        findings.push(
          findingAt(
            ttlMismatch,
            record.file,
            record.ttlSpan ?? typeAnchor(record),
            `TTL ${record.ttl} differs from the TTL ${first.ttl} of the first ${record.type} record for '${displayName(record.owner)}'; all records of an RRset must share one TTL (RFC 2181 §5.2), and BIND forces one ("TTL set to prior TTL").`,
            { related: [relatedRecord(first, `The first ${first.type} record (TTL ${first.ttl})`, first.ttlSpan ?? typeAnchor(first))] },
          ),
        );
      }
    }
    return findings;
  },
};
