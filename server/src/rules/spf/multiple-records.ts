// spf/multiple-records: more than one `v=spf1` TXT record at one owner. RFC 7208 §3.2 / §4.5:
// receivers then return "permerror" and no policy applies. The fix merges the terms into the
// first record and deletes the others (not safe: the merged policy is a guess to review).
import type { Finding, Fix, Rule } from '../rule';
import { nameKey } from '../../zone/names';
import { effectiveMechanisms } from '../../mail/spf';
import { displayName, findingAt, rdataSpan, relatedRecord } from '../zone/record-helpers';
import { deleteRecords } from '../edit/line-edits';
import { txtRdata } from '../edit/txt-strings';
import { textOf, txtPolicies, type SpfPolicy } from './spf-policies';

export const spfMultipleRecords: Rule = {
  code: 'spf/multiple-records',
  summary: 'More than one SPF (v=spf1) TXT record at one name (receivers return permerror).',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const byOwner = new Map<string, SpfPolicy[]>();
    for (const policy of txtPolicies(zone)) {
      const key = nameKey(policy.record.owner.name);
      if (zone.byOwner.count(key) < 2) continue; // a name with one record has one policy at most
      const group = byOwner.get(key);
      if (group) group.push(policy);
      else byOwner.set(key, [policy]);
    }
    const findings: Finding[] = [];
    for (const group of byOwner.values()) {
      // Identical copies are one record in DNS (RFC 2181 §5); zone/duplicate-record reports them.
      const distinct = group.filter((policy, index) => group.findIndex((other) => sameData(other, policy)) === index);
      if (distinct.length < 2) continue;
      const [first, ...others] = distinct;
      const fix = mergeFix(zone, group);
      for (const policy of others) {
        findings.push(
          findingAt(spfMultipleRecords, policy.record.file, rdataSpan(policy.record), `'${displayName(policy.record.owner)}' has ${distinct.length} SPF records; a name may have only one, otherwise receivers return permerror (RFC 7208 §3.2, §4.5).`, {
            related: [relatedRecord(first.record, 'The first SPF record at this name', rdataSpan(first.record))],
            fixes: fix ? [fix] : [],
          }),
        );
      }
    }
    return findings;
  },
};

function sameData(a: SpfPolicy, b: SpfPolicy): boolean {
  return a.strings.length === b.strings.length && a.strings.every((field, i) => field.value === b.strings[i].value);
}

/** Merges every record of the group (copies included) into the first and deletes the rest. */
function mergeFix(zone: Parameters<Rule['check']>[0], group: SpfPolicy[]): Fix | undefined {
  const [first, ...others] = group;
  if (first.strings.length === 0) return undefined;
  const deletion = deleteRecords(zone, others.map((policy) => policy.record));
  if (!deletion) return undefined;
  const merged = mergedText(group);
  const { strings } = first;
  const quoted = strings.some((field) => field.quoted) || merged.includes(' ');
  const newText = quoted ? txtRdata(merged, ' ') : merged;
  return {
    id: 'merge-spf',
    title: 'Merge the SPF records into one',
    edits: [{ file: first.record.file, start: strings[0].start, end: strings[strings.length - 1].end, newText }, ...deletion.edits],
    keeps: deletion.keeps,
  };
}

/**
 * The terms of all records in order, each once (compared without case and with `+` implied),
 * the mechanisms each record evaluates first, then one `all` (the first record's, else the first
 * found), then modifiers: one `exp`, `redirect` only when there is no `all`, other modifiers once.
 */
export function mergedText(group: SpfPolicy[]): string {
  const seen = new Set<string>();
  const mechanisms: string[] = [];
  const modifiers: string[] = [];
  let all: string | undefined;
  let redirect: string | undefined;
  let exp: string | undefined;
  const keyOf = (written: string) => written.toLowerCase().replace(/^\+/, '');
  for (const policy of group) {
    for (const term of effectiveMechanisms(policy.parse.terms)) {
      const written = textOf(policy, term);
      if (term.name === 'all') {
        all ??= written;
        continue;
      }
      if (seen.has(keyOf(written))) continue;
      seen.add(keyOf(written));
      mechanisms.push(written);
    }
    for (const term of policy.parse.terms) {
      if (term.kind !== 'modifier') continue;
      const written = textOf(policy, term);
      if (term.name === 'redirect') redirect ??= written;
      else if (term.name === 'exp') exp ??= written;
      else if (!seen.has(keyOf(written))) {
        seen.add(keyOf(written));
        modifiers.push(written);
      }
    }
  }
  const terms = [...mechanisms, ...(all ? [all] : []), ...(exp ? [exp] : []), ...(!all && redirect ? [redirect] : []), ...modifiers];
  return ['v=spf1', ...terms].join(' ');
}
