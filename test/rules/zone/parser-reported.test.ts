// The codes the parser reports, selected by their rules: one table per code, with spans as the
// parser reports them (the parser's own tests cover the details).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEAD, ruleTable } from '../rule-table';
import { parserReported } from '../../../server/src/rules/parser-reported';
import type { Zone } from '../../../server/src/zone/model';

test('parserReported selects only its own code from the parse findings', () => {
  const rule = parserReported('zone/syntax-error', 'summary', 'error');
  const finding = (code: string) => ({ code, severity: 'error' as const, message: code, file: 'f', start: 0, end: 1 });
  const zone = { parseFindings: [finding('zone/syntax-error'), finding('zone/unknown-type'), finding('zone/syntax-error')] } as unknown as Zone;
  assert.deepEqual(rule.check(zone, {}).map((f) => f.code), ['zone/syntax-error', 'zone/syntax-error']);
  assert.deepEqual({ code: rule.code, summary: rule.summary, severity: rule.severity }, { code: 'zone/syntax-error', summary: 'summary', severity: 'error' });
});

ruleTable('zone/syntax-error', {
  valid: [{ name: 'a clean zone', zone: HEAD }],
  invalid: [{ name: 'an unknown directive', zone: HEAD + '$TTTL 3600\n', expect: [{ text: '$TTTL' }] }],
});

ruleTable('zone/unknown-type', {
  valid: [{ name: 'TYPEnnn is known', zone: HEAD + 'x IN TYPE65534 \\# 2 abcd\n' }],
  invalid: [{ name: 'a typo', zone: HEAD + 'www IN CNAM web.example.net.\n', expect: [{ text: 'CNAM' }] }],
});

ruleTable('zone/invalid-rdata', {
  valid: [{ name: 'a good address', zone: HEAD + 'mail IN A 192.0.2.30\n' }],
  invalid: [{ name: 'an octet over 255', zone: HEAD + 'mail IN A 192.0.2.300\n', expect: [{ text: '192.0.2.300' }] }],
});

ruleTable('zone/invalid-ttl', {
  valid: [{ name: 'units', zone: HEAD + 'www 1h30m IN A 192.0.2.1\n' }],
  invalid: [
    { name: 'not a TTL', zone: HEAD + '$TTL 1hour\n', expect: [{ text: '1hour' }] },
    { name: 'over 2^31-1: a warning, BIND uses 0', zone: HEAD + 'www 4294967295 IN A 192.0.2.1\n', expect: [{ text: '4294967295', severity: 'warning' }] },
  ],
});

ruleTable('zone/missing-ttl', {
  valid: [{ name: '$TTL first', zone: HEAD }],
  invalid: [
    { name: 'SOA without any TTL: its minimum is used', zone: '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\n@ IN NS ns1.example.net.\n', expect: [{ text: '@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300', severity: 'warning' }] },
    { name: 'a record with nothing to inherit', zone: 'www IN A 192.0.2.1\n', expect: [{ text: 'www IN A 192.0.2.1', severity: 'error' }] },
  ],
});

const LONG = 'a'.repeat(256);
ruleTable('zone/txt-string-too-long', {
  valid: [{ name: '255 octets in one string', zone: HEAD + `@ IN TXT "${'a'.repeat(255)}"\n` }],
  invalid: [
    {
      name: '256 octets in one string',
      zone: HEAD + `@ IN TXT "${LONG}"\n`,
      expect: [{ text: `"${LONG}"`, fix: { id: 'split-txt-string', safe: true, output: HEAD + `@ IN TXT "${'a'.repeat(255)}" "a"\n` } }],
    },
    {
      // 254 letters, then a decimal escape and an escaped quote: the cut falls between them.
      name: 'escapes are never cut apart, and keep their spelling',
      zone: HEAD + `t IN TXT ( "${'b'.repeat(254)}\\065\\"xyz" ) ; note\n`,
      expect: [
        {
          text: `"${'b'.repeat(254)}\\065\\"xyz"`,
          fix: { id: 'split-txt-string', safe: true, output: HEAD + `t IN TXT ( "${'b'.repeat(254)}\\065" "\\"xyz" ) ; note\n` },
        },
      ],
    },
    {
      name: 'an unquoted string is split into quoted ones; multi-byte characters stay whole',
      zone: HEAD + `u IN TXT ${'é'.repeat(128)}\n`,
      expect: [{ text: 'é'.repeat(128), fix: { id: 'split-txt-string', safe: true, output: HEAD + `u IN TXT "${'é'.repeat(127)}" "é"\n` } }],
    },
  ],
});

const LABEL = 'l'.repeat(64);
ruleTable('zone/name-too-long', {
  valid: [{ name: 'a 63-octet label', zone: HEAD + `${'l'.repeat(63)} IN A 192.0.2.1\n` }],
  invalid: [{ name: 'a 64-octet label', zone: HEAD + `${LABEL} IN A 192.0.2.1\n`, expect: [{ text: LABEL }] }],
});

ruleTable('zone/include-not-found', {
  valid: [{ name: 'an include that exists', zone: HEAD + '$INCLUDE extra.zone\n', includes: { 'extra.zone': 'www IN A 192.0.2.1\n' } }],
  invalid: [{ name: 'a missing file', zone: HEAD + '$INCLUDE missing.zone\n', expect: [{ text: 'missing.zone' }] }],
});

ruleTable('zone/include-cycle', {
  valid: [{ name: 'the same file included twice in a row is no cycle', zone: HEAD + '$INCLUDE a.zone\n$INCLUDE a.zone\n', includes: { 'a.zone': 'x IN TXT "x"\n' } }],
  invalid: [
    {
      name: 'the zone includes itself',
      zone: HEAD + '$INCLUDE example.com.zone\n',
      includes: { 'example.com.zone': HEAD + '$INCLUDE example.com.zone\n' },
      expect: [{ text: 'example.com.zone' }],
    },
  ],
});
