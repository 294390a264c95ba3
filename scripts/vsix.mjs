// Where `npm run package` puts the .vsix, whether it is newer than everything that goes into it,
// how to build one in a staging copy of the tree (so dist/ is not rewritten under running tests),
// and a zip listing of it (yauzl). Used by test/package/vsix.test.ts and scripts/e2e/run.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Everything the .vsix is built from: a change to any of these makes an older .vsix stale. */
const SOURCES = ['client/src', 'server/src', 'syntaxes', 'schemas', 'docs', 'images', 'package.json', 'esbuild.mjs', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'language-configuration.json'];

export function vsixPath(root = ROOT) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return join(root, `${name}-${version}.vsix`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtime(join(path, entry))), stat.mtimeMs);
}

/** The .vsix at vsixPath() when it exists and is newer than every source; else undefined. */
export function freshVsix(root = ROOT) {
  const path = vsixPath(root);
  if (!existsSync(path)) return undefined;
  const built = statSync(path).mtimeMs;
  return SOURCES.every((source) => newestMtime(join(root, source)) < built) ? path : undefined;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000, killSignal: 'SIGKILL' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Runs `npm run package` in the repository itself (rewrites dist/ with production bundles). */
export function packageInPlace(root = ROOT) {
  run('npm', ['run', 'package', '--silent'], root);
  return vsixPath(root);
}

/** Files a clone would have plus untracked ones not ignored (git), or a walk without the usual build folders. */
function sourceFiles(root) {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0) return git.stdout.split('\0').filter((file) => file !== '' && existsSync(join(root, file)));
  const skip = new Set(['.git', 'node_modules', 'dist', 'out', '.cache', 'test-results']);
  const walk = (dir) => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : walk(path);
    return entry.name.endsWith('.vsix') ? [] : [path];
  });
  return walk('');
}

/** Copies the tree (sources, tests and all) to a temp folder and packages it there like
 *  `npm run package` does, minus its type-check (`npm test` has run `npm run build` already). */
export function packageInStaging(root = ROOT) {
  const staging = mkdtempSync(join(tmpdir(), 'pz-vsix-'));
  try {
    for (const file of sourceFiles(root)) {
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      copyFileSync(join(root, file), join(staging, file));
    }
    symlinkSync(join(root, 'node_modules'), join(staging, 'node_modules'), 'dir');
    run(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--no-rewrite-relative-links'], staging);
    const path = vsixPath(staging);
    return { path, dispose: () => rmSync(staging, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Every entry of a zip: name, uncompressed and compressed size. */
export function listZip(path) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${path}`));
      const entries = [];
      zip.on('entry', (entry) => {
        entries.push({ name: entry.fileName, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => resolvePromise(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** The text of one zip entry. */
export function readZipEntry(path, name) {
  return new Promise((resolvePromise, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`cannot open ${path}`));
      zip.on('entry', (entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks = [];
          stream.on('data', (chunk) => chunks.push(chunk));
          stream.on('end', () => {
            zip.close();
            resolvePromise(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${path}`)));
      zip.readEntry();
    });
  });
}
