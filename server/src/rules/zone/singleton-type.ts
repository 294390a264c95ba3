// The shared shape of zone/multiple-cname and zone/multiple-dname (helper, not a rule): a type of
// which a name may hold one record only (RFC 2181 §10.1, RFC 6672 §2.4); BIND rejects a second,
// different one ("multiple RRs of singleton type").
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, isInZone, ownerScopedErrorRule, relatedRecord, sharedOwners, typeAnchor } from './record-helpers';
import { rdataKey } from './rdata-key';

export interface SingletonType extends Pick<Rule, 'code' | 'summary'> {
  type: 'CNAME' | 'DNAME';
  /** Why a name holds one of them at most (the sentence after "already has a <type>;"). */
  reason: string;
}

export function singletonTypeRule(spec: SingletonType): Rule {
  return ownerScopedErrorRule(spec, (rule, zone) => {
    const findings: Finding[] = [];
    for (const records of sharedOwners(zone)) {
      const ofType = records.filter((record) => record.type === spec.type);
      if (ofType.length < 2 || !isInZone(ofType[0], zone)) continue;
      const [first, ...later] = ofType;
      const seen = new Set([rdataKey(first)]);
      for (const record of later) {
        const key = rdataKey(record);
        // An exact copy is zone/duplicate-record's finding.
        if (key !== undefined && seen.has(key)) continue;
        seen.add(key);
        const message = `'${displayName(record.owner)}' already has a ${spec.type}; ${spec.reason}, and BIND rejects the zone.`;
        findings.push(findingAt(rule, record.file, typeAnchor(record), message, { related: [relatedRecord(first, `The first ${spec.type}`)] }));
      }
    }
    return findings;
  });
}
