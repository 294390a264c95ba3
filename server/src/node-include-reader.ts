// $INCLUDE files read from disk, for the CLI and the language server (the parser itself does no
// I/O). Like named-checkzone: a relative path is tried against the including file's folder,
// then against the working directory.
import { readFileSync, existsSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { IncludeReader } from './zone/parser';

/**
 * A file's text decoded as UTF-8 (a byte-order mark kept), as readFileSync(path, 'utf8') does
 * but 1.5-2x faster on Node 20. (Latin-1 decoding of ASCII files is as fast, but makes an
 * external string that V8's heap sizing does not see: more full collections on large zones.)
 */
export function readTextFile(path: string): string {
  return readFileSync(path).toString('utf8');
}

export interface NodeIncludeReaderOptions {
  /**
   * Hand out the text read before, without reading the file again, while its size, modification
   * time and inode stay the same (the language server: it re-reads every included file at each
   * edit of a zone, to see whether it changed).
   */
  reuseUnchanged?: boolean;
}

interface ReadBefore {
  size: number;
  mtimeMs: number;
  ino: number;
  text: string;
}

/**
 * readTextFile that hands out the text read before while the file's size, modification time and
 * inode stay the same: one stat instead of a read (and the same string, so comparing it with the
 * text kept from before is instant). `stats` may be passed when the caller has them.
 */
export function createTextFileCache(): (path: string, stats?: Stats) => string {
  const readBefore = new Map<string, ReadBefore>();
  return (path, stats = statSync(path)) => {
    if (!stats.isFile()) return readTextFile(path);
    const before = readBefore.get(path);
    if (before && before.size === stats.size && before.mtimeMs === stats.mtimeMs && before.ino === stats.ino) return before.text;
    const text = readTextFile(path);
    readBefore.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino, text });
    return text;
  };
}

export function createNodeIncludeReader(cwd: string = process.cwd(), options: NodeIncludeReaderOptions = {}): IncludeReader {
  const cached = options.reuseUnchanged ? createTextFileCache() : undefined;
  const read = (path: string, stats: Stats): string => (cached ? cached(path, stats) : readTextFile(path));
  return (requested, includingFile) => {
    const candidates = isAbsolute(requested)
      ? [requested]
      : [resolve(dirname(includingFile), requested), resolve(cwd, requested)];
    for (const candidate of candidates) {
      try {
        if (!existsSync(candidate)) continue;
        const stats = statSync(candidate);
        // Pipes are read too; a directory or a device (/dev/zero never ends) is not a zone file.
        if (stats.isFile() || stats.isFIFO()) return { file: candidate, text: read(candidate, stats) };
        return { error: `'${candidate}' is ${stats.isDirectory() ? 'a directory' : 'a device'}, not a zone file` };
      } catch (error) {
        return { error: `cannot read '${candidate}': ${(error as Error).message}` };
      }
    }
    return { error: `file not found (looked for ${candidates.map((c) => `'${c}'`).join(' and ')})` };
  };
}
