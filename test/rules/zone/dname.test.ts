// zone/multiple-dname and zone/target-below-dname: a name has at most one DNAME, and no name below
// a DNAME exists (RFC 6672 §2.3, §2.4). Severities follow named-checkzone 9.18 (see the fixtures
// bad-multiple-dname.zone, bad-ns-below-dname.zone and good-warn-mx-below-dname.zone).
import { HEAD, ruleTable } from '../rule-table';

ruleTable('zone/multiple-dname', {
  valid: [
    { name: 'one DNAME', zone: HEAD + 'old IN DNAME new.example.com.\n' },
    { name: 'DNAMEs at different names', zone: HEAD + 'old IN DNAME new.example.com.\nolder IN DNAME new.example.com.\n' },
  ],
  invalid: [
    {
      name: 'two DNAMEs with different targets',
      zone: HEAD + 'old IN DNAME new.example.com.\nOLD IN DNAME example.net.\n',
      expect: [{ text: 'DNAME', occurrence: 1, message: /'OLD\.example\.com' already has a DNAME; .*RFC 6672 §2\.4.*BIND rejects the zone/ }],
    },
  ],
});

ruleTable('zone/target-below-dname', {
  valid: [
    { name: 'no DNAME', zone: HEAD + '@ IN MX 10 mail.old\n' },
    { name: 'a target at the DNAME owner itself', zone: HEAD + 'old IN DNAME new.example.com.\nold IN A 192.0.2.1\n@ IN MX 10 old\n' },
    { name: 'a target outside the zone', zone: HEAD + 'old IN DNAME new.example.com.\n@ IN MX 10 mail.old.example.net.\n' },
    { name: 'a name below the DNAME that is not a target', zone: HEAD + 'old IN DNAME new.example.com.\n@ IN TXT "mail.old"\n' },
  ],
  invalid: [
    {
      name: 'the zone\u2019s own NS below a DNAME: an error (BIND rejects the zone)',
      zone: HEAD + 'old IN DNAME new.example.com.\n@ IN NS ns.old\n',
      expect: [{ text: 'ns.old', severity: 'error', message: /NS target 'ns\.old\.example\.com' is below the DNAME at 'old\.example\.com'.*BIND rejects the zone/ }],
    },
    {
      name: 'MX, SRV and delegation NS targets below a DNAME: warnings (BIND loads the zone)',
      zone: HEAD + 'old IN DNAME new.example.com.\n@ IN MX 10 mail.old\n_sip._tcp IN SRV 0 0 5060 sip.old\nsub IN NS ns.old\n',
      expect: [
        { text: 'mail.old', severity: 'warning', message: /BIND reports it as illegal/ },
        { text: 'sip.old', severity: 'warning' },
        { text: 'ns.old', severity: 'warning' },
      ],
    },
    {
      name: 'a DNAME at the apex puts every in-zone name server below it',
      zone: HEAD + '@ IN DNAME example.net.\n',
      expect: [{ text: 'ns1', after: '@ IN NS ', severity: 'error' }],
    },
  ],
});
