// zone/missing-glue: a delegation (NS records below the apex) naming a server inside this zone
// that has no A or AAAA record here. named-checkzone -i local warns in three forms, and so do we:
// - the server is at or below the delegated name: the parent must publish its address as glue
//   ("has no REQUIRED GLUE address records"), or resolvers can never reach the child zone;
// - it is below another delegation of this zone ("has no SIBLING GLUE address records");
// - it is an ordinary name of this zone ("has no address records").
// The apex's own NS set is zone/ns-target-no-address (an error there: BIND rejects the zone).
import { isAtOrBelow, sameName } from '../../zone/names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, inZoneTargets, isInZone } from './record-helpers';
import { distinctRecordKey, dnameAbove, hasAddress, isAddress, occludedBy, prepareTargetLookups, zoneCutAt } from './target-address';

const nsTargets = inZoneTargets('NS');

export const missingGlue: Rule = {
  code: 'zone/missing-glue',
  summary: 'A delegation naming a name server in this zone that has no A or AAAA record (glue) here.',
  severity: 'warning',
  check(zone) {
    const findings: Finding[] = [];
    prepareTargetLookups(zone);
    const seen = new Set<string>();
    // NS records with a target inside the zone only (kept across edits): cheap tests first.
    for (const { record, value } of nsTargets(zone)) {
      if (zone.byOwner.find(value.key, isAddress) || sameName(record.owner.name, zone.origin) || !isInZone(record, zone)) continue;
      // NS records below another delegation or a DNAME are not this zone's data: BIND does not look.
      if (occludedBy(zone, record.owner.name) !== undefined) continue;
      const { target } = value;
      const delegation = displayName(record.owner);
      const server = displayName(target);
      let message: string | undefined;
      if (isAtOrBelow(target.name, record.owner.name)) {
        message = `Name server '${server}' is inside the delegated zone '${delegation}', so resolvers can only reach it through an address published here (glue), and there is none: add its A or AAAA record. named-checkzone warns ("has no REQUIRED GLUE address records").`;
      } else if (dnameAbove(zone, target.name) === undefined) {
        // (A server below a DNAME is zone/target-below-dname's finding.)
        const cut = zoneCutAt(zone, target.name);
        if (cut !== undefined) {
          message = `Name server '${server}' is inside another delegated zone, '${displayName(cut)}'; publish its address here as glue too: add its A or AAAA record. named-checkzone warns ("has no SIBLING GLUE address records").`;
        } else if (!hasAddress(zone, target.name)) {
          message = `Name server '${server}' of the delegation '${delegation}' is inside this zone but has no A or AAAA record, so nobody can reach it. named-checkzone warns ("has no address records").`;
        }
      }
      const key = distinctRecordKey(record);
      if (message && !seen.has(key)) findings.push(findingAt(missingGlue, record.file, target, message));
      seen.add(key);
    }
    return findings;
  },
};
