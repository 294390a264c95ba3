// dmarc/strict-spf-alignment: `aspf=s` in a zone that sends through Postmark. Postmark's
// Return-Path is a subdomain (pm-bounces.<domain>), which only aligns in relaxed mode
// (RFC 7489 §3.1.2), so SPF never counts for DMARC and delivery rests on DKIM alone.
import type { Finding, Rule } from '../rule';
import { findTag } from '../../mail/tag-list';
import { DEFAULT_RETURN_PATH_HOST, usesPostmark } from '../../mail/postmark';
import { dmarcTxtRecords, spanInFile } from './dmarc-records';
import { displayName, findingAt } from '../zone/record-helpers';

export const dmarcStrictSpfAlignment: Rule = {
  code: 'dmarc/strict-spf-alignment',
  summary: "aspf=s cannot align with Postmark's Return-Path subdomain, so SPF never passes DMARC.",
  severity: 'warning',
  check(zone, context) {
    const entries = dmarcTxtRecords(zone).filter((e) => findTag(e.parsed.tags, 'aspf', true)?.value.toLowerCase() === 's');
    if (entries.length === 0 || !usesPostmark(zone, context).uses) return [];
    const findings: Finding[] = [];
    for (const entry of entries) {
      const aspf = findTag(entry.parsed.tags, 'aspf', true)!;
      const domain = displayName(entry.record.owner.name).replace(/^_dmarc\./i, '');
      findings.push(
        findingAt(
          dmarcStrictSpfAlignment,
          entry.record.file,
          spanInFile(entry, aspf),
          `Strict SPF alignment (aspf=s) needs the Return-Path domain to equal ${domain} exactly, but Postmark's Return-Path is a subdomain such as ${DEFAULT_RETURN_PATH_HOST}.${domain} (RFC 7489 §3.1.2). SPF will never align, so DMARC rests on DKIM alone. Use aspf=r (the default).`,
        ),
      );
    }
    return findings;
  },
};
