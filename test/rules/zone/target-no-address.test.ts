// zone/mx-target-no-address, zone/srv-target-no-address and zone/missing-glue: what
// named-checkzone -i local warns about ("has no [REQUIRED GLUE |SIBLING GLUE ]address records").
// Every case is also run through named-checkzone when it is installed: its warnings must name
// exactly the targets ours do (scratch-rare/glue-fuzz.ts did the same on 1,500 random zones).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMED_CHECKZONE, bindOnText } from '../../helpers/named-checkzone';
import { HEAD, analyzeCase, ruleTable, type InvalidCase, type ZoneCase } from '../rule-table';

const CODES: Record<string, string> = { 'zone/mx-target-no-address': 'MX', 'zone/srv-target-no-address': 'SRV', 'zone/missing-glue': 'NS' };
const allCases: ZoneCase[] = [];
const table = (code: string, valid: ZoneCase[], invalid: InvalidCase[]) => {
  allCases.push(...valid, ...invalid);
  ruleTable(code, { valid, invalid });
};

table(
  'zone/mx-target-no-address',
  [
    { name: 'a mail server with an address', zone: `${HEAD}@ IN MX 10 mail\nmail IN A 192.0.2.25\n` },
    { name: 'a mail server outside the zone (not looked up)', zone: `${HEAD}@ IN MX 10 mx.example.net.\n` },
    { name: 'a null MX (RFC 7505)', zone: `${HEAD}@ IN MX 0 .\n` },
    { name: 'answered by a wildcard address', zone: `${HEAD}@ IN MX 10 mail.w\n*.w IN A 192.0.2.1\n` },
    { name: 'answered by a wildcard alias', zone: `${HEAD}www IN A 192.0.2.1\n@ IN MX 10 mail.w\n*.w IN CNAME www\n` },
    { name: 'a mail server below a delegation (the child zone answers)', zone: `${HEAD}@ IN MX 10 mx.sub\nsub IN NS ns.example.net.\n` },
    { name: 'an MX at a delegation is the child zone\u2019s', zone: `${HEAD}sub IN NS ns.example.net.\nsub IN MX 10 nothing\n` },
    { name: 'an MX below a DNAME is hidden by it', zone: `${HEAD}d IN DNAME example.net.\nx.d IN MX 10 nothing\n` },
  ],
  [
    { name: 'no record at the mail server', zone: `${HEAD}@ IN MX 10 mail\n`, expect: [{ text: 'mail', message: /^MX mail server 'mail\.example\.com' is inside this zone but has no A or AAAA record/ }] },
    { name: 'only other data at the mail server', zone: `${HEAD}@ IN MX 10 mail\nmail IN TXT "x"\n`, expect: [{ text: 'mail', after: 'MX 10 ' }] },
    { name: 'an identical record twice: once', zone: `${HEAD}@ IN MX 10 mail\n@ IN MX 10 mail\n`, expect: [{ text: 'mail' }] },
    { name: 'two preferences: twice', zone: `${HEAD}@ IN MX 10 mail\n@ IN MX 20 mail\n`, expect: [{ text: 'mail' }, { text: 'mail', occurrence: 1 }] },
  ],
);

table(
  'zone/srv-target-no-address',
  [
    { name: 'a target with an address', zone: `${HEAD}_sip._tcp IN SRV 0 0 5060 sip\nsip IN AAAA 2001:db8::5\n` },
    { name: 'a target of "." (no such service)', zone: `${HEAD}_sip._tcp IN SRV 0 0 0 .\n` },
  ],
  [{ name: 'no record at the target', zone: `${HEAD}_sip._tcp IN SRV 0 0 5060 sip\n`, expect: [{ text: 'sip', after: '5060 ', message: /^SRV target 'sip\.example\.com'/ }] }],
);

table(
  'zone/missing-glue',
  [
    { name: 'glue below the delegation', zone: `${HEAD}sub IN NS ns.sub\nns.sub IN A 192.0.2.60\n` },
    { name: 'a server outside the zone', zone: `${HEAD}sub IN NS ns.example.net.\n` },
    { name: 'a server elsewhere in the zone with an address', zone: `${HEAD}sub IN NS ns1\n` },
    { name: 'the apex NS set is zone/ns-target-no-address\u2019s', zone: `${HEAD}@ IN NS ns1\n` },
    { name: 'a delegation below another one is the child zone\u2019s', zone: `${HEAD}sub IN NS ns.example.net.\nx.sub IN NS ns.x.sub\n` },
    { name: 'a server below a DNAME is zone/target-below-dname\u2019s', zone: `${HEAD}d IN DNAME example.net.\nsub IN NS ns.d\n` },
  ],
  [
    { name: 'required glue missing', zone: `${HEAD}sub IN NS ns.sub\n`, expect: [{ text: 'ns.sub', message: /inside the delegated zone 'sub\.example\.com'.*REQUIRED GLUE/ }] },
    {
      name: 'sibling glue missing',
      zone: `${HEAD}sub IN NS ns.other\nother IN NS ns.example.net.\n`,
      expect: [{ text: 'ns.other', message: /inside another delegated zone, 'other\.example\.com'.*SIBLING GLUE/ }],
    },
    { name: 'an in-zone server without an address', zone: `${HEAD}sub IN NS ns2\n`, expect: [{ text: 'ns2', message: /of the delegation 'sub\.example\.com' is inside this zone/ }] },
  ],
);

test('named-checkzone warns about exactly the targets we report', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  for (const zoneCase of allCases) {
    const bind = bindOnText(zoneCase.zone);
    assert.ok(bind.accepted, `${zoneCase.name}: ${bind.output}`);
    const theirs = bind.output.split('\n').flatMap((line) => {
      const match = /\/(MX|SRV|NS) '([^']+)' has no (?:REQUIRED GLUE |SIBLING GLUE )?address records/.exec(line);
      return match ? [`${match[1]} ${match[2]}`] : [];
    });
    const ours = analyzeCase(zoneCase)
      .findings.filter((f) => f.code in CODES)
      .map((f) => `${CODES[f.code]} ${/'([^']+)'/.exec(f.message)![1]}`);
    assert.deepEqual(ours.sort(), theirs.sort(), zoneCase.name);
  }
});
