// dmarc/multiple-records: more than one `v=DMARC1` record at one `_dmarc` name. Receivers
// discard the other TXT records and, when more than one DMARC record remains, apply none
// (RFC 7489 §6.6.3, RFC 9989).
import type { Finding, Rule } from '../rule';
import { nameKey } from '../../zone/names';
import { dmarcTxtRecords, type DmarcTxt } from './dmarc-records';
import { displayName, findingAt, rdataSpan } from '../zone/record-helpers';

export const dmarcMultipleRecords: Rule = {
  code: 'dmarc/multiple-records',
  summary: 'More than one DMARC record at one _dmarc name, so receivers apply none of them.',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const byOwner = new Map<string, DmarcTxt[]>();
    for (const entry of dmarcTxtRecords(zone)) {
      if (!entry.parsed.startsWithVersion) continue;
      const key = nameKey(entry.record.owner.name);
      const group = byOwner.get(key) ?? [];
      // Identical records are one record in DNS (an RRset holds no duplicates).
      if (!group.some((other) => other.text === entry.text)) group.push(entry);
      byOwner.set(key, group);
    }
    const findings: Finding[] = [];
    for (const group of byOwner.values()) {
      if (group.length < 2) continue;
      const [first, ...others] = group;
      const name = displayName(first.record.owner.name);
      for (const entry of others) {
        findings.push(
          findingAt(
            dmarcMultipleRecords,
            entry.record.file,
            rdataSpan(entry.record),
            `${group.length} DMARC records at ${name}: receivers that find more than one apply none of them (RFC 7489 §6.6.3). Merge them into one record.`,
            { related: [{ file: first.record.file, ...rdataSpan(first.record), message: `The first DMARC record at ${name}` }] },
          ),
        );
      }
    }
    return findings;
  },
};
