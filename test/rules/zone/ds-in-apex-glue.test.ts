// zone/ds-in-apex-glue: BIND 9.18 rejects a zone in which a DS record at an apex name server's
// name is read as the apex's glue ("DS record at top of zone"). Every case here is also run
// through named-checkzone when it is installed: it must load exactly the zones without a finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMED_CHECKZONE, bindOnText } from '../../helpers/named-checkzone';
import { HEAD, analyzeCase, ruleTable, type ZoneCase } from '../rule-table';

const DS = 'IN DS 12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE39AD9D6F1A1E9B2A2B3A1BD8';

// HEAD ends with the apex's NS record (ns1) and ns1's address: what follows at ns1 is glue.
const valid: ZoneCase[] = [
  { name: 'a record of another name between the apex records and the DS', zone: `${HEAD}www IN A 192.0.2.1\nns1 ${DS}\n` },
  { name: 'a new run at the apex without NS records', zone: `${HEAD}www IN A 192.0.2.1\n@ IN MX 10 mail.example.net.\nns1 ${DS}\n` },
  { name: 'a DS at a delegation that no apex NS names', zone: `${HEAD}sub IN NS ns.example.net.\nsub ${DS}\n` },
  { name: "the glue of a delegation's NS, not the apex's", zone: `${HEAD}www IN A 192.0.2.1\nsub IN NS y\ny IN A 192.0.2.9\ny ${DS}\n` },
  { name: 'an included file starts a run of its own', zone: `${HEAD}$INCLUDE ds.inc\n`, includes: { 'ds.inc': `ns1 ${DS}\n` } },
  {
    name: "an $INCLUDE forgets the run's NS records: back at the apex, ns1 is no glue",
    zone: `${HEAD}$INCLUDE empty.inc\n@ IN TXT "v=spf1 -all"\nns1 ${DS}\n`,
    includes: { 'empty.inc': '' },
  },
  {
    name: "the apex's NS record and its glue in an included file, the DS after it",
    zone: `$TTL 3600\n@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n$INCLUDE ns.inc\nns1 ${DS}\n`,
    includes: { 'ns.inc': '@ IN NS ns1\nns1 IN A 192.0.2.53\n' },
  },
];

const invalid: ZoneCase[] = [
  { name: 'an $INCLUDE of an empty file keeps the glue name', zone: `${HEAD}$INCLUDE empty.inc\nns1 ${DS}\n`, includes: { 'empty.inc': '' } },
  { name: 'so does an included file of another name', zone: `${HEAD}$INCLUDE x.inc\nns1 ${DS}\n`, includes: { 'x.inc': 'x IN A 192.0.2.9\n' } },
  {
    name: 'after an $INCLUDE, the apex NS record again makes ns1 glue again',
    zone: `${HEAD}$INCLUDE empty.inc\nns1 IN AAAA 2001:db8::53\n@ IN NS ns1\nns1 ${DS}\n`,
    includes: { 'empty.inc': '' },
  },
];

ruleTable('zone/ds-in-apex-glue', {
  valid,
  invalid: [
    {
      name: "right after the apex's NS record and ns1's address",
      zone: `${HEAD}ns1 ${DS}\n`,
      expect: [{ text: 'DS', message: /^BIND rejects the zone here with "DS record at top of zone": 'ns1\.example\.com' is one of the zone's name servers.*RFC 4035 §2\.4/ }],
    },
    { name: 'with the owner inherited from the glue line', zone: `${HEAD}    ${DS}\n`, expect: [{ text: 'DS' }] },
    { name: 'written absolute and in capitals', zone: `${HEAD}NS1.EXAMPLE.COM. ${DS}\n`, expect: [{ text: 'DS' }] },
    {
      name: '$ORIGIN, $TTL and $GENERATE lines do not end the run',
      zone: `${HEAD}$GENERATE 1-2 g$ A 10.0.0.$\n$TTL 60\n$ORIGIN example.com.\nns1 ${DS}\n`,
      expect: [{ text: 'DS' }],
    },
    { name: 'back at the apex after the glue, then the glue again', zone: `${HEAD}@ IN TXT "v=spf1 -all"\nns1 ${DS}\n`, expect: [{ text: 'DS' }] },
    {
      name: 'the glue of a second apex NS after the first one',
      zone: HEAD.replace('@ IN NS ns1\n', '@ IN NS ns1\n@ IN NS ns2\nns2 IN A 192.0.2.54\n') + `ns2 ${DS}\n`,
      expect: [{ text: 'DS' }],
    },
    ...invalid.map((zoneCase) => ({ ...zoneCase, expect: [{ text: 'DS' }] })),
  ],
});

test('named-checkzone loads exactly the zones without a finding', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const cases: ZoneCase[] = [...valid, ...invalid, { name: 'glue DS', zone: `${HEAD}ns1 ${DS}\n` }, { name: 'back at the apex', zone: `${HEAD}@ IN TXT "x"\nns1 ${DS}\n` }];
  for (const zoneCase of cases) {
    const ours = analyzeCase(zoneCase).findings.filter((f) => f.code === 'zone/ds-in-apex-glue');
    const bind = bindOnText(zoneCase.zone, zoneCase.includes);
    assert.equal(bind.accepted, ours.length === 0, `${zoneCase.name}: ${bind.output}`);
  }
});
