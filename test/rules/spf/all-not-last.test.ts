// spf/all-not-last: mechanisms after `all` and a redirect beside `all` are ignored (RFC 7208
// §5.1, §6.1); the safe fix removes the ignored term.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('spf/all-not-last', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'all last', zone: HEAD + '@ IN TXT "v=spf1 a mx -all"\n' },
    { name: 'exp after all is fine', zone: HEAD + '@ IN TXT "v=spf1 a -all exp=why.example.com"\n' },
    { name: 'redirect without all', zone: HEAD + '@ IN TXT "v=spf1 a redirect=_spf.example.net"\n' },
  ],
  invalid: [
    {
      name: 'two mechanisms after all',
      zone: HEAD + '@ IN TXT "v=spf1 a -all mx  include:spf.mtasv.net"\n',
      expect: [
        { text: 'mx', severity: 'warning', message: /'mx' comes after '-all' and is never evaluated/, fix: { id: 'remove-ignored-term', safe: true, output: HEAD + '@ IN TXT "v=spf1 a -all  include:spf.mtasv.net"\n' } },
        { text: 'include:spf.mtasv.net', fix: { id: 'remove-ignored-term', output: HEAD + '@ IN TXT "v=spf1 a -all mx"\n' } },
      ],
      fixAll: HEAD + '@ IN TXT "v=spf1 a -all"\n',
    },
    {
      name: 'redirect beside all, before it',
      zone: HEAD + 'e5 IN TXT "v=spf1 redirect=e5.example.com ~all"\n',
      expect: [{ text: 'redirect=e5.example.com', message: /ignored because the record has '~all'/, fix: { id: 'remove-ignored-term', output: HEAD + 'e5 IN TXT "v=spf1 ~all"\n' } }],
    },
    {
      name: 'a term in the next string with its space in the previous one: no fix',
      zone: HEAD + '@ IN TXT "v=spf1 -all " "mx"\n',
      expect: [{ text: 'mx', occurrence: 0, noFix: true }],
    },
  ],
});
