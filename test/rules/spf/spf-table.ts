// Table-driven tests for the spf/ rules (helper, not a test file): zone text in, the exact
// findings of one code out (span text, severity, message), and each fix checked by the whole
// resulting text, a re-analysis (finding gone, nothing new) and a second application (no change).
// Runs every registered rule plus the spf/ ones, so it works before they are registered.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../../server/src/zone/parser';
import type { Finding, Rule, Severity } from '../../../server/src/rules/rule';
import { rules } from '../../../server/src/rules/index';
import { applyFixEdits } from '../../helpers/apply-edits';
import { SPF_RULES } from './spf-rules';

export const FILE = 'example.com.zone';

export const HEAD = `$TTL 3600
@ IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300
@ IN NS ns1
ns1 IN A 192.0.2.53
`;

const ALL_RULES: Rule[] = [...rules, ...SPF_RULES.filter((rule) => !rules.some((other) => other.code === rule.code))];

export interface SpfCase {
  name: string;
  zone: string;
}

export interface Expected {
  /** Exact text the finding covers, and which occurrence of it in the zone (default the first). */
  text: string;
  occurrence?: number;
  severity?: Severity;
  message?: RegExp;
  /** The fix with this id, applied alone, gives `output`; `safe` is checked when given. */
  fix?: { id: string; output: string; safe?: boolean };
  noFix?: true;
}

export interface InvalidCase extends SpfCase {
  expect: Expected[];
  /** Every safe fix of this code applied at once gives this text. */
  fixAll?: string;
}

export function analyzeZone(text: string): Finding[] {
  const zone = parseZone(text, { file: FILE, origin: 'example.com.' });
  return [...zone.parseFindings, ...ALL_RULES.flatMap((rule) => rule.check(zone, {}))];
}

export function findingsOf(code: string, text: string): Finding[] {
  return analyzeZone(text).filter((finding) => finding.code === code);
}

function offsetOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in the zone`);
  }
  return at;
}

const describeAt = (findings: Finding[], text: string) => findings.map((f) => `${f.code} @${f.start} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
/** Code, covered text and message: what identifies a finding across edits that move offsets. */
const keysOf = (findings: Finding[], text: string) => findings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))} ${f.message}`).sort();

export function spfTable(code: string, table: { valid: SpfCase[]; invalid: InvalidCase[] }): void {
  const rule = SPF_RULES.find((candidate) => candidate.code === code);
  if (!rule) throw new Error(`no spf/ rule has the code '${code}'`);
  describe(code, () => {
    test('is registered in rules/index.ts', (t) => {
      // rules/index.ts is edited by the lead; until the spf/ lines are added this is reported, not failed.
      if (!rules.includes(rule)) t.skip(`${code} is not in rules/index.ts yet`);
    });
    for (const c of table.valid) {
      test(`valid: ${c.name}`, () => {
        assert.deepEqual(describeAt(findingsOf(rule.code, c.zone), c.zone), []);
      });
    }
    for (const c of table.invalid) {
      test(`invalid: ${c.name}`, () => {
        const all = analyzeZone(c.zone);
        const actual = all.filter((finding) => finding.code === rule.code);
        const expected = c.expect.map((e) => {
          const start = offsetOf(c.zone, e.text, e.occurrence ?? 0);
          return { e, start, end: start + e.text.length };
        });
        assert.deepEqual(describeAt(actual, c.zone), expected.map(({ e, start }) => `${rule.code} @${start} ${JSON.stringify(e.text)}`).sort());
        for (const { e, start, end } of expected) {
          const finding = actual.find((f) => f.start === start && f.end === end)!;
          assert.equal(finding.severity, e.severity ?? rule.severity);
          assert.equal(finding.file, FILE);
          if (e.message) assert.match(finding.message, e.message);
          if (e.noFix) assert.equal(finding.fixes, undefined);
          if (e.fix) checkFix(c.zone, all, finding, e.fix);
        }
        if (c.fixAll !== undefined) checkFixAll(rule.code, c.zone, actual, c.fixAll);
      });
    }
  });
}

export function checkFix(zone: string, before: Finding[], finding: Finding, expected: { id: string; output: string; safe?: boolean }): void {
  const fix = finding.fixes?.find((f) => f.id === expected.id);
  assert.ok(fix, `fix '${expected.id}' offered (offered: ${(finding.fixes ?? []).map((f) => f.id).join(', ')})`);
  if (expected.safe !== undefined) assert.equal(fix.safe ?? false, expected.safe, 'safe');
  const output = applyFixEdits(zone, fix.edits, FILE);
  assert.equal(output, expected.output);
  const after = analyzeZone(output);
  const remaining = keysOf(before.filter((f) => f !== finding), zone);
  const now = keysOf(after, output);
  assert.deepEqual(now.filter((key) => !remaining.includes(key)), [], 'findings the fix introduced');
  // Where the finding was, the same fix is not offered again: a second application has nothing to do.
  const at = mapOffset(finding.start, fix.edits);
  const again = after.filter((f) => f.code === finding.code && f.start === at && f.fixes?.some((x) => x.id === fix.id));
  assert.deepEqual(describeAt(again, output), [], 'the fix is offered again');
}

/** Where an offset of the old text lands after the edits (an edited offset lands at its edit's start). */
function mapOffset(offset: number, edits: readonly { start: number; end: number; newText: string }[]): number {
  let delta = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    if (edit.end <= offset && !(edit.start === offset && edit.end === offset)) delta += edit.newText.length - (edit.end - edit.start);
    else if (edit.start <= offset && offset < edit.end) return edit.start + delta;
  }
  return offset + delta;
}

function checkFixAll(code: string, zone: string, findings: Finding[], expected: string): void {
  const output = applySafeFixes(zone, findings);
  assert.equal(output, expected);
  const after = findingsOf(code, output);
  assert.deepEqual(describeAt(after, output), []);
  assert.equal(applySafeFixes(output, after), output, 'fixing again changes nothing');
}

function applySafeFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}
