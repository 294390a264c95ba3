// The bundles the black-box tests run (dist/server.js, dist/cli.js): rebuilt with esbuild.mjs
// itself (`node esbuild.mjs server`) when missing or older than their sources, so the build
// options are never copied into tests.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const REPO_ROOT = join(__dirname, '..', '..');
export const SERVER_PATH = join(REPO_ROOT, 'dist', 'server.js');
export const CLI_PATH = join(REPO_ROOT, 'dist', 'cli.js');

export async function ensureServerBuilt(): Promise<void> {
  ensureBuilt('server', SERVER_PATH);
}

export async function ensureCliBuilt(): Promise<void> {
  ensureBuilt('cli', CLI_PATH);
}

function ensureBuilt(bundle: string, path: string): void {
  if (existsSync(path) && statSync(path).mtimeMs >= newestSourceTime()) return;
  execFileSync(process.execPath, ['esbuild.mjs', bundle], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Newest modification time of package.json and everything under server/src (both bundles' inputs). */
function newestSourceTime(): number {
  let newest = statSync(join(REPO_ROOT, 'package.json')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(REPO_ROOT, 'server', 'src'));
  return newest;
}
