// zone/ns-target-no-address: an apex NS naming a server inside this zone that has no A or AAAA
// record. Resolvers could not reach it; BIND fails the zone's integrity check
// ("NS '...' has no address records (A or AAAA)").
import type { Zone } from '../../zone/model';
import { isAtOrBelow, nameKey, sameName, splitLabels } from '../../zone/names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, recordsAt } from './record-helpers';

const ADDRESS_TYPES = new Set(['A', 'AAAA']);

export const nsTargetNoAddress: Rule = {
  code: 'zone/ns-target-no-address',
  summary: 'An apex NS record naming a server in this zone that has no A or AAAA record.',
  severity: 'error',
  check(zone) {
    const findings: Finding[] = [];
    // Only the apex NS set counts: the records at the origin, in file order.
    for (const record of recordsAt(zone, zone.origin)) {
      if (record.rdata?.type !== 'NS' || !sameName(record.owner.name, zone.origin)) continue;
      const { target } = record.rdata;
      if (!isAtOrBelow(target.name, zone.origin) || hasAddress(zone, target.name)) continue;
      findings.push(
        findingAt(nsTargetNoAddress, record.file, target, `Name server '${displayName(target)}' is inside this zone but has no A or AAAA record, so nobody can reach it; BIND rejects the zone.`),
      );
    }
    return findings;
  },
};

/** True when the name resolves to an address in the zone, or is answered some other way BIND accepts. */
function hasAddress(zone: Zone, name: string): boolean {
  const here = recordsAt(zone, name);
  if (here.some((record) => ADDRESS_TYPES.has(record.type))) return true;
  // A CNAME is zone/ns-target-is-cname's finding; a zone cut at or above the name means glue
  // or another zone answers (BIND's lookup returns a delegation). A DNAME redirects only the
  // names below it (zone/target-below-dname's finding), not its own: BIND rejects a name server
  // whose name has a DNAME and no address.
  if (here.some((record) => record.type === 'CNAME')) return true;
  const ancestors = ancestorsBelowOrigin(name, zone.origin);
  if (!sameName(name, zone.origin) && here.some((record) => record.type === 'NS')) return true;
  if (ancestors.some((ancestor) => !sameName(ancestor, zone.origin) && recordsAt(zone, ancestor).some((r) => r.type === 'NS' || r.type === 'DNAME'))) return true;
  if (here.length > 0 || hasDescendants(zone, name)) return false;
  // A name that does not exist may be synthesised from the wildcard of its closest encloser.
  const encloser = ancestors.find((ancestor) => recordsAt(zone, ancestor).length > 0 || hasDescendants(zone, ancestor)) ?? zone.origin;
  return recordsAt(zone, `*.${encloser}`).some((record) => ADDRESS_TYPES.has(record.type));
}

/** Parents of `name` from the nearest up to the origin (included). */
function ancestorsBelowOrigin(name: string, origin: string): string[] {
  const labels = splitLabels(name).labels;
  const originDepth = splitLabels(origin).labels.length;
  const ancestors: string[] = [];
  for (let i = 1; labels.length - i >= originDepth; i++) {
    const rest = labels.slice(i);
    ancestors.push(rest.length === 0 ? '.' : `${rest.join('.')}.`);
  }
  return ancestors;
}

function hasDescendants(zone: Zone, name: string): boolean {
  const suffix = '.' + nameKey(name);
  for (const key of zone.byOwner.keys()) if (key.endsWith(suffix)) return true;
  return false;
}
