// postmark/dkim-weak-key: an RSA key under 1024 bits at a Postmark DKIM selector. RFC 8301 §3.2
// has signers use at least 1024 bits (verifiers need not accept less); RFC 6376 §3.3.3 warns
// that short keys can be factored off-line. Postmark issues 1024-bit keys; rotate in Postmark.
import type { Finding, Rule } from '../rule';
import { findTag } from '../../mail/tag-list';
import { displayName, findingAt } from '../zone/record-helpers';
import { dkimHosts, dkimRecordOf, textSpanInFile, txtRecords } from './dkim-records';

export const MIN_RSA_BITS = 1024;

export const dkimWeakKey: Rule = {
  code: 'postmark/dkim-weak-key',
  summary: 'The RSA key at a Postmark DKIM selector is shorter than 1024 bits.',
  severity: 'warning',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const host of dkimHosts(zone, context)) {
      for (const record of txtRecords(host)) {
        const dkim = dkimRecordOf(record);
        if (!dkim?.key || dkim.key.type !== 'rsa' || dkim.key.bits >= MIN_RSA_BITS) continue;
        const p = findTag(dkim.tags, 'p');
        const span = p ? textSpanInFile(record, p.valueSpan) : textSpanInFile(record, { start: 0, end: 0 });
        findings.push(
          findingAt(
            dkimWeakKey,
            record.file,
            span,
            `The DKIM key at '${displayName(host.name)}' is a ${dkim.key.bits}-bit RSA key; keys need at least ${MIN_RSA_BITS} bits ` +
              `(RFC 8301 §3.2), and receivers may treat signatures made with it as unsigned. Rotate the key in Postmark and publish the new one.`,
          ),
        );
      }
    }
    return findings;
  },
};
