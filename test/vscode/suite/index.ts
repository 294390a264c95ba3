// Entry VS Code loads as extensionTestsPath (both launchers): runs every *.test.js bundled next to
// it with mocha (TDD), prints a spec report and writes the results as JSON for the launcher.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  title: string;
  state: 'passed' | 'failed' | 'skipped';
  durationMs?: number;
  error?: string;
  skipReason?: string;
}

export interface SuiteReport {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  tests: SuiteResult[];
}

/** Where the JSON report goes: PZ_VSCODE_RESULTS, or test-results/vscode-suite.json. */
function resultsFile(): string {
  return process.env.PZ_VSCODE_RESULTS ?? join(__dirname, '..', '..', 'test-results', 'vscode-suite.json');
}

export function run(): Promise<void> {
  const grep = process.env.PZ_VSCODE_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));

  const started = Date.now();
  const tests: SuiteResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const report: SuiteReport = {
        passed: tests.filter((t) => t.state === 'passed').length,
        failed: tests.filter((t) => t.state === 'failed').length,
        skipped: tests.filter((t) => t.state === 'skipped').length,
        durationMs: Date.now() - started,
        tests,
      };
      try {
        mkdirSync(dirname(resultsFile()), { recursive: true });
        writeFileSync(resultsFile(), `${JSON.stringify(report, null, 2)}\n`);
      } catch (error) {
        console.error(`could not write ${resultsFile()}: ${String(error)}`);
      }
      console.log(`extension-host suite: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped in ${report.durationMs} ms`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error: Error) => tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: error?.stack ?? String(error) }));
    runner.on('pending', (test) => {
      const reasons = (globalThis as { __pzSkipReasons?: Map<string, string> }).__pzSkipReasons;
      tests.push({ title: test.fullTitle(), state: 'skipped', skipReason: reasons?.get(test.fullTitle()) ?? 'no reason given' });
    });
  });
}
