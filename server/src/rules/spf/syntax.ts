// spf/syntax: SPF text that breaks the RFC 7208 grammar (§4.5, §4.6.1, §5, §6, §7.1, §12) or
// whose strings run together across a split (§3.3). Receivers answer such a record with
// "permerror", so mail from the domain fails SPF. One finding per problem, at its characters.
import type { Finding, Fix, Rule } from '../rule';
import { findingAt } from '../zone/record-helpers';
import type { SpfProblem } from '../../mail/spf';
import { contentStart } from '../../mail/txt-spans';
import { checkedCandidates, fileSpan, type SpfPolicy } from './spf-policies';

export const spfSyntax: Rule = {
  code: 'spf/syntax',
  summary: 'SPF record text that breaks the RFC 7208 grammar (receivers return permerror).',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const policy of checkedCandidates(zone)) {
      const { parse } = policy;
      // `v=spf10` and the like are not SPF records at all (RFC 7208 §4.5), unless a split made them so.
      const runTogether = parse.problems.some((problem) => problem.kind === 'run-together');
      if (!parse.isSpf && !runTogether) continue;
      for (const problem of parse.problems) {
        const fix = problem.kind === 'run-together' ? insertSpaceFix(policy, problem) : undefined;
        const prefix = policy.type === 'SPF' ? 'SPF-type record: ' : '';
        findings.push(findingAt(spfSyntax, policy.record.file, fileSpan(policy, problem.start, problem.end), prefix + problem.message, { fixes: fix ? [fix] : [] }));
      }
    }
    return findings;
  },
};

/** Inserts the missing space at the start of the second (quoted) string. */
function insertSpaceFix(policy: SpfPolicy, problem: SpfProblem): Fix | undefined {
  if (problem.boundary === undefined) return undefined;
  let base = 0;
  for (const field of policy.strings) {
    if (base === problem.boundary && field.value.length > 0) {
      if (!field.quoted) return undefined;
      const at = contentStart(field);
      return { id: 'insert-space', title: 'Insert a space between the strings', edits: [{ file: policy.record.file, start: at, end: at, newText: ' ' }] };
    }
    base += field.value.length;
  }
  return undefined;
}
