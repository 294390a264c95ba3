// spf/ptr: the ptr mechanism SHOULD NOT be used (RFC 7208 §5.5).
import { HEAD, ruleTable } from '../rule-table';

ruleTable('spf/ptr', {
  otherFindings: 'keep messages',
  valid: [
    { name: 'no ptr', zone: HEAD + '@ IN TXT "v=spf1 a mx ip4:192.0.2.0/24 -all"\n' },
    { name: 'ptr as part of a name', zone: HEAD + '@ IN TXT "v=spf1 include:ptr.example.net a:ptr.example.net -all"\n' },
    { name: 'ptr after all is left to spf/all-not-last', zone: HEAD + '@ IN TXT "v=spf1 -all ptr"\n' },
    { name: 'an invalid ptr is left to spf/syntax', zone: HEAD + '@ IN TXT "v=spf1 ptr/24 -all"\n' },
  ],
  invalid: [
    {
      name: 'ptr and ptr:domain',
      zone: HEAD + '@ IN TXT "v=spf1 ptr ?ptr:example.net -all"\n',
      expect: [
        { text: 'ptr', occurrence: 0, severity: 'warning', message: /SHOULD NOT be used \(RFC 7208 §5\.5\)/, noFix: true },
        { text: '?ptr:example.net', message: /'\?ptr:example\.net'/ },
      ],
    },
  ],
});
