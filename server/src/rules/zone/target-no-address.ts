// The shared shape of zone/{mx,srv}-target-no-address (helper, not a rule): records of one type
// whose target is a name in this zone with no A or AAAA record, reported on the target as
// named-checkzone -i local warns ("MX '...' has no address records (A or AAAA)").
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, inZoneTargets, isInZone, type TargetType } from './record-helpers';
import { distinctRecordKey, hasAddress, isAddress, occludedBy, zoneCutAt } from './target-address';

export interface TargetNoAddress extends Pick<Rule, 'code' | 'summary'> {
  type: TargetType;
  /** What the target is, for the message ("mail server", "service host"). */
  role: string;
}

export function targetNoAddressRule(spec: TargetNoAddress): Rule {
  // The editor runs this rule on the whole zone at every keystroke: the targets' keys are kept.
  const targets = inZoneTargets(spec.type);
  // Not owner-scoped: whether a name exists, and which wildcard answers for it, depends on names
  // other than the record's own and its target's.
  const rule: Rule = {
    code: spec.code,
    summary: spec.summary,
    severity: 'warning',
    check(zone) {
      const findings: Finding[] = [];
      const seen = new Set<string>();
      for (const { record, value } of targets(zone)) {
        const { target, key: targetKey } = value;
        // Most targets have an address of their own: settle those first, with one lookup.
        if (zone.byOwner.find(targetKey, isAddress)) continue;
        if (!isInZone(record, zone)) continue;
        // A record at or below a delegation, or below a DNAME, is not this zone's data (occluded): BIND does not look.
        if (zoneCutAt(zone, record.owner.name) !== undefined || occludedBy(zone, record.owner.name) !== undefined || hasAddress(zone, target.name)) continue;
        const key = distinctRecordKey(record);
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push(
          findingAt(
            rule,
            record.file,
            target,
            `${spec.type} ${spec.role} '${displayName(target)}' is inside this zone but has no A or AAAA record, so nothing can reach it; named-checkzone warns ("has no address records").`,
          ),
        );
      }
      return findings;
    },
  };
  return rule;
}
