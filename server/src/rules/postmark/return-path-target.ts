// postmark/return-path-target: the CNAME at the Return-Path host (configured, else `pm-bounces`)
// points somewhere other than pm.mtasv.net. — often `pm.mtasv.net` without its final dot, which
// the origin turns into `pm.mtasv.net.example.com.`. The fix adds the dot or sets the target.
import type { Finding, Rule } from '../rule';
import { RETURN_PATH_TARGET } from '../../mail/postmark';
import { isAtOrBelow, sameName } from '../../zone/names';
import { postmarkDomains, returnPathHostName } from '../../config/postmark-domains';
import { isMissingDot, nameFix } from '../edit/name-fix';
import { displayName, findingAt, recordsOfType } from '../zone/record-helpers';

export const returnPathTarget: Rule = {
  code: 'postmark/return-path-target',
  summary: 'The Return-Path CNAME points somewhere other than pm.mtasv.net.',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const entry of postmarkDomains(zone, context)) {
      const host = returnPathHostName(entry);
      if (!isAtOrBelow(host, zone.origin)) continue;
      for (const record of recordsOfType(zone, host, 'CNAME')) {
        if (record.rdata?.type !== 'CNAME') continue;
        const target = record.rdata.target;
        if (sameName(target.name, RETURN_PATH_TARGET)) continue;
        const message = isMissingDot(target, RETURN_PATH_TARGET)
          ? `'${target.written}' has no trailing dot, so the Return-Path CNAME points to '${target.name}'; Postmark needs '${RETURN_PATH_TARGET}'.`
          : `The Return-Path CNAME at '${displayName(host)}' points to '${target.name}'; Postmark needs '${RETURN_PATH_TARGET}' to receive bounces and to align SPF for DMARC.`;
        findings.push(findingAt(returnPathTarget, record.file, target, message, { fixes: [nameFix(record.file, target, RETURN_PATH_TARGET, 'return-path-target')] }));
      }
    }
    return findings;
  },
};
