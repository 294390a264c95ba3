// Which zone file reads a file through $INCLUDE, so that the editor can check an included file
// (`postmark.inc`, `hosts.zone`) as part of its zone instead of as a zone of its own (which has
// no SOA, no $TTL and no origin, and so a wall of false errors). Looked for in the file's folder
// and the folder above it, where zone layouts keep the files that include others; an $INCLUDE
// path resolves as the include reader resolves it (node-include-reader.ts): against the
// including file's folder, then the working directory. Through nested includes the zone at the
// top is the one returned. Each file's $INCLUDE lines are read again only when its size or
// modification time changed.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { readTextFile } from '../node-include-reader';
import { logicalLines } from '../zone/logical-lines';

/** Files bigger than this are not read to look for $INCLUDE lines. */
const MAX_BYTES = 64 * 2 ** 20;
/** Deeper include chains than this are not followed (the parser's limit too). */
const MAX_DEPTH = 16;
const INCLUDE_LINE = /^\$include[ \t]/gim;

interface Scanned {
  size: number;
  mtimeMs: number;
  /** What the file's $INCLUDE lines read, resolved to paths. */
  includes: string[];
}

export type IncludingZoneFinder = (file: string) => string | undefined;

export function createIncludingZoneFinder(cwd: string = process.cwd()): IncludingZoneFinder {
  const scanned = new Map<string, Scanned>();

  /** The paths `candidate`'s $INCLUDE lines read, from the cache while the file is unchanged. */
  const includesOf = (candidate: string, stats: Stats): string[] => {
    const before = scanned.get(candidate);
    if (before && before.size === stats.size && before.mtimeMs === stats.mtimeMs) return before.includes;
    let includes: string[] = [];
    try {
      includes = includedPaths(readTextFile(candidate), candidate, cwd);
    } catch {
      // Unreadable: it includes nothing we can know of.
    }
    scanned.set(candidate, { size: stats.size, mtimeMs: stats.mtimeMs, includes });
    return includes;
  };

  /** The first file (by path) near `file` whose $INCLUDE lines read it. */
  const directIncluder = (file: string): string | undefined => {
    const folders = [...new Set([dirname(file), dirname(dirname(file))])];
    for (const folder of folders) {
      let names: string[];
      try {
        names = readdirSync(folder).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const candidate = join(folder, name);
        if (candidate === file) continue;
        let stats: Stats;
        try {
          stats = statSync(candidate);
        } catch {
          continue;
        }
        if (!stats.isFile() || stats.size > MAX_BYTES) continue;
        if (includesOf(candidate, stats).includes(file)) return candidate;
      }
    }
    return undefined;
  };

  return (file) => {
    const path = resolve(file);
    const chain = [path];
    for (let includer = directIncluder(path); includer !== undefined && !chain.includes(includer) && chain.length <= MAX_DEPTH; includer = directIncluder(includer)) {
      chain.push(includer);
    }
    return chain.length > 1 ? chain[chain.length - 1] : undefined;
  };
}

/** The files the $INCLUDE lines of `text` (the file `file`) read, as paths (the ones that exist). */
export function includedPaths(text: string, file: string, cwd: string): string[] {
  const paths: string[] = [];
  for (const match of text.matchAll(INCLUDE_LINE)) {
    // The directive's logical line, read as the parser reads it (quotes, escapes, comments).
    const line = logicalLines(text, match.index).next().value;
    const requested = line?.items[1]?.value;
    if (requested === undefined) continue;
    const candidates = isAbsolute(requested) ? [requested] : [resolve(dirname(file), requested), resolve(cwd, requested)];
    const found = candidates.find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (found !== undefined) paths.push(found);
  }
  return paths;
}
