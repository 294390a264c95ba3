// zone/target-is-wildcard-cname: an NS, MX or SRV record whose target is a name the zone does not
// have, so a wildcard CNAME answers for it (`@ MX 10 x.w` with `*.w CNAME www`). Such a target is
// an alias as surely as one with a CNAME of its own (zone/*-target-is-cname), which RFC 2181 §10.3
// forbids; named-checkzone says "is a CNAME (illegal)" and, for the apex NS set, rejects the zone.
// Not owner-scoped: which wildcard answers depends on which names exist (target-address.ts).
import type { Finding, Rule } from '../rule';
import { sameName } from '../../zone/names';
import { displayName, findingAt, inZoneTargets, isInZone, relatedRecord, type TargetType } from './record-helpers';
import { answeringWildcards, distinctRecordKey, occludedBy, prepareTargetLookups, wildcardAnswer, zoneCutAt } from './target-address';

const TYPES: readonly TargetType[] = ['NS', 'MX', 'SRV'];
const targets = TYPES.map((type) => inZoneTargets(type));

export const targetIsWildcardCname: Rule = {
  code: 'zone/target-is-wildcard-cname',
  summary: 'An NS, MX or SRV record whose target does not exist, so a wildcard CNAME answers for it.',
  severity: 'warning',
  check(zone) {
    prepareTargetLookups(zone);
    // Most zones have no wildcard CNAME (the wildcards are kept in a list across edits): then nothing to do.
    if (!answeringWildcards(zone).some(({ record }) => record.type === 'CNAME')) return [];
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const list of targets) {
      for (const { record, value } of list(zone)) {
        const { target, key } = value;
        // A name with records of its own is no wildcard's; data at or below a delegation or
        // below a DNAME is not this zone's (BIND does not look); a target below one is answered there.
        if (zone.byOwner.has(key) || !isInZone(record, zone)) continue;
        if (occludedBy(zone, record.owner.name) !== undefined || (record.type !== 'NS' && zoneCutAt(zone, record.owner.name) !== undefined)) continue;
        if (occludedBy(zone, target.name) !== undefined) continue;
        const wildcard = wildcardAnswer(zone, target.name);
        const recordKey = distinctRecordKey(record);
        if (wildcard?.type !== 'CNAME' || seen.has(recordKey)) continue;
        seen.add(recordKey);
        const apexNs = record.type === 'NS' && sameName(record.owner.name, zone.origin);
        findings.push(
          findingAt(
            targetIsWildcardCname,
            record.file,
            target,
            `${record.type} target '${displayName(target)}' is no name of this zone, so the wildcard '${displayName(wildcard.owner)}' answers for it, with a CNAME: an ${record.type} must name a host with addresses of its own, not an alias (RFC 2181 §10.3). named-checkzone says "is a CNAME (illegal)"${apexNs ? ' and rejects the zone' : ''}.`,
            { severity: apexNs ? 'error' : undefined, related: [relatedRecord(wildcard, 'The wildcard CNAME that answers for it')] },
          ),
        );
      }
    }
    return findings;
  },
};
