// zone/mx-target-is-cname, zone/ns-target-is-cname, zone/srv-target-is-cname and
// zone/ns-target-no-address: what MX, NS and SRV records point at inside the zone.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('zone/mx-target-is-cname', {
  valid: [
    { name: 'MX to an address record', zone: HEAD + '@ IN MX 10 mail\nmail IN A 192.0.2.25\n' },
    { name: 'MX to a name outside the zone (not looked up)', zone: HEAD + '@ IN MX 10 mx.example.net.\n' },
  ],
  invalid: [
    {
      name: 'relative exchange owning a CNAME',
      zone: HEAD + '@ IN MX 10 mail\nmail IN CNAME mx.example.net.\n',
      expect: [{ text: 'mail', message: /MX exchange 'mail\.example\.com' is an alias/ }],
    },
    { name: 'absolute exchange, other case', zone: HEAD + '@ IN MX 10 MAIL.example.com.\nmail IN CNAME mx.example.net.\n', expect: [{ text: 'MAIL.example.com.' }] },
  ],
});

ruleTable('zone/ns-target-is-cname', {
  valid: [{ name: 'NS to an address record', zone: HEAD }],
  invalid: [
    { name: 'apex NS to an alias', zone: HEAD + '@ IN NS dns\ndns IN CNAME ns1.example.net.\n', expect: [{ text: 'dns' }] },
    { name: 'delegation NS to an alias', zone: HEAD + 'sub IN NS dns.example.com.\ndns IN CNAME ns1.example.net.\n', expect: [{ text: 'dns.example.com.', severity: 'warning' }] },
  ],
});

ruleTable('zone/srv-target-is-cname', {
  valid: [
    { name: 'SRV to an address record', zone: HEAD + '_sip._tcp IN SRV 10 5 5060 sip\nsip IN A 192.0.2.5\n' },
    { name: "SRV target '.' (no service)", zone: HEAD + '_sip._tcp IN SRV 0 0 0 .\n' },
  ],
  invalid: [
    { name: 'SRV to an alias', zone: HEAD + '_sip._tcp IN SRV 10 5 5060 sip\nsip IN CNAME voip.example.net.\n', expect: [{ text: 'sip', occurrence: 1 }] },
  ],
});

ruleTable('zone/ns-target-no-address', {
  valid: [
    { name: 'in-zone server with an A record', zone: HEAD },
    { name: 'in-zone server with only AAAA', zone: HEAD + '@ IN NS ns2\nns2 IN AAAA 2001:db8::53\n' },
    { name: 'server outside the zone', zone: HEAD + '@ IN NS ns.example.net.\n' },
    { name: 'server below a delegation (glue is the child’s business)', zone: HEAD + '@ IN NS ns.sub\nsub IN NS ns.sub\n' },
    { name: 'server answered by a wildcard', zone: HEAD + '@ IN NS ns2\n* IN A 192.0.2.80\n' },
    { name: 'an alias is zone/ns-target-is-cname’s finding', zone: HEAD + '@ IN NS dns\ndns IN CNAME ns1.example.net.\n' },
    { name: 'delegation NS is not checked', zone: HEAD + 'sub IN NS ns2\n' },
    { name: 'a server name that is itself a delegation', zone: HEAD + '@ IN NS ns2\nns2 IN NS ns.example.net.\n' },
    { name: 'a server name with a DNAME and an address', zone: HEAD + '@ IN NS ns2\nns2 IN DNAME example.net.\nns2 IN A 192.0.2.54\n' },
  ],
  invalid: [
    { name: 'no address for the server', zone: HEAD + '@ IN NS ns2\n', expect: [{ text: 'ns2' }] },
    { name: 'server name exists with other data only', zone: HEAD + '@ IN NS ns2\nns2 IN TXT "no address"\n', expect: [{ text: 'ns2' }] },
    { name: 'a DNAME at the server name redirects only the names below it', zone: HEAD + '@ IN NS ns2\nns2 IN DNAME example.net.\n', expect: [{ text: 'ns2' }] },
    { name: 'empty non-terminal is not covered by the wildcard', zone: HEAD + '@ IN NS ns2\nx.ns2 IN A 192.0.2.9\n* IN A 192.0.2.80\n', expect: [{ text: 'ns2' }] },
    {
      name: 'a forgotten trailing dot makes the server an in-zone name',
      zone: HEAD + '@ IN NS ns2.example.net\n',
      expect: [{ text: 'ns2.example.net', message: /'ns2\.example\.net\.example\.com' is inside this zone/ }],
    },
  ],
});
