// postmark/dkim-selector-format: a k=rsa key at a selector that resembles Postmark's (ends in
// `pm`, or starts with a timestamp) but is neither `<14 digits>pm` nor the legacy `pm`.
import { HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, postmarkValue } from './dkim-table';

const CODE = 'postmark/dkim-selector-format';
const VALUE = postmarkValue();

ruleTable(CODE, {
  valid: [
    { name: 'a timestamped selector', zone: `${HEAD}20231012123456pm._domainkey IN TXT "${VALUE}"\n` },
    { name: 'the legacy selector', zone: `${HEAD}PM._domainkey IN TXT "${VALUE}"\n` },
    { name: "another sender's k=rsa key", zone: `${HEAD}${RETURN_PATH}google._domainkey IN TXT "v=DKIM1; k=rsa; p=AAAA"\n` },
    { name: 'a timestamp without pm in a zone without Postmark', zone: `${HEAD}20231012123456._domainkey IN TXT "${VALUE}"\n` },
    { name: 'an odd selector without k=rsa', zone: `${HEAD}${RETURN_PATH}2023pm._domainkey IN TXT "v=DKIM1; p=AAAA"\n` },
    { name: 'a configured host of another shape is the user\'s choice', context: configured([{ host: '2023pm._domainkey' }]), zone: `${HEAD}2023pm._domainkey IN TXT "${VALUE}"\n` },
  ],
  invalid: [
    { name: 'a digit lost from the timestamp', zone: `${HEAD}2023101212345pm._domainkey IN TXT "${VALUE}"\n`, expect: [{ text: '2023101212345pm', severity: 'hint', message: /a 14-digit timestamp followed by 'pm'/, noFix: true }] },
    { name: "the timestamp without 'pm'", zone: `${HEAD}${RETURN_PATH}20231012123456._domainkey IN TXT "${VALUE}"\n`, expect: [{ text: '20231012123456' }] },
    { name: 'a selector ending in pm, written absolute', zone: `${HEAD}mailpm._domainkey.example.com. IN TXT "${VALUE}"\n`, expect: [{ text: 'mailpm' }] },
    { name: 'an inherited owner points at the type', zone: `${HEAD}2023pm._domainkey IN A 192.0.2.1\n  IN TXT "${VALUE}"\n`, expect: [{ text: 'TXT' }] },
  ],
});
