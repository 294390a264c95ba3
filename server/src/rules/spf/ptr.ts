// spf/ptr: the `ptr` mechanism. RFC 7208 §5.5 says it SHOULD NOT be used: it is slow, puts
// load on the .arpa name servers, and fails in ways the sender cannot control; many large
// receivers skip it. List the sending addresses (ip4/ip6) or hosts (a, mx, include) instead.
import type { Finding, Rule } from '../rule';
import { effectiveMechanisms } from '../../mail/spf';
import { findingAt } from '../zone/record-helpers';
import { contentPolicies, fileSpan, textOf } from './spf-policies';

export const spfPtr: Rule = {
  code: 'spf/ptr',
  summary: "The SPF 'ptr' mechanism, which RFC 7208 says should not be used.",
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const policy of contentPolicies(zone)) {
      for (const term of effectiveMechanisms(policy.parse.terms)) {
        if (term.name !== 'ptr' || !term.valid) continue;
        findings.push(
          findingAt(spfPtr, policy.record.file, fileSpan(policy, term.start, term.end), `'${textOf(policy, term)}': the ptr mechanism SHOULD NOT be used (RFC 7208 §5.5): it is slow, unreliable, and some receivers ignore it. List the sending addresses with ip4:/ip6: or hosts with a, mx or include instead.`),
        );
      }
    }
    return findings;
  },
};
