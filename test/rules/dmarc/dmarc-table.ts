// Table-driven tests for the dmarc/ rules (helper, not a test file): zone text, optional rule
// context, and the exact findings of one code (span text, severity, fixes as whole texts).
// Runs every registered rule plus the dmarc/ ones, so it works before they are registered too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../../server/src/zone/parser';
import type { Finding, Rule, RuleContext, Severity } from '../../../server/src/rules/rule';
import { rules } from '../../../server/src/rules/index';
import { applyFixEdits } from '../../helpers/apply-edits';
import { dmarcMissing } from '../../../server/src/rules/dmarc/missing';
import { dmarcSyntax } from '../../../server/src/rules/dmarc/syntax';
import { dmarcMultipleRecords } from '../../../server/src/rules/dmarc/multiple-records';
import { dmarcNotAtDmarc } from '../../../server/src/rules/dmarc/not-at-dmarc';
import { dmarcRemovedTag } from '../../../server/src/rules/dmarc/removed-tag';
import { dmarcStrictSpfAlignment } from '../../../server/src/rules/dmarc/strict-spf-alignment';

export const FILE = 'example.com.zone';

export const HEAD = `$TTL 3600
@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.53
`;

/** A Return-Path CNAME: enough for the zone to "use Postmark". */
export const POSTMARK = 'pm-bounces IN CNAME pm.mtasv.net.\n';

const DMARC_RULES: Rule[] = [dmarcMissing, dmarcSyntax, dmarcMultipleRecords, dmarcNotAtDmarc, dmarcRemovedTag, dmarcStrictSpfAlignment];
const ALL_RULES: Rule[] = [...rules, ...DMARC_RULES.filter((r) => !rules.some((x) => x.code === r.code))];

export interface DmarcCase {
  name: string;
  zone: string;
  context?: RuleContext;
}

export interface Expected {
  /** Exact text the finding covers, and which occurrence of it (default the first). */
  text: string;
  occurrence?: number;
  /** Look for `text` only from the first occurrence of this text on. */
  after?: string;
  severity?: Severity;
  message?: RegExp;
  /** Fix id -> the whole text after applying it alone; `null`: the fix is not offered. */
  fixes?: Record<string, string | null>;
  /** Check a fix's other properties (safe, command...). */
  fix?: (fixes: NonNullable<Finding['fixes']>) => void;
}

export interface InvalidCase extends DmarcCase {
  expect: Expected[];
  /** Every safe fix of this code applied at once gives this text; applying again changes nothing. */
  fixAll?: string;
}

export function findingsOf(zoneText: string, context: RuleContext = {}): Finding[] {
  const zone = parseZone(zoneText, { file: FILE, origin: 'example.com.' });
  return ALL_RULES.flatMap((rule) => rule.check(zone, context));
}

function offsetOf(text: string, needle: string, occurrence: number, after?: string): number {
  let at = after === undefined ? -1 : text.indexOf(after) - 1;
  if (after !== undefined && at < -1) throw new Error(`'${after}' does not occur in the zone`);
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in the zone`);
  }
  return at;
}

function describe_(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code} @${f.start} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

function texts(findings: Finding[], text: string): string[] {
  return findings.map((f) => `${f.code} ${f.severity} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
}

export function dmarcRuleTable(code: string, rule: Rule, table: { valid: DmarcCase[]; invalid: InvalidCase[] }): void {
  const of = (findings: Finding[]) => findings.filter((f) => f.code === code);
  describe(code, () => {
    test('has this code', () => assert.equal(rule.code, code));
    for (const c of table.valid) {
      test(`valid: ${c.name}`, () => assert.deepEqual(describe_(of(findingsOf(c.zone, c.context)), c.zone), []));
    }
    for (const c of table.invalid) {
      test(`invalid: ${c.name}`, () => {
        const before = findingsOf(c.zone, c.context);
        const expected = c.expect.map((e) => ({ e, start: offsetOf(c.zone, e.text, e.occurrence ?? 0, e.after) }));
        assert.deepEqual(describe_(of(before), c.zone), expected.map(({ e, start }) => `${code} @${start} ${JSON.stringify(e.text)}`).sort());
        for (const { e, start } of expected) {
          const finding = of(before).find((f) => f.start === start && f.end === start + e.text.length)!;
          assert.equal(finding.severity, e.severity ?? rule.severity);
          if (e.message) assert.match(finding.message, e.message);
          for (const [id, output] of Object.entries(e.fixes ?? {})) {
            const fix = finding.fixes?.find((f) => f.id === id);
            if (output === null) {
              assert.equal(fix, undefined, `fix '${id}' should not be offered`);
              continue;
            }
            assert.ok(fix, `fix '${id}' offered`);
            assert.ok(fix.edits.every((edit) => edit.file === FILE));
            const after = applyFixEdits(c.zone, fix.edits, FILE);
            assert.equal(after, output);
            // The finding is gone and nothing new appears (other findings keep their code and text).
            assert.deepEqual(texts(findingsOf(after, c.context), after), texts(before.filter((f) => f !== finding), c.zone));
          }
          if (e.fix) e.fix(finding.fixes ?? []);
        }
        if (c.fixAll !== undefined) {
          const fixed = applySafeFixes(c.zone, of(before));
          assert.equal(fixed, c.fixAll);
          const again = of(findingsOf(fixed, c.context));
          assert.equal(applySafeFixes(fixed, again), fixed, 'applying the fixes again changes nothing');
        }
      });
    }
  });
}

/** The first safe fix of each finding, applied together (what "fix all" does). */
function applySafeFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}
