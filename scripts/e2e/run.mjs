// `npm run test:e2e`: the extension in a real VS Code without internet. Provisions Node 24 and
// code-server (.cache/vscode-e2e/), runs the extension-host suite through the smoke-test driver
// page in Debian's chromium, then a UI smoke test on the installed .vsix. Exit 1 on any failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSuite, SUITE_OUT } from '../vscode/build-suite.mjs';
import { printReport, readReport } from '../vscode/report.mjs';
import { freshVsix, packageInPlace, ROOT } from '../vsix.mjs';
import { dataDirs, installVsix, startServer } from './code-server.mjs';
import { provision } from './provision.mjs';
import { runUiSmoke } from './ui-smoke.mjs';

const CHROMIUM = process.env.PZ_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];
const SUITE_TIMEOUT_MS = Number(process.env.PZ_E2E_SUITE_TIMEOUT_MS ?? 300_000);
const WHOLE_RUN_TIMEOUT_MS = Number(process.env.PZ_E2E_TIMEOUT_MS ?? 540_000);
const RESULTS = join(ROOT, 'test-results', 'e2e');

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[e2e] ${message}`);

/** Builds what the run loads: the .vsix (reused when fresh; also writes dist/) and the suite bundle. */
async function build() {
  const started = Date.now();
  let vsix = freshVsix();
  if (!vsix || !existsSync(join(ROOT, 'dist', 'extension.js')) || !existsSync(join(ROOT, 'dist', 'server.js'))) {
    log('packaging the extension (npm run package)');
    vsix = packageInPlace();
  }
  await buildSuite();
  log(`built ${vsix.replace(`${ROOT}/`, '')} and ${SUITE_OUT}/ in ${seconds(started)}`);
  return vsix;
}

/** Opens the smoke-test driver page that runs the suite; resolves with the exit code VS Code reports. */
async function runSuite(context, server, workspace, resultsFile) {
  const page = await context.newPage();
  const consoleLog = [];
  page.on('console', (message) => consoleLog.push(`[${message.type()}] ${message.text()}`));
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => consoleLog.push(`[automation ${type}] ${Array.isArray(args) ? args.join(' ') : String(args)}`));
  await page.exposeFunction('codeAutomationExit', (code) => {
    reportExit(code);
  });
  const remote = (path) => `vscode-remote://${server.authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(ROOT, SUITE_OUT, 'index.js'))],
    ['skipWelcome', 'true'],
  ];
  const url = `${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const started = Date.now();
  await page.goto(url);
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), SUITE_TIMEOUT_MS)));
  const code = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  writeFileSync(join(RESULTS, 'suite-browser-console.log'), `${consoleLog.join('\n')}\n`);
  if (code === 'timeout') await page.screenshot({ path: join(RESULTS, 'suite-timeout.png') }).catch(() => undefined);
  await page.close().catch(() => undefined);
  const report = readReport(resultsFile);
  return { code, report, duration: seconds(started) };
}

async function main() {
  const started = Date.now();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium) or set PZ_CHROMIUM`);

  const tools = provision();
  log(`provisioning: ${tools.installed ? `installed in ${tools.seconds.toFixed(1)} s` : 'reused the cache'}`);
  const vsix = await build();

  const base = mkdtempSync(join(tmpdir(), 'pz-e2e-'));
  const dirs = dataDirs(base);
  const workspace = join(base, 'workspace');
  mkdirSync(workspace);
  cpSync(join(ROOT, 'examples', 'example.com.zone'), join(workspace, 'example.com.zone'));
  const resultsFile = join(RESULTS, 'vscode-suite.json');

  let server;
  let browser;
  let failed = false;
  killOnExit = () => {
    if (server) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  try {
    const installStarted = Date.now();
    installVsix({ node: tools.node, serverMain: tools.serverMain, dirs, vsix });
    log(`installed the .vsix into the server's extensions dir in ${seconds(installStarted)}`);

    const serverStarted = Date.now();
    server = await startServer({ node: tools.node, serverMain: tools.serverMain, dirs, logFile: join(RESULTS, 'server.log'), env: { PZ_VSCODE_RESULTS: resultsFile } });
    log(`VS Code server (pid ${server.pid}) listening on ${server.origin} after ${seconds(serverStarted)}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

    log('extension-host suite (extensionDevelopmentPath = this repository)');
    const suite = await runSuite(context, server, workspace, resultsFile);
    printReport(suite.report);
    if (suite.code === 'timeout') log(`the suite did not finish within ${SUITE_TIMEOUT_MS} ms`);
    else log(`VS Code reported exit code ${suite.code} after ${suite.duration}`);
    const suiteOk = suite.code === 0 && suite.report && suite.report.failed === 0 && suite.report.passed > 0;
    if (!suiteOk) failed = true;

    log('UI smoke test (the installed .vsix, no development path)');
    const uiStarted = Date.now();
    const ui = await runUiSmoke({ context, server, workspace, extensionsDir: dirs.extensions, shots: RESULTS, log });
    for (const step of ui.steps) console.log(`  ${step.ok ? '✔' : '✖'} ${step.name}${step.detail ? ` (${step.detail})` : ''}`);
    log(`UI smoke test: ${ui.ok ? 'passed' : 'FAILED'} in ${seconds(uiStarted)}; screenshots in test-results/e2e/`);
    if (!ui.ok) failed = true;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(base, { recursive: true, force: true });
  }
  log(`${failed ? 'FAILED' : 'passed'} in ${seconds(started)}`);
  return failed ? 1 : 0;
}

/** Kills the server's process group when the run is cut short (watchdog, Ctrl+C). */
let killOnExit = () => {};
const watchdog = setTimeout(() => {
  console.error(`[e2e] the whole run took longer than ${WHOLE_RUN_TIMEOUT_MS} ms; giving up`);
  killOnExit();
  process.exit(1);
}, WHOLE_RUN_TIMEOUT_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killOnExit();
    process.exit(1);
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
