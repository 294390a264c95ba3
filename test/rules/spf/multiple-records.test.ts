// spf/multiple-records: two or more v=spf1 TXT records at one name (RFC 7208 §3.2), and the
// merge-spf fix: terms merged into the first record, the others' lines deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEAD, ruleTable } from '../rule-table';
import { MAX_STRING_OCTETS, splitTxtValue } from '../../../server/src/rules/edit/txt-strings';

ruleTable('spf/multiple-records', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'one policy and other TXT records', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN TXT "google-site-verification=x"\n' },
    { name: 'policies at different names', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\nmail IN TXT "v=spf1 a -all"\n' },
    { name: 'a TXT policy beside an SPF-type record', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN SPF "v=spf1 a -all"\n' },
    { name: 'v=spf10 is not a second policy', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN TXT "v=spf10 a"\n' },
    { name: 'identical copies are one record in DNS (left to zone/duplicate-record)', zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN TXT "v=spf1 mx -all"\n' },
  ],
  invalid: [
    {
      name: 'two policies: merged into the first, the second line deleted',
      zone: HEAD + '@ IN TXT "v=spf1 mx include:spf.mtasv.net -all"\n@ IN TXT "v=spf1 a include:spf.mtasv.net ~all"\nwww IN A 192.0.2.1\n',
      expect: [
        {
          text: '"v=spf1 a include:spf.mtasv.net ~all"',
          severity: 'error',
          message: /'example\.com' has 2 SPF records.*RFC 7208 §3\.2/,
          fix: { id: 'merge-spf', safe: false, output: HEAD + '@ IN TXT "v=spf1 mx include:spf.mtasv.net a -all"\nwww IN A 192.0.2.1\n' },
        },
      ],
    },
    {
      name: 'names compare without case; v=spf1 is case-insensitive',
      zone: HEAD + 'Mail IN TXT "v=spf1 -all"\nmail IN TXT "V=SPF1 +all"\n',
      expect: [{ text: '"V=SPF1 +all"', fix: { id: 'merge-spf', output: HEAD + 'Mail IN TXT "v=spf1 -all"\n' } }],
    },
    {
      name: 'three policies; the first has no all, so the first all found is kept at the end',
      zone: HEAD + '@ IN TXT "v=spf1 ip4:192.0.2.1"\n@ IN TXT "v=spf1 ip4:192.0.2.2 ?all exp=why.example.com"\n@ IN TXT "v=spf1 IP4:192.0.2.1 ~all redirect=other.example.net"\n',
      expect: [
        {
          text: '"v=spf1 ip4:192.0.2.2 ?all exp=why.example.com"',
          message: /has 3 SPF records/,
          fix: { id: 'merge-spf', output: HEAD + '@ IN TXT "v=spf1 ip4:192.0.2.1 ip4:192.0.2.2 ?all exp=why.example.com"\n' },
        },
        { text: '"v=spf1 IP4:192.0.2.1 ~all redirect=other.example.net"' },
      ],
    },
    {
      name: 'redirect kept when no record has all; records with inherited owners',
      zone: HEAD + 'mail IN TXT "v=spf1 a"\n     IN TXT "v=spf1 mx redirect=_spf.example.net"\n     IN A 192.0.2.9\n',
      expect: [{ text: '"v=spf1 mx redirect=_spf.example.net"', fix: { id: 'merge-spf', output: HEAD + 'mail IN TXT "v=spf1 a mx redirect=_spf.example.net"\n     IN A 192.0.2.9\n' } }],
    },
    {
      name: 'deleting a record whose written owner a following line inherits: the owner moves down',
      zone: HEAD + 'mail IN TXT "v=spf1 a -all"\nwww IN A 192.0.2.1\nmail IN TXT "v=spf1 mx -all"\n     IN A 192.0.2.9\n',
      expect: [{ text: '"v=spf1 mx -all"', fix: { id: 'merge-spf', output: HEAD + 'mail IN TXT "v=spf1 a mx -all"\nwww IN A 192.0.2.1\nmail     IN A 192.0.2.9\n' } }],
    },
    {
      name: 'a multi-line record with a comment is deleted whole; CRLF line endings kept',
      zone: HEAD.replace(/\n/g, '\r\n') + '@ IN TXT "v=spf1 a -all"\r\n@ IN TXT ( "v=spf1 "\r\n  "mx -all" ) ; old\r\n',
      expect: [{ text: '"v=spf1 "\r\n  "mx -all"', fix: { id: 'merge-spf', output: HEAD.replace(/\n/g, '\r\n') + '@ IN TXT "v=spf1 a mx -all"\r\n' } }],
    },
    {
      name: 'a copy of the first record is deleted by the merge too',
      zone: HEAD + '@ IN TXT "v=spf1 mx -all"\n@ IN TXT "v=spf1 mx -all"\n@ IN TXT "v=spf1 a -all"\n',
      expect: [{ text: '"v=spf1 a -all"', message: /has 2 SPF records/, fix: { id: 'merge-spf', output: HEAD + '@ IN TXT "v=spf1 mx a -all"\n' } }],
    },
    {
      name: 'the last line without a line ending',
      zone: HEAD + '@ IN TXT "v=spf1 a -all"\n@ IN TXT "v=spf1 mx -all"',
      expect: [{ text: '"v=spf1 mx -all"', fix: { id: 'merge-spf', output: HEAD + '@ IN TXT "v=spf1 a mx -all"' } }],
    },
  ],
});

test('merged text over 255 octets is split into strings before a space', () => {
  const text = 'v=spf1 ' + Array.from({ length: 30 }, (_, i) => `ip4:192.0.2.${i}`).join(' ') + ' -all';
  const chunks = splitTxtValue(text, MAX_STRING_OCTETS, ' ');
  assert.ok(chunks.length > 1);
  assert.equal(chunks.join(''), text);
  for (const chunk of chunks) assert.ok(chunk.length <= 255);
  for (const chunk of chunks.slice(1)) assert.ok(chunk.startsWith(' '));
});
