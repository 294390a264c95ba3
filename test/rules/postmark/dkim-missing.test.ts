// postmark/dkim-missing: without configuration any `*pm._domainkey` TXT at or below the domain
// will do; with it, each configured host needs its TXT. Fixes: the configured record inserted in
// the file's style (safe), the client command asking for host and value, the forgotten final dot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILE, findingsOf, HEAD, ruleTable } from '../rule-table';
import { RETURN_PATH } from './postmark-zone';
import { configured, HOST, PENDING_SELECTOR, postmarkValue, RSA_2048, SELECTOR } from './dkim-table';

const CODE = 'postmark/dkim-missing';
const VALUE = postmarkValue();
const KEY = `${HOST} IN TXT "${VALUE}"\n`;

ruleTable(CODE, {
  valid: [
    { name: 'no Postmark marker, no key', zone: HEAD },
    { name: 'a timestamped Postmark key', zone: `${HEAD}${RETURN_PATH}${KEY}` },
    { name: 'the legacy pm selector', zone: `${HEAD}${RETURN_PATH}pm._domainkey IN TXT "${VALUE}"\n` },
    { name: 'a key for a subdomain that sends', zone: `${HEAD}pm-bounces.mail IN CNAME pm.mtasv.net.\n${HOST}.mail IN TXT "${VALUE}"\n` },
    { name: 'a CNAME at the selector (postmark/dkim-wrong-type reports it)', zone: `${HEAD}${RETURN_PATH}${HOST} IN CNAME dkim.example.net.\n` },
    { name: 'an odd selector ending in pm (postmark/dkim-selector-format hints)', zone: `${HEAD}${RETURN_PATH}2023101212345pm._domainkey IN TXT "${VALUE}"\n` },
    { name: 'current and pending keys published', context: configured([{ host: HOST, value: VALUE }, { host: `${PENDING_SELECTOR}._domainkey` }]), zone: `${HEAD}${KEY}${PENDING_SELECTOR}._domainkey IN TXT "${VALUE}"\n` },
    { name: 'a host written in full in the configuration', context: configured([{ host: `${HOST}.example.com.` }]), zone: `${HEAD}${KEY}` },
    { name: 'a configured host outside the zone', context: configured([{ host: `${HOST}.example.org.` }]), zone: `${HEAD}${KEY}` },
    { name: 'a configured host holding a CNAME (postmark/dkim-wrong-type)', context: configured([{ host: HOST, value: VALUE }]), zone: `${HEAD}${HOST} IN CNAME x.example.net.\n` },
  ],
  invalid: [
    {
      name: 'Return-Path CNAME and no key',
      zone: `${HEAD}${RETURN_PATH}`,
      expect: [{ text: '@', message: /'example\.com' sends mail through Postmark \(CNAME pm-bounces\.example\.com\. -> pm\.mtasv\.net\.\) but publishes no DKIM key/ }],
    },
    { name: 'inbound MX and a non-Postmark key only', zone: `${HEAD}@ IN MX 10 inbound.postmarkapp.com.\ngoogle._domainkey IN TXT "v=DKIM1; k=rsa; p=${RSA_2048}"\n`, expect: [{ text: '@' }] },
    {
      name: 'a full host pasted without its final dot',
      zone: `${HEAD}${HOST}.example.com IN TXT "${VALUE}"\n`,
      expect: [
        {
          text: '@',
          message: /looks like a full host name written without its final dot/,
          fix: { id: 'add-trailing-dot', output: `${HEAD}${HOST}.example.com. IN TXT "${VALUE}"\n` },
        },
      ],
      fixAll: `${HEAD}${HOST}.example.com. IN TXT "${VALUE}"\n`,
    },
    {
      name: 'the configured key is inserted after the Postmark records',
      context: configured([{ host: HOST, value: VALUE }]),
      zone: `${HEAD}${RETURN_PATH}www IN A 192.0.2.80\n`,
      expect: [
        {
          text: '@',
          message: /No DKIM key at '20231012123456pm\._domainkey\.example\.com': postmark-zone\.json names this Postmark selector/,
          fix: { id: 'insert-dkim', output: `${HEAD}${RETURN_PATH}${KEY}www IN A 192.0.2.80\n` },
        },
      ],
      fixAll: `${HEAD}${RETURN_PATH}${KEY}www IN A 192.0.2.80\n`,
    },
    {
      name: 'during rotation the pending key is missing; a 2048-bit value is split into 255-octet strings',
      context: configured([{ host: HOST, value: VALUE }, { host: `${PENDING_SELECTOR}._domainkey`, value: postmarkValue(RSA_2048) }]),
      zone: `${HEAD}${KEY}`,
      expect: [{ text: '@', message: /20240301090000pm/ }],
      fixAll: `${HEAD}${KEY}${PENDING_SELECTOR}._domainkey IN TXT "${postmarkValue(RSA_2048).slice(0, 255)}" "${postmarkValue(RSA_2048).slice(255)}"\n`,
    },
    {
      name: 'a configured subdomain: the owner is written relative to the origin (too long for the columns)',
      context: configured([{ host: HOST, value: VALUE }], 'mail.example.com'),
      zone: `$TTL 3600\n@           IN SOA  ns1 hostmaster 1 7200 900 1209600 300\n            IN NS   ns1\nns1         IN A    192.0.2.53\n`,
      expect: [{ text: '@' }],
      fixAll: `$TTL 3600\n@           IN SOA  ns1 hostmaster 1 7200 900 1209600 300\n            IN NS   ns1\nns1         IN A    192.0.2.53\n${HOST}.mail IN TXT "${VALUE}"\n`,
    },
    {
      name: 'a configured domain without hosts: only its own *pm._domainkey counts',
      context: { postmark: [{ domain: 'example.com' }] },
      zone: `${HEAD}${HOST}.mail IN TXT "${VALUE}"\n`,
      expect: [{ text: '@', message: /postmark-zone\.json names it/ }],
    },
  ],
});

function missingFixes(zone: string, context = {}) {
  const findings = findingsOf(CODE, zone, context);
  assert.equal(findings.length, 1);
  return findings[0].fixes ?? [];
}

test('without configuration the fix runs the client command with the file and origin', () => {
  const fixes = missingFixes(`${HEAD}${RETURN_PATH}`);
  assert.equal(fixes.length, 1);
  assert.deepEqual(fixes[0], {
    id: 'insert-dkim',
    title: 'Insert the DKIM record Postmark shows (asks for host and value)',
    edits: [],
    command: { command: 'postmarkZone.insertDkimRecord', title: 'Insert a DKIM record', arguments: [{ uri: FILE, origin: 'example.com.' }] },
  });
});

test('a configured host without a value: the command gets the host and the domain', () => {
  const fixes = missingFixes(HEAD, configured([{ host: HOST }], 'mail.example.com'));
  assert.equal(fixes.length, 1);
  assert.equal(fixes[0].safe, undefined);
  assert.deepEqual(fixes[0].command?.arguments, [{ uri: FILE, origin: 'example.com.', domain: 'mail.example.com.', host: `${SELECTOR}._domainkey.mail.example.com.` }]);
});

test('a configured value that is not a usable key is inserted only on request (not safe)', () => {
  const fixes = missingFixes(`${HEAD}${RETURN_PATH}`, configured([{ host: HOST, value: 'k=rsa; p=bm90IGEga2V5' }]));
  assert.equal(fixes[0].id, 'insert-dkim');
  assert.equal(fixes[0].safe, false);
  assert.equal(fixes[0].edits.length, 1);
});
