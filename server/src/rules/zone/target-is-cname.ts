// The shared shape of zone/{mx,ns,srv}-target-is-cname (helper, not a rule): records of one type
// whose target name is an in-zone name that owns a CNAME, reported on the target.
import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import type { Finding, Rule, Severity } from '../rule';
import { displayName, findingAt, inZoneTargets, relatedRecord, type TargetType } from './record-helpers';
import { distinctRecordKey } from './target-address';

const isCname = (record: ZoneRecord): boolean => record.type === 'CNAME';

export interface TargetIsCname extends Pick<Rule, 'code' | 'summary' | 'severity'> {
  /** The record type the rule checks. */
  type: TargetType;
  /** The finding's message, and its severity when it differs from the rule's. */
  describe(target: NameRef, record: ZoneRecord, zone: Zone): { message: string; severity?: Severity };
}

export function targetIsCnameRule(spec: TargetIsCname): Rule {
  const targets = inZoneTargets(spec.type);
  const rule: Rule = {
    code: spec.code,
    summary: spec.summary,
    severity: spec.severity,
    scope: 'owner',
    check(zone) {
      const findings: Finding[] = [];
      // BIND keeps one copy of a duplicate record and so reports it once.
      const seen = new Set<string>();
      for (const { record, value } of targets(zone)) {
        const { target, key } = value;
        const cname = zone.byOwner.find(key, isCname);
        if (!cname) continue;
        const recordKey = distinctRecordKey(record);
        if (seen.has(recordKey)) continue;
        seen.add(recordKey);
        const { message, severity } = spec.describe(target, record, zone);
        findings.push(findingAt(rule, record.file, target, message, { severity, related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)] }));
      }
      return findings;
    },
  };
  return rule;
}
