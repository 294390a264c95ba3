// postmark/return-path-missing: a domain that sends through Postmark without a Return-Path CNAME
// to pm.mtasv.net. Postmark's custom Return-Path gives SPF alignment for DMARC and routes bounces;
// the fix inserts `pm-bounces IN CNAME pm.mtasv.net.` (or the configured host) next to the DKIM key.
import type { Finding, Rule } from '../rule';
import { RETURN_PATH_TARGET, usesPostmark } from '../../mail/postmark';
import { isAtOrBelow } from '../../zone/names';
import { dkimRecords, missingRecordAnchor, postmarkDomains, returnPathCnames, returnPathHostName } from '../../config/postmark-domains';
import { insertRecordEdit } from '../edit/insert-record';
import { displayName, findingAt, recordsAt } from '../zone/record-helpers';

export const returnPathMissing: Rule = {
  code: 'postmark/return-path-missing',
  summary: 'A domain sending through Postmark has no Return-Path CNAME to pm.mtasv.net.',
  severity: 'warning',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const entry of postmarkDomains(zone, context)) {
      const host = returnPathHostName(entry);
      if (!isAtOrBelow(host, zone.origin)) continue; // another zone holds it
      if (returnPathCnames(zone, entry.domain).length > 0) continue;
      const atHost = recordsAt(zone, host);
      if (atHost.some((record) => record.type === 'CNAME')) continue; // postmark/return-path-target says what is wrong
      const why = entry.configured ? 'postmark-zone.json names it' : usesPostmark(zone, context).markers[0];
      const anchor = missingRecordAnchor(zone);
      const fixes =
        atHost.length === 0
          ? [
              {
                id: 'insert-return-path',
                title: `Add the Return-Path CNAME: ${displayName(host)} -> ${RETURN_PATH_TARGET}`,
                safe: true,
                isPreferred: true,
                edits: [insertRecordEdit(zone, { owner: host, type: 'CNAME', rdata: RETURN_PATH_TARGET, near: dkimRecords(zone, entry.domain) })],
              },
            ]
          : undefined;
      findings.push(
        findingAt(
          returnPathMissing,
          anchor.file,
          anchor,
          `'${displayName(entry.domain)}' sends mail through Postmark (${why}) but has no Return-Path: add a CNAME from '${displayName(host)}' to '${RETURN_PATH_TARGET}', so bounces reach Postmark and SPF aligns with the From domain for DMARC.`,
          { fixes },
        ),
      );
    }
    return findings;
  },
};
