// expectedRecords on analysed zones: which checks a zone and its configuration give, with
// values in comparable form and the offsets of the records they come from.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyze';
import { expectedRecords } from '../../server/src/live/expected-records';
import { zoneTxtOctets, displayOctets } from '../../server/src/live/dns-answers';
import type { DomainExpectations } from '../../server/src/config/expectations';

const ZONE = [
  '$ORIGIN example.com.',
  '$TTL 300',
  '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  '@ IN MX 10 inbound.postmarkapp.com.',
  '@ IN MX 20 mail',
  '@ IN TXT "google-site-verification=abc"',
  '@ IN TXT "v=spf1 " "include:spf.mtasv.net ~all"',
  '_dmarc IN TXT "v=DMARC1; p=none"',
  '20240101000000pm._domainkey IN TXT "k=rsa; p=AAAA"',
  '20240601000000pm._domainkey IN TXT "k=rsa; p=BBBB"',
  'google._domainkey IN TXT "v=DKIM1; k=rsa; p=CCCC"',
  'PM-Bounces IN CNAME pm.mtasv.net.',
  'mail IN A 192.0.2.25',
  '',
].join('\n');

function expectedFor(text: string, postmark?: DomainExpectations[]) {
  const { zone } = analyze(text, { file: 'example.com.zone' });
  return expectedRecords(zone, { postmark });
}

describe('expectedRecords', () => {
  test('Postmark DKIM selectors (current and pending), Return-Path, inbound MX set, DMARC and SPF', () => {
    const records = expectedFor(ZONE);
    assert.deepEqual(
      records.map((r) => [r.kind, r.name, r.type, r.values]),
      [
        ['dkim', '20240101000000pm._domainkey.example.com.', 'TXT', ['k=rsa; p=AAAA']],
        ['dkim', '20240601000000pm._domainkey.example.com.', 'TXT', ['k=rsa; p=BBBB']],
        ['return-path', 'PM-Bounces.example.com.', 'CNAME', ['pm.mtasv.net.']],
        ['inbound-mx', 'example.com.', 'MX', ['10 inbound.postmarkapp.com.', '20 mail.example.com.']],
        ['dmarc', '_dmarc.example.com.', 'TXT', ['v=DMARC1; p=none']],
        ['spf', 'example.com.', 'TXT', ['v=spf1 include:spf.mtasv.net ~all']],
      ],
    );
    assert.ok(records.every((r) => r.source === 'zone'));
  });

  test('each expectation points at the record line it comes from', () => {
    for (const record of expectedFor(ZONE)) {
      for (const location of record.locations) {
        const line = ZONE.slice(location.start, location.end);
        assert.match(line, new RegExp(`\\b${record.type}\\b`), `${record.id} -> ${line}`);
      }
    }
    const spf = expectedFor(ZONE).find((r) => r.kind === 'spf')!;
    assert.equal(ZONE.slice(spf.locations[0].start, spf.locations[0].end), '@ IN TXT "v=spf1 " "include:spf.mtasv.net ~all"');
  });

  test('configured hosts the zone lacks become configuration checks; configured DKIM hosts are checked whatever their selector', () => {
    const records = expectedFor(ZONE, [
      {
        domain: 'example.com.',
        dkim: [{ host: 'google._domainkey' }, { host: '20250101000000pm._domainkey', value: 'k=rsa; p=DDDD' }],
        tracking: { host: 'links', target: 'track.example.net' },
        inbound: { host: 'inbound' },
      },
    ]);
    const byId = new Map(records.map((r) => [`${r.kind} ${r.name}`, r]));
    assert.equal(byId.get('dkim google._domainkey.example.com.')?.source, 'zone');
    assert.deepEqual(byId.get('dkim 20250101000000pm._domainkey.example.com.')?.values, ['k=rsa; p=DDDD']);
    assert.equal(byId.get('dkim 20250101000000pm._domainkey.example.com.')?.source, 'configuration');
    assert.deepEqual(byId.get('tracking links.example.com.')?.values, ['track.example.net.']);
    assert.deepEqual(byId.get('inbound-mx inbound.example.com.')?.values, ['10 inbound.postmarkapp.com.']);
    assert.deepEqual(byId.get('inbound-mx inbound.example.com.')?.locations, []);
  });

  test('a zone without Postmark records still has its SPF and DMARC checked', () => {
    const text = '$ORIGIN example.org.\n@ 300 IN SOA ns1 h 1 2 3 4 5\n@ 300 IN NS ns1\n@ 300 IN TXT "v=spf1 -all"\n';
    assert.deepEqual(expectedFor(text).map((r) => r.kind), ['spf']);
  });
});

describe('TXT octets', () => {
  test('escapes and literal UTF-8 become the octets sent on the wire', () => {
    const { zone } = analyze('$ORIGIN example.com.\n@ 300 IN TXT "a\\"b\\\\c\\065\\195\\169" "é"\n', { file: 'z' });
    const rdata = zone.records[0].rdata;
    assert.ok(rdata?.type === 'TXT');
    const octets = zoneTxtOctets(rdata.strings);
    assert.equal(octets, 'a"b\\cA\u00c3\u00a9\u00c3\u00a9');
    assert.equal(displayOctets(octets), 'a"b\\cAéé');
  });

  test('bytes that are not UTF-8 and control characters are shown as \\DDD', () => {
    assert.equal(displayOctets('ok\u0001\u00ff'), 'ok\\001\\255');
  });
});
