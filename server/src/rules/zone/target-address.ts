// Does a name a record points at (an NS, MX or SRV target) get an address from this zone, as
// named-checkzone -i local looks it up? Shared by zone/ns-target-no-address, zone/mx-target-no-address,
// zone/srv-target-no-address and zone/missing-glue (helper, not a rule).
import type { Zone, ZoneRecord } from '../../zone/model';
import { isAtOrBelow, nameKey, sameName, splitLabels } from '../../zone/names';
import { perRecordList } from '../memo';
import { rdataKey } from './rdata-key';
import { recordsAt } from './record-helpers';

/**
 * A key per distinct record (owner, type and data): BIND keeps one copy of a duplicate
 * (zone/duplicate-record) and reports a target once for it.
 */
export function distinctRecordKey(record: ZoneRecord): string {
  return `${nameKey(record.owner.name)} ${record.type} ${rdataKey(record) ?? record.start}`;
}

export const isAddress = (record: ZoneRecord): boolean => record.type === 'A' || record.type === 'AAAA';

/**
 * Asks for what hasAddress may need, on every zone: a per-record list not asked for on the zone
 * an edit came from is rebuilt from all records on the next (rules/memo.ts), which cost a
 * 100k-record zone ~20 ms on the edits that made a target lose its address; the same goes for
 * the names' counts (namesAtOrAbove). Call it at the start of every check that may call hasAddress.
 */
export function prepareTargetLookups(zone: Zone): void {
  // Once the names' counts exist for the zone an edit came from, keep them current too.
  if (answeringWildcards(zone).length > 0 && zone.edit && existence.has(zone.edit.previous)) namesAtOrAbove(zone);
}

/** True when the name resolves to an address in the zone, or is answered some other way BIND accepts (see prepareTargetLookups). */
export function hasAddress(zone: Zone, name: string): boolean {
  const here = recordsAt(zone, name);
  if (here.some(isAddress)) return true;
  // A CNAME at the name is zone/*-target-is-cname's finding (one a wildcard makes is
  // zone/target-is-wildcard-cname's); a zone cut at or above the name means glue or
  // another zone answers (BIND's lookup returns a delegation). A DNAME redirects only the names
  // below it (zone/target-below-dname's finding), not its own: BIND reports a name with a DNAME
  // and no address.
  if (here.some((record) => record.type === 'CNAME')) return true;
  if (!sameName(name, zone.origin) && here.some((record) => record.type === 'NS')) return true;
  const ancestors = ancestorsBelowOrigin(name, zone.origin);
  if (ancestors.some((ancestor) => !sameName(ancestor, zone.origin) && recordsAt(zone, ancestor).some((r) => r.type === 'NS' || r.type === 'DNAME'))) return true;
  // A name that does not exist may be synthesised from the wildcard of its closest encloser
  // (as an address, or as an alias BIND then follows no further). Most zones have no such
  // wildcard: then whether the name exists does not matter (and is not worked out).
  return here.length === 0 && wildcardAnswer(zone, name) !== undefined;
}

/**
 * The wildcard record (an address or a CNAME) that answers for a name the zone does not have:
 * the one at the name's closest encloser (RFC 4592 §3.3.1). Undefined when the name exists (an
 * empty non-terminal too) or no wildcard answers. See prepareTargetLookups.
 */
export function wildcardAnswer(zone: Zone, name: string): ZoneRecord | undefined {
  if (answeringWildcards(zone).length === 0 || exists(zone, name)) return undefined;
  const encloser = ancestorsBelowOrigin(name, zone.origin).find((ancestor) => exists(zone, ancestor)) ?? zone.origin;
  const wildcard = recordsAt(zone, encloser === '.' ? '*.' : `*.${encloser}`);
  return wildcard.find((record) => record.type === 'CNAME') ?? wildcard.find(isAddress);
}

/** The zone cut (a name with NS records other than the apex) at or above the name, if any. */
export function zoneCutAt(zone: Zone, name: string): string | undefined {
  return [name, ...ancestorsBelowOrigin(name, zone.origin)].find((ancestor) => isZoneCut(zone, ancestor));
}

/**
 * The zone cut or DNAME strictly above the name, if any: the name's records then belong to a
 * child zone or are hidden by the DNAME (occluded), and BIND checks none of them.
 */
export function occludedBy(zone: Zone, name: string): string | undefined {
  return ancestorsBelowOrigin(name, zone.origin).find((ancestor) => isZoneCut(zone, ancestor) || hasDname(zone, ancestor));
}

/** The DNAME strictly above the name, if any: a target there is zone/target-below-dname's finding. */
export function dnameAbove(zone: Zone, name: string): string | undefined {
  return ancestorsBelowOrigin(name, zone.origin).find((ancestor) => hasDname(zone, ancestor));
}

function hasDname(zone: Zone, name: string): boolean {
  return recordsAt(zone, name).some((r) => r.type === 'DNAME');
}

function isZoneCut(zone: Zone, name: string): boolean {
  return !sameName(name, zone.origin) && recordsAt(zone, name).some((r) => r.type === 'NS');
}

/** Parents of `name` from the nearest up to the origin (included). */
function ancestorsBelowOrigin(name: string, origin: string): string[] {
  if (!isAtOrBelow(name, origin)) return [];
  const labels = splitLabels(name).labels;
  const originDepth = splitLabels(origin).labels.length;
  const ancestors: string[] = [];
  for (let i = 1; labels.length - i >= originDepth; i++) {
    const rest = labels.slice(i);
    ancestors.push(rest.length === 0 ? '.' : `${rest.join('.')}.`);
  }
  return ancestors;
}

/** The wildcard records that could answer for a missing name (addresses and aliases), kept across edits. */
export const answeringWildcards = perRecordList((record) => (record.owner.name.startsWith('*.') ? true : undefined), ['A', 'AAAA', 'CNAME']);

/** True when the name owns records or has names below it (an empty non-terminal exists too). */
function exists(zone: Zone, name: string): boolean {
  return (namesAtOrAbove(zone).get(nameKey(name)) ?? 0) > 0;
}

/** For each name, how many records are at it or below it. Kept across edits (see namesAtOrAbove). */
const existence = new WeakMap<Zone, Map<string, number>>();

/**
 * Every owner name and every name above one, with how many records they cover: built once, when
 * a target has no records in a zone with a wildcard, then updated from the zone an edit came from
 * (taken over, as rules/memo.ts does with its lists) by the records it removed and added.
 */
function namesAtOrAbove(zone: Zone): Map<string, number> {
  const cached = existence.get(zone);
  if (cached) return cached;
  const edit = zone.partOf ? undefined : zone.edit;
  const previous = edit && existence.get(edit.previous);
  let counts: Map<string, number>;
  if (edit && previous) {
    existence.delete(edit.previous);
    counts = previous;
    for (const record of edit.removed) count(counts, record, -1);
    for (const record of edit.added) count(counts, record, 1);
  } else {
    counts = new Map();
    for (const record of zone.records) count(counts, record, 1);
  }
  existence.set(zone, counts);
  return counts;
}

function count(counts: Map<string, number>, record: ZoneRecord, by: number): void {
  const { labels } = splitLabels(nameKey(record.owner.name));
  for (let i = 0; i <= labels.length; i++) {
    const name = i === labels.length ? '.' : `${labels.slice(i).join('.')}.`;
    const left = (counts.get(name) ?? 0) + by;
    if (left > 0) counts.set(name, left);
    else counts.delete(name);
  }
}
