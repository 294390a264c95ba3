// dmarc/multiple-records table: one DMARC record per _dmarc name; other TXT records and
// identical copies do not count.
import assert from 'node:assert/strict';
import { ruleTable, HEAD } from '../rule-table';

ruleTable('dmarc/multiple-records', {
  otherFindings: 'keep all',
  valid: [
    { name: 'one record', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n` },
    { name: 'one record per name', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_dmarc.mail IN TXT "v=DMARC1; p=reject"\n` },
    { name: 'another TXT that is not DMARC', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_dmarc IN TXT "verification=abc"\n` },
    { name: 'a record not starting with v=DMARC1 is discarded', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_dmarc IN TXT "p=reject; v=DMARC1"\n` },
  ],
  invalid: [
    {
      name: 'two DMARC records',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_dmarc IN TXT "v=DMARC1; p=quarantine"\n`,
      expect: [
        {
          text: '"v=DMARC1; p=quarantine"',
          message: /2 DMARC records at _dmarc\.example\.com: receivers that find more than one apply none/,
          checkFixes: (fixes) => assert.deepEqual(fixes, []),
        },
      ],
    },
    {
      name: 'three records, owner inherited and case differing',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n  IN TXT "v=DMARC1; p=reject"\n_DMARC.example.com. IN TXT "v=DMARC1; p=quarantine"\n`,
      expect: [{ text: '"v=DMARC1; p=reject"' }, { text: '"v=DMARC1; p=quarantine"' }],
    },
  ],
});
