// spf/too-many-lookups: the RFC 7208 §4.6.4 limit of 10 DNS-querying terms, following in-zone
// includes and redirects (loops included), counting outside targets as one each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEAD, findingsOf, ruleTable } from '../rule-table';

const terms = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}:h${i}.example.net`).join(' ');

ruleTable('spf/too-many-lookups', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'exactly 10 lookups', zone: HEAD + `@ IN TXT "v=spf1 a mx ptr ${terms('exists', 3)} ${terms('include', 4)} -all"\n` },
    { name: 'ip4, ip6 and all cost nothing', zone: HEAD + `@ IN TXT "v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} -all"\n` },
    { name: 'terms after all are not counted', zone: HEAD + `@ IN TXT "v=spf1 ${terms('a', 9)} -all ${terms('mx', 5)}"\n` },
    { name: 'redirect is ignored when all is present', zone: HEAD + `@ IN TXT "v=spf1 ${terms('a', 10)} ~all redirect=_spf.example.net"\n` },
    {
      name: 'an in-zone include adds its own count: 1 + 1 + 8 = 10',
      zone: HEAD + '@ IN TXT "v=spf1 mx include:_spf.example.com -all"\n_spf IN TXT "v=spf1 a a a a a a a a"\n',
    },
    { name: 'an unknown in-zone target counts one', zone: HEAD + `@ IN TXT "v=spf1 ${terms('a', 9)} include:nothing.example.com -all"\n` },
  ],
  invalid: [
    {
      name: 'eleven terms in one record',
      zone: HEAD + '@ IN TXT "v=spf1 a mx a mx a mx a mx a ptr a ip4:192.0.2.4 -all"\n',
      expect: [{ text: '"v=spf1 a mx a mx a mx a mx a ptr a ip4:192.0.2.4 -all"', severity: 'error', message: /needs 11 DNS lookups; receivers allow 10.*Counted: a 1, mx 1,/ }],
    },
    {
      name: 'an in-zone include pushes it over: 1 + 1 + 8 + 1 = 11, both records named',
      zone: HEAD + '@ IN TXT "v=spf1 a include:inc.example.com a ip4:192.0.2.4 -all"\ninc IN TXT "v=spf1 a a a a a a a a"\n',
      expect: [{ text: '"v=spf1 a include:inc.example.com a ip4:192.0.2.4 -all"', message: /needs 11 DNS lookups.*include:inc\.example\.com 9 \(1 \+ 8 in that record\)/ }],
    },
    {
      name: 'outside includes count one each and make it "at least"',
      zone: HEAD + `@ IN TXT "v=spf1 ${terms('a', 9)} include:spf.mtasv.net include:_spf.google.com ~all"\n`,
      expect: [{ text: `"v=spf1 ${terms('a', 9)} include:spf.mtasv.net include:_spf.google.com ~all"`, message: /needs at least 11 DNS lookups.*2 targets \(include:spf\.mtasv\.net \(outside this zone\), include:_spf\.google\.com \(outside this zone\)\) cannot be followed offline: they count 1 each/ }],
    },
    {
      name: 'one target written with macros',
      zone: HEAD + `@ IN TXT "v=spf1 ${terms('a', 10)} include:%{d1}._spf.example.com ~all"\n`,
      expect: [{ text: `"v=spf1 ${terms('a', 10)} include:%{d1}._spf.example.com ~all"`, message: /at least 11 .*include:%\{d1\}\._spf\.example\.com \(written with macros\) cannot be followed offline: it counts 1, and its own lookups are unknown\.$/ }],
    },
    {
      name: 'a redirect loop never ends',
      zone: HEAD + 'e1 IN TXT "v=spf1 ip4:192.0.2.1 redirect=e1.example.com"\n',
      expect: [{ text: '"v=spf1 ip4:192.0.2.1 redirect=e1.example.com"', message: /never finishes: e1\.example\.com → e1\.example\.com/ }],
    },
    {
      name: 'an include loop is reported on both records',
      zone: HEAD + 'e2 IN TXT "v=spf1 include:e3.example.com"\ne3 IN TXT "v=spf1 include:e2.example.com"\n',
      expect: [
        { text: '"v=spf1 include:e3.example.com"', message: /e2\.example\.com → e3\.example\.com → e2\.example\.com/ },
        { text: '"v=spf1 include:e2.example.com"', message: /e3\.example\.com → e2\.example\.com → e3\.example\.com/ },
      ],
    },
    {
      name: 'an included record over the limit is reported itself and where it is included',
      zone: HEAD + '@ IN TXT "v=spf1 include:_spf.example.com -all"\n_spf IN TXT "v=spf1 ' + terms('a', 11) + '"\n',
      expect: [{ text: '"v=spf1 include:_spf.example.com -all"', message: /needs 12 / }, { text: `"v=spf1 ${terms('a', 11)}"`, message: /needs 11 / }],
    },
  ],
});

test('the finding relates the in-zone records it reached', () => {
  const zone = HEAD + '@ IN TXT "v=spf1 a include:inc.example.com a ip4:192.0.2.4 -all"\ninc IN TXT "v=spf1 a a a a a a a a"\n';
  const [finding] = findingsOf('spf/too-many-lookups', zone);
  assert.deepEqual(finding.related?.map((r) => zone.slice(r.start, r.end)), ['"v=spf1 a a a a a a a a"']);
});

test('a diamond of includes is counted along each path without blowing up', () => {
  let zone = HEAD;
  for (let level = 0; level < 20; level++) zone += `l${level} IN TXT "v=spf1 include:l${level + 1}.example.com include:l${level + 1}.example.com"\n`;
  zone += 'l20 IN TXT "v=spf1 a"\n';
  const findings = findingsOf('spf/too-many-lookups', zone);
  assert.ok(findings.length > 0);
  assert.match(findings[0].message, /needs \d+ DNS lookups/);
});
