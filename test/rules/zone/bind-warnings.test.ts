// zone/target-is-address and zone/non-terminal-wildcard: named-checkzone's "MX is an address",
// "NS record '...' appears to be an address" and "non-terminal wildcard" warnings. Every case also
// goes through named-checkzone when it is installed, which must warn as often as we report
// (scratch-rare/warn-fuzz.ts did the same on 1,800 random zones).
import { test } from 'node:test';
import { NAMED_CHECKZONE } from '../../helpers/named-checkzone';
import { HEAD, assertBindWarnsAsOften, ruleTable, type ZoneCase } from '../rule-table';

const addressCases = {
  valid: [
    { name: 'a host name', zone: `${HEAD}@ IN MX 10 mail\nmail IN A 192.0.2.25\n` },
    { name: 'a name that starts with digits', zone: `${HEAD}@ IN MX 10 10.0.0.1.example.net.\n` },
    { name: 'three numbers are no address', zone: `${HEAD}@ IN MX 10 1.2.3.example.net.\n` },
    { name: 'a CNAME to an address is not one of BIND\u2019s checks', zone: `${HEAD}www IN CNAME 192.0.2.1\n` },
  ],
  invalid: [
    {
      name: 'an MX to an IPv4 address',
      zone: `${HEAD}@ IN MX 10 192.0.2.25\n`,
      expect: [{ text: '192.0.2.25', message: /^'192\.0\.2\.25' is an IP address, but here it is read as the name '192\.0\.2\.25\.example\.com\.'\. An MX names its mail server by host name.*"MX is an address"/ }],
    },
    { name: 'with a trailing dot', zone: `${HEAD}@ IN MX 10 192.0.2.25.\n`, expect: [{ text: '192.0.2.25.' }] },
    { name: 'an MX to an IPv6 address', zone: `${HEAD}@ IN MX 10 2001:db8::25\n`, expect: [{ text: '2001:db8::25' }] },
    { name: 'a delegation to an address', zone: `${HEAD}sub IN NS 192.0.2.9\n`, expect: [{ text: '192.0.2.9', message: /An NS names its server by host name.*"appears to be an address"/ }] },
  ],
};

const wildcardCases = {
  valid: [
    { name: 'a wildcard', zone: `${HEAD}*.w IN A 192.0.2.1\n` },
    { name: 'a label with a star inside it', zone: `${HEAD}a*.w IN TXT "x"\n` },
  ],
  invalid: [
    { name: "a '*' label in the middle", zone: `${HEAD}a.*.w IN A 192.0.2.1\n`, expect: [{ text: 'a.*.w', message: /^'a\.\*\.w\.example\.com' has a '\*' label after its first one/ }] },
    { name: 'written escaped', zone: `${HEAD}b.\\042.w IN TXT "x"\n`, expect: [{ text: 'b.\\042.w' }] },
    {
      name: 'once per run of records at the name, as BIND',
      zone: `${HEAD}a.*.w IN A 192.0.2.1\na.*.w IN TXT "x"\n    IN AAAA 2001:db8::1\nwww IN A 192.0.2.2\na.*.w IN MX 10 www\n`,
      expect: [{ text: 'a.*.w' }, { text: 'a.*.w', occurrence: 2 }],
    },
  ],
};

ruleTable('zone/target-is-address', addressCases);
ruleTable('zone/non-terminal-wildcard', wildcardCases);

test('named-checkzone warns as often as we report', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const cases: Array<[ZoneCase, string, RegExp]> = [
    ...[...addressCases.valid, ...addressCases.invalid].map((c): [ZoneCase, string, RegExp] => [c, 'zone/target-is-address', /MX is an address|appears to be an address/]),
    ...[...wildcardCases.valid, ...wildcardCases.invalid].map((c): [ZoneCase, string, RegExp] => [c, 'zone/non-terminal-wildcard', /non-terminal wildcard/]),
  ];
  assertBindWarnsAsOften(cases);
});
