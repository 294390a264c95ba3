// Shared by the postmark/dkim-* tests (helper, not a test file): real keys made with node:crypto,
// Postmark-shaped values, and a table runner for cases with a rule context (postmark-zone.json
// expectations), checked like rule-table.ts checks the others: exact spans, whole fixed texts,
// the finding gone after the fix, nothing new, and a second "fix all" changing nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { analyze, type Analysis } from '../../../server/src/analyze';
import type { DkimExpectation } from '../../../server/src/config/expectations';
import type { Finding, RuleContext } from '../../../server/src/rules/rule';
import { rules } from '../../../server/src/rules/index';
import { applyFixEdits } from '../../helpers/apply-edits';
import { FILE, HEAD, type ExpectedFinding } from '../zone/rule-table';

export { FILE, HEAD };

function rsaKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Base64 SubjectPublicKeyInfo of fresh RSA keys, as Postmark publishes them. */
export const RSA_1024 = rsaKey(1024);
export const RSA_1024_OTHER = rsaKey(1024);
export const RSA_2048 = rsaKey(2048);
export const RSA_768 = rsaKey(768);
/** The raw 32-byte Ed25519 key (RFC 8463 §4.2): the SPKI form minus its 12-byte header. */
export const ED25519 = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

export const SELECTOR = '20231012123456pm';
export const PENDING_SELECTOR = '20240301090000pm';
export const HOST = `${SELECTOR}._domainkey`;

/** Postmark's value shape: `k=rsa; p=<key>`. */
export const postmarkValue = (key: string = RSA_1024): string => `k=rsa; p=${key}`;

/** A Return-Path CNAME: enough for the zone to "use Postmark". */
export const RETURN_PATH = 'pm-bounces IN CNAME pm.mtasv.net.\n';

/** Expectations for example.com with these DKIM hosts and values. */
export function configured(dkim: DkimExpectation[], domain = 'example.com'): RuleContext {
  return { postmark: [{ domain, dkim }] };
}

export interface ConfiguredCase {
  name: string;
  zone: string;
  context: RuleContext;
  expect: ExpectedFinding[];
  /** Every safe fix of this code applied at once gives this text; applying again changes nothing. */
  fixAll?: string;
}

function analyzeWith(c: ConfiguredCase, text: string = c.zone): Analysis {
  return analyze(text, { file: FILE, origin: 'example.com.', context: c.context });
}

const describeAt = (findings: Finding[], text: string) => findings.map((f) => `${f.code} @${f.start} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();
const keysOf = (findings: Finding[], text: string) => findings.map((f) => `${f.code} ${JSON.stringify(text.slice(f.start, f.end))}`).sort();

function offsetOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' occurs fewer than ${occurrence + 1} times in the zone`);
  }
  return at;
}

/** Cases with a rule context; valid ones are cases with `expect: []`. */
export function configuredTable(code: string, cases: ConfiguredCase[]): void {
  const rule = rules.find((r) => r.code === code);
  describe(`${code} (configured)`, () => {
    for (const c of cases) {
      test(c.expect.length === 0 ? `valid: ${c.name}` : `invalid: ${c.name}`, () => {
        assert.ok(rule, `${code} is not registered`);
        const analysis = analyzeWith(c);
        const actual = analysis.findings.filter((f) => f.code === code);
        const expected = c.expect.map((e) => {
          const start = e.text === '' && e.at !== undefined ? e.at : offsetOf(c.zone, e.text, e.occurrence ?? 0);
          return { e, start, end: start + e.text.length };
        });
        assert.deepEqual(describeAt(actual, c.zone), expected.map(({ e, start }) => `${e.code ?? code} @${start} ${JSON.stringify(e.text)}`).sort());
        for (const { e, start, end } of expected) {
          const finding = actual.find((f) => f.start === start && f.end === end)!;
          assert.equal(finding.severity, e.severity ?? rule.severity);
          if (e.message) assert.match(finding.message, e.message);
          if (e.noFix) assert.equal(finding.fixes, undefined);
          if (e.fix) checkFix(c, analysis, finding, e.fix);
        }
        if (c.fixAll !== undefined) {
          const once = applySafe(c.zone, actual);
          assert.equal(once, c.fixAll);
          const after = analyzeWith(c, once).findings.filter((f) => f.code === code);
          assert.deepEqual(describeAt(after, once), []);
          assert.equal(applySafe(once, after), once);
        }
      });
    }
  });
}

function checkFix(c: ConfiguredCase, before: Analysis, finding: Finding, expected: { id: string; output: string }): void {
  const fix = finding.fixes?.find((f) => f.id === expected.id);
  assert.ok(fix, `fix '${expected.id}' offered`);
  const output = applyFixEdits(c.zone, fix.edits, FILE);
  assert.equal(output, expected.output);
  const after = analyzeWith(c, output).findings;
  const remaining = keysOf(before.findings.filter((f) => f !== finding), c.zone);
  assert.deepEqual(keysOf(after, output).filter((key) => !remaining.includes(key)), [], 'findings the fix introduced');
  const fixed = keysOf([finding], c.zone)[0];
  const count = (keys: string[]) => keys.filter((k) => k === fixed).length;
  assert.ok(count(keysOf(after, output)) <= count(remaining), 'the fixed finding is still there');
}

function applySafe(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.fixes ?? []).filter((fix) => fix.safe).slice(0, 1).flatMap((fix) => fix.edits));
  return applyFixEdits(text, edits, FILE);
}

/** Which occurrence of `needle` in `text` starts at `offset` (for rule-table's `occurrence`). */
export function occurrenceAt(text: string, needle: string, offset: number): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && at < offset; at = text.indexOf(needle, at + 1)) count++;
  if (text.indexOf(needle, offset) !== offset) throw new Error(`'${needle}' does not start at ${offset}`);
  return count;
}
