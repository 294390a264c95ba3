// A check of big zones runs in a worker thread (server/src/cli/worker-run.ts): through the real
// binary, its output, stderr and exit code must be byte for byte what the same check prints
// in-process; and the size guess that picks the worker must count only the check's files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../server/src/cli/run-cli';
import { WORKER_MIN_BYTES, checkInputBytes, isCliWorker, isCliWorkerData } from '../../server/src/cli/worker-run';
import { CLI_PATH, ensureCliBuilt } from '../helpers/bundles';

const dir = mkdtempSync(join(tmpdir(), 'postmark-zone-worker-'));
const BIG = join(dir, 'big.example.zone');
const SMALL = join(dir, 'small.example.zone');

/** A zone just over the worker threshold: long TXT records, and a few broken lines to report. */
function writeBigZone(): void {
  const lines = ['$TTL 3600', '$ORIGIN big.example.', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 3600', '  IN NS ns1', 'ns1 IN A 192.0.2.53'];
  const filler = 'x'.repeat(250);
  let bytes = 0;
  for (let i = 0; bytes < WORKER_MIN_BYTES + 50_000; i++) {
    let line = `t${i} IN TXT "${filler}" "${i}"`;
    if (i % 1000 === 7) line = `bad${i} IN A 192.0.2.${256 + i}`; // invalid address
    if (i % 1000 === 9) line = `cn${i} IN CNAME pm.mtasv.net`; // missing trailing dot
    lines.push(line);
    bytes += line.length + 1;
  }
  writeFileSync(BIG, `${lines.join('\n')}\n`);
}

before(async () => {
  await ensureCliBuilt();
  writeBigZone();
  writeFileSync(SMALL, '$ORIGIN small.example.\n$TTL 60\n@ IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nns1 IN A 192.0.2.1\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

function binary(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function inProcess(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd: dir });
  return { code, stdout, stderr };
}

describe('check in a worker thread', () => {
  for (const format of ['text', 'json', 'sarif']) {
    test(`${format}: the same output, stderr and exit code as in-process`, async () => {
      const args = ['check', '--format', format, 'big.example.zone'];
      const expected = await inProcess(args);
      assert.equal(expected.code, 1, 'the zone has errors');
      assert.ok(expected.stdout.length > 1000);
      assert.deepEqual(binary(args), expected);
    });
  }

  test('the binary really uses the worker for the big zone, and not for a small one', () => {
    const big = binary(['check', 'big.example.zone'], { POSTMARK_ZONE_DEBUG: '1' });
    assert.match(big.stderr, /^postmark-zone: checking \d+ bytes in a worker thread$/m);
    // dist/cli.js decides before loading the bundle: only the worker loads it (one cache line).
    assert.equal(big.stderr.match(/^postmark-zone: code cache /gm)?.length, 1, big.stderr);
    const small = binary(['check', 'small.example.zone'], { POSTMARK_ZONE_DEBUG: '1' });
    assert.doesNotMatch(small.stderr, /worker thread/);
    assert.equal(small.code, 0);
  });

  test('a missing file beside a big one: exit 2 and the one-line message, as in-process', async () => {
    const args = ['check', 'big.example.zone', 'missing.zone'];
    const result = binary(args);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, "postmark-zone: cannot read 'missing.zone': no such file\n");
    assert.deepEqual(result, await inProcess(args));
  });

  test('without its bundle, a big check ends in the one-line message and exit 2, from the worker', () => {
    const alone = join(dir, 'cli-alone');
    mkdirSync(alone, { recursive: true });
    copyFileSync(CLI_PATH, join(alone, 'cli.js'));
    const result = spawnSync(process.execPath, [join(alone, 'cli.js'), 'check', 'big.example.zone'], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^postmark-zone: cannot load \S+cli-bundle\.js \(ENOENT\); reinstall postmark-zone, or run `npm run build` in its folder\.\n$/);
  });

  test('bad usage after the files is reported from the worker like from the main thread', async () => {
    const args = ['check', 'big.example.zone', '--format', 'xml'];
    const result = binary(args);
    assert.equal(result.code, 2);
    assert.deepEqual(result, await inProcess(args));
  });
});

describe('checkInputBytes', () => {
  const sub = join(dir, 'sub');
  mkdirSync(sub, { recursive: true });

  test('counts the regular files a check names, relative to the working directory', () => {
    const size = statSync(SMALL).size;
    assert.equal(checkInputBytes(['check', 'small.example.zone'], dir), size);
    assert.equal(checkInputBytes(['check', '-o', 'small.example.', 'small.example.zone', 'small.example.zone'], dir), 2 * size);
    assert.equal(checkInputBytes(['-h', 'check', '--format', 'json', join(dir, 'small.example.zone')], '/'), size);
    assert.ok(checkInputBytes(['check', 'big.example.zone'], dir) >= WORKER_MIN_BYTES);
  });

  test('ignores other commands, options, folders and names that are no file', () => {
    assert.equal(checkInputBytes(['verify', 'small.example.zone'], dir), 0);
    assert.equal(checkInputBytes(['check', '--origin=small.example.zone', 'sub', 'missing.zone'], dir), 0);
    assert.equal(checkInputBytes([], dir), 0);
  });
});

describe('isCliWorker', () => {
  test('only the data runCliInWorker hands its worker marks a CLI worker', () => {
    assert.equal(isCliWorkerData(undefined), false);
    assert.equal(isCliWorkerData(null), false);
    assert.equal(isCliWorkerData({ argv: [] }), false);
    assert.equal(isCliWorkerData({ postmarkZoneCli: 'yes' }), false);
    assert.equal(isCliWorkerData({ postmarkZoneCli: true, argv: [], cwd: '/' }), true);
  });

  test('the main thread is no CLI worker, even with the worker\'s environment variable set', () => {
    const saved = process.env.POSTMARK_ZONE_CLI_WORKER;
    process.env.POSTMARK_ZONE_CLI_WORKER = '1';
    try {
      assert.equal(isCliWorker(), false);
    } finally {
      if (saved === undefined) delete process.env.POSTMARK_ZONE_CLI_WORKER;
      else process.env.POSTMARK_ZONE_CLI_WORKER = saved;
    }
  });

  test('the binary runs normally when the worker\'s environment variable leaks into a shell', () => {
    const result = binary(['check', 'small.example.zone'], { POSTMARK_ZONE_CLI_WORKER: '1' });
    assert.equal(result.code, 0);
    assert.match(result.stderr, /0 errors, 0 warnings in 1 file/);
  });
});
