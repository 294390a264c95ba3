// spf/permissive-all: `+all` or bare `all` lets any host send as the domain (RFC 7208 §5.1).
import { HEAD, ruleTable } from '../rule-table';

ruleTable('spf/permissive-all', {
  otherFindings: 'keep messages',
  valid: [
    { name: '~all', zone: HEAD + '@ IN TXT "v=spf1 mx ~all"\n' },
    { name: '-all and ?all', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\nmail IN TXT "v=spf1 ?all"\n' },
    { name: 'no all at all', zone: HEAD + '@ IN TXT "v=spf1 mx redirect=_spf.example.net"\n' },
    { name: 'a +all after -all is never reached', zone: HEAD + '@ IN TXT "v=spf1 -all +all"\n' },
    { name: 'an SPF-type +all beside the TXT policy is left to spf/deprecated-spf-type', zone: HEAD + '@ IN TXT "v=spf1 -all"\n@ IN SPF "v=spf1 +all"\n' },
    { name: 'not an SPF record', zone: HEAD + '@ IN TXT "v=spf10 +all"\n' },
  ],
  invalid: [
    {
      name: '+all',
      zone: HEAD + '@ IN TXT "v=spf1 mx +all"\n',
      expect: [{ text: '+all', severity: 'error', message: /authorizes every host/, fix: { id: 'use-softfail-all', safe: false, output: HEAD + '@ IN TXT "v=spf1 mx ~all"\n' } }],
    },
    {
      name: 'bare all, case-insensitive, in a second string',
      zone: HEAD + 'mail IN TXT "v=spf1 a " "ALL"\n',
      expect: [{ text: 'ALL', fix: { id: 'use-softfail-all', output: HEAD + 'mail IN TXT "v=spf1 a " "~all"\n' } }],
    },
    {
      name: 'an SPF-type record alone at its name',
      zone: HEAD + '@ IN SPF "v=spf1 all"\n',
      expect: [{ text: 'all', occurrence: 0, fix: { id: 'use-softfail-all', output: HEAD + '@ IN SPF "v=spf1 ~all"\n' } }],
    },
    {
      name: 'split across strings: reported, no fix',
      zone: HEAD + '@ IN TXT "v=spf1 +a" "ll"\n',
      expect: [{ text: '+a" "ll', noFix: true }],
    },
  ],
});
