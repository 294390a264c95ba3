// Canonical rdata keys used by zone/duplicate-record, zone/multiple-soa and zone/multiple-cname.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalIpv6 } from '../../../server/src/rules/zone/rdata-key';

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
