// Canonical rdata keys used by zone/duplicate-record, zone/multiple-soa and zone/multiple-cname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIpv6 } from '../../../server/src/rules/zone/rdata-key';
import { wholeLines } from '../../../server/src/rules/zone/duplicate-record';

test('canonicalIpv6 gives equal keys for equal addresses', () => {
  const same = ['2001:db8::1', '2001:DB8:0:0:0:0:0:1', '2001:0db8:0000::0001'];
  assert.deepEqual(new Set(same.map(canonicalIpv6)).size, 1);
  assert.equal(canonicalIpv6('::'), '0:0:0:0:0:0:0:0');
  assert.equal(canonicalIpv6('::ffff:192.0.2.1'), canonicalIpv6('0:0:0:0:0:ffff:c000:201'));
  assert.equal(canonicalIpv6('::192.0.2.1'), '0:0:0:0:0:0:c000:201');
  assert.notEqual(canonicalIpv6('2001:db8::1'), canonicalIpv6('2001:db8::2'));
});

test('canonicalIpv6 leaves text that is no IPv6 address alone', () => {
  for (const text of ['1:2:3', '1::2::3', 'zz::1', '1:2:3:4:5:6:7:8:9']) assert.equal(canonicalIpv6(text), text.toLowerCase());
});

test('wholeLines takes the line ending, and refuses lines shared with other text', () => {
  const text = 'a\n  rec ; note\nb';
  assert.deepEqual(wholeLines(text, 4, 7), { start: 2, end: 15 });
  assert.equal(wholeLines('x rec\n', 2, 5), undefined);
  assert.equal(wholeLines('rec x\n', 0, 3), undefined);
  // The last line without an ending takes the previous line's ending.
  assert.deepEqual(wholeLines('a\r\nrec', 3, 6), { start: 1, end: 6 });
  assert.deepEqual(wholeLines('rec', 0, 3), { start: 0, end: 3 });
});
