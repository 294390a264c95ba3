// zone/invalid-host-name: BIND's check-names. named-checkzone only warns, and must warn exactly
// as often as we report; named itself (named-checkconf -z loads a primary zone as named does)
// refuses the zone, which is why the rule exists. Both run here when installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NAMED_CHECKZONE, findExecutable } from '../../helpers/named-checkzone';
import { HEAD, assertBindWarnsAsOften, ruleTable, type InvalidCase, type ZoneCase } from '../rule-table';

const cases: { valid: ZoneCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'host names with digits and inner hyphens', zone: `${HEAD}web-1 IN A 192.0.2.1\n1st IN AAAA 2001:db8::1\n@ IN MX 10 web-1\n` },
    { name: 'a wildcard owner', zone: `${HEAD}*.w IN A 192.0.2.1\n` },
    { name: 'underscores where no host name is asked for', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none"\n_sip._tcp IN SRV 0 0 5060 ns1\nx_y IN CNAME ns1\n` },
    { name: 'a null MX', zone: `${HEAD}@ IN MX 0 .\n` },
    { name: 'a mailbox with any printable local part', zone: `${HEAD}x IN RP first_last.example.com. x_y.example.com.\n` },
    { name: 'a PTR target outside a reverse zone is not checked', zone: `${HEAD}p IN PTR x_y.example.net.\n` },
  ],
  invalid: [
    {
      name: 'an A record owner with an underscore',
      zone: `${HEAD}my_host IN A 192.0.2.1\n`,
      expect: [{ text: 'my_host', message: /^'my_host\.example\.com' owns an A record, so it is a host name, .*named refuses to load a primary zone with it .*"bad owner name \(check-names\)"/ }],
    },
    { name: 'an MX owner', zone: `${HEAD}_mail IN MX 10 ns1\n`, expect: [{ text: '_mail' }] },
    {
      name: 'each record line, as BIND: an inherited owner is marked on its type',
      zone: `${HEAD}x_y IN TXT "t"\n    IN A 192.0.2.1\n    IN AAAA 2001:db8::1\n`,
      expect: [{ text: 'A', after: '    IN ' }, { text: 'AAAA' }],
    },
    { name: 'an MX exchange', zone: `${HEAD}@ IN MX 10 mail_1.example.net.\n`, expect: [{ text: 'mail_1.example.net.', message: /must be a host name here.*"bad name \(check-names\)"/ }] },
    { name: 'an NS and an SRV target', zone: `${HEAD}sub IN NS -ns.example.net.\n_s._tcp IN SRV 0 0 1 s-.example.net.\n`, expect: [{ text: '-ns.example.net.' }, { text: 's-.example.net.' }] },
    { name: "the SOA's server and mailbox", zone: HEAD.replace('@ IN SOA ns1.example.com. hostmaster.example.com.', '@ IN SOA ns_1.example.com. host\\032master.example.com.'), expect: [{ text: 'ns_1.example.com.' }, { text: 'host\\032master.example.com.' }] },
    { name: 'a label that is an escaped blank', zone: `${HEAD}a\\032b IN A 192.0.2.1\n`, expect: [{ text: 'a\\032b' }] },
  ],
};

ruleTable('zone/invalid-host-name', cases);

test('named-checkzone warns as often as we report', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  assertBindWarnsAsOften([...cases.valid, ...cases.invalid].map((c): [ZoneCase, string, RegExp] => [c, 'zone/invalid-host-name', /check-names/]));
});

test('named refuses a primary zone with such a name (named-checkconf -z)', (t) => {
  const checkconf = findExecutable('named-checkconf');
  if (!checkconf) {
    t.skip('named-checkconf is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const folder = mkdtempSync(join(tmpdir(), 'postmark-zone-check-names-'));
  try {
    const load = (zone: string) => {
      writeFileSync(join(folder, 'example.com.zone'), zone);
      writeFileSync(join(folder, 'named.conf'), `options { directory "${folder}"; };\nzone "example.com" { type primary; file "example.com.zone"; };\n`);
      return spawnSync(checkconf, ['-z', join(folder, 'named.conf')], { encoding: 'utf8' }).status;
    };
    assert.equal(load(`${HEAD}host IN A 192.0.2.1\n`), 0, 'a clean zone loads');
    for (const zoneCase of cases.invalid) assert.notEqual(load(zoneCase.zone), 0, `${zoneCase.name}: named refuses it`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
