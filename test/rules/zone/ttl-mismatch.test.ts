// zone/ttl-mismatch: one RRset, one TTL (RFC 2181 §5.2).
import { HEAD, ruleTable } from '../rule-table';

ruleTable('zone/ttl-mismatch', {
  valid: [
    { name: 'one TTL written two ways', zone: HEAD + '@ 3600 IN MX 10 mx1.example.net.\n@ 1h IN MX 20 mx2.example.net.\n' },
    { name: 'different RRsets may differ', zone: HEAD + 'www 42 IN A 192.0.2.1\nwww 7d IN AAAA 2001:db8::1\n' },
  ],
  invalid: [
    {
      name: 'two MX TTLs',
      zone: HEAD + '@ 3600 IN MX 10 mx1.example.net.\n@ 42 IN MX 20 mx2.example.net.\n',
      expect: [{ text: '42', message: /TTL 42 differs from the TTL 3600 of the first MX record/ }],
    },
    {
      name: 'a TTL from $TTL: the type is marked',
      zone: HEAD + 'www 42 IN AAAA 2001:db8::1\nwww IN AAAA 2001:db8::2\n',
      expect: [{ text: 'AAAA', occurrence: 1 }],
    },
  ],
});
