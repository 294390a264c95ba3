// zone/target-is-wildcard-cname: an NS, MX or SRV target the zone does not have, answered by a
// wildcard CNAME; and the duplicate rule the *-target-is-cname rules now share with BIND. Every
// case also runs through named-checkzone when it is installed: it must say "is a CNAME" as often
// as the CNAME rules report, and reject exactly the zones where we report an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMED_CHECKZONE, bindOnText } from '../../helpers/named-checkzone';
import { HEAD, analyzeCase, ruleTable, type InvalidCase, type ZoneCase } from '../rule-table';

const W = `${HEAD}www IN A 192.0.2.80\n*.w IN CNAME www\n`;

const cases: { valid: ZoneCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'no wildcard CNAME', zone: `${HEAD}*.w IN A 192.0.2.1\n@ IN MX 10 x.w\n` },
    { name: 'a target with records of its own', zone: `${W}x.w IN A 192.0.2.9\n@ IN MX 10 x.w\n` },
    { name: 'a target that exists as the parent of another name', zone: `${W}y.x.w IN TXT "t"\n@ IN MX 10 x.w\nx.w IN A 192.0.2.9\n` },
    { name: 'a target outside the zone', zone: `${W}@ IN MX 10 x.w.example.net.\n` },
    { name: 'an MX at a delegation is the child zone\u2019s', zone: `${W}sub IN NS ns.example.net.\nsub IN MX 10 x.w\n` },
  ],
  invalid: [
    {
      name: 'an MX target',
      zone: `${W}@ IN MX 10 x.w\n`,
      expect: [{ text: 'x.w', after: 'MX 10 ', message: /^MX target 'x\.w\.example\.com' is no name of this zone, so the wildcard '\*\.w\.example\.com' answers for it, with a CNAME.*"is a CNAME \(illegal\)"\.$/ }],
    },
    { name: 'the apex NS: an error (BIND rejects the zone)', zone: `${W}@ IN NS x.w\n`, expect: [{ text: 'x.w', after: 'IN NS ', severity: 'error', message: /and rejects the zone\.$/ }] },
    { name: 'a delegation and an SRV target', zone: `${W}sub IN NS x.w\n_s._tcp IN SRV 0 0 1 y.w\n`, expect: [{ text: 'x.w', after: 'sub IN NS ' }, { text: 'y.w' }] },
    { name: 'a duplicate record once', zone: `${W}@ IN MX 10 x.w\n@ IN MX 10 x.w\n`, expect: [{ text: 'x.w', after: 'MX 10 ' }] },
  ],
};

ruleTable('zone/target-is-wildcard-cname', cases);

const CNAME_CODES = new Set(['zone/mx-target-is-cname', 'zone/ns-target-is-cname', 'zone/srv-target-is-cname', 'zone/target-is-wildcard-cname']);

test('named-checkzone says "is a CNAME" as often as the CNAME rules report, and rejects exactly where we report an error', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const duplicates: ZoneCase = { name: 'an explicit CNAME target in a duplicate MX', zone: `${HEAD}c IN CNAME ns1\n@ IN MX 10 c\n@ IN MX 10 c\n` };
  for (const zoneCase of [...cases.valid, ...cases.invalid, duplicates]) {
    const bind = bindOnText(zoneCase.zone);
    const { findings } = analyzeCase(zoneCase);
    const theirs = bind.output.split('\n').filter((line) => /is a CNAME \(illegal\)/.test(line)).length;
    assert.equal(findings.filter((f) => CNAME_CODES.has(f.code)).length, theirs, `${zoneCase.name}: ${bind.output}`);
    assert.equal(bind.accepted, !findings.some((f) => f.severity === 'error' && f.code.startsWith('zone/')), `${zoneCase.name}: ${bind.output}`);
  }
});
