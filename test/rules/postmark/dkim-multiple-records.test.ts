// postmark/dkim-multiple-records: one TXT per Postmark selector (RFC 6376 §3.6.2.2); each extra
// record is reported with the first (or the configured one) as related information, and with a
// configured value the records that do not match it can be deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, HOST, PENDING_SELECTOR, postmarkValue, RSA_1024_OTHER } from './dkim-table';

const CODE = 'postmark/dkim-multiple-records';
const VALUE = postmarkValue();
const OTHER = postmarkValue(RSA_1024_OTHER);
const KEY = `${HOST} IN TXT "${VALUE}"\n`;
const OLD_KEY = `${HOST} IN TXT "${OTHER}"\n`;

ruleTable(CODE, {
  valid: [
    { name: 'one key', zone: `${HEAD}${RETURN_PATH}${KEY}` },
    { name: 'current and pending selectors', zone: `${HEAD}${KEY}${PENDING_SELECTOR}._domainkey IN TXT "${OTHER}"\n` },
    { name: 'two records at a selector that is not Postmark\'s', zone: `${HEAD}${RETURN_PATH}s1._domainkey IN TXT "${VALUE}"\ns1._domainkey IN TXT "${OTHER}"\n` },
    { name: 'one key, the configured one', context: configured([{ host: HOST, value: VALUE }]), zone: `${HEAD}${KEY}` },
  ],
  invalid: [
    { name: 'two keys at one selector', zone: `${HEAD}${KEY}${OLD_KEY}`, expect: [{ text: HOST, occurrence: 1, message: /has 2 TXT records; a DKIM selector must have exactly one/, noFix: true }] },
    {
      name: 'three keys, the others inheriting the owner',
      zone: `${HEAD}${KEY}  IN TXT "${OTHER}"\n  IN TXT "k=rsa; p="\n`,
      expect: [
        { text: 'TXT', occurrence: 1, message: /has 3 TXT records/ },
        { text: 'TXT', occurrence: 2 },
      ],
    },
    {
      name: 'an old key before the configured one: it can go',
      context: configured([{ host: HOST, value: VALUE }]),
      zone: `${HEAD}${OLD_KEY}${KEY}`,
      expect: [{ text: HOST, fix: { id: 'delete-other-key', output: `${HEAD}${KEY}` } }],
      fixAll: `${HEAD}${KEY}`,
    },
    {
      name: 'neither matches the configuration: nothing is deleted',
      context: configured([{ host: HOST, value: postmarkValue('AAAA') }]),
      zone: `${HEAD}${OLD_KEY}${KEY}`,
      expect: [{ text: HOST, occurrence: 1, noFix: true }],
    },
  ],
});

test('the related location is the record that stays', () => {
  const zone = `${HEAD}${OLD_KEY}${KEY}`;
  const findings = findingsOf(CODE, zone, configured([{ host: HOST, value: VALUE }]));
  assert.equal(findings.length, 1);
  const related = findings[0].related ?? [];
  assert.equal(related.length, 1);
  assert.equal(related[0].message, 'The record with the configured value');
  assert.equal(zone.slice(related[0].start, related[0].end), 'TXT');
  assert.equal(related[0].start, zone.indexOf(KEY) + HOST.length + 4);
});
