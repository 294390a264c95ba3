// zone/duplicate-record: the same RR twice, compared canonically, and the fix that deletes the
// copy's line(s).
import { HEAD, ruleTable } from '../rule-table';

const WWW = 'www IN A 192.0.2.1\n';

ruleTable('zone/duplicate-record', {
  valid: [
    { name: 'different addresses', zone: HEAD + WWW + 'www IN A 192.0.2.2\n' },
    { name: 'TXT split into other strings is other data', zone: HEAD + '@ IN TXT "ab" "c"\n@ IN TXT "abc"\n' },
    { name: 'same data under other types', zone: HEAD + 'x IN TXT "v"\nx IN SPF "v"\n' },
    { name: 'same data at other owners', zone: HEAD + WWW + 'web IN A 192.0.2.1\n' },
    { name: 'rarer types with other data', zone: HEAD + 'x IN RT 1 relay\nx IN RT 2 relay\nx IN KEY 256 3 8 AQID\nx IN KEY 257 3 8 AQID\n' },
  ],
  invalid: [
    {
      name: 'rarer types compare canonically: names without case, hex without case, mnemonics as numbers',
      zone:
        HEAD +
        'x IN RT 1 Relay\nx IN RT 1 relay.example.com.\n' +
        'y IN HIP 2 200100107B1A74DF365639CC39F1D578 AQID\ny IN HIP 2 200100107b1a74df365639cc39f1d578 AQID\n' +
        'z IN KEY ZONE 3 RSASHA256 AQID\nz IN KEY 256 3 8 AQID\n',
      expect: [{ text: 'x IN RT 1 relay.example.com.' }, { text: 'y IN HIP 2 200100107b1a74df365639cc39f1d578 AQID' }, { text: 'z IN KEY 256 3 8 AQID' }],
    },
    {
      name: 'the same A record twice',
      zone: HEAD + WWW + WWW + 'mail IN A 192.0.2.25\n',
      expect: [{ text: 'www IN A 192.0.2.1', occurrence: 1, fix: { id: 'remove-duplicate', output: HEAD + WWW + 'mail IN A 192.0.2.25\n' } }],
    },
    {
      name: 'names without case, with a trailing comment',
      zone: HEAD + 'mail IN CNAME Host.Example.NET.\nMAIL IN CNAME host.example.net. ; copy\nweb IN A 192.0.2.8\n',
      expect: [{ text: 'MAIL IN CNAME host.example.net.', fix: { id: 'remove-duplicate', output: HEAD + 'mail IN CNAME Host.Example.NET.\nweb IN A 192.0.2.8\n' } }],
    },
    {
      name: 'TXT by decoded strings; CRLF line endings',
      zone: HEAD.replace(/\n/g, '\r\n') + '@ IN TXT "a\\098c"\r\n@ IN TXT abc\r\nwww IN A 192.0.2.1\r\n',
      expect: [{ text: '@ IN TXT abc', fix: { id: 'remove-duplicate', output: HEAD.replace(/\n/g, '\r\n') + '@ IN TXT "a\\098c"\r\nwww IN A 192.0.2.1\r\n' } }],
    },
    {
      name: 'numbers by value and IPv6 by bytes',
      zone: HEAD + '@ IN MX 10 mail\n@ IN MX 010 MAIL\nv6 IN AAAA 2001:db8::1\nv6 IN AAAA 2001:DB8:0:0:0:0:0:1\n',
      expect: [{ text: '@ IN MX 010 MAIL' }, { text: 'v6 IN AAAA 2001:DB8:0:0:0:0:0:1' }],
      fixAll: HEAD + '@ IN MX 10 mail\nv6 IN AAAA 2001:db8::1\n',
    },
    {
      name: 'the last line without a line ending',
      zone: HEAD + WWW + 'www IN A 192.0.2.1',
      expect: [{ text: 'www IN A 192.0.2.1', occurrence: 1, fix: { id: 'remove-duplicate', output: HEAD + 'www IN A 192.0.2.1' } }],
    },
    {
      name: 'a multi-line SOA copy',
      zone: HEAD + '@ IN SOA ns1.example.com. hostmaster.example.com. (\n    1 7200 900 1209600 300 )\nwww IN A 192.0.2.1\n',
      expect: [
        {
          text: '@ IN SOA ns1.example.com. hostmaster.example.com. (\n    1 7200 900 1209600 300 )',
          fix: { id: 'remove-duplicate', output: HEAD + 'www IN A 192.0.2.1\n' },
        },
      ],
    },
    {
      name: 'the next line inherits the same owner: still safe',
      zone: HEAD + WWW + WWW + '    IN AAAA 2001:db8::1\n',
      expect: [{ text: 'www IN A 192.0.2.1', occurrence: 1, fix: { id: 'remove-duplicate', output: HEAD + WWW + '    IN AAAA 2001:db8::1\n' } }],
    },
    {
      name: 'the next line would inherit another owner: the owner is written onto it',
      zone: HEAD + WWW + 'mail IN A 192.0.2.25\n' + WWW + '    IN AAAA 2001:db8::1\n',
      expect: [{ text: 'www IN A 192.0.2.1', occurrence: 1, fix: { id: 'remove-duplicate', output: HEAD + WWW + 'mail IN A 192.0.2.25\nwww    IN AAAA 2001:db8::1\n' } }],
      fixAll: HEAD + WWW + 'mail IN A 192.0.2.25\nwww    IN AAAA 2001:db8::1\n',
    },
    {
      name: 'a copy with an inherited owner',
      zone: HEAD + WWW + '    IN A 192.0.2.1\nmail IN A 192.0.2.25\n',
      expect: [{ text: 'IN A 192.0.2.1', occurrence: 1, fix: { id: 'remove-duplicate', output: HEAD + WWW + 'mail IN A 192.0.2.25\n' } }],
    },
    {
      name: 'three copies: the later two are reported',
      zone: HEAD + WWW + WWW + WWW,
      expect: [{ text: 'www IN A 192.0.2.1', occurrence: 1 }, { text: 'www IN A 192.0.2.1', occurrence: 2 }],
      fixAll: HEAD + WWW,
    },
  ],
});
