// postmark/dkim-multiple-records: more than one TXT record at one Postmark DKIM selector. RFC 6376
// §3.6.2.2: TXT records must be unique for a selector; with several the result is undefined. With
// a configured value that one record matches, the others can be deleted (fix `delete-other-key`).
import type { ZoneRecord } from '../../zone/model';
import type { Finding, Fix, Rule } from '../rule';
import { compareDkimValues } from '../../mail/dkim';
import { deleteRecords } from '../edit/line-edits';
import { displayName, findingAt, ownerAnchor, relatedRecord } from '../zone/record-helpers';
import { dkimHosts, txtRecords, type DkimHost } from './dkim-records';

export const dkimMultipleRecords: Rule = {
  code: 'postmark/dkim-multiple-records',
  summary: 'More than one TXT record at a Postmark DKIM selector.',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const host of dkimHosts(zone, context)) {
      const records = txtRecords(host);
      if (records.length < 2) continue;
      // The record with the configured value stays; otherwise the first one is the reference.
      const keep = configuredMatch(host, records);
      const reference = keep ?? records[0];
      for (const record of records) {
        if (record === reference) continue;
        const fix = keep ? deleteFix(zone, record) : undefined;
        findings.push(
          findingAt(
            dkimMultipleRecords,
            record.file,
            ownerAnchor(record),
            `'${displayName(host.name)}' has ${records.length} TXT records; a DKIM selector must have exactly one, or verifiers may pick ` +
              `any of them and fail (RFC 6376 §3.6.2.2). Keep the value Postmark shows and delete the others.`,
            { fixes: fix ? [fix] : undefined, related: [relatedRecord(reference, keep ? 'The record with the configured value' : 'The first TXT record at this selector')] },
          ),
        );
      }
    }
    return findings;
  },
};

/** The one record whose value is the configured one, when exactly one is. */
function configuredMatch(host: DkimHost, records: ZoneRecord[]): ZoneRecord | undefined {
  const expected = host.configured?.value;
  if (expected === undefined) return undefined;
  const matches = records.filter((r) => r.rdata?.type === 'TXT' && compareDkimValues(expected, r.rdata.text).equal);
  return matches.length === 1 ? matches[0] : undefined;
}

function deleteFix(zone: Parameters<Rule['check']>[0], record: ZoneRecord): Fix | undefined {
  const deletion = deleteRecords(zone, [record]);
  if (!deletion) return undefined;
  return { id: 'delete-other-key', title: 'Delete this record (another one has the configured value)', safe: true, ...deletion };
}
