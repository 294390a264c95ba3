// zone/ds-at-apex and zone/wildcard-ns: records BIND refuses at the zone's top and at a wildcard.
import { HEAD, ruleTable } from '../rule-table';

const DS = 'DS 12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE39AD9D6F1A1E9B2A2B3A1BD8';

ruleTable('zone/ds-at-apex', {
  valid: [
    { name: 'DS at a delegation below the apex', zone: HEAD + `child IN NS ns.child\nns.child IN A 192.0.2.9\nchild IN ${DS}\n` },
    { name: 'CDS at the apex is the child copy, which belongs there', zone: HEAD + '@ IN CDS 12345 13 2 49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE39AD9D6F1A1E9B2A2B3A1BD8\n' },
  ],
  invalid: [
    { name: 'DS at @', zone: HEAD + `@ IN ${DS}\n`, expect: [{ text: 'DS', message: /A DS record at 'example\.com', the top of this zone/ }] },
    { name: 'DS at the apex written absolute, any case, owner inherited', zone: HEAD + `EXAMPLE.COM. IN A 192.0.2.1\n  IN ${DS}\n`, expect: [{ text: 'DS' }] },
  ],
});

ruleTable('zone/wildcard-ns', {
  valid: [
    { name: 'other types at a wildcard', zone: HEAD + '*.dev IN A 192.0.2.1\n*.dev IN MX 10 mail.example.net.\n' },
    { name: 'an asterisk that is not the first label', zone: HEAD + 'a.*.b IN NS ns1.example.net.\n' },
    { name: 'a wildcard out of the zone (BIND drops it first: zone/out-of-zone)', zone: HEAD + '*.example.net. IN NS ns1.example.net.\n' },
  ],
  invalid: [
    { name: 'NS at *.name', zone: HEAD + '*.customers IN NS ns1.hosting.example.net.\n', expect: [{ text: '*.customers', message: /NS record at the wildcard '\*\.customers\.example\.com'/ }] },
    { name: 'NS at the wildcard just below the apex, owner inherited', zone: HEAD + '* IN A 192.0.2.1\n  IN NS ns1.example.net.\n', expect: [{ text: 'NS', occurrence: 1 }] },
    { name: 'an escaped asterisk is the same label on the wire (BIND agrees)', zone: HEAD + '\\*.c IN NS ns1.example.net.\n\\042.d IN NS ns1.example.net.\n', expect: [{ text: '\\*.c' }, { text: '\\042.d' }] },
  ],
});
