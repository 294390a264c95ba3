// dmarc/removed-tag table: pct/rf/ri found, one finding per record, and remove-dmarc-tags
// leaving the rest of the value byte-identical (split strings too; not safe for pct < 100).
import assert from 'node:assert/strict';
import { ruleTable, HEAD } from '../rule-table';

const RUA = 'rua=mailto:re+abc123@dmarc.postmarkapp.com';

ruleTable('dmarc/removed-tag', {
  otherFindings: 'keep all',
  valid: [
    { name: 'RFC 9989 record', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; t=y; ${RUA}"\n` },
    { name: 'a tag merely containing the letters', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}; x=pct"\n` },
  ],
  invalid: [
    {
      name: 'pct=100 in the middle',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=quarantine; pct=100; ${RUA}"\n`,
      expect: [
        {
          text: 'pct=100',
          message: /"pct=100" was removed from DMARC by RFC 9989/,
          fix: { id: 'remove-dmarc-tags', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=quarantine; ${RUA}"\n` },
          checkFixes: (fixes) => assert.equal(fixes[0].safe, true),
        },
      ],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=quarantine; ${RUA}"\n`,
    },
    {
      name: 'pct, rf and ri: one finding, all removed',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; rf=afrf; ${RUA}; pct=100; ri=86400"\n`,
      expect: [
        {
          text: 'rf=afrf',
          message: /"rf=afrf", "pct=100" and "ri=86400" were removed/,
          fix: { id: 'remove-dmarc-tags', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}"\n` },
        },
      ],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ${RUA}"\n`,
    },
    {
      name: 'removed tag split across strings',
      zone: `${HEAD}_dmarc IN TXT ( "v=DMARC1; p=none; ri=86" ; interval\n    "400; ${RUA}" )\n`,
      expect: [{ text: 'ri=86" ; interval\n    "400', fix: { id: 'remove-dmarc-tags', output: `${HEAD}_dmarc IN TXT ( "v=DMARC1; p=none;" ; interval\n    " ${RUA}" )\n` } }],
    },
    {
      name: 'pct below 100: offered, but not safe',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=reject; pct=25"\n`,
      expect: [
        {
          text: 'pct=25',
          message: /only 25% of failing mail/,
          fix: { id: 'remove-dmarc-tags', output: `${HEAD}_dmarc IN TXT "v=DMARC1; p=reject"\n` },
          checkFixes: (fixes) => assert.equal(fixes[0].safe, false),
        },
      ],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=reject; pct=25"\n`,
    },
    {
      name: 'unquoted string that would vanish: no fix',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none;" pct=100\n`,
      expect: [{ text: 'pct=100', notOffered: 'remove-dmarc-tags' }],
    },
    {
      name: 'v=DMARC1 not first: no fix until dmarc-version-first has run (their edits would touch)',
      zone: `${HEAD}_dmarc IN TXT "p=none; pct=100; v=DMARC1"\n`,
      expect: [{ text: 'pct=100', notOffered: 'remove-dmarc-tags' }],
    },
    {
      name: 'two records, two findings',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; ri=3600"\n_dmarc.mail IN TXT "v=DMARC1; p=none; pct=100;"\n`,
      expect: [{ text: 'ri=3600' }, { text: 'pct=100' }],
      fixAll: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_dmarc.mail IN TXT "v=DMARC1; p=none;"\n`,
    },
  ],
});
