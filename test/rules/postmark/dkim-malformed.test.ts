// postmark/dkim-malformed: every problem parseDkimRecord finds in a TXT at a Postmark selector,
// on the exact characters (mapped through quotes, string splits and escapes), with real keys.
import { generateKeyPairSync } from 'node:crypto';
import { HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, ED25519, HOST, postmarkValue, RSA_1024, RSA_2048 } from './dkim-table';

const CODE = 'postmark/dkim-malformed';
const K = RSA_1024;
const zoneWith = (rdata: string) => `${HEAD}${RETURN_PATH}${HOST} IN TXT ${rdata}\n`;
const PKCS1 = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');

const duplicate = zoneWith(`"k=rsa; p=${K};" " p=${K}"`);

ruleTable(CODE, {
  valid: [
    { name: "Postmark's value", zone: zoneWith(`"${postmarkValue()}"`) },
    { name: 'v=DKIM1 first, blanks around separators', zone: zoneWith(`"v=DKIM1 ; k = rsa ;p=${K};"`) },
    { name: 'a 2048-bit key split over two strings', zone: zoneWith(`( "k=rsa; p=${RSA_2048.slice(0, 200)}"\n    "${RSA_2048.slice(200)}" )`) },
    { name: 'an Ed25519 key (RFC 8463)', zone: zoneWith(`"v=DKIM1; k=ed25519; p=${ED25519}"`) },
    { name: 'a broken key at a selector that is not Postmark\'s', zone: `${HEAD}${RETURN_PATH}s1._domainkey IN TXT "hello"\n` },
  ],
  invalid: [
    { name: 'not a tag=value list', zone: zoneWith('"hello world"'), expect: [{ text: '"hello world"', message: /is not a tag=value pair \(RFC 6376 §3\.2\)/ }] },
    { name: 'a duplicate tag', zone: duplicate, expect: [{ text: 'p', after: ` p=${K}"`, message: /appears more than once/ }] },
    { name: 'v not first', zone: zoneWith(`"k=rsa; v=DKIM1; p=${K}"`), expect: [{ text: 'v=DKIM1', message: /must be the first tag/ }] },
    { name: 'v is not DKIM1', zone: zoneWith(`"v=DKIM2; k=rsa; p=${K}"`), expect: [{ text: 'DKIM2' }] },
    { name: 'no p=', zone: zoneWith('"k=rsa"'), expect: [{ text: '"k=rsa"', message: /"p=" tag \(the public key\) is required/ }] },
    { name: 'an empty p= (revoked)', zone: zoneWith('"k=rsa; p="'), expect: [{ text: 'p=', message: /revoked/ }] },
    { name: 'p not base64', zone: zoneWith('"k=rsa; p=not*base64"'), expect: [{ text: 'not*base64', message: /not base64/ }] },
    { name: 'p not a public key', zone: zoneWith('"k=rsa; p=bm90IGEga2V5"'), expect: [{ text: 'bm90IGEga2V5', message: /does not decode to an RSA or Ed25519 public key/ }] },
    { name: 'an Ed25519 key under k=rsa', zone: zoneWith(`"k=rsa; p=${ED25519}"`), expect: [{ text: ED25519, message: /add "k=ed25519"/ }] },
    { name: 'an unknown key type', zone: zoneWith(`"k=dsa; p=${K}"`), expect: [{ text: 'dsa' }] },
    { name: 'a bad value spanning two strings', zone: zoneWith('"k=rsa; p=abc*" "def"'), expect: [{ text: 'abc*" "def' }] },
    { name: 'an escaped character inside the value', zone: zoneWith('"k=rsa; p=abc\\042def"'), expect: [{ text: 'abc\\042def' }] },
    { name: 'a bare PKCS#1 key is only a warning', zone: zoneWith(`"k=rsa; p=${PKCS1}"`), expect: [{ text: PKCS1, severity: 'warning', message: /PKCS#1/ }] },
    {
      name: 'a configured host with a selector of another shape',
      context: configured([{ host: 's1._domainkey' }]),
      zone: `${HEAD}s1._domainkey IN TXT "k=rsa"\n`,
      expect: [{ text: '"k=rsa"' }],
    },
  ],
});
