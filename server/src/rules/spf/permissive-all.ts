// spf/permissive-all: a `+all` or bare `all` that a receiver reaches. It makes every host on the
// Internet an authorized sender (RFC 7208 §5.1, §4.6.2: no qualifier means "+"), which defeats SPF.
// The fix (not safe: it changes who may send) writes `~all`.
import type { Finding, Rule } from '../rule';
import { effectiveMechanisms } from '../../mail/spf';
import { displayName, findingAt } from '../zone/record-helpers';
import { contentPolicies, fileSpan, spanInOneString, textOf } from './spf-policies';

export const spfPermissiveAll: Rule = {
  code: 'spf/permissive-all',
  summary: "An SPF policy ending in '+all' or bare 'all', which lets any host send as the domain.",
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const policy of contentPolicies(zone)) {
      const all = effectiveMechanisms(policy.parse.terms).find((term) => term.name === 'all');
      if (!all || !all.valid || (all.qualifier !== undefined && all.qualifier !== '+')) continue;
      const written = textOf(policy, all);
      const editSpan = spanInOneString(policy, all.start, all.end);
      findings.push(
        findingAt(spfPermissiveAll, policy.record.file, fileSpan(policy, all.start, all.end), `'${written}' authorizes every host on the Internet to send mail as '${displayName(policy.record.owner)}' (RFC 7208 §5.1, §4.6.2); end the policy with '~all' or '-all'.`, {
          fixes: editSpan ? [{ id: 'use-softfail-all', title: "Replace with '~all' (soft fail for unlisted hosts)", edits: [{ file: policy.record.file, ...editSpan, newText: '~all' }] }] : [],
        }),
      );
    }
    return findings;
  },
};
