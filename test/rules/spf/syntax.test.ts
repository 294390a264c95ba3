// spf/syntax: grammar problems of SPF TXT (and SPF-type) records, pointed at the exact characters
// in the file (through quotes, escapes and split strings), and the §3.3 run-together strings.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('spf/syntax', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'a Postmark-style policy', zone: HEAD + '@ IN TXT "v=spf1 a mx include:spf.mtasv.net ~all"\n' },
    { name: 'split strings that join cleanly', zone: HEAD + '@ IN TXT "v=spf1 ip4:192.0.2.1 " "include:spf.mtasv.net ~all"\n' },
    { name: 'a split inside a name', zone: HEAD + '@ IN TXT "v=spf1 include:spf.prot" "ection.outlook.com -all"\n' },
    { name: 'not an SPF record (other version)', zone: HEAD + '@ IN TXT "v=spf10 bogus"\n' },
    { name: 'other TXT text', zone: HEAD + '@ IN TXT "google-site-verification=abc"\n' },
    { name: 'an unquoted one-word record', zone: HEAD + '@ IN TXT v=spf1\n' },
    { name: 'an SPF-type record beside the TXT policy is never read (spf/deprecated-spf-type)', zone: HEAD + '@ IN TXT "v=spf1 -all"\n@ IN SPF "v=spf1 bad -all"\n' },
    { name: 'parenthesised over two lines', zone: HEAD + '@ IN TXT ( "v=spf1 a "\n  "-all" )\n' },
  ],
  invalid: [
    {
      name: 'include= instead of include:',
      zone: HEAD + '@ IN TXT "v=spf1 include=spf.mtasv.net ~all"\n',
      expect: [{ text: 'include=spf.mtasv.net', message: /'include:spf\.mtasv\.net'/, severity: 'error', noFix: true }],
    },
    {
      name: 'several problems in one record, each at its place',
      zone: HEAD + '@ IN TXT "v=spf1 ip4:192.0.2.300 a/33 foo ~all"\n',
      expect: [{ text: '192.0.2.300' }, { text: '/33' }, { text: 'foo' }],
    },
    {
      name: 'a problem in the second string',
      zone: HEAD + '@ IN TXT "v=spf1 a " "ip6:2001:db8::/129 -all"\n',
      expect: [{ text: '/129', message: /over 128/ }],
    },
    {
      name: 'an escaped character is part of the span',
      zone: HEAD + '@ IN TXT "v=spf1 a:bad\\"name -all"\n',
      expect: [{ text: 'bad\\"name', message: /must end with a macro/ }],
    },
    {
      name: 'bad macro',
      zone: HEAD + '@ IN TXT "v=spf1 exists:%{x}.example.com -all"\n',
      expect: [{ text: '%{x}', message: /Invalid macro/ }],
    },
    {
      name: 'duplicate redirect',
      zone: HEAD + '@ IN TXT "v=spf1 redirect=a.example.net redirect=b.example.net"\n',
      expect: [{ text: 'redirect=b.example.net', message: /more than once/ }],
    },
    {
      name: 'an SPF-type record is checked too',
      zone: HEAD + '@ IN SPF "v=spf1 ip4:192.0.2 -all"\n',
      expect: [{ text: '192.0.2', occurrence: 1, message: /^SPF-type record: / }],
    },
    {
      name: 'strings joined without a space between two terms (§3.3)',
      zone: HEAD + '@ IN TXT "v=spf1 include:a.example.net" "include:b.example.net ~all"\n',
      expect: [
        {
          text: 'include:a.example.net" "include:b.example.net',
          message: /RFC 7208 §3\.3.*'include:a\.example\.netinclude:b\.example\.net'/,
          fix: { id: 'insert-space', safe: false, output: HEAD + '@ IN TXT "v=spf1 include:a.example.net" " include:b.example.net ~all"\n' },
        },
      ],
    },
    {
      name: 'the version run together with the first term',
      zone: HEAD + '@ IN TXT "v=spf1" "mx -all"\n',
      expect: [
        {
          text: 'v=spf1" "mx',
          message: /not read as SPF at all/,
          fix: { id: 'insert-space', output: HEAD + '@ IN TXT "v=spf1" " mx -all"\n' },
        },
      ],
    },
    {
      name: 'a run-together split in a parenthesised record',
      zone: HEAD + '@ IN TXT ( "v=spf1 a"\n    "mx -all" )\n',
      expect: [{ text: 'a"\n    "mx', fix: { id: 'insert-space', output: HEAD + '@ IN TXT ( "v=spf1 a"\n    " mx -all" )\n' } }],
    },
  ],
});
