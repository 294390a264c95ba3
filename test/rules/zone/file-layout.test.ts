// zone/inherited-owner-after-origin and zone/no-final-newline: two of named-checkzone's warnings
// about how a file is laid out. Each case is also run through named-checkzone when it is
// installed, which must warn exactly when we report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NAMED_CHECKZONE } from '../../helpers/named-checkzone';
import { HEAD, analyzeCase, assertBindWarnsAsOften, ruleTable, type InvalidCase, type ZoneCase } from '../rule-table';

const originCases: { valid: ZoneCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'an owner written after $ORIGIN', zone: `${HEAD}www IN A 192.0.2.1\n$ORIGIN sub.example.com.\n@ IN TXT "x"\n` },
    { name: 'an inherited owner after a written one', zone: `${HEAD}www IN A 192.0.2.1\n$ORIGIN sub.example.com.\nfoo IN A 192.0.2.5\n    IN TXT "x"\n` },
    { name: 'an $INCLUDE with records of its own does not end the warning for its first', zone: `${HEAD}$ORIGIN sub.example.com.\n$INCLUDE inc.zone\n`, includes: { 'inc.zone': 'foo IN TXT "i"\n' } },
    { name: 'an $INCLUDE with an origin, whose file writes its first owner', zone: `${HEAD}www IN A 192.0.2.1\n$INCLUDE inc.zone sub.example.com.\n`, includes: { 'inc.zone': 'foo IN TXT "i"\n' } },
  ],
  invalid: [
    {
      name: 'the record right after $ORIGIN',
      zone: `${HEAD}www IN A 192.0.2.1\n$ORIGIN sub.example.com.\n    IN TXT "x"\n`,
      expect: [
        {
          text: 'TXT',
          message: /^This record has no owner of its own, so it keeps 'www\.example\.com' from the record before the \$ORIGIN line, not a name under the new origin 'sub\.example\.com'/,
          fix: { id: 'write-owner', output: `${HEAD}www IN A 192.0.2.1\n$ORIGIN sub.example.com.\nwww.example.com.    IN TXT "x"\n`, safe: false },
        },
      ],
    },
    {
      name: 'with $TTL, $GENERATE, comments and another $ORIGIN in between; relative where it can be',
      zone: `${HEAD}x.sub IN A 192.0.2.1\n$ORIGIN example.net.\n; note\n$TTL 60\n$GENERATE 1-2 g$ A 10.0.0.$\n$ORIGIN sub.example.com.\n    IN TXT "x"\n`,
      expect: [{ text: 'TXT', message: /keeps 'x\.sub\.example\.com'.*new origin 'sub\.example\.com'/, fix: { id: 'write-owner', output: `${HEAD}x.sub IN A 192.0.2.1\n$ORIGIN example.net.\n; note\n$TTL 60\n$GENERATE 1-2 g$ A 10.0.0.$\n$ORIGIN sub.example.com.\nx    IN TXT "x"\n` } }],
    },
  ],
};

/** An $INCLUDE with an origin: its file's first record inherits the owner from before it. */
const includeWithOrigin: ZoneCase = {
  name: 'an $INCLUDE with an origin, whose file starts with an inherited owner',
  zone: `${HEAD}www IN A 192.0.2.1\n$INCLUDE inc.zone sub.example.com.\n`,
  includes: { 'inc.zone': '    IN TXT "i"\n' },
};

/** Findings in an $INCLUDE'd file are beyond the table: checked on their own below. */
const throughInclude: ZoneCase = {
  name: "an $INCLUDE before the next line: its file's first record, and the line after it",
  zone: `${HEAD}www IN A 192.0.2.1\n$ORIGIN sub.example.com.\n$INCLUDE inc.zone\n    IN TXT "x"\n`,
  includes: { 'inc.zone': '    IN TXT "i"\n' },
};

const newlineCases: { valid: ZoneCase[]; invalid: InvalidCase[] } = {
  valid: [
    { name: 'a final line end', zone: `${HEAD}www IN A 192.0.2.1\n` },
    { name: 'a last line that is a comment in the first column (BIND is silent too)', zone: `${HEAD}www IN A 192.0.2.1\n; end` },
    { name: 'a bare CR at the end (BIND is silent too)', zone: `${HEAD}www IN A 192.0.2.1\r` },
  ],
  invalid: [
    {
      name: 'the last line without a line end',
      zone: `${HEAD}www IN A 192.0.2.1`,
      expect: [{ text: '', at: `${HEAD}www IN A 192.0.2.1`.length, fix: { id: 'add-final-newline', output: `${HEAD}www IN A 192.0.2.1\n`, safe: true } }],
    },
    {
      name: 'CRLF files get CRLF',
      zone: `${HEAD.replace(/\n/g, '\r\n')}www IN A 192.0.2.1`,
      expect: [{ text: '', at: `${HEAD.replace(/\n/g, '\r\n')}www IN A 192.0.2.1`.length, fix: { id: 'add-final-newline', output: `${HEAD.replace(/\n/g, '\r\n')}www IN A 192.0.2.1\r\n` } }],
    },
  ],
};

ruleTable('zone/inherited-owner-after-origin', originCases);

test(includeWithOrigin.name, () => {
  const found = analyzeCase(includeWithOrigin).findings.filter((f) => f.code === 'zone/inherited-owner-after-origin');
  assert.deepEqual(found.map((f) => `${f.file}@${f.start}`), [`inc.zone@${'    IN '.length}`]);
});

test(throughInclude.name, () => {
  const found = analyzeCase(throughInclude).findings.filter((f) => f.code === 'zone/inherited-owner-after-origin');
  assert.deepEqual(found.map((f) => `${f.file}@${f.start}`).sort(), [`example.com.zone@${throughInclude.zone.lastIndexOf('TXT')}`, `inc.zone@${'    IN '.length}`]);
});
ruleTable('zone/no-final-newline', newlineCases);

test('named-checkzone warns exactly where we report', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const cases: Array<[ZoneCase, string, RegExp]> = [
    ...[...originCases.valid, ...originCases.invalid, throughInclude, includeWithOrigin].map((c): [ZoneCase, string, RegExp] => [c, 'zone/inherited-owner-after-origin', /immediately after \$ORIGIN/]),
    ...[...newlineCases.valid, ...newlineCases.invalid].map((c): [ZoneCase, string, RegExp] => [c, 'zone/no-final-newline', /does not end with newline/]),
  ];
  assertBindWarnsAsOften(cases);
});
