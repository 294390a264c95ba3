// The shared shape of zone/{mx,srv}-target-no-address (helper, not a rule): records of one type
// whose target is a name in this zone with no A or AAAA record, reported on the target as
// named-checkzone -i local warns ("MX '...' has no address records (A or AAAA)").
import type { Zone, ZoneRecord } from '../../zone/model';
import { nameKey } from '../../zone/names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, inZoneTarget, inZoneTargets, isInZone, type TargetType } from './record-helpers';
import { distinctRecordKey, hasAddress, isAddress, occludedBy, prepareTargetLookups, zoneCutAt } from './target-address';

export interface TargetNoAddress extends Pick<Rule, 'code' | 'summary'> {
  type: TargetType;
  /** What the target is, for the message ("mail server", "service host"). */
  role: string;
}

export function targetNoAddressRule(spec: TargetNoAddress): Rule {
  // The editor runs this rule on the whole zone at every keystroke: the targets' keys are kept,
  // and so is which records' targets have an address of their own (nearly all of them).
  const targets = inZoneTargets(spec.type);
  const states = new WeakMap<Zone, TargetState>();

  /**
   * The records whose target has no A or AAAA record of its own (few: the only ones the check
   * must look at closely). On a zone made by an edit, the previous zone's state is taken over
   * (that zone is done with, as rules/memo.ts does with its lists) and only the records the edit
   * added, or whose target name it touched, are looked up again. The index that needs (which
   * records point at each name) is built at the first edit: the CLI never makes one.
   */
  function withoutOwnAddress(zone: Zone): Set<ZoneRecord> {
    const edit = zone.partOf ? undefined : zone.edit;
    const previous = edit && states.get(edit.previous);
    let state: TargetState;
    if (edit && previous?.byTarget) {
      states.delete(edit.previous);
      state = previous;
      for (const record of edit.removed) forget(state, record);
      const recheck = new Set<ZoneRecord>();
      for (const record of [...edit.removed, ...edit.added]) for (const pointing of state.byTarget!.get(nameKey(record.owner.name)) ?? []) recheck.add(pointing);
      for (const record of edit.added) {
        const target = record.type === spec.type ? inZoneTarget(record, zone) : undefined;
        if (!target) continue;
        remember(state, record, target.key);
        recheck.add(record);
      }
      for (const record of recheck) lookUp(zone, state, record);
    } else {
      // A zone read afresh; or the first edit, which builds the index for the ones after it.
      state = { byTarget: edit ? new Map() : undefined, targetOf: new Map(), missing: new Set() };
      for (const { record, value } of targets(zone)) {
        if (state.byTarget) {
          remember(state, record, value.key);
          lookUp(zone, state, record);
        } else if (!zone.byOwner.find(value.key, isAddress)) {
          state.missing.add(record);
        }
      }
    }
    states.set(zone, state);
    return state.missing;
  }

  // Not owner-scoped: whether a name exists, and which wildcard answers for it, depends on names
  // other than the record's own and its target's.
  const rule: Rule = {
    code: spec.code,
    summary: spec.summary,
    severity: 'warning',
    check(zone) {
      const findings: Finding[] = [];
      prepareTargetLookups(zone);
      const seen = new Set<string>();
      // Only the few records whose target has no address of its own, by file and offset (the
      // first of two identical records is the one reported).
      const missing = [...withoutOwnAddress(zone)].sort((a, b) => (a.file === b.file ? a.start - b.start : a.file < b.file ? -1 : 1));
      for (const record of missing) {
        const target = inZoneTarget(record, zone)?.target;
        if (!target) continue;
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

/** Which records point at which target names, and which of them have no address there. */
interface TargetState {
  /** Built at a zone's first edit (see withoutOwnAddress). */
  byTarget: Map<string, Set<ZoneRecord>> | undefined;
  targetOf: Map<ZoneRecord, string>;
  missing: Set<ZoneRecord>;
}

function remember(state: TargetState, record: ZoneRecord, key: string): void {
  state.targetOf.set(record, key);
  let pointing = state.byTarget!.get(key);
  if (!pointing) state.byTarget!.set(key, (pointing = new Set()));
  pointing.add(record);
}

function forget(state: TargetState, record: ZoneRecord): void {
  const key = state.targetOf.get(record);
  if (key === undefined) return;
  state.targetOf.delete(record);
  state.missing.delete(record);
  const pointing = state.byTarget!.get(key)!;
  pointing.delete(record);
  if (pointing.size === 0) state.byTarget!.delete(key);
}

function lookUp(zone: Zone, state: TargetState, record: ZoneRecord): void {
  const key = state.targetOf.get(record);
  if (key === undefined) return;
  if (zone.byOwner.find(key, isAddress)) state.missing.delete(record);
  else state.missing.add(record);
}
