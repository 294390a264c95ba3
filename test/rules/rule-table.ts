// Table-driven rule tests (helper, not a test file): each case is zone text (plus rule context,
// origin, included files) and the exact findings of one code, checked through analyze() with the
// real parser: span text, severity, message; each fix applied alone and every safe fix at once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../server/src/analyze';
import type { Finding, Fix, RuleContext, Severity, TextEdit } from '../../server/src/rules/rule';
import { findRule } from '../../server/src/rules/index';
import { applyFixEdits } from '../helpers/apply-edits';
import { spanIn } from '../helpers/fields';
import { bindOnText } from '../helpers/named-checkzone';

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
  /** Zone name given to the parser; inferred (from example.com.zone) when absent. */
  origin?: string;
  /** Files $INCLUDE may read, by the name written in the directive. */
  includes?: Record<string, string>;
  /** Postmark expectations and the like, as postmark-zone.json would give them. */
  context?: RuleContext;
}

export interface ExpectedFix {
  id: string;
  /** The whole text after applying this fix alone. */
  output: string;
  /** Checked when given. */
  safe?: boolean;
}

export interface ExpectedFinding {
  /** Exact source text the finding spans ('' with `at` for an empty span). */
  text: string;
  /** Which occurrence of `text` (0-based, default 0), counted from `after` when given. */
  occurrence?: number;
  /** Look for `text` only from the first occurrence of this text on. */
  after?: string;
  /** Offset of an empty span, when `text` is ''. */
  at?: number;
  /** Default: the rule's severity. */
  severity?: Severity;
  message?: RegExp;
  fix?: ExpectedFix;
  /** This finding offers no fix at all. */
  noFix?: true;
  /** This finding does not offer the fix with this id. */
  notOffered?: string;
  /** Checks the offered fixes' other properties (commands, titles...). */
  checkFixes?: (fixes: Fix[]) => void;
}

export interface InvalidCase extends ZoneCase {
  expect: ExpectedFinding[];
  /** Every safe fix of this code applied at once gives this text; applying again changes nothing. */
  fixAll?: string;
}

export interface Table {
  valid: ZoneCase[];
  invalid: InvalidCase[];
  /**
   * What a fix may do to the other findings (compared by code, severity and covered text). Always:
   * add none. 'keep messages': the ones left also keep their messages. 'keep all': every other
   * finding stays, message included.
   */
  otherFindings?: 'may go' | 'keep messages' | 'keep all';
}

export function analyzeCase(c: ZoneCase, text: string = c.zone): Analysis {
  const includes = c.includes ?? {};
  return analyze(text, {
    file: FILE,
    origin: c.origin,
    context: c.context,
    readInclude: (requested) => (requested in includes ? { file: requested, text: includes[requested] } : { error: `no such file '${requested}'` }),
  });
}

/** The findings of one code for a zone text (parsed as example.com.zone). */
export function findingsOf(code: string, zone: string, context?: RuleContext): Finding[] {
  return analyzeCase({ name: code, zone, context }).findings.filter((f) => f.code === code);
}

export function ruleTable(code: string, table: Table): void {
  const rule = findRule(code);
  const of = (analysis: Analysis) => analysis.findings.filter((f) => f.code === code);
  describe(code, () => {
    test('is registered', () => assert.ok(rule, `${code} is not in rules/index.ts`));
    for (const c of table.valid) {
      test(`valid: ${c.name}`, () => assert.deepEqual(describeAt(of(analyzeCase(c)), c.zone), []));
    }
    for (const c of table.invalid) {
      test(`invalid: ${c.name}`, () => {
        const analysis = analyzeCase(c);
        const actual = of(analysis);
        const expected = c.expect.map((e) => ({ e, start: locate(c.zone, e) }));
        assert.deepEqual(describeAt(actual, c.zone), expected.map(({ e, start }) => `${code} @${start} ${JSON.stringify(e.text)}`).sort());
        for (const { e, start } of expected) {
          const finding = actual.find((f) => f.start === start && f.end === start + e.text.length)!;
          assert.equal(finding.severity, e.severity ?? rule?.severity);
          if (e.message) assert.match(finding.message, e.message);
          if (e.noFix) assert.equal(finding.fixes, undefined);
          if (e.notOffered) assert.equal(finding.fixes?.find((f) => f.id === e.notOffered), undefined, `fix '${e.notOffered}' should not be offered`);
          if (e.fix) checkFix(c, analysis.findings, finding, e.fix, table.otherFindings ?? 'may go');
          if (e.checkFixes) e.checkFixes(finding.fixes ?? []);
        }
        if (c.fixAll !== undefined) checkFixAll(code, c, actual, c.fixAll);
      });
    }
  });
}

function locate(zone: string, e: ExpectedFinding): number {
  if (e.text === '' && e.at !== undefined) return e.at;
  const from = e.after === undefined ? 0 : spanIn(zone, e.after).start;
  return from + spanIn(zone.slice(from), e.text, e.occurrence ?? 0).start;
}

/** Findings as `code @start "text"` (with the file when not the main one), for readable diffs. */
function describeAt(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code}${f.file === FILE ? '' : ` in ${f.file}`} @${f.start} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

/** What identifies a finding across edits that move offsets: code, severity, covered text (and message). */
function keysOf(findings: Finding[], text: string, withMessage: boolean): string[] {
  return findings.map((f) => `${f.code} ${f.severity} ${JSON.stringify(text.slice(f.start, f.end))}${withMessage ? ` ${f.message}` : ''}`).sort();
}

function checkFix(c: ZoneCase, before: Finding[], finding: Finding, expected: ExpectedFix, others: NonNullable<Table['otherFindings']>): void {
  const fix = finding.fixes?.find((f) => f.id === expected.id);
  assert.ok(fix, `fix '${expected.id}' offered (offered: ${(finding.fixes ?? []).map((f) => f.id).join(', ') || 'none'})`);
  if (expected.safe !== undefined) assert.equal(fix.safe ?? false, expected.safe, `fix '${expected.id}' safe`);
  assert.ok(fix.edits.every((edit) => edit.file === FILE), 'every edit is in the zone file');
  const output = applyFixEdits(c.zone, fix.edits, FILE);
  assert.equal(output, expected.output);
  const after = analyzeCase(c, output).findings;
  // The other findings: none is new (and, as the table asks, messages kept or nothing gone).
  const withMessage = others !== 'may go';
  const left = keysOf(before.filter((f) => f !== finding), c.zone, withMessage);
  for (const key of keysOf(after, output, withMessage)) {
    const index = left.indexOf(key);
    assert.ok(index >= 0, `new finding after the fix: ${key}`);
    left.splice(index, 1);
  }
  if (others === 'keep all') assert.deepEqual(left, [], 'findings the fix removed besides its own');
  // The fixed finding is gone: fewer findings of its code say its message.
  const saying = (findings: Finding[]) => findings.filter((f) => f.code === finding.code && f.message === finding.message).length;
  assert.ok(saying(after) < saying(before), 'the finding is still there');
  // Where the finding was, the same fix is not offered again: a second application has nothing to do.
  const at = mapOffset(finding.start, fix.edits);
  const again = after.filter((f) => f.code === finding.code && f.start === at && f.fixes?.some((x) => x.id === fix.id));
  assert.deepEqual(describeAt(again, output), [], 'the fix is offered again');
}

/** Where an offset of the old text lands after the edits (an edited offset lands at its edit's start). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.end <= offset && !(edit.start === offset && edit.end === offset)) delta += edit.newText.length - (edit.end - edit.start);
    else if (edit.start <= offset && offset < edit.end) return edit.start + delta;
  }
  return offset + delta;
}

function checkFixAll(code: string, c: ZoneCase, findings: Finding[], expected: string): void {
  const output = applySafeFixes(c.zone, findings);
  assert.equal(output, expected);
  // Left: exactly the findings that had no safe fix.
  const after = analyzeCase(c, output).findings.filter((f) => f.code === code);
  const unfixable = findings.filter((f) => !f.fixes?.some((fix) => fix.safe));
  assert.deepEqual(keysOf(after, output, false), keysOf(unfixable, c.zone, false), 'findings of this code after fix-all');
  assert.equal(applySafeFixes(output, after), output, 'fixing again changes nothing');
}

/** The first safe fix of each finding, applied together (what "fix all" does). */
function applySafeFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}

/**
 * For each case: named-checkzone prints a line matching `warning` exactly as often as we report
 * `code` (the caller skips, saying why, when named-checkzone is not installed).
 */
export function assertBindWarnsAsOften(checks: ReadonlyArray<[ZoneCase, string, RegExp]>): void {
  for (const [zoneCase, code, warning] of checks) {
    const bind = bindOnText(zoneCase.zone, zoneCase.includes);
    const theirs = bind.output.split('\n').filter((line) => warning.test(line)).length;
    const ours = analyzeCase(zoneCase).findings.filter((f) => f.code === code).length;
    assert.equal(ours, theirs, `${zoneCase.name}: ${bind.output}`);
  }
}
