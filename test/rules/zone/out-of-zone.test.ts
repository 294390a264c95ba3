// zone/out-of-zone: owners outside the zone, which BIND ignores.
import { HEAD, ruleTable } from '../rule-table';

ruleTable('zone/out-of-zone', {
  valid: [
    { name: 'relative and absolute owners in the zone', zone: HEAD + 'www IN A 192.0.2.1\nMAIL.Example.COM. IN A 192.0.2.25\n' },
    { name: '$ORIGIN to a subdomain', zone: HEAD + '$ORIGIN sub.example.com.\nwww IN A 192.0.2.1\n' },
    { name: 'an out-of-zone SOA is zone/soa-not-at-apex’s finding', origin: 'example.net', zone: '$TTL 1h\nexample.com. IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n' },
  ],
  invalid: [
    { name: 'absolute owner in another domain', zone: HEAD + 'mail.example.org. IN A 192.0.2.25\n', expect: [{ text: 'mail.example.org.', message: /outside the zone 'example\.com'/ }] },
    { name: 'a name that only ends like the zone', zone: HEAD + 'badexample.com. IN A 192.0.2.25\n', expect: [{ text: 'badexample.com.' }] },
    { name: 'relative owner after a wrong $ORIGIN', zone: HEAD + '$ORIGIN example.org.\nwww IN A 192.0.2.1\n', expect: [{ text: 'www' }] },
    { name: 'inherited owner: the type is marked', zone: HEAD + 'other.net. IN A 192.0.2.1\n   IN AAAA 2001:db8::1\n', expect: [{ text: 'other.net.' }, { text: 'AAAA' }] },
  ],
});
