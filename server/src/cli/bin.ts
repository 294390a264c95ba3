// Entry of dist/cli.js (`postmark-zone`): loads the CLI itself (dist/cli-bundle.js, from main.ts)
// with a V8 code cache (dist/cli-bundle.cache) that the build writes after one check of the
// example zone, so that neither the 480 KB bundle nor the functions a check runs are compiled
// again on every run. Measured (bench/README.md): 89 -> 78 ms for the example zone, 8-25 ms off
// at 100k records, where a worker thread loads the bundle a second time.
// Written by hand: Node 20 has no compile cache of its own (module.enableCompileCache is Node 22),
// and v8-compile-cache writes its files under the system's temp folder at run time.
// A cache that is missing, made for another build (its first line must be the bundle's first
// line, which holds a build id) or rejected by V8 (another Node version, other V8 flags such as
// --max-old-space-size, or damaged: see withChecksums) is ignored: the bundle then compiles as
// it would without one.
// A check of big zones runs in a worker thread (worker-run.ts); that is decided here, before the
// bundle is loaded, so the main thread never loads it then (13-29 ms off at 100k records).
// Only node: modules and a few small files here: this file runs before the bundle.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { processIo } from './process-io';
import { WORKER_MIN_BYTES, checkInputBytes, isCliWorker, runCliInWorker } from './worker-run';

const BUNDLE = join(__dirname, 'cli-bundle.js');
const CACHE = join(__dirname, 'cli-bundle.cache');
/** Set by esbuild.mjs when it runs the example check to write the cache (no cache is read then). */
const WRITE_CACHE_ENV = 'POSTMARK_ZONE_WRITE_CODE_CACHE';
const NEWLINE = 10;

/** How CommonJS runs a file (node:module's wrapper), written out: the cache belongs to this exact text. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) { ';
const WRAPPER_END = '\n});';

if (!runInWorker()) loadBundle();

/** Starts a big check in a worker thread (which loads the bundle itself); false when the check, or another command, runs here. */
function runInWorker(): boolean {
  if (isCliWorker()) return false;
  const argv = process.argv.slice(2);
  const bytes = checkInputBytes(argv, process.cwd());
  if (bytes < WORKER_MIN_BYTES) return false;
  const io = processIo();
  if (process.env.POSTMARK_ZONE_DEBUG) io.stderr(`postmark-zone: checking ${bytes} bytes in a worker thread\n`);
  void runCliInWorker(__filename, argv, io).then((code) => (process.exitCode = code));
  return true;
}

function loadBundle(): void {
  const source = readBundle();
  if (source === undefined) return;
  const buildId = source.slice(0, source.indexOf('\n'));
  const writing = process.env[WRITE_CACHE_ENV] === '1';
  const cachedData = writing ? undefined : readCache(buildId);
  const script = withChecksums(() => new Script(WRAPPER_START + source + WRAPPER_END, { filename: BUNDLE, cachedData }));
  if (process.env.POSTMARK_ZONE_DEBUG) process.stderr.write(`postmark-zone: code cache ${cacheState(cachedData, script)}\n`);
  if (writing) process.once('exit', () => writeCache(buildId, withChecksums(() => script.createCachedData())));
  // The bundle's own module, as require() would make it; its require resolves from dist/.
  const bundleModule = { exports: {}, filename: BUNDLE, id: BUNDLE, loaded: false };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(bundleModule.exports, bundleModule.exports, createRequire(BUNDLE), bundleModule, BUNDLE, __dirname);
  bundleModule.loaded = true;
}

/**
 * Runs `use` with V8's code-cache checksums on. Release builds of V8 neither write nor check them,
 * and a damaged cache then crashes the process (a flipped bit: a segmentation fault). Only around
 * the cache's own use: with the flag left on, V8 rejected Node's built-in code caches too, and a
 * check of the example zone took 7 ms longer.
 */
function withChecksums<T>(use: () => T): T {
  setFlagsFromString('--verify-snapshot-checksum');
  try {
    return use();
  } finally {
    setFlagsFromString('--no-verify-snapshot-checksum');
  }
}

/** The bundle's text; undefined, with one line on stderr and exit code 2, when it cannot be read. */
function readBundle(): string | undefined {
  try {
    return readFileSync(BUNDLE, 'utf8');
  } catch (error) {
    process.stderr.write(`postmark-zone: cannot load ${BUNDLE} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); reinstall postmark-zone, or run \`npm run build\` in its folder.\n`);
    process.exitCode = 2;
    return undefined;
  }
}

/** The cache's V8 data when its first line names this build; undefined when absent or another build's. */
function readCache(buildId: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const headerEnd = file.indexOf(NEWLINE);
  if (headerEnd < 0 || file.toString('utf8', 0, headerEnd) !== buildId) return undefined;
  return file.subarray(headerEnd + 1);
}

/** Written to a temporary name first: a run that reads the cache meanwhile never sees half of it. */
function writeCache(buildId: string, data: Buffer): void {
  const temporary = `${CACHE}.${process.pid}`;
  try {
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${buildId}\n`), data]));
    renameSync(temporary, CACHE);
  } catch (error) {
    process.stderr.write(`postmark-zone: cannot write the code cache ${CACHE}: ${(error as Error).message}\n`);
  }
}

function cacheState(cachedData: Buffer | undefined, script: Script): string {
  if (cachedData === undefined) return 'not used (none for this build)';
  return script.cachedDataRejected ? 'rejected by V8 (another Node version or other V8 flags, or a damaged file)' : 'used';
}
