// Prints the JSON report test/vscode/suite/index.ts writes (both launchers): one line per test,
// failures with their stack, skips with their reason, and the totals.
import { existsSync, readFileSync } from 'node:fs';

export function readReport(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export function printReport(report, where = 'the extension host') {
  if (!report) {
    console.log(`  no results from ${where} (did the extension host start the suite?)`);
    return;
  }
  for (const test of report.tests) {
    const mark = test.state === 'passed' ? '✔' : test.state === 'failed' ? '✖' : '-';
    const extra = test.state === 'skipped' ? ` (skipped: ${test.skipReason})` : test.durationMs !== undefined ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark} ${test.title}${extra}`);
    if (test.error) console.log(test.error.split('\n').map((line) => `      ${line}`).join('\n'));
  }
  console.log(`  extension-host suite: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped in ${report.durationMs} ms`);
}
