// zone/missing-soa, zone/soa-not-at-apex, zone/multiple-soa and zone/ns-missing: the apex
// records named-checkzone insists on.
import { HEAD, ruleTable } from '../rule-table';

const SOA = '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n';

ruleTable('zone/missing-soa', {
  valid: [
    { name: 'a zone with an SOA', zone: HEAD },
    { name: 'an SOA after other records', zone: '$TTL 1h\nns1 IN A 192.0.2.53\n@ IN NS ns1\n' + SOA },
  ],
  invalid: [
    { name: 'no SOA, file starts with a directive', zone: '$ORIGIN example.com.\n$TTL 1h\n@ IN NS ns1\nns1 IN A 192.0.2.53\n', expect: [{ text: '$ORIGIN' }] },
    { name: 'no SOA, file starts with a comment', zone: '; records only\n$TTL 1h\n@ IN NS ns1.example.net.\n', expect: [{ text: '', at: 0 }] },
    { name: 'an empty file', zone: '', expect: [{ text: '', at: 0, message: /example\.com' has no SOA record/ }] },
  ],
});

ruleTable('zone/soa-not-at-apex', {
  valid: [
    { name: 'SOA at @', zone: HEAD },
    { name: 'SOA at the absolute apex name, any case', zone: '$TTL 1h\nEXAMPLE.COM. IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n@ IN NS ns1.example.net.\n' },
    {
      name: "an SOA outside the zone beside the apex's own: zone/out-of-zone's (BIND ignores it and loads)",
      zone: HEAD + 'other.example.net. IN SOA ns1.example.com. hostmaster.example.com. 2 7200 900 1209600 300\n',
    },
  ],
  invalid: [
    { name: 'SOA below the apex', zone: HEAD + 'www IN SOA ns1.example.com. hostmaster.example.com. 2 7200 900 1209600 300\n', expect: [{ text: 'www' }] },
    {
      name: 'SOA of another zone (origin given)',
      origin: 'example.net',
      zone: '$TTL 1h\nexample.com. IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n',
      expect: [{ text: 'example.com.', message: /the zone is 'example\.net'/ }],
    },
    {
      name: 'SOA with an inherited owner: the type is marked',
      zone: '$TTL 1h\nwww IN A 192.0.2.1\n    IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n',
      expect: [{ text: 'SOA' }],
    },
  ],
});

ruleTable('zone/multiple-soa', {
  valid: [
    { name: 'one SOA', zone: HEAD },
    { name: 'an exact copy is a duplicate, not a second SOA', zone: HEAD + '@ IN SOA NS1.example.com. hostmaster.EXAMPLE.com. 1 2h 15m 2w 5m\n' },
  ],
  invalid: [
    {
      name: 'a second SOA with another serial',
      zone: HEAD + '@ IN SOA ns1.example.com. hostmaster.example.com. 2 7200 900 1209600 300\n',
      expect: [{ text: 'SOA', occurrence: 1 }],
    },
    {
      name: 'third SOA too, but not its copy of the second',
      zone: HEAD + 'example.com. IN SOA ns1.example.com. hostmaster.example.com. 2 7200 900 1209600 300\n@ IN SOA ns1.example.com. hostmaster.example.com. 3 7200 900 1209600 300\n@ IN SOA ns1.example.com. hostmaster.example.com. 2 7200 900 1209600 300\n',
      expect: [{ text: 'SOA', occurrence: 1 }, { text: 'SOA', occurrence: 2 }],
    },
  ],
});

ruleTable('zone/ns-missing', {
  valid: [
    { name: 'apex NS present', zone: HEAD },
    { name: 'no SOA either: only zone/missing-soa speaks', zone: '$TTL 1h\n@ IN A 192.0.2.1\n' },
  ],
  invalid: [
    { name: 'SOA but no NS', zone: '$TTL 1h\n' + SOA + '@ IN A 192.0.2.1\n', expect: [{ text: 'SOA' }] },
    { name: 'NS only at a delegation', zone: '$TTL 1h\n' + SOA + 'sub IN NS ns1.example.net.\n', expect: [{ text: 'SOA', message: /has no NS records/ }] },
  ],
});
