// Which zone file reads a file through $INCLUDE, so that the editor can check an included file
// (`postmark.inc`, `hosts.zone`) as part of its zone instead of as a zone of its own (which has
// no SOA, no $TTL and no origin, and so a wall of false errors). Looked for in the file's folder
// and the folder above it, where zone layouts keep the files that include others; an $INCLUDE
// path resolves as the include reader resolves it (node-include-reader.ts): against the
// including file's folder, then the working directory. Through nested includes the zone at the
// top is the one returned. Only files that read like zone data are read whole (a zone file's
// name, or a directive or SOA in its first 4 KB: a folder of logs costs 4 KB a file), and each
// again only when its size or modification time changed. Shared by the language server and
// the VS Code client (which gives such a file the zone language).
import { closeSync, openSync, readSync, readdirSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { readTextFile } from './node-include-reader';
import { logicalLines } from './zone/logical-lines';
import { LOOK_AT, looksLikeZone } from './zone/looks-like-zone';

/** Files bigger than this are not read to look for $INCLUDE lines. */
const MAX_BYTES = 64 * 2 ** 20;
/** Deeper include chains than this are not followed (the parser's limit too). */
const MAX_DEPTH = 16;
const INCLUDE_LINE = /^\$include[ \t]/gim;
/** File names the zone language claims (package.json): such a file is read without a look first. */
const ZONE_FILE_NAME = /\.zone$|^db\./i;

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
      if (ZONE_FILE_NAME.test(basename(candidate)) || looksLikeZone(startOf(candidate))) includes = includedPaths(readTextFile(candidate), candidate, cwd);
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

/** The first LOOK_AT bytes of a file, as text. */
function startOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(LOOK_AT);
    return buffer.toString('utf8', 0, readSync(descriptor, buffer, 0, LOOK_AT, 0));
  } finally {
    closeSync(descriptor);
  }
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
