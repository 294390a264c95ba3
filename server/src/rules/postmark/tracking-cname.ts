// postmark/tracking-cname: the configured custom link-tracking host must be a CNAME to the target
// Postmark's DNS settings show: missing, pointing elsewhere (also the forgotten final dot), or
// other records at the host, which cannot sit beside a CNAME (RFC 1034 §3.6.2).
import type { Finding, Fix, Rule } from '../rule';
import { ensureAbsolute, sameName } from '../../zone/names';
import { configuredHosts, missingRecordAnchor, postmarkRecords } from '../../config/postmark-domains';
import { insertRecordEdit } from '../edit/insert-record';
import { deleteRecords, replaceSpanEdit } from '../edit/line-edits';
import { isMissingDot, nameFix } from '../edit/name-fix';
import { displayName, findingAt, typeAnchor } from '../zone/record-helpers';

const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC', 'NSEC3', 'KEY']);

export const trackingCname: Rule = {
  code: 'postmark/tracking-cname',
  summary: 'The configured link-tracking host is not a CNAME to the target Postmark shows.',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const { entry, setting, host, atHost } of configuredHosts(zone, context, 'tracking')) {
      const target = ensureAbsolute(setting.target);
      const cnames = atHost.filter((r) => r.rdata?.type === 'CNAME');
      const others = atHost.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type));
      if (cnames.length === 0 && others.length === 0) {
        const anchor = missingRecordAnchor(zone);
        const fix: Fix = {
          id: 'insert-tracking-cname',
          title: `Add the tracking CNAME: ${displayName(host)} -> ${target}`,
          safe: true,
          isPreferred: true,
          edits: [insertRecordEdit(zone, { owner: host, type: 'CNAME', rdata: target, near: postmarkRecords(zone, entry.domain) })],
        };
        const message = `Link-tracking host '${displayName(host)}' has no CNAME: Postmark's custom tracking domain needs a CNAME to '${target}'.`;
        findings.push(findingAt(trackingCname, anchor.file, anchor, message, { fixes: [fix] }));
        continue;
      }
      for (const record of cnames) {
        if (record.rdata?.type !== 'CNAME' || sameName(record.rdata.target.name, target)) continue;
        const ref = record.rdata.target;
        const message = isMissingDot(ref, target)
          ? `'${ref.written}' has no trailing dot, so the tracking CNAME points to '${ref.name}'; Postmark needs '${target}'.`
          : `The tracking CNAME at '${displayName(host)}' points to '${ref.name}'; Postmark's DNS settings show '${target}'.`;
        findings.push(findingAt(trackingCname, record.file, ref, message, { fixes: [nameFix(record.file, ref, target, 'tracking-cname-target')] }));
      }
      for (const record of others) {
        const fixes: Fix[] = [];
        if (cnames.length === 0 && others.length === 1 && !record.generatedBy) {
          // The host's only record: keep owner, TTL and class; the type and data become the CNAME.
          const edit = replaceSpanEdit(record.file, { start: record.typeSpan.start, end: record.end }, `CNAME ${target}`);
          fixes.push({ id: 'replace-with-cname', title: `Replace this ${record.type} record by the CNAME to '${target}'`, safe: false, edits: [edit] });
        } else {
          const deletion = deleteRecords(zone, [record]);
          if (deletion) fixes.push({ id: 'delete-record', title: `Delete this ${record.type} record at '${displayName(host)}'`, safe: false, ...deletion });
        }
        const message =
          cnames.length > 0
            ? `Link-tracking host '${displayName(host)}' is a CNAME, so it cannot also have a ${record.type} record (RFC 1034 §3.6.2).`
            : `Link-tracking host '${displayName(host)}' has ${article(record.type)} ${record.type} record where Postmark needs a CNAME to '${target}'.`;
        findings.push(findingAt(trackingCname, record.file, typeAnchor(record), message, { fixes }));
      }
    }
    return findings;
  },
};

/** `an A`, `a TXT`: the article as the mnemonic is read out (A, AAAA, MX, NS... start with a vowel sound). */
function article(type: string): string {
  return /^[AEFHILMNORSX]/.test(type) ? 'an' : 'a';
}
