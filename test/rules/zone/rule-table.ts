// Table-driven rule tests (helper, not a test file): each case is zone text and the findings
// one code should give, checked through analyze() with the real parser. Spans are checked by
// the exact text they cover and where it occurs; fixes by the whole resulting text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../server/src/analyze';
import type { Finding, Severity } from '../../../server/src/rules/rule';
import { rules } from '../../../server/src/rules/index';
import { applyFixEdits } from '../../helpers/apply-edits';

export const FILE = 'example.com.zone';

/** A small valid zone for example.com, to which cases append records. */
export const HEAD = `$TTL 3600
@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.53
`;

export interface ZoneCase {
  name: string;
  zone: string;
  /** Zone name given to the parser; inferred from example.com.zone when absent. */
  origin?: string;
  /** Files $INCLUDE may read, by the name written in the directive. */
  includes?: Record<string, string>;
}

export interface ExpectedFinding {
  code?: string;
  /** Exact source text the finding spans ('' for an empty span). */
  text: string;
  /** Which occurrence of `text` in the zone (0-based); default 0. */
  occurrence?: number;
  /** Offset of an empty span, when `text` is ''. */
  at?: number;
  severity?: Severity;
  message?: RegExp;
  /** The fix with this id, applied alone, gives `output` (the whole text). */
  fix?: { id: string; output: string };
  /** This finding offers no fix. */
  noFix?: true;
}

export interface InvalidCase extends ZoneCase {
  expect: ExpectedFinding[];
  /** Every safe fix of this code applied at once gives this text. */
  fixAll?: string;
}

export function analyzeCase(c: ZoneCase, zone: string = c.zone): Analysis {
  const includes = c.includes ?? {};
  return analyze(zone, {
    file: FILE,
    origin: c.origin,
    readInclude: (requested) => (requested in includes ? { file: requested, text: includes[requested] } : { error: `no such file '${requested}'` }),
  });
}

function of(code: string, analysis: Analysis): Finding[] {
  return analysis.findings.filter((f) => f.code === code && f.file === FILE);
}

function offsetOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in the zone`);
  }
  return at;
}

/** Findings as `code @start "text"`, for readable diffs. */
function describeFindings(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code} @${f.start} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

export function ruleTable(code: string, table: { valid: ZoneCase[]; invalid: InvalidCase[] }): void {
  const rule = rules.find((r) => r.code === code);
  describe(code, () => {
    test('is registered', () => assert.ok(rule, `${code} is not in rules/index.ts`));
    for (const c of table.valid) {
      test(`valid: ${c.name}`, () => {
        const analysis = analyzeCase(c);
        assert.deepEqual(describeFindings(of(code, analysis), c.zone), []);
      });
    }
    for (const c of table.invalid) {
      test(`invalid: ${c.name}`, () => {
        const analysis = analyzeCase(c);
        const expected = c.expect.map((e) => {
          const start = e.text === '' && e.at !== undefined ? e.at : offsetOf(c.zone, e.text, e.occurrence ?? 0);
          return { e, start, end: start + e.text.length };
        });
        const actual = of(code, analysis);
        assert.deepEqual(
          describeFindings(actual, c.zone),
          expected.map(({ start, e }) => `${e.code ?? code} @${start} ${JSON.stringify(e.text)}`).sort(),
        );
        for (const { e, start, end } of expected) {
          const finding = actual.find((f) => f.start === start && f.end === end)!;
          assert.equal(finding.severity, e.severity ?? rule?.severity);
          if (e.message) assert.match(finding.message, e.message);
          if (e.noFix) assert.equal(finding.fixes, undefined);
          if (e.fix) checkFix(c, analysis, finding, e.fix);
        }
        if (c.fixAll !== undefined) checkFixAll(code, c, actual);
      });
    }
  });
}

function checkFix(c: ZoneCase, before: Analysis, finding: Finding, expected: { id: string; output: string }): void {
  const fix = finding.fixes?.find((f) => f.id === expected.id);
  assert.ok(fix, `fix '${expected.id}' offered`);
  assert.equal(fix.edits.every((edit) => edit.file === FILE), true);
  const output = applyFixEdits(c.zone, fix.edits, FILE);
  assert.equal(output, expected.output);
  // The finding is gone and nothing new appears (other findings keep their code and text).
  const after = analyzeCase(c, output);
  const remaining = describeTexts(before.findings.filter((f) => f !== finding), c.zone);
  const now = describeTexts(after.findings, output);
  assert.deepEqual(now.filter((key) => !remaining.includes(key)), [], 'findings the fix introduced');
  const count = (keys: string[], key: string) => keys.filter((k) => k === key).length;
  const fixedKey = describeTexts([finding], c.zone)[0];
  assert.ok(count(now, fixedKey) <= count(remaining, fixedKey), 'the fixed finding is still there');
}

function checkFixAll(code: string, c: InvalidCase, findings: Finding[]): void {
  const output = applySafeFixes(c.zone, findings);
  assert.equal(output, c.fixAll);
  const after = of(code, analyzeCase(c, output));
  assert.deepEqual(describeFindings(after, output), []);
  // Fixing again changes nothing.
  assert.equal(applySafeFixes(output, after), output);
}

/** The first safe fix of each finding, applied together (what "fix all" does). */
function applySafeFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}

function describeTexts(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}
