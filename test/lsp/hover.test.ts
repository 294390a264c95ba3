// Hover texts for types and TTLs (the pure formatting; positions are covered by server.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeTtlHover, describeType } from '../../server/src/lsp/hover';
import { rdataParsers } from '../../server/src/zone/rdata/index';

test('TTL hovers', () => {
  const cases: Array<[string, number | undefined, string]> = [
    ['3600', 3600, '3600 seconds = 1 hour'],
    ['300', 300, '300 seconds = 5 minutes'],
    ['1', 1, '1 second'],
    ['0', 0, '0 seconds'],
    ['5400', 5400, '5400 seconds = 1 hour 30 minutes'],
    ['1h30m', 5400, '1h30m = 5400 seconds = 1 hour 30 minutes'],
    ['1W', 604800, '1W = 604800 seconds = 1 week'],
    ['4294967295', 4294967295, '4294967295 seconds = 7101 weeks 3 days 6 hours 28 minutes 15 seconds (over the maximum TTL 2147483647, RFC 2181 §8)'],
    ['1x', undefined, '`1x` is not a TTL (seconds, or units like `1h30m`)'],
  ];
  for (const [written, seconds, expected] of cases) assert.equal(describeTtlHover(written, seconds), expected, written);
});

test('type hovers', () => {
  assert.equal(describeType('MX'), '**MX** — mail exchange (RFC 1035 §3.3.9)');
  assert.equal(describeType('txt'), '**TXT** — text strings (RFC 1035 §3.3.14)');
  assert.equal(describeType('TYPE65534'), '**TYPE65534** — record type 65534 written by number (RFC 3597)');
  assert.equal(describeType('UNSPEC'), '**UNSPEC** — record type');
  assert.equal(describeType('nsap-ptr'), '**NSAP-PTR** — domain name pointer for an NSAP address (obsolete) (RFC 1706 §6)');
});

test('every record type whose data is checked has a hover naming it and where it is defined', () => {
  for (const type of Object.keys(rdataParsers)) {
    // An RFC where there is one; else the IANA registry entry or the specification it names.
    assert.match(describeType(type), new RegExp(`^\\*\\*${type}\\*\\* — .+ \\((RFC \\d+|IANA registry \\(\\w+\\)|ATM Forum |draft-|BIND 9 )`), type);
  }
});
