// Makes sure dist/server.js exists and is newer than the server sources before the stdio tests
// spawn it, building it with esbuild.mjs itself so the options are never copied.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const REPO_ROOT = join(__dirname, '..', '..');
export const SERVER_PATH = join(REPO_ROOT, 'dist', 'server.js');

export async function ensureServerBuilt(): Promise<void> {
  if (existsSync(SERVER_PATH) && statSync(SERVER_PATH).mtimeMs >= newestSourceTime()) return;
  execFileSync(process.execPath, ['esbuild.mjs', 'server'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

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
