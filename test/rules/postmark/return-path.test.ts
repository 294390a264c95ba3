// postmark/return-path-missing, postmark/return-path-target and postmark/return-path-conflict as
// tables: valid zones, invalid ones with exact spans and severities, every fix as a whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTable } from '../rule-table';
import { DKIM, HEAD, RETURN_PATH } from './postmark-zone';
import { returnPathMissing } from '../../../server/src/rules/postmark/return-path-missing';
import { returnPathTarget } from '../../../server/src/rules/postmark/return-path-target';
import { returnPathConflict } from '../../../server/src/rules/postmark/return-path-conflict';

const APEX = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n';
const NS1 = 'ns1 IN A 192.0.2.53\n';

test('codes', () => {
  assert.equal(returnPathMissing.code, 'postmark/return-path-missing');
  assert.equal(returnPathTarget.code, 'postmark/return-path-target');
  assert.equal(returnPathConflict.code, 'postmark/return-path-conflict');
});

ruleTable('postmark/return-path-missing', {
  valid: [
    { name: 'no sign of Postmark', zone: HEAD },
    { name: 'DKIM and the default Return-Path', zone: HEAD + DKIM + RETURN_PATH },
    { name: 'a Return-Path at another host', zone: HEAD + DKIM + 'bounces IN CNAME pm.mtasv.net.\n' },
    { name: 'the Return-Path CNAME with its dot forgotten (return-path-target reports it)', zone: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net\n' },
    { name: 'a CNAME elsewhere at the host (return-path-target reports it)', zone: HEAD + DKIM + 'pm-bounces IN CNAME bounce.example.net.\n' },
    {
      name: 'the configured host lies in another zone',
      zone: HEAD,
      context: { postmark: [{ domain: 'example.com', returnPath: { host: 'pm-bounces.example.org.' } }] },
    },
    { name: 'a configured domain outside the zone', zone: HEAD, context: { postmark: [{ domain: 'example.org' }] } },
  ],
  invalid: [
    {
      name: 'DKIM without a Return-Path: inserted after the DKIM key',
      zone: APEX + DKIM + NS1,
      expect: [
        {
          text: '@',
          message: /'example\.com' sends mail through Postmark \(DKIM TXT at 20231012123456pm\._domainkey\.example\.com\.\).*'pm-bounces\.example\.com' to 'pm\.mtasv\.net\.'/,
          fix: { id: 'insert-return-path', safe: true, output: APEX + DKIM + RETURN_PATH + NS1 },
        },
      ],
      fixAll: APEX + DKIM + RETURN_PATH + NS1,
    },
    {
      name: 'an SPF include of Postmark only: at the end of the apex records',
      zone: '$TTL 3600\n@   IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@   IN NS  ns1\n@   IN TXT "v=spf1 include:spf.mtasv.net ~all"\n',
      expect: [
        {
          text: '@',
          message: /SPF include:spf\.mtasv\.net/,
          fix: {
            id: 'insert-return-path',
            safe: true,
            output: '$TTL 3600\n@   IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@   IN NS  ns1\n@   IN TXT "v=spf1 include:spf.mtasv.net ~all"\npm-bounces IN CNAME pm.mtasv.net.\n',
          },
        },
      ],
    },
    {
      name: 'configured domain with its own Return-Path host, CRLF',
      zone: HEAD.replace(/\n/g, '\r\n'),
      context: { postmark: [{ domain: 'example.com', returnPath: { host: 'bounces' } }] },
      expect: [
        {
          text: '@',
          message: /postmark-zone\.json names it.*'bounces\.example\.com'/,
          fix: { id: 'insert-return-path', safe: true, output: `${HEAD}bounces IN CNAME pm.mtasv.net.\n`.replace(/\n/g, '\r\n') },
        },
      ],
    },
    {
      name: 'configured subdomain: the host goes below it',
      zone: HEAD,
      context: { postmark: [{ domain: 'mail.example.com.' }] },
      expect: [{ text: '@', message: /'mail\.example\.com'.*'pm-bounces\.mail\.example\.com'/, fix: { id: 'insert-return-path', safe: true, output: `${HEAD}pm-bounces.mail IN CNAME pm.mtasv.net.\n` } }],
    },
    {
      name: 'the host has other data: no insertion, it would clash',
      zone: HEAD + DKIM + 'pm-bounces IN TXT "v=spf1 -all"\n',
      expect: [{ text: '@', noFix: true }],
    },
  ],
});

ruleTable('postmark/return-path-target', {
  valid: [
    { name: 'the right target', zone: HEAD + DKIM + RETURN_PATH },
    { name: 'no Postmark', zone: HEAD + 'pm-bounces IN CNAME bounce.example.net.\n' },
    { name: 'another CNAME that is not the Return-Path host', zone: HEAD + DKIM + RETURN_PATH + 'www IN CNAME web.example.net.\n' },
    {
      name: 'a configured host elsewhere: pm-bounces is not checked',
      zone: HEAD + DKIM + 'bounces IN CNAME pm.mtasv.net.\npm-bounces IN CNAME legacy.example.net.\n',
      context: { postmark: [{ domain: 'example.com', returnPath: { host: 'bounces' } }] },
    },
  ],
  invalid: [
    {
      name: 'the final dot forgotten',
      zone: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net\n',
      expect: [
        {
          text: 'pm.mtasv.net',
          message: /points to 'pm\.mtasv\.net\.example\.com\.'; Postmark needs 'pm\.mtasv\.net\.'/,
          fix: { id: 'return-path-target', safe: true, output: HEAD + DKIM + RETURN_PATH },
        },
      ],
      fixAll: HEAD + DKIM + RETURN_PATH,
    },
    {
      name: 'another target',
      zone: HEAD + DKIM + 'pm-bounces IN CNAME bounces.example.net. ; old provider\n',
      expect: [
        {
          text: 'bounces.example.net.',
          message: /points to 'bounces\.example\.net\.'; Postmark needs 'pm\.mtasv\.net\.'/,
          fix: { id: 'return-path-target', safe: true, output: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net. ; old provider\n' },
        },
      ],
    },
    {
      name: 'the configured host, written absolute, with a relative target in the zone',
      zone: HEAD + 'bounces.example.com. IN CNAME mail\n',
      context: { postmark: [{ domain: 'example.com', returnPath: { host: 'bounces.example.com.' } }] },
      expect: [{ text: 'mail', occurrence: 0, fix: { id: 'return-path-target', safe: true, output: HEAD + 'bounces.example.com. IN CNAME pm.mtasv.net.\n' } }],
    },
  ],
});

ruleTable('postmark/return-path-conflict', {
  valid: [
    { name: 'a Return-Path CNAME alone', zone: HEAD + DKIM + RETURN_PATH },
    { name: 'other data beside another CNAME (zone/cname-and-other-data covers it)', zone: HEAD + 'www IN CNAME web.example.net.\nwww IN TXT "x"\n' },
  ],
  invalid: [
    {
      name: 'an SPF TXT at the Return-Path host: deleting it is offered, not applied by fix-all',
      zone: HEAD + RETURN_PATH + 'pm-bounces IN TXT "v=spf1 include:spf.mtasv.net ~all"\n',
      expect: [
        {
          text: 'TXT',
          message: /'pm-bounces\.example\.com' is a Postmark Return-Path.*cannot also have a TXT record \(RFC 1034 §3\.6\.2\)/,
          fix: { id: 'delete-record', safe: false, output: HEAD + RETURN_PATH },
        },
      ],
      fixAll: HEAD + RETURN_PATH + 'pm-bounces IN TXT "v=spf1 include:spf.mtasv.net ~all"\n',
    },
    {
      name: 'an A and an MX at a Return-Path with its dot forgotten, records inheriting the owner',
      zone: HEAD + 'bounce IN CNAME pm.mtasv.net\n  IN A 192.0.2.9\n  IN MX 10 mail.example.net.\n',
      expect: [
        { text: 'A', after: 'IN A 192.0.2.9', fix: { id: 'delete-record', safe: false, output: HEAD + 'bounce IN CNAME pm.mtasv.net\n  IN MX 10 mail.example.net.\n' } },
        { text: 'MX', noFix: true },
      ],
    },
  ],
});
