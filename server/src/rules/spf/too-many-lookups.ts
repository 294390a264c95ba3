// spf/too-many-lookups: an SPF policy whose evaluation needs more than 10 DNS-querying terms
// (RFC 7208 §4.6.4: include, a, mx, ptr, exists, redirect; `mx` counts one here). Includes and
// redirects to names in this zone are followed (a loop never ends, so it always exceeds the
// limit); names outside the zone count one each, since their own lookups are unknown offline.
import type { Zone } from '../../zone/model';
import { ensureAbsolute, isAtOrBelow, nameKey } from '../../zone/names';
import type { Finding, RelatedLocation, Rule } from '../rule';
import { effectiveMechanisms, type SpfTerm } from '../../mail/spf';
import { displayName, findingAt, rdataSpan } from '../zone/record-helpers';
import { textOf, txtPolicies, txtPoliciesAt, type SpfPolicy } from './spf-policies';

export const LOOKUP_LIMIT = 10;
const QUERYING = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

export interface LookupCount {
  /** Lookups counted (a lower bound when `outside` is not empty). */
  total: number;
  /** One entry per querying term: `mx 1`, `include:_spf.example.com 9 (1 + 8 in that record)`. */
  parts: string[];
  /** Targets that cannot be followed (outside the zone, macros), with why: their own lookups are unknown. */
  outside: string[];
  /** The names of an include/redirect loop, when evaluation never ends. */
  loop?: string[];
  /** In-zone records reached, for related locations. */
  reached: SpfPolicy[];
}

export const spfTooManyLookups: Rule = {
  code: 'spf/too-many-lookups',
  summary: 'An SPF policy needing more than 10 DNS lookups, counting in-zone includes (permerror).',
  severity: 'error',
  check(zone) {
    const findings: Finding[] = [];
    const memo = new Map<string, LookupCount>();
    for (const policy of txtPolicies(zone)) {
      const count = countLookups(zone, policy, [], memo);
      if (!count.loop && count.total <= LOOKUP_LIMIT) continue;
      const related: RelatedLocation[] = count.reached.map((other) => ({ file: other.record.file, ...rdataSpan(other.record), message: `SPF record of '${displayName(other.record.owner)}', reached from this one` }));
      findings.push(findingAt(spfTooManyLookups, policy.record.file, rdataSpan(policy.record), lookupMessage(count), { related }));
    }
    return findings;
  },
};

export function lookupMessage(count: LookupCount): string {
  if (count.loop) {
    return `This SPF policy never finishes: ${count.loop.map(displayName).join(' → ')} leads back to itself, so every evaluation goes past the limit of ${LOOKUP_LIMIT} DNS lookups and ends in permerror (RFC 7208 §4.6.4).`;
  }
  const atLeast = count.outside.length > 0 ? 'at least ' : '';
  let message = `This SPF policy needs ${atLeast}${count.total} DNS lookups; receivers allow ${LOOKUP_LIMIT} and return permerror beyond that (RFC 7208 §4.6.4). Counted: ${count.parts.join(', ')}.`;
  if (count.outside.length === 1) {
    message += ` ${count.outside[0]} cannot be followed offline: it counts 1, and its own lookups are unknown.`;
  } else if (count.outside.length > 1) {
    message += ` ${count.outside.length} targets (${count.outside.join(', ')}) cannot be followed offline: they count 1 each, and their own lookups are unknown.`;
  }
  return message;
}

/**
 * Counts of policies that never looked into the zone (no in-zone include or redirect): they
 * depend only on the policy's text and the origin, so they survive edits elsewhere.
 */
const selfContained = new WeakMap<SpfPolicy, { origin: string; here: string; count: LookupCount }>();
/** How many times a count has read the zone's records (see follow). */
let zoneReads = 0;

/** Counts the lookups of `policy` and, recursively, of in-zone records it includes or redirects to. */
export function countLookups(zone: Zone, policy: SpfPolicy, stack: string[], memo = new Map<string, LookupCount>()): LookupCount {
  const cached = selfContained.get(policy);
  const usable = cached && cached.origin === zone.origin ? cached : undefined;
  const here = usable?.here ?? nameKey(policy.record.owner.name);
  // A result without a loop does not depend on the path that reached it (a loop through an
  // ancestor would also pass through this record), so it can be reused.
  const known = memo.get(here);
  if (known) return known;
  if (usable) {
    // The memo only matters where a name has more SPF records than one (the first one counts).
    if (zone.byOwner.count(here) > 1) memo.set(here, usable.count);
    return usable.count;
  }
  const readsBefore = zoneReads;
  const count = countTerms(zone, policy, stack, memo, here);
  if (zoneReads === readsBefore && !count.loop) selfContained.set(policy, { origin: zone.origin, here, count });
  return count;
}

function countTerms(zone: Zone, policy: SpfPolicy, stack: string[], memo: Map<string, LookupCount>, here: string): LookupCount {
  const path = [...stack, here];
  const result: LookupCount = { total: 0, parts: [], outside: [], reached: [] };
  const mechanisms = effectiveMechanisms(policy.parse.terms);
  const hasAll = mechanisms.some((term) => term.name === 'all');
  const redirect = hasAll ? undefined : policy.parse.terms.find((term) => term.kind === 'modifier' && term.name === 'redirect');
  for (const term of redirect ? [...mechanisms, redirect] : mechanisms) {
    if (term.name !== 'redirect' && !QUERYING.has(term.name)) continue;
    const written = textOf(policy, term);
    if (term.name !== 'include' && term.name !== 'redirect') {
      result.total += 1;
      result.parts.push(`${written} 1`);
      continue;
    }
    const followed = follow(zone, term, path, memo);
    result.total += 1;
    if (followed.kind === 'loop') {
      result.loop = followed.names;
      return result;
    }
    if (followed.kind === 'outside') {
      const label = `${written} (${followed.why})`;
      if (!result.outside.includes(label)) result.outside.push(label);
      result.parts.push(`${written} 1`);
    } else if (followed.kind === 'none') {
      result.parts.push(`${written} 1 (no SPF record there in this zone)`);
    } else {
      const inner = followed.count;
      if (inner.loop) {
        result.loop = inner.loop;
        return result;
      }
      result.total += inner.total;
      for (const name of inner.outside) if (!result.outside.includes(name)) result.outside.push(name);
      for (const policy of [followed.policy, ...inner.reached]) if (!result.reached.includes(policy)) result.reached.push(policy);
      result.parts.push(`${written} ${1 + inner.total} (1 + ${inner.total} in that record)`);
    }
  }
  memo.set(here, result);
  return result;
}

type Followed =
  | { kind: 'outside'; why: 'outside this zone' | 'written with macros' | 'invalid' }
  | { kind: 'none' }
  | { kind: 'loop'; names: string[] }
  | { kind: 'record'; policy: SpfPolicy; count: LookupCount };

function follow(zone: Zone, term: SpfTerm, path: string[], memo: Map<string, LookupCount>): Followed {
  const spec = term.domainSpec;
  if (!term.valid || !spec) return { kind: 'outside', why: 'invalid' };
  if (spec.includes('%')) return { kind: 'outside', why: 'written with macros' };
  const target = ensureAbsolute(spec);
  const key = nameKey(target);
  if (zone.origin === '.') zoneReads++; // the zone's names decide what is in it
  // Without a known origin, the names the file has data for are the zone.
  const inZone = zone.origin === '.' ? zone.byOwner.has(key) : isAtOrBelow(target, zone.origin);
  if (!inZone) return { kind: 'outside', why: 'outside this zone' };
  if (path.includes(key)) return { kind: 'loop', names: [...path.slice(path.indexOf(key)), key] };
  zoneReads++;
  const policies = txtPoliciesAt(zone, target);
  if (policies.length === 0) return { kind: 'none' };
  return { kind: 'record', policy: policies[0], count: countLookups(zone, policies[0], path, memo) };
}
