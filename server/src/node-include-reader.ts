// $INCLUDE files read from disk, for the CLI and the language server (the parser itself does no
// I/O). Like named-checkzone: a relative path is tried against the including file's folder,
// then against the working directory.
import { readFileSync, existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { IncludeReader } from './zone/parser';

export function createNodeIncludeReader(cwd: string = process.cwd()): IncludeReader {
  return (requested, includingFile) => {
    const candidates = isAbsolute(requested)
      ? [requested]
      : [resolve(dirname(includingFile), requested), resolve(cwd, requested)];
    for (const candidate of candidates) {
      try {
        if (existsSync(candidate) && statSync(candidate).isFile()) {
          return { file: candidate, text: readFileSync(candidate, 'utf8') };
        }
      } catch (error) {
        return { error: `cannot read '${candidate}': ${(error as Error).message}` };
      }
    }
    return { error: `file not found (looked for ${candidates.map((c) => `'${c}'`).join(' and ')})` };
  };
}
