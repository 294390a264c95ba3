// dist/cli.js loads the CLI bundle with the V8 code cache the build writes (server/src/cli/bin.ts).
// Through the real binary: the build's cache is used; without it, with another build's or with a
// damaged one the CLI prints byte for byte the same; and the writing mode writes a cache that
// the next run uses. The copies run from a temporary folder, so dist/ itself is never changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH, REPO_ROOT, ensureCliBuilt } from '../helpers/bundles';

const DIST = join(REPO_ROOT, 'dist');
const EXAMPLE = join(REPO_ROOT, 'examples', 'example.com.zone');
const copies = mkdtempSync(join(tmpdir(), 'postmark-zone-code-cache-'));

before(() => ensureCliBuilt());
after(() => rmSync(copies, { recursive: true, force: true }));

function run(cli: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', EXAMPLE], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The debug line bin.ts prints about the cache. */
function cacheState(cli: string): string {
  const { stderr } = run(cli, { POSTMARK_ZONE_DEBUG: '1' });
  return /^postmark-zone: code cache (.*)$/m.exec(stderr)?.[1] ?? `no code cache line in: ${stderr}`;
}

/** dist/cli.js and its bundle copied into a folder of their own, with `cache` as their cache file. */
function copyCli(name: string, cache?: Buffer): string {
  const folder = join(copies, name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const file of ['cli.js', 'cli-bundle.js']) copyFileSync(join(DIST, file), join(folder, file));
  if (cache) writeFileSync(join(folder, 'cli-bundle.cache'), cache);
  return join(folder, 'cli.js');
}

const buildCache = () => readFileSync(join(DIST, 'cli-bundle.cache'));
const bundleFirstLine = () => readFileSync(join(DIST, 'cli-bundle.js'), 'utf8').split('\n')[0];

describe('the CLI code cache', () => {
  test("the build's cache starts with the bundle's build id and this Node uses it", () => {
    assert.match(bundleFirstLine(), /^\/\/ postmark-zone CLI, build [0-9a-f-]{36}$/);
    assert.equal(buildCache().toString('utf8', 0, bundleFirstLine().length + 1), `${bundleFirstLine()}\n`);
    assert.equal(cacheState(CLI_PATH), 'used');
  });

  test('run through a symbolic link, as npm installs the bin, it still finds its bundle and cache', () => {
    const link = join(copies, 'postmark-zone');
    rmSync(link, { force: true });
    symlinkSync(CLI_PATH, link);
    assert.equal(cacheState(link), 'used');
    assert.deepEqual(run(link), run(CLI_PATH));
  });

  test('without a cache the output, stderr and exit code are the same', () => {
    const withCache = run(CLI_PATH);
    assert.equal(withCache.code, 1, 'the example has one error');
    const cli = copyCli('none');
    assert.equal(cacheState(cli), 'not used (none for this build)');
    assert.deepEqual(run(cli), withCache);
  });

  test("another build's cache is not used", () => {
    const cache = buildCache();
    const other = Buffer.from(bundleFirstLine().replace(/build .*/, 'build 00000000-0000-0000-0000-000000000000'));
    const cli = copyCli('other-build', Buffer.concat([other, cache.subarray(bundleFirstLine().length)]));
    assert.equal(cacheState(cli), 'not used (none for this build)');
    assert.deepEqual(run(cli), run(CLI_PATH));
  });

  test('a damaged cache is rejected by V8, and the CLI works as without one', () => {
    const cache = buildCache();
    const header = bundleFirstLine().length + 1;
    const truncated = cache.subarray(0, header + Math.floor((cache.length - header) / 2));
    const flipped = Buffer.from(cache);
    for (let i = header + 64; i < flipped.length; i += 97) flipped[i] ^= 0xff;
    for (const [name, damaged] of [['truncated', truncated], ['flipped', flipped], ['header only', cache.subarray(0, header)]] as const) {
      const cli = copyCli(name.replace(' ', '-'), damaged);
      assert.equal(cacheState(cli), 'rejected by V8 (another Node version or other V8 flags, or a damaged file)', name);
      assert.deepEqual(run(cli), run(CLI_PATH), name);
    }
  });

  test('run with other V8 flags, V8 rejects the cache and the CLI works as without one', () => {
    const result = spawnSync(process.execPath, ['--max-old-space-size=3000', CLI_PATH, 'check', '--format', 'json', EXAMPLE], {
      encoding: 'utf8',
      env: { ...process.env, POSTMARK_ZONE_DEBUG: '1' },
    });
    assert.match(result.stderr, /^postmark-zone: code cache rejected by V8 \(another Node version or other V8 flags, or a damaged file\)$/m);
    assert.equal(result.stdout, run(CLI_PATH).stdout);
    assert.equal(result.status, 1);
  });

  test('without its bundle the entry says so in one line and exits 2', () => {
    const cli = copyCli('no-bundle');
    rmSync(join(copies, 'no-bundle', 'cli-bundle.js'));
    const result = run(cli);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^postmark-zone: cannot load \S+cli-bundle\.js \(ENOENT\); reinstall postmark-zone, or run `npm run build` in its folder\.\n$/);
  });

  test('the writing mode writes a cache for this build, which the next run uses', () => {
    const cli = copyCli('written');
    const cacheFile = join(copies, 'written', 'cli-bundle.cache');
    const writing = run(cli, { POSTMARK_ZONE_WRITE_CODE_CACHE: '1' });
    assert.deepEqual(writing, run(CLI_PATH), 'the writing run prints what any run prints');
    assert.ok(existsSync(cacheFile));
    assert.equal(readFileSync(cacheFile, 'utf8').split('\n')[0], bundleFirstLine());
    assert.equal(cacheState(cli), 'used');
  });
});
