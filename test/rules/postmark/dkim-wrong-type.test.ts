// postmark/dkim-wrong-type: a CNAME or SPF-type record at a Postmark selector. SPF becomes TXT
// (safe when no TXT is there yet); a CNAME becomes the configured TXT on request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, HOST, postmarkValue } from './dkim-table';

const CODE = 'postmark/dkim-wrong-type';
const VALUE = postmarkValue();

ruleTable(CODE, {
  valid: [
    { name: 'a TXT key', zone: `${HEAD}${RETURN_PATH}${HOST} IN TXT "${VALUE}"\n` },
    { name: 'a CNAME at another sender\'s selector', zone: `${HEAD}${RETURN_PATH}s1._domainkey IN CNAME s1.domainkey.u1.wl.sendgrid.net.\n` },
  ],
  invalid: [
    {
      name: 'a CNAME at the Postmark selector',
      zone: `${HEAD}${RETURN_PATH}${HOST} IN CNAME dkim.example.net.\n`,
      expect: [{ text: 'CNAME', occurrence: 1, message: /is a CNAME, but Postmark's DKIM key is a TXT record/, noFix: true }],
    },
    {
      name: 'the key published as type SPF',
      zone: `${HEAD}${RETURN_PATH}${HOST} IN SPF "${VALUE}"\n`,
      expect: [{ text: 'SPF', occurrence: 0, message: /published as type SPF/, fix: { id: 'spf-to-txt', output: `${HEAD}${RETURN_PATH}${HOST} IN TXT "${VALUE}"\n` } }],
      fixAll: `${HEAD}${RETURN_PATH}${HOST} IN TXT "${VALUE}"\n`,
    },
    {
      name: 'a CNAME at the configured host becomes the configured TXT (on request)',
      context: configured([{ host: HOST, value: VALUE }]),
      zone: `${HEAD}${HOST}   IN CNAME   dkim.example.net.\n`,
      expect: [{ text: 'CNAME', fix: { id: 'cname-to-txt', output: `${HEAD}${HOST}   IN TXT   "${VALUE}"\n` } }],
    },
  ],
});

test('SPF-type next to a TXT key: turning it into TXT is offered but not safe', () => {
  const zone = `${HEAD}${RETURN_PATH}${HOST} IN TXT "${VALUE}"\n${HOST} IN SPF "${VALUE}"\n`;
  const findings = findingsOf(CODE, zone);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].fixes?.[0].id, 'spf-to-txt');
  assert.equal(findings[0].fixes?.[0].safe, false);
});
