// spf/all-not-last: terms a receiver never evaluates because an `all` mechanism comes first
// (RFC 7208 §5.1: mechanisms after "all" MUST be ignored) and a `redirect` next to an `all`
// (§6.1: redirect is ignored when the record has "all"). The fix deletes the ignored term
// (safe: evaluation does not change).
import type { Finding, Rule } from '../rule';
import type { SpfTerm } from '../../mail/spf';
import { findingAt } from '../zone/record-helpers';
import { contentPolicies, fileSpan, spanInOneString, textOf, type SpfPolicy } from './spf-policies';

export const spfAllNotLast: Rule = {
  code: 'spf/all-not-last',
  summary: "SPF terms after 'all' (or a redirect beside it), which receivers ignore.",
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const policy of contentPolicies(zone)) {
      const terms = policy.parse.terms;
      const allIndex = terms.findIndex((term) => term.kind === 'mechanism' && term.name === 'all');
      if (allIndex < 0) continue;
      const all = textOf(policy, terms[allIndex]);
      terms.forEach((term, index) => {
        const afterAll = term.kind === 'mechanism' && index > allIndex;
        const ignoredRedirect = term.kind === 'modifier' && term.name === 'redirect';
        if (!afterAll && !ignoredRedirect) return;
        const written = textOf(policy, term);
        const message = afterAll
          ? `'${written}' comes after '${all}' and is never evaluated (RFC 7208 §5.1); move it before '${all}' or remove it.`
          : `'${written}' is ignored because the record has '${all}' (RFC 7208 §6.1); remove one of them.`;
        const fix = removeTermFix(policy, term);
        findings.push(findingAt(spfAllNotLast, policy.record.file, fileSpan(policy, term.start, term.end), message, { fixes: fix ? [fix] : [] }));
      });
    }
    return findings;
  },
};

/** Deletes the term with the spaces before it, when all of it is inside one string. */
function removeTermFix(policy: SpfPolicy, term: SpfTerm) {
  let start = term.start;
  while (start > 0 && policy.text[start - 1] === ' ') start--;
  const span = spanInOneString(policy, start, term.end);
  if (!span) return undefined;
  return { id: 'remove-ignored-term', title: `Remove '${textOf(policy, term)}' (never evaluated)`, safe: true, edits: [{ file: policy.record.file, ...span, newText: '' }] };
}
