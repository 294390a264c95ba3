// Table-driven tests for rules that read the Postmark context and insert records (helper, not a
// test file): zone text plus context in, exact findings (code, span text, severity) out; each fix
// applied alone and every safe fix at once, compared as whole texts and re-analysed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../../server/src/zone/parser';
import type { Finding, Rule, RuleContext, Severity } from '../../../server/src/rules/rule';
import { rules as registered } from '../../../server/src/rules/index';
import { applyFixEdits } from '../../helpers/apply-edits';
import { returnPathMissing } from '../../../server/src/rules/postmark/return-path-missing';
import { returnPathTarget } from '../../../server/src/rules/postmark/return-path-target';
import { returnPathConflict } from '../../../server/src/rules/postmark/return-path-conflict';
import { inboundMx } from '../../../server/src/rules/postmark/inbound-mx';
import { trackingCname } from '../../../server/src/rules/postmark/tracking-cname';

export const FILE = 'example.com.zone';
export const HEAD = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n';
export const DKIM = '20231012123456pm._domainkey IN TXT "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1"\n';

/** The rules of this family: run with the registry even before rules/index.ts lists them. */
const MINE = [returnPathMissing, returnPathTarget, returnPathConflict, inboundMx, trackingCname];
const ALL: Rule[] = [...registered, ...MINE.filter((rule) => !registered.some((r) => r.code === rule.code))];

export interface Case {
  name: string;
  zone: string;
  context?: RuleContext;
}

export interface Expected {
  /** Exact text the finding spans; `occurrence` picks among repeats (0-based). */
  text: string;
  occurrence?: number;
  /** Find `text` inside the first occurrence of this longer text instead. */
  within?: string;
  severity?: Severity;
  message?: RegExp;
  /** The fix with this id, applied alone, gives this whole text. */
  fix?: { id: string; output: string; safe?: boolean };
  noFix?: true;
}

export interface InvalidCase extends Case {
  expect: Expected[];
  /** The first safe fix of each finding of the rule, applied together. */
  fixAll?: string;
}

export function analyzeAll(text: string, context: RuleContext = {}): Finding[] {
  const zone = parseZone(text, { file: FILE });
  const findings = [...zone.parseFindings];
  for (const rule of ALL) findings.push(...rule.check(zone, context));
  return findings;
}

function describeAll(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

export function postmarkRuleTable(rule: Rule, table: { valid: Case[]; invalid: InvalidCase[] }): void {
  const of = (findings: Finding[]) => findings.filter((f) => f.code === rule.code);
  describe(rule.code, () => {
    for (const c of table.valid) {
      test(`valid: ${c.name}`, () => {
        assert.deepEqual(describeAll(of(analyzeAll(c.zone, c.context)), c.zone), []);
      });
    }
    for (const c of table.invalid) {
      test(`invalid: ${c.name}`, () => {
        const before = analyzeAll(c.zone, c.context);
        const actual = of(before);
        const expected = c.expect.map((e) => ({ e, start: e.within ? offsetOf(c.zone, e.within) + offsetOf(e.within, e.text, e.occurrence) : offsetOf(c.zone, e.text, e.occurrence) }));
        assert.deepEqual(
          actual.map((f) => `@${f.start} ${JSON.stringify(c.zone.slice(f.start, f.end))}`).sort(),
          expected.map(({ e, start }) => `@${start} ${JSON.stringify(e.text)}`).sort(),
        );
        for (const { e, start } of expected) {
          const finding = actual.find((f) => f.start === start && f.end === start + e.text.length)!;
          assert.equal(finding.severity, e.severity ?? rule.severity);
          assert.equal(finding.file, FILE);
          if (e.message) assert.match(finding.message, e.message);
          if (e.noFix) assert.equal(finding.fixes, undefined);
          if (e.fix) checkFix(rule, c, before, finding, e.fix);
        }
        if (c.fixAll !== undefined) checkFixAll(rule, c, actual);
      });
    }
  });
}

function checkFix(rule: Rule, c: Case, before: Finding[], finding: Finding, expected: NonNullable<Expected['fix']>): void {
  const fix = finding.fixes?.find((f) => f.id === expected.id);
  assert.ok(fix, `fix '${expected.id}' offered (got ${finding.fixes?.map((f) => f.id).join(', ') ?? 'none'})`);
  assert.equal(fix.safe ?? false, expected.safe ?? true, `fix '${expected.id}' safe`);
  const output = applyFixEdits(c.zone, fix.edits, FILE);
  assert.equal(output, expected.output);
  const after = analyzeAll(output, c.context);
  // The finding is gone, and every finding left was there before (compared by code and text).
  assert.ok(!after.some((f) => f.code === rule.code && f.message === finding.message), 'the finding is gone');
  const remaining = describeAll(before.filter((f) => f !== finding), c.zone);
  for (const line of describeAll(after, output)) {
    const index = remaining.indexOf(line);
    assert.ok(index >= 0, `new finding after the fix: ${line}`);
    remaining.splice(index, 1);
  }
}

function checkFixAll(rule: Rule, c: InvalidCase, findings: Finding[]): void {
  const output = applySafeFixes(c.zone, findings);
  assert.equal(output, c.fixAll);
  const after = analyzeAll(output, c.context).filter((f) => f.code === rule.code);
  assert.equal(applySafeFixes(output, after), output, 'fixing again changes nothing');
}

function applySafeFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}
