// postmark/dkim-wrong-type: a CNAME or SPF-type record at a Postmark DKIM selector. Postmark
// issues the key as a TXT record and verifiers query TXT (RFC 6376 §3.6.2.1); type SPF (99) is
// never read, and a CNAME cannot share the name with the TXT (RFC 1034 §3.6.2).
import type { Zone, ZoneRecord } from '../../zone/model';
import type { Finding, Fix, Rule } from '../rule';
import { checkDkimValue, dkimRecordData } from '../record-input';
import { displayName, fileText, findingAt, rdataSpan, typeAnchor } from '../zone/record-helpers';
import { dkimHosts, txtRecords, type DkimHost } from './dkim-records';

export const dkimWrongType: Rule = {
  code: 'postmark/dkim-wrong-type',
  summary: 'A CNAME or SPF-type record at a Postmark DKIM selector, where the key must be a TXT record.',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const host of dkimHosts(zone, context)) {
      for (const record of host.records) {
        if (record.type !== 'CNAME' && record.type !== 'SPF') continue;
        const name = displayName(host.name);
        const message =
          record.type === 'SPF'
            ? `The DKIM key at '${name}' is published as type SPF, which verifiers never query: DKIM keys are TXT records (RFC 6376 §3.6.2.1, RFC 7208 §14.1).`
            : `'${name}' is a CNAME, but Postmark's DKIM key is a TXT record published at this name (k=rsa; p=...); Postmark checks for that TXT value (RFC 6376 §3.6.2.1).`;
        const fix = record.type === 'SPF' ? spfToTxtFix(zone, host, record) : cnameToTxtFix(zone, host, record);
        findings.push(findingAt(dkimWrongType, record.file, typeAnchor(record), message, { fixes: fix ? [fix] : undefined }));
      }
    }
    return findings;
  },
};

/** Same text, type TXT; safe when no TXT is there yet (else it would make two keys). */
function spfToTxtFix(zone: Zone, host: DkimHost, record: ZoneRecord): Fix | undefined {
  if (record.generatedBy || !writtenAs(zone, record, /^spf$/i)) return undefined;
  const alone = txtRecords(host).length === 0;
  return {
    id: 'spf-to-txt',
    title: 'Change the record type from SPF to TXT',
    safe: alone,
    isPreferred: alone,
    edits: [{ file: record.file, start: record.typeSpan.start, end: record.typeSpan.end, newText: 'TXT' }],
  };
}

/** With a configured value and no TXT there: the CNAME becomes the TXT Postmark shows (not safe: it drops the target). */
function cnameToTxtFix(zone: Zone, host: DkimHost, record: ZoneRecord): Fix | undefined {
  const value = host.configured?.value;
  if (value === undefined || !checkDkimValue(value).ok || txtRecords(host).length > 0) return undefined;
  if (record.generatedBy || record.fields.length !== 1 || !writtenAs(zone, record, /^cname$/i)) return undefined;
  const data = rdataSpan(record);
  const text = fileText(zone, record.file)!;
  const gap = text.slice(record.typeSpan.end, data.start);
  return {
    id: 'cname-to-txt',
    title: `Replace the CNAME with the configured DKIM TXT record`,
    edits: [{ file: record.file, start: record.typeSpan.start, end: data.end, newText: `TXT${gap}${dkimRecordData(value)}` }],
  };
}

function writtenAs(zone: Zone, record: ZoneRecord, type: RegExp): boolean {
  const text = fileText(zone, record.file);
  return text !== undefined && type.test(text.slice(record.typeSpan.start, record.typeSpan.end));
}
