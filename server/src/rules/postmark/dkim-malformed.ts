// postmark/dkim-malformed: a TXT at a Postmark DKIM selector that verifiers cannot use as a key
// record: not a tag=value list (RFC 6376 §3.2), a duplicate tag, a misplaced or wrong `v`, no
// `p`, or a `p` that is not base64 or not an RSA/Ed25519 public key (RFC 6376 §3.6.1, RFC 8463).
import type { Finding, Rule } from '../rule';
import { displayName, findingAt } from '../zone/record-helpers';
import { dkimHosts, dkimRecordOf, textSpanInFile, txtRecords } from './dkim-records';

export const dkimMalformed: Rule = {
  code: 'postmark/dkim-malformed',
  summary: 'A TXT at a Postmark DKIM selector is not a usable DKIM key record (RFC 6376 §3.6.1).',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const host of dkimHosts(zone, context)) {
      for (const record of txtRecords(host)) {
        const problems = dkimRecordOf(record)?.problems ?? [];
        // Text that is no tag list at all lacks "p=" as a consequence: say it once.
        const unreadable = problems.some((p) => p.kind === 'missing-equals' || p.kind === 'bad-name');
        for (const problem of problems) {
          if (unreadable && problem.kind === 'missing-p') continue;
          const span = textSpanInFile(record, problem);
          const finding = findingAt(dkimMalformed, record.file, span, `DKIM key at '${displayName(host.name)}': ${problem.message}`);
          // Problems verifiers tolerate (a PKCS#1 key, no sha256 in h=) stay warnings.
          if (problem.severity === 'warning') finding.severity = 'warning';
          findings.push(finding);
        }
      }
    }
    return findings;
  },
};
