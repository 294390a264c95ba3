// Runs BIND's named-checkzone when it is installed (Debian bind9-utils), for comparisons.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

let caseFolder: string | undefined;
let caseCount = 0;

/**
 * named-checkzone's verdict on a zone text, as a rule table case gives it: written to a temporary
 * folder with its $INCLUDE'd files, whose paths become absolute (named-checkzone reads them from
 * its working directory). The folder goes when the process ends.
 */
export function bindOnText(zone: string, includes: Record<string, string> = {}, origin = 'example.com'): { accepted: boolean; output: string } {
  if (!caseFolder) {
    const folder = (caseFolder = mkdtempSync(join(tmpdir(), 'postmark-zone-bind-')));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
  const index = caseCount++;
  let text = zone;
  for (const [name, content] of Object.entries(includes)) {
    const path = join(caseFolder, `${index}-${name}`);
    writeFileSync(path, content);
    text = text.replace(`$INCLUDE ${name}`, `$INCLUDE ${path}`);
  }
  const file = join(caseFolder, `${index}.zone`);
  writeFileSync(file, text);
  return bindAccepts(origin, file);
}
