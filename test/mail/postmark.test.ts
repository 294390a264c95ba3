// Postmark facts and usesPostmark(): each marker is detected (with what gave it away), look-alikes
// are not, and configuration counts only for domains at or below the zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/zone/parser';
import {
  DKIM_SELECTOR,
  isPostmarkDkimSelector,
  isPostmarkDmarcRua,
  isInboundTarget,
  isReturnPathTarget,
  usesPostmark,
} from '../../server/src/mail/postmark';
import type { RuleContext } from '../../server/src/rules/rule';

const HEAD = `$TTL 3600
@ IN SOA ns1 hostmaster 1 7200 900 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.53
`;

function usage(records: string, context: RuleContext = {}, origin = 'example.com.') {
  return usesPostmark(parseZone(HEAD + records, { file: 'zone', origin }), context);
}

const detected: Array<[string, string, string, RuleContext?]> = [
  ['DKIM selector with a timestamp', '20231012123456pm._domainkey IN TXT "k=rsa; p=MIGf"\n', 'DKIM TXT at 20231012123456pm._domainkey.example.com.'],
  ['legacy pm selector', 'pm._domainkey IN TXT "k=rsa; p=MIGf"\n', 'DKIM TXT at pm._domainkey.example.com.'],
  ['Return-Path CNAME', 'pm-bounces IN CNAME pm.mtasv.net.\n', 'CNAME pm-bounces.example.com. -> pm.mtasv.net.'],
  ['Return-Path CNAME at another host, upper case', 'bounce IN CNAME PM.MTASV.NET.\n', 'CNAME bounce.example.com. -> PM.MTASV.NET.'],
  ['Return-Path CNAME missing its dot', 'pm-bounces IN CNAME pm.mtasv.net\n', 'CNAME pm-bounces.example.com. -> pm.mtasv.net.example.com.'],
  ['inbound MX', 'inbound IN MX 10 inbound.postmarkapp.com.\n', 'MX inbound.example.com. -> inbound.postmarkapp.com.'],
  ['SPF include', '@ IN TXT "v=spf1 a mx include:spf.mtasv.net ~all"\n', 'SPF include:spf.mtasv.net at example.com.'],
  ['DMARC digest rua', '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:a@example.com,mailto:re+x1@dmarc.postmarkapp.com"\n', 'Postmark DMARC rua mailto:re+x1@dmarc.postmarkapp.com at _dmarc.example.com.'],
  ['configuration for the zone', '', 'configuration names example.com.', { postmark: [{ domain: 'example.com' }] }],
  ['configuration for a subdomain', '', 'configuration names mail.example.com.', { postmark: [{ domain: 'mail.example.com.' }] }],
];

for (const [name, records, marker, context] of detected) {
  test(`usesPostmark: ${name}`, () => assert.deepEqual(usage(records, context), { uses: true, markers: [marker] }));
}

const notDetected: Array<[string, string, RuleContext?]> = [
  ['a plain zone', ''],
  ['another provider\'s DKIM', 'google._domainkey IN TXT "v=DKIM1; k=rsa; p=MIIB"\n'],
  ['a pm selector outside _domainkey', '20231012123456pm IN TXT "x"\n'],
  ['a CNAME to a look-alike', 'pm-bounces IN CNAME pm.mtasv.net.evil.example.\n'],
  ['SPF without the include', '@ IN TXT "v=spf1 include:_spf.google.com ~all"\n'],
  ['the include in a non-SPF TXT', '@ IN TXT "include:spf.mtasv.net"\n'],
  ['a DMARC rua elsewhere', '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:d@dmarc.example.net"\n'],
  ['configuration for another domain', '', { postmark: [{ domain: 'example.org' }] }],
  ['configuration for a parent domain', '', { postmark: [{ domain: 'com' }] }],
];

for (const [name, records, context] of notDetected) {
  test(`usesPostmark: not for ${name}`, () => assert.deepEqual(usage(records, context), { uses: false, markers: [] }));
}

test('usesPostmark lists every marker', () => {
  const result = usage('pm-bounces IN CNAME pm.mtasv.net.\n@ IN MX 10 inbound.postmarkapp.com.\n', { postmark: [{ domain: 'example.com' }] });
  assert.equal(result.markers.length, 3);
});

test('Postmark selectors', () => {
  assert.equal(isPostmarkDkimSelector('20231012123456pm'), true);
  assert.equal(isPostmarkDkimSelector('pm'), true);
  assert.equal(isPostmarkDkimSelector('2023101212345pm'), false);
  assert.equal(isPostmarkDkimSelector('20231012123456'), false);
  assert.equal(DKIM_SELECTOR.test('x20231012123456pm'), false);
});

test('Postmark DMARC digest addresses', () => {
  assert.equal(isPostmarkDmarcRua('mailto:re+abc@dmarc.postmarkapp.com'), true);
  assert.equal(isPostmarkDmarcRua(' mailto:abc@inbound.dmarcdigests.com!10m'), true);
  assert.equal(isPostmarkDmarcRua('mailto:abc@dmarc.postmarkapp.com.evil.example'), false);
  assert.equal(isPostmarkDmarcRua('re+abc@dmarc.postmarkapp.com'), false);
});

test('Return-Path targets, with and without the final dot', () => {
  assert.equal(isReturnPathTarget('pm.mtasv.net.', 'example.com.'), true);
  assert.equal(isReturnPathTarget('pm.mtasv.net.example.com.', 'example.com.'), true);
  assert.equal(isReturnPathTarget('pm.mtasv.net.example.org.', 'example.com.'), false);
});

test('the cheap pre-tests never hide a name that compares equal: any case, escapes, the Kelvin sign', () => {
  assert.equal(isReturnPathTarget('PM.MtAsV.NeT.', 'example.com.'), true);
  assert.equal(isReturnPathTarget('p\\109.mtasv.net.', 'example.com.'), true); // \109 is 'm'
  assert.equal(isReturnPathTarget('pm.mtasw.net.', 'example.com.'), false);
  assert.equal(isInboundTarget('INBOUND.PostmarkApp.COM.'), true);
  assert.equal(isInboundTarget('inbound.postmar\u212Aapp.com.'), true); // toLowerCase makes the Kelvin sign a k
  assert.equal(isInboundTarget('\\105nbound.postmarkapp.com.'), true); // \105 is 'i'
  assert.equal(isInboundTarget('inbound.postmarkapp.com'), false);
  assert.equal(isInboundTarget('inbound.postmarkapp.net.'), false);
});
