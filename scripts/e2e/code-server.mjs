// Starts VS Code's server (code-server's bundled lib/vscode/out/server-main.js) under Node 24 in
// its own session (detached: setsid), every data dir in a temp folder, and stops its whole
// process group. Also installs a .vsix into that extensions dir with the same server CLI.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Settings for a clean, quiet run (no trust prompt, welcome page, AI features or update checks). */
export const CLEAN_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

/** The temp folders one run uses, created under `base`. */
export function dataDirs(base) {
  const dirs = {
    home: join(base, 'home'),
    xdgConfig: join(base, 'xdg-config'),
    xdgData: join(base, 'xdg-data'),
    xdgCache: join(base, 'xdg-cache'),
    tmp: join(base, 'tmp'),
    userData: join(base, 'user-data'),
    serverData: join(base, 'server-data'),
    extensions: join(base, 'extensions'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(CLEAN_SETTINGS, null, 2)}\n`);
  return dirs;
}

function serverEnv(dirs, extraEnv) {
  return {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp,
    VSCODE_CLI_DATA_DIR: join(dirs.serverData, 'cli'),
    ...extraEnv,
  };
}

function dataArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData, '--extensions-dir', dirs.extensions];
}

/** `server-main.js --install-extension FILE.vsix` into the run's extensions dir; throws on failure. */
export function installVsix({ node, serverMain, dirs, vsix, timeoutMs = 120_000 }) {
  const result = spawnSync(node, [serverMain, ...dataArgs(dirs), '--install-extension', vsix, '--force'], { env: serverEnv(dirs, {}), encoding: 'utf8', timeout: timeoutMs });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) throw new Error(`installing ${vsix} failed (exit ${result.status ?? result.signal}):\n${output}`);
  return output.trim();
}

/**
 * Starts the server on 127.0.0.1 at a port it picks; resolves once it prints the port it listens on.
 * The returned stop() kills the process group (server, extension hosts, language servers).
 */
export function startServer({ node, serverMain, dirs, logFile, env = {}, readyTimeoutMs = 60_000 }) {
  const args = [serverMain, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver', '--disable-telemetry', ...dataArgs(dirs)];
  const child = spawn(node, args, { env: serverEnv(dirs, env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const log = createWriteStream(logFile);
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    const group = -child.pid;
    const signalGroup = (signal) => {
      try {
        process.kill(group, signal);
        return true;
      } catch {
        return false; // the group is gone
      }
    };
    if (signalGroup('SIGTERM')) {
      // Wait for the server itself, then make sure nothing of its group survives.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      signalGroup('SIGKILL');
    }
    await new Promise((resolve) => log.end(resolve));
  };

  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the VS Code server did not start within ${readyTimeoutMs} ms:\n${output}`)), readyTimeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      log.write(text);
      const match = /Extension host agent listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited (${code}) before listening:\n${output}`));
    });
  });

  return ready.then(
    (port) => ({ port, pid: child.pid, origin: `http://127.0.0.1:${port}`, authority: `127.0.0.1:${port}`, running: () => running, stop }),
    async (error) => {
      await stop();
      throw error;
    },
  );
}
