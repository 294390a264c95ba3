// Makes sure dist/cli.js exists and is newer than the sources before the CLI tests run it,
// building only that bundle with esbuild.mjs itself (`node esbuild.mjs cli`), so the options
// are never copied.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const REPO_ROOT = join(__dirname, '..', '..');
export const CLI_PATH = join(REPO_ROOT, 'dist', 'cli.js');

export async function ensureCliBuilt(): Promise<void> {
  if (existsSync(CLI_PATH) && statSync(CLI_PATH).mtimeMs >= newestSourceTime()) return;
  execFileSync(process.execPath, ['esbuild.mjs', 'cli'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** Newest modification time of package.json and everything under server/src (the CLI's inputs). */
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
