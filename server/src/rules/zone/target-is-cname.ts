// The shared shape of zone/{mx,ns,srv}-target-is-cname (helper, not a rule): records of one type
// whose target name is an in-zone name that owns a CNAME, reported on the target.
import type { NameRef, Zone, ZoneRecord } from '../../zone/model';
import type { Finding, Rule, Severity } from '../rule';
import { displayName, findingAt, inZoneCname, recordsOfTypes, relatedRecord } from './record-helpers';

export interface TargetIsCname extends Pick<Rule, 'code' | 'summary' | 'severity'> {
  /** The record type the rule checks. */
  type: string;
  /** The name the record points at, for records of the rule's type. */
  target(record: ZoneRecord): NameRef | undefined;
  /** The finding's message, and its severity when it differs from the rule's. */
  describe(target: NameRef, record: ZoneRecord, zone: Zone): { message: string; severity?: Severity };
}

export function targetIsCnameRule(spec: TargetIsCname): Rule {
  const recordsOfType = recordsOfTypes(spec.type);
  const rule: Rule = {
    code: spec.code,
    summary: spec.summary,
    severity: spec.severity,
    scope: 'owner',
    check(zone) {
      const findings: Finding[] = [];
      for (const record of recordsOfType(zone)) {
        const target = spec.target(record);
        const cname = target && inZoneCname(zone, target.name);
        if (!target || !cname) continue;
        const { message, severity } = spec.describe(target, record, zone);
        findings.push(findingAt(rule, record.file, target, message, { severity, related: [relatedRecord(cname, `The CNAME of '${displayName(cname.owner)}'`)] }));
      }
      return findings;
    },
  };
  return rule;
}
