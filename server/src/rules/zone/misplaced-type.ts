// The shared shape of zone/ds-at-apex and zone/wildcard-ns (helper, not a rule): records of one
// type at names where BIND refuses that type (out-of-zone records aside: BIND drops them first).
// Each finding depends on the record's own owner and the origin only, so the rule is owner-scoped.
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import type { Rule } from '../rule';
import { findingAt, isInZone, ownerScopedErrorRule, recordsOfTypes } from './record-helpers';

export interface MisplacedType extends Pick<Rule, 'code' | 'summary'> {
  type: string;
  /** True for a record of the type at a name where it may not be. */
  misplaced(record: ZoneRecord, zone: Zone): boolean;
  /** Where the finding goes: the owner or the type. */
  anchor(record: ZoneRecord): Span;
  message(record: ZoneRecord, zone: Zone): string;
}

export function misplacedTypeRule(spec: MisplacedType): Rule {
  const ofType = recordsOfTypes(spec.type);
  return ownerScopedErrorRule(spec, (rule, zone) =>
    ofType(zone)
      .filter((record) => spec.misplaced(record, zone) && isInZone(record, zone))
      .map((record) => findingAt(rule, record.file, spec.anchor(record), spec.message(record, zone))),
  );
}
