// dmarc/not-at-dmarc table: a v=DMARC1 record anywhere but a _dmarc name.
import { ruleTable, HEAD } from '../rule-table';

ruleTable('dmarc/not-at-dmarc', {
  otherFindings: 'keep all',
  valid: [
    { name: 'at _dmarc', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n` },
    { name: 'at _dmarc of a subdomain', zone: `${HEAD}_dmarc.mail IN TXT "v=DMARC1; p=none"\n` },
    { name: 'SPF at the apex', zone: `${HEAD}@ IN TXT "v=spf1 include:spf.mtasv.net ~all"\n` },
    { name: 'text merely mentioning DMARC1', zone: `${HEAD}@ IN TXT "see v=DMARC1x docs"\n` },
  ],
  invalid: [
    {
      name: 'DMARC record at the apex',
      zone: `${HEAD}@ IN TXT "v=DMARC1; p=none"\n`,
      expect: [{ text: '@', occurrence: 2, message: /only at _dmarc\.example\.com/ }],
    },
    {
      name: 'DMARC record with a typo in the label',
      zone: `${HEAD}_dmark IN TXT "v=DMARC1; p=none"\n`,
      expect: [{ text: '_dmark' }],
    },
    {
      name: 'inherited owner: the type is marked',
      zone: `${HEAD}www IN A 192.0.2.1\n    IN TXT "v = DMARC1;p=reject"\n`,
      expect: [{ text: 'TXT', after: '    IN' }],
    },
  ],
});
