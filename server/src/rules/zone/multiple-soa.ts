// zone/multiple-soa: more than one SOA at the apex. A zone has exactly one SOA (RFC 1035 §5.2);
// BIND rejects a second, different one ("multiple RRs of singleton type").
import { sameName } from '../../zone/names';
import type { Rule } from '../rule';
import { findingAt, recordsAt, relatedRecord, typeAnchor } from './record-helpers';
import { rdataKey } from './rdata-key';

export const multipleSoa: Rule = {
  code: 'zone/multiple-soa',
  summary: 'More than one SOA record at the zone apex.',
  severity: 'error',
  check(zone) {
    const apexSoas = recordsAt(zone, zone.origin).filter((record) => record.type === 'SOA' && sameName(record.owner.name, zone.origin));
    if (apexSoas.length < 2) return [];
    const [first, ...later] = apexSoas;
    const seen = new Set([rdataKey(first)]);
    const findings = [];
    for (const record of later) {
      const key = rdataKey(record);
      // An exact copy is zone/duplicate-record's finding.
      if (key !== undefined && seen.has(key)) continue;
      seen.add(key);
      findings.push(
        findingAt(multipleSoa, record.file, typeAnchor(record), 'A zone has exactly one SOA record (RFC 1035 §5.2); this is a second one, and BIND rejects the zone.', {
          related: [relatedRecord(first, 'The first SOA record')],
        }),
      );
    }
    return findings;
  },
};
