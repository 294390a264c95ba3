// postmark/return-path-conflict: records beside a Return-Path CNAME (one to pm.mtasv.net.). A name
// with a CNAME can have no other data (RFC 1034 §3.6.2, RFC 2181 §10.1), so resolvers and Postmark's
// verification see either the CNAME or the other data, and bounces and SPF alignment break.
import type { Finding, Fix, Rule } from '../rule';
import { RETURN_PATH_TARGET } from '../../mail/postmark';
import { returnPathCnames } from '../../config/postmark-domains';
import { nameKey } from '../../zone/names';
import { deleteRecords } from '../edit/line-edits';
import { displayName, findingAt, recordsAt, relatedRecord, typeAnchor } from '../zone/record-helpers';

/** Types DNSSEC allows beside a CNAME (RFC 4035 §2.5). */
const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC', 'NSEC3', 'KEY']);
/** Stray records people add at the bounce host; deleting them is offered, never applied blindly. */
const DELETABLE = new Set(['TXT', 'SPF', 'A', 'AAAA']);

export const returnPathConflict: Rule = {
  code: 'postmark/return-path-conflict',
  summary: 'Other records at the Return-Path host, beside its CNAME to pm.mtasv.net.',
  severity: 'error',
  check(zone) {
    const findings: Finding[] = [];
    // Any CNAME to pm.mtasv.net. is a Return-Path, and is itself the sign that Postmark is used.
    const seen = new Set<string>();
    for (const cname of returnPathCnames(zone, zone.origin)) {
      if (seen.has(nameKey(cname.owner.name))) continue;
      seen.add(nameKey(cname.owner.name));
      for (const record of recordsAt(zone, cname.owner.name)) {
        if (ALLOWED_BESIDE_CNAME.has(record.type)) continue;
        const deletion = DELETABLE.has(record.type) ? deleteRecords(zone, [record]) : undefined;
        const fixes: Fix[] | undefined = deletion && [{ id: 'delete-record', title: `Delete this ${record.type} record at '${displayName(record.owner)}'`, safe: false, ...deletion }];
        findings.push(
          findingAt(
            returnPathConflict,
            record.file,
            typeAnchor(record),
            `'${displayName(record.owner)}' is a Postmark Return-Path (a CNAME to ${RETURN_PATH_TARGET}), so it cannot also have a ${record.type} record (RFC 1034 §3.6.2): servers may drop the zone or answer with this record, and Postmark then cannot verify the Return-Path or receive bounces.`,
            { fixes, related: [relatedRecord(cname, `The Return-Path CNAME of '${displayName(cname.owner)}'`)] },
          ),
        );
      }
    }
    return findings;
  },
};
