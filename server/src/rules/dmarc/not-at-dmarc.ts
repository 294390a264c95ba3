// dmarc/not-at-dmarc: a `v=DMARC1` TXT record at a name that does not start with the `_dmarc`
// label. Receivers only look for policy at `_dmarc.<domain>` (RFC 7489 §6.1), so it has no effect.
import type { Finding, Rule } from '../rule';
import { isDmarcOwner } from './dmarc-records';
import { displayName, findingAt, ownerAnchor, recordsOfTypes } from '../zone/record-helpers';

const txtRecords = recordsOfTypes('TXT');

const DMARC_VERSION_TAG = /(?:^|;)[ \t]*v[ \t]*=[ \t]*DMARC1[ \t]*(?:;|$)/i;

export const dmarcNotAtDmarc: Rule = {
  code: 'dmarc/not-at-dmarc',
  summary: 'A v=DMARC1 record at a name other than _dmarc.<domain>, where receivers never look.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const record of txtRecords(zone)) {
      if (record.rdata?.type !== 'TXT' || isDmarcOwner(record.owner.name)) continue;
      if (!DMARC_VERSION_TAG.test(record.rdata.text)) continue;
      const owner = displayName(record.owner.name);
      findings.push(
        findingAt(
          dmarcNotAtDmarc,
          record.file,
          ownerAnchor(record),
          `This DMARC record is at ${owner}, but receivers look for it only at _dmarc.${owner} (RFC 7489 §6.1); here it has no effect. Move it to _dmarc.${owner}.`,
        ),
      );
    }
    return findings;
  },
};
