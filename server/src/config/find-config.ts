// Node-side lookup of postmark-zone.json (reads the disk, so the pure core never imports it):
// walk up from the zone file's folder to the filesystem root, the nearest file wins.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, type ConfigProblem, type PostmarkConfig } from './config-types';
import { parsePostmarkConfig, type ParseConfigOptions } from './postmark-config';

export type LoadedConfig =
  | { file: string; text: string; config: PostmarkConfig; problems: ConfigProblem[] }
  | { file: string; error: string };

/** The nearest postmark-zone.json above the zone file (a path or a file: URI), or undefined. */
export function findConfigFile(zonePath: string): string | undefined {
  let dir = dirname(resolve(toPath(zonePath)));
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and checks one configuration file; a read failure is returned, never thrown. */
export function loadConfig(path: string, options: ParseConfigOptions = {}): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { file: path, error: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = ` ${text.slice(1)}`; // a BOM: keep offsets, drop the mark
  const { config, problems } = parsePostmarkConfig(text, path, options);
  return { file: path, text, config, problems };
}

/** findConfigFile + loadConfig; undefined when no file applies. */
export function loadConfigForZone(zonePath: string, options: ParseConfigOptions = {}): LoadedConfig | undefined {
  const file = findConfigFile(zonePath);
  return file === undefined ? undefined : loadConfig(file, options);
}

function toPath(pathOrUri: string): string {
  if (!pathOrUri.startsWith('file:')) return pathOrUri;
  try {
    return fileURLToPath(pathOrUri);
  } catch {
    return pathOrUri;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
