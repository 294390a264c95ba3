// postmarkZone.maxProblems: which findings become diagnostics when a file has more than the limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shownFindings } from '../../server/src/lsp/problem-limit';
import type { Finding, Severity } from '../../server/src/rules/rule';

const finding = (severity: Severity, start: number): Finding => ({ code: `zone/x-${start}`, severity, message: 'm', file: 'f', start, end: start + 1 });

test('under the limit, or with no limit, every finding is shown', () => {
  const findings = [finding('warning', 0), finding('error', 5)];
  assert.deepEqual(shownFindings(findings, 2), [true, true]);
  assert.deepEqual(shownFindings(findings, 0), [true, true]);
  assert.deepEqual(shownFindings([], 1), []);
});

test('over the limit, the most severe are kept, then the earliest in the file', () => {
  const findings = [finding('hint', 0), finding('warning', 1), finding('error', 2), finding('warning', 3), finding('information', 4), finding('error', 5), finding('warning', 6)];
  assert.deepEqual(shownFindings(findings, 1), [false, false, true, false, false, false, false]);
  assert.deepEqual(shownFindings(findings, 3), [false, true, true, false, false, true, false]);
  assert.deepEqual(shownFindings(findings, 5), [false, true, true, true, false, true, true]);
  assert.deepEqual(shownFindings(findings, 6), [false, true, true, true, true, true, true]);
});
