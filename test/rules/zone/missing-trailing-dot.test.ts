// zone/missing-trailing-dot: relative rdata names that were meant as full domain names, and the
// fix that adds the dot.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('zone/missing-trailing-dot', {
  valid: [
    { name: 'absolute names', zone: HEAD + 'pm-bounces IN CNAME pm.mtasv.net.\n@ IN MX 10 mail.example.com.\n' },
    { name: 'single-label relative names', zone: HEAD + 'www IN CNAME web\n@ IN MX 10 mail\nweb IN A 192.0.2.1\nmail IN A 192.0.2.2\n' },
    { name: 'multi-label relative names not ending in a TLD', zone: HEAD + 'www IN CNAME web.internal\nweb.internal IN A 192.0.2.1\n@ IN MX 10 mx.a\nmx.a IN A 192.0.2.2\n' },
    { name: '@ as a target', zone: HEAD + 'www IN CNAME @\n' },
    { name: 'domain-like text in TXT is not a name', zone: HEAD + '@ IN TXT "include:pm.mtasv.net"\n' },
  ],
  invalid: [
    {
      name: 'Postmark Return-Path CNAME without its dot',
      zone: HEAD + 'pm-bounces IN CNAME pm.mtasv.net   ; Return-Path\n',
      expect: [
        {
          text: 'pm.mtasv.net',
          message: /'pm\.mtasv\.net' has no trailing dot, so it means 'pm\.mtasv\.net\.example\.com\.'/,
          fix: { id: 'add-trailing-dot', output: HEAD + 'pm-bounces IN CNAME pm.mtasv.net.   ; Return-Path\n' },
        },
      ],
    },
    {
      name: 'MX exchange repeating the zone name',
      zone: HEAD + '@ IN MX 10 mail.example.com\nmail IN A 192.0.2.25\n',
      expect: [{ text: 'mail.example.com', message: /the zone name twice/, fix: { id: 'add-trailing-dot', output: HEAD + '@ IN MX 10 mail.example.com.\nmail IN A 192.0.2.25\n' } }],
    },
    {
      name: 'NS with a country-code TLD',
      zone: HEAD + '@ IN NS ns2.example.de\n',
      expect: [{ text: 'ns2.example.de', message: /'\.de' is a top-level domain/, fix: { id: 'add-trailing-dot', output: HEAD + '@ IN NS ns2.example.de.\n' } }],
    },
    {
      name: 'SOA mname and rname, SRV and PTR targets',
      zone:
        '$TTL 1h\n@ IN SOA ns1.example.net hostmaster.example.com 1 7200 900 1209600 300\n@ IN NS ns1.example.net.\n' +
        '_sip._tcp IN SRV 10 5 5060 sip.example.io\n1 IN PTR host.example.org\n',
      expect: [{ text: 'ns1.example.net' }, { text: 'hostmaster.example.com' }, { text: 'sip.example.io' }, { text: 'host.example.org' }],
      fixAll:
        '$TTL 1h\n@ IN SOA ns1.example.net. hostmaster.example.com. 1 7200 900 1209600 300\n@ IN NS ns1.example.net.\n' +
        '_sip._tcp IN SRV 10 5 5060 sip.example.io.\n1 IN PTR host.example.org.\n',
    },
    {
      name: 'RP, AFSDB and KX names',
      zone: HEAD + '@ IN RP admin.example.com txt.example.net.\n@ IN AFSDB 1 afs.example.org\n@ IN KX 10 kx.example.de\n',
      expect: [{ text: 'admin.example.com' }, { text: 'afs.example.org' }, { text: 'kx.example.de' }],
      fixAll: HEAD + '@ IN RP admin.example.com. txt.example.net.\n@ IN AFSDB 1 afs.example.org.\n@ IN KX 10 kx.example.de.\n',
    },
    {
      name: 'names in HTTPS, NAPTR and the rarer types (RT, PX, HIP, MINFO, DSYNC)',
      zone:
        HEAD +
        '@ IN HTTPS 1 cdn.example.net alpn=h2\n@ IN NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp.example.com\n' +
        '@ IN RT 10 relay.example.org\n@ IN PX 10 net2.it. prmd.example.net\n' +
        '@ IN HIP 2 200100107B1A74DF365639CC39F1D578 AQID rvs.example.io\n@ IN MINFO owner.example.com errors.\n' +
        '_dsync IN DSYNC CDS NOTIFY 5359 scanner.example.net\n',
      expect: [
        { text: 'cdn.example.net' },
        { text: '_sip._udp.example.com', message: /the zone name twice/ },
        { text: 'relay.example.org' },
        { text: 'prmd.example.net' },
        { text: 'rvs.example.io' },
        { text: 'owner.example.com' },
        { text: 'scanner.example.net' },
      ],
      fixAll:
        HEAD +
        '@ IN HTTPS 1 cdn.example.net. alpn=h2\n@ IN NAPTR 100 10 "S" "SIP+D2U" "" _sip._udp.example.com.\n' +
        '@ IN RT 10 relay.example.org.\n@ IN PX 10 net2.it. prmd.example.net.\n' +
        '@ IN HIP 2 200100107B1A74DF365639CC39F1D578 AQID rvs.example.io.\n@ IN MINFO owner.example.com. errors.\n' +
        '_dsync IN DSYNC CDS NOTIFY 5359 scanner.example.net.\n',
    },
  ],
});
