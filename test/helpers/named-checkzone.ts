// Runs BIND's named-checkzone when it is installed (Debian bind9-utils), for comparisons.
import { spawnSync } from 'node:child_process';

export const NAMED_CHECKZONE = findExecutable('named-checkzone');

export function findExecutable(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/sbin'])) {
    const path = `${dir}/${name}`;
    if (spawnSync('test', ['-x', path]).status === 0) return path;
  }
  return undefined;
}

/** True when named-checkzone loads the file (`-i local` keeps it off the network). */
export function bindAccepts(origin: string, file: string): { accepted: boolean; output: string } {
  const result = spawnSync(NAMED_CHECKZONE!, ['-i', 'local', origin, file], { encoding: 'utf8' });
  return { accepted: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}
