// postmark/dkim-weak-key: RSA keys under 1024 bits (RFC 8301 §3.2) at Postmark selectors, with
// real keys of 768, 1024 and 2048 bits and an Ed25519 key (256 bits, not RSA, so not weak).
import { HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { ED25519, HOST, postmarkValue, RSA_1024, RSA_2048, RSA_768 } from './dkim-table';

const CODE = 'postmark/dkim-weak-key';
const zoneWith = (rdata: string) => `${HEAD}${RETURN_PATH}${HOST} IN TXT ${rdata}\n`;

ruleTable(CODE, {
  valid: [
    { name: 'a 1024-bit key (what Postmark issues)', zone: zoneWith(`"${postmarkValue(RSA_1024)}"`) },
    { name: 'a 2048-bit key', zone: zoneWith(`"k=rsa; p=${RSA_2048.slice(0, 200)}" "${RSA_2048.slice(200)}"`) },
    { name: 'an Ed25519 key', zone: zoneWith(`"k=ed25519; p=${ED25519}"`) },
    { name: 'a 768-bit key at a selector that is not Postmark\'s', zone: `${HEAD}${RETURN_PATH}s1._domainkey IN TXT "${postmarkValue(RSA_768)}"\n` },
    { name: 'a 768-bit key in a zone without Postmark', zone: `${HEAD}s1._domainkey IN TXT "${postmarkValue(RSA_768)}"\n` },
  ],
  invalid: [
    { name: 'a 768-bit key', zone: zoneWith(`"${postmarkValue(RSA_768)}"`), expect: [{ text: RSA_768, message: /is a 768-bit RSA key; keys need at least 1024 bits \(RFC 8301 §3\.2\)/ }] },
    {
      name: 'a 768-bit key split over strings: the span runs across them',
      zone: zoneWith(`"k=rsa; p=${RSA_768.slice(0, 100)}" "${RSA_768.slice(100)}"`),
      expect: [{ text: `${RSA_768.slice(0, 100)}" "${RSA_768.slice(100)}`, severity: 'warning', noFix: true }],
    },
  ],
});
