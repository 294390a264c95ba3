// postmark/dkim-value-mismatch: the key at a configured host against the configured value.
// Formatting differences are not reported; a different key is, with both values shortened in
// the message; the fix rewrites the strings in place, keeping quoting and parentheses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abbreviateDkimValue } from '../../../server/src/rules/postmark/dkim-records';
import { HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, HOST, postmarkValue, RSA_1024, RSA_1024_OTHER, RSA_2048 } from './dkim-table';

const CODE = 'postmark/dkim-value-mismatch';
const VALUE = postmarkValue();
const CONTEXT = configured([{ host: HOST, value: VALUE }]);
const NEW = RSA_1024_OTHER;
const CONTEXT_NEW = configured([{ host: HOST, value: postmarkValue(NEW) }]);
const LONG = postmarkValue(RSA_2048);
const at = (rdata: string) => `${HEAD}${HOST} IN TXT ${rdata}\n`;

ruleTable(CODE, {
  valid: [{ name: 'without configuration nothing is compared', zone: `${HEAD}${RETURN_PATH}${HOST} IN TXT "k=rsa; p=${RSA_2048.slice(0, 100)}"\n` },
    { name: 'the same value', context: CONTEXT, zone: at(`"${VALUE}"`) },
    { name: 'blanks around separators, v=DKIM1 first, other string splits', context: CONTEXT, zone: at(`( "v=DKIM1; k = rsa ;" \n  "p=${RSA_1024.slice(0, 50)}" "${RSA_1024.slice(50)}" )`) },
    { name: 'no record (postmark/dkim-missing)', context: CONTEXT, zone: `${HEAD}${RETURN_PATH}` },
    { name: 'a host configured without a value', context: configured([{ host: HOST }]), zone: at('"k=rsa; p=AAAA"') },
    { name: 'one of two records matches (postmark/dkim-multiple-records)', context: CONTEXT, zone: `${at(`"${postmarkValue(NEW)}"`)}${HOST} IN TXT "${VALUE}"\n` }],
  invalid: [
    {
      name: 'another key: replaced in place',
      context: CONTEXT_NEW,
      zone: at(`"${VALUE}"`),
      expect: [
        {
          text: `"${VALUE}"`,
          message: new RegExp(`\\(p= differs\\): expected "k=rsa; p=${NEW.slice(0, 8).replace(/[+/]/g, '\\$&')}\\.\\.\\..*", found "k=rsa; p=${RSA_1024.slice(0, 8).replace(/[+/]/g, '\\$&')}\\.\\.\\.`),
          fix: { id: 'replace-dkim-value', output: at(`"${postmarkValue(NEW)}"`) },
        },
      ],
      fixAll: at(`"${postmarkValue(NEW)}"`),
    },
    {
      name: 'a 2048-bit key in parentheses: strings rewritten in place, layout kept',
      context: configured([{ host: HOST, value: LONG }]),
      zone: at(`( "k=rsa; p=${RSA_1024.slice(0, 100)}"\n\t\t"${RSA_1024.slice(100)}" )`),
      expect: [{ text: `"k=rsa; p=${RSA_1024.slice(0, 100)}"\n\t\t"${RSA_1024.slice(100)}"` }],
      fixAll: at(`( "${LONG.slice(0, 255)}"\n\t\t"${LONG.slice(255)}" )`),
    },
    {
      name: 'more strings needed: they follow the last one',
      context: configured([{ host: HOST, value: LONG }]),
      zone: at(`"${VALUE}"`),
      expect: [{ text: `"${VALUE}"` }],
      fixAll: at(`"${LONG.slice(0, 255)}" "${LONG.slice(255)}"`),
    },
    {
      name: 'fewer strings needed: the rest go, an unquoted word is quoted when it must be',
      context: CONTEXT_NEW,
      zone: at(`"k=rsa; " p=${RSA_1024}`),
      expect: [{ text: `"k=rsa; " p=${RSA_1024}` }],
      fixAll: at(`"${postmarkValue(NEW)}"`),
    },
    {
      name: 'fewer strings with a comment between: the comment stays',
      context: CONTEXT_NEW,
      zone: at(`( "k=rsa; " ; the key\n  "p=${RSA_1024.slice(0, 10)}" "${RSA_1024.slice(10)}" )`),
      expect: [{ text: `"k=rsa; " ; the key\n  "p=${RSA_1024.slice(0, 10)}" "${RSA_1024.slice(10)}"` }],
      fixAll: at(`( "${postmarkValue(NEW)}" ; the key\n )`),
    },
    {
      name: 'an unquoted string that can stay unquoted',
      context: configured([{ host: HOST, value: `k=rsa; p=${NEW}` }]),
      zone: at(`"k=rsa; " p=${RSA_1024}`),
      expect: [{ text: `"k=rsa; " p=${RSA_1024}` }],
      fixAll: at(`"${postmarkValue(NEW)}"`),
    }],
});

test('abbreviateDkimValue shortens p= in the middle and keeps where two keys differ', () => {
  const a = `MIGfMA0GCSqGSIb3${'A'.repeat(40)}X${'B'.repeat(20)}IDAQAB`;
  const b = `MIGfMA0GCSqGSIb3${'A'.repeat(40)}Y${'B'.repeat(20)}IDAQAB`;
  assert.equal(abbreviateDkimValue(`k=rsa; p=${a}`), 'k=rsa; p=MIGfMA0G...BBIDAQAB');
  assert.equal(abbreviateDkimValue(`k=rsa; p=${a}`, `k=rsa; p=${b}`), 'k=rsa; p=MIGfMA0G...AAXBBBBBBB...BBIDAQAB');
  assert.equal(abbreviateDkimValue('k=rsa; p=short'), 'k=rsa; p=short');
  assert.equal(abbreviateDkimValue(`p=${a}; t=s`), 'p=MIGfMA0G...BBIDAQAB; t=s');
});
