// postmark/dkim-value-mismatch: the TXT at a configured DKIM host differs from the value Postmark
// shows (postmark-zone.json). Blanks around `;`/`=`, tag order and a leading `v=DKIM1;` are no
// difference (compareDkimValues). Fix `replace-dkim-value` rewrites the record's strings in place.
import type { Zone, ZoneRecord } from '../../zone/model';
import type { Finding, Fix, Rule } from '../rule';
import { compareDkimValues } from '../../mail/dkim';
import { replaceTxtStringsEdits } from '../edit/txt-strings';
import { checkDkimValue } from '../record-input';
import { displayName, fileText, findingAt, rdataSpan } from '../zone/record-helpers';
import { abbreviateDkimValue, dkimHosts, txtRecords } from './dkim-records';

export const dkimValueMismatch: Rule = {
  code: 'postmark/dkim-value-mismatch',
  summary: 'The DKIM key at a configured host differs from the value Postmark shows.',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const host of dkimHosts(zone, context)) {
      const expected = host.configured?.value;
      if (expected === undefined) continue;
      const records = txtRecords(host);
      const texts = records.map((r) => (r.rdata?.type === 'TXT' ? r.rdata.text : ''));
      if (records.length === 0 || texts.some((text) => compareDkimValues(expected, text).equal)) continue;
      // One finding, on the first record: postmark/dkim-multiple-records speaks about the others.
      const record = records[0];
      const actual = texts[0];
      const tags = compareDkimValues(expected, actual).differences.map((d) => `${d.tag}=`);
      const message =
        `The DKIM key at '${displayName(host.name)}' is not the one postmark-zone.json expects (${tags.join(', ')} differ${tags.length === 1 ? 's' : ''}): ` +
        `expected "${abbreviateDkimValue(expected, actual)}", found "${abbreviateDkimValue(actual, expected)}". Postmark signs with the key it shows, so signatures fail against this one.`;
      const fix = replaceFix(zone, record, expected);
      findings.push(findingAt(dkimValueMismatch, record.file, rdataSpan(record), message, { fixes: fix ? [fix] : undefined }));
    }
    return findings;
  },
};

function replaceFix(zone: Zone, record: ZoneRecord, value: string): Fix | undefined {
  if (record.generatedBy) return undefined;
  const text = fileText(zone, record.file);
  const edits = text === undefined ? undefined : replaceTxtStringsEdits(record.file, text, record.fields, value);
  if (!edits) return undefined;
  const valid = checkDkimValue(value).ok;
  return { id: 'replace-dkim-value', title: 'Replace the value with the one configured for Postmark', safe: valid, isPreferred: valid, edits };
}
