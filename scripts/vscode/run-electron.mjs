// `npm run test:vscode`, the standard launcher: @vscode/test-electron downloads VS Code (stable,
// or PZ_VSCODE_VERSION) into .cache/vscode-test/ and runs out/vscode-suite/ in its extension
// host, with a temp workspace, user data and extensions dir. Needs internet and a display (xvfb-run).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { CLEAN_SETTINGS } from '../e2e/code-server.mjs';
import { ROOT } from '../vsix.mjs';
import { SUITE_OUT } from './build-suite.mjs';
import { printReport, readReport } from './report.mjs';

const results = join(ROOT, 'test-results', 'vscode-electron');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const resultsFile = join(results, 'vscode-suite.json');

const base = mkdtempSync(join(tmpdir(), 'pz-vscode-'));
const workspace = join(base, 'workspace');
const userData = join(base, 'user-data');
mkdirSync(workspace);
mkdirSync(join(userData, 'User'), { recursive: true });
cpSync(join(ROOT, 'examples', 'example.com.zone'), join(workspace, 'example.com.zone'));
writeFileSync(join(userData, 'User', 'settings.json'), `${JSON.stringify(CLEAN_SETTINGS, null, 2)}\n`);

let exitCode = 1;
try {
  exitCode = await runTests({
    version: process.env.PZ_VSCODE_VERSION ?? 'stable',
    cachePath: join(ROOT, '.cache', 'vscode-test'),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, SUITE_OUT, 'index.js'),
    extensionTestsEnv: { PZ_VSCODE_RESULTS: resultsFile },
    launchArgs: [
      workspace,
      '--disable-extensions', // every other extension; the one under development still loads
      '--user-data-dir', userData,
      '--extensions-dir', join(base, 'extensions'),
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      '--disable-gpu',
    ],
  });
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  printReport(readReport(resultsFile), 'VS Code (test-electron)');
  rmSync(base, { recursive: true, force: true });
}
process.exit(exitCode);
