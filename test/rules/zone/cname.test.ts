// zone/cname-and-other-data and zone/multiple-cname: an alias owns nothing else (RFC 2181 §10.1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEAD, findingsOf, ruleTable } from '../rule-table';

ruleTable('zone/cname-and-other-data', {
  valid: [
    { name: 'a CNAME alone', zone: HEAD + 'www IN CNAME web.example.net.\n' },
    { name: 'DNSSEC records beside a CNAME', zone: HEAD + 'www IN CNAME web.example.net.\nwww IN NSEC x.example.com. CNAME RRSIG NSEC\n' },
    { name: 'KEY and the old SIG beside a CNAME (BIND allows them)', zone: HEAD + 'www IN CNAME web.example.net.\nwww IN KEY 256 3 8 AQID\nwww IN SIG CNAME 8 3 3600 20261231000000 20261201000000 1 example.com. AQID\n' },
    { name: 'out of the zone, a CNAME beside other data is zone/out-of-zone’s finding (BIND drops both)', zone: HEAD + 'www.example.net. IN CNAME web.example.net.\nwww.example.net. IN TXT "x"\n' },
    { name: 'other data below the alias is fine', zone: HEAD + 'www IN CNAME web.example.net.\na.www IN A 192.0.2.1\n' },
  ],
  invalid: [
    {
      name: 'TXT beside a CNAME',
      zone: HEAD + 'www IN CNAME web.example.net.\nwww IN TXT "hello"\n',
      expect: [{ text: 'TXT', message: /'www\.example\.com' has a CNAME, so it cannot have a TXT record/ }],
    },
    {
      name: 'NXT, unlike NSEC, may not sit beside a CNAME (BIND: "CNAME and other data")',
      zone: HEAD + 'www IN CNAME web.example.net.\nwww IN NXT x.example.com. CNAME\n',
      expect: [{ text: 'NXT' }],
    },
    {
      name: 'a CNAME at the apex clashes with SOA and NS',
      zone: HEAD + '@ IN CNAME other.example.net.\n',
      expect: [{ text: 'SOA' }, { text: 'NS' }],
    },
    {
      name: 'names compare without case; the record before the CNAME is found too',
      zone: HEAD + 'WWW IN A 192.0.2.1\nwww IN CNAME web.example.net.\n   IN AAAA 2001:db8::1\n',
      expect: [{ text: 'A', occurrence: 2 }, { text: 'AAAA' }],
    },
  ],
});

test('zone/cname-and-other-data points at the CNAME', () => {
  const zone = HEAD + 'www IN CNAME web.example.net.\nwww IN TXT "hello"\n';
  const [finding] = findingsOf('zone/cname-and-other-data', zone);
  const related = finding.related?.[0];
  assert.ok(related);
  assert.equal(zone.slice(related.start, related.end), 'CNAME');
});

ruleTable('zone/multiple-cname', {
  valid: [
    { name: 'one CNAME', zone: HEAD + 'pm IN CNAME pm.mtasv.net.\n' },
    { name: 'the same CNAME twice (a duplicate)', zone: HEAD + 'pm IN CNAME pm.mtasv.net.\npm IN CNAME PM.MTASV.NET.\n' },
  ],
  invalid: [
    {
      name: 'two targets',
      zone: HEAD + 'pm IN CNAME pm.mtasv.net.\npm IN CNAME bounces.example.net.\n',
      expect: [{ text: 'CNAME', occurrence: 1, message: /already has a CNAME/ }],
    },
  ],
});
