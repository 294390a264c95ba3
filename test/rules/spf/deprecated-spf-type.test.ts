// spf/deprecated-spf-type: records of the obsolete SPF type (RFC 7208 §3.1) and the
// spf-rr-to-txt fix: the type token becomes TXT, or the record goes when TXT already has it.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('spf/deprecated-spf-type', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'a TXT policy', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n' },
    { name: 'SPF as a label is not the type', zone: HEAD + 'spf IN TXT "v=spf1 mx -all"\n' },
  ],
  invalid: [
    {
      name: 'an SPF record alone: the type becomes TXT, nothing else changes',
      zone: HEAD + '@ 300 IN SPF ( "v=spf1 mx"   ; keep\n   " -all" )\n',
      expect: [
        {
          text: 'SPF',
          severity: 'warning',
          message: /RFC 7208 §3\.1/,
          fix: { id: 'spf-rr-to-txt', safe: true, output: HEAD + '@ 300 IN TXT ( "v=spf1 mx"   ; keep\n   " -all" )\n' },
        },
      ],
      fixAll: HEAD + '@ 300 IN TXT ( "v=spf1 mx"   ; keep\n   " -all" )\n',
    },
    {
      name: 'lower-case type keeps its case',
      zone: HEAD + 'mail in spf "v=spf1 a -all"\n',
      expect: [{ text: 'spf', occurrence: 0, fix: { id: 'spf-rr-to-txt', output: HEAD + 'mail in txt "v=spf1 a -all"\n' } }],
    },
    {
      name: 'the same text as TXT already exists: the SPF line is deleted',
      zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN SPF "v=spf1 mx -all"\nwww IN A 192.0.2.1\n',
      expect: [{ text: 'SPF', fix: { id: 'spf-rr-to-txt', safe: true, output: HEAD + '@ IN TXT "v=spf1 mx -all"\nwww IN A 192.0.2.1\n' } }],
    },
    {
      name: 'a different TXT policy exists: deleting is offered but not safe',
      zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN SPF "v=spf1 a -all"\n',
      expect: [{ text: 'SPF', fix: { id: 'spf-rr-to-txt', safe: false, output: HEAD + '@ IN TXT "v=spf1 mx -all"\n' } }],
    },
    {
      name: 'the deleted SPF record owned the name a following line inherits',
      zone: HEAD + 'mail IN TXT "v=spf1 a -all"\nwww IN A 192.0.2.1\nmail IN SPF "v=spf1 a -all"\n     IN MX 10 mx.example.net.\n',
      expect: [{ text: 'SPF', fix: { id: 'spf-rr-to-txt', output: HEAD + 'mail IN TXT "v=spf1 a -all"\nwww IN A 192.0.2.1\nmail     IN MX 10 mx.example.net.\n' } }],
    },
    {
      name: 'two identical SPF records: the first becomes TXT, the second goes (fix all)',
      zone: HEAD + '@ IN SPF "v=spf1 mx -all"\n@ IN SPF "v=spf1 mx -all"\n',
      expect: [
        { text: 'SPF', occurrence: 0, fix: { id: 'spf-rr-to-txt', safe: true, output: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN SPF "v=spf1 mx -all"\n' } },
        { text: 'SPF', occurrence: 1, fix: { id: 'spf-rr-to-txt', safe: true, output: HEAD + '@ IN SPF "v=spf1 mx -all"\n' } },
      ],
      fixAll: HEAD + '@ IN TXT "v=spf1 mx -all"\n',
    },
  ],
});
