// postmark/inbound-mx as a table: the configured inbound host needs MX 10 inbound.postmarkapp.com.
// (missing, wrong exchange, forgotten dot, mail split with other MX hosts, preference hint).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTable } from '../rule-table';
import { DKIM, HEAD } from './postmark-zone';
import { inboundMx } from '../../../server/src/rules/postmark/inbound-mx';
import type { RuleContext } from '../../../server/src/rules/rule';

const INBOUND: RuleContext = { postmark: [{ domain: 'example.com', inbound: { host: 'inbound' } }] };
const AT_APEX: RuleContext = { postmark: [{ domain: 'example.com.', inbound: { host: '@' } }] };
const MX = 'inbound IN MX 10 inbound.postmarkapp.com.\n';

test('code', () => assert.equal(inboundMx.code, 'postmark/inbound-mx'));

ruleTable('postmark/inbound-mx', {
  valid: [
    { name: 'the MX Postmark shows', zone: HEAD + MX, context: INBOUND },
    { name: 'no inbound host configured', zone: HEAD + DKIM + 'inbound IN MX 10 mx.example.net.\n' },
    { name: 'at the apex', zone: HEAD + '@ IN MX 10 inbound.postmarkapp.com.\n', context: AT_APEX },
    { name: 'a wildcard inbound domain', zone: HEAD + '*.in IN MX 10 inbound.postmarkapp.com.\n', context: { postmark: [{ domain: 'example.com', inbound: { host: '*.in' } }] } },
    { name: 'an inbound host in another zone', zone: HEAD, context: { postmark: [{ domain: 'example.com', inbound: { host: 'inbound.example.org.' } }] } },
  ],
  invalid: [
    {
      name: 'no MX: inserted after the Postmark records',
      zone: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net.\nwww IN A 192.0.2.80\n',
      context: INBOUND,
      expect: [
        {
          text: '@',
          message: /'inbound\.example\.com' has no MX record: .*'MX 10 inbound\.postmarkapp\.com\.'/,
          fix: { id: 'insert-inbound-mx', safe: true, output: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net.\n' + MX + 'www IN A 192.0.2.80\n' },
        },
      ],
      fixAll: HEAD + DKIM + 'pm-bounces IN CNAME pm.mtasv.net.\n' + MX + 'www IN A 192.0.2.80\n',
    },
    {
      name: 'no MX, other records at the host: inserted after them',
      zone: HEAD + 'inbound IN A 192.0.2.7\nwww IN A 192.0.2.80\n',
      context: INBOUND,
      expect: [{ text: '@', fix: { id: 'insert-inbound-mx', safe: true, output: HEAD + 'inbound IN A 192.0.2.7\n' + MX + 'www IN A 192.0.2.80\n' } }],
    },
    {
      name: 'a wildcard inbound domain without its MX',
      zone: HEAD,
      context: { postmark: [{ domain: 'example.com', inbound: { host: '*' } }] },
      expect: [{ text: '@', message: /'\*\.example\.com' has no MX/, fix: { id: 'insert-inbound-mx', safe: true, output: HEAD + '* IN MX 10 inbound.postmarkapp.com.\n' } }],
    },
    {
      name: 'a CNAME at the host: no insertion beside it',
      zone: HEAD + 'inbound IN CNAME mx.example.net.\n',
      context: INBOUND,
      expect: [{ text: '@', noFix: true }],
    },
    {
      name: 'the only MX points elsewhere',
      zone: HEAD + 'inbound IN MX 10 mx.example.net.\n',
      context: INBOUND,
      expect: [
        {
          text: 'mx.example.net.',
          message: /points to 'mx\.example\.net\.'; Postmark's inbound processing needs 'inbound\.postmarkapp\.com\.'/,
          fix: { id: 'inbound-mx-target', safe: true, output: HEAD + MX },
        },
      ],
      fixAll: HEAD + MX,
    },
    {
      name: 'the final dot forgotten',
      zone: HEAD + 'inbound IN MX 10 inbound.postmarkapp.com\n',
      context: INBOUND,
      expect: [{ text: 'inbound.postmarkapp.com', message: /points to 'inbound\.postmarkapp\.com\.example\.com\.'/, fix: { id: 'inbound-mx-target', safe: true, output: HEAD + MX } }],
      fixAll: HEAD + MX,
    },
    {
      name: 'preference other than 10: a hint whose fix is not applied by fix-all',
      zone: HEAD + 'inbound IN MX 20 inbound.postmarkapp.com.\n',
      context: INBOUND,
      expect: [{ text: '20', after: 'MX 20', severity: 'hint', message: /preference 10.*this one has 20/, fix: { id: 'inbound-mx-preference', safe: false, output: HEAD + MX } }],
      fixAll: HEAD + 'inbound IN MX 20 inbound.postmarkapp.com.\n',
    },
    {
      name: 'mail split between Postmark and another host at the apex',
      zone: HEAD + '@ IN MX 10 inbound.postmarkapp.com.\n@ IN MX 20 mx.example.net.\n',
      context: AT_APEX,
      expect: [
        {
          text: 'mx.example.net.',
          message: /also has an MX to 'mx\.example\.net\.'/,
          fix: { id: 'delete-record', safe: false, output: HEAD + '@ IN MX 10 inbound.postmarkapp.com.\n' },
        },
      ],
    },
    {
      name: 'two MX elsewhere: replacing is offered but not safe',
      zone: HEAD + 'inbound IN MX 10 mx1.example.net.\ninbound IN MX 20 mx2.example.net.\n',
      context: INBOUND,
      expect: [
        { text: 'mx1.example.net.', fix: { id: 'inbound-mx-target', safe: false, output: HEAD + MX + 'inbound IN MX 20 mx2.example.net.\n' } },
        { text: 'mx2.example.net.' },
      ],
    },
  ],
});
