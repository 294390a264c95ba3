// `postmark-zone verify` through its real binary (node dist/cli.js) against BIND named on
// loopback: exit codes 0, 1, 2 and 3, the JSON structure, the text report and --config.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI_PATH, ensureCliBuilt } from '../helpers/bundles';
import { findNamed, NAMED_MISSING, startNamed, startSilentServer, type NamedServer } from '../helpers/named-server';
import { exampleZone, reportsZone, rsaPublicKey, SELECTOR } from './live-zones';

const named = findNamed();
const CURRENT_KEY = rsaPublicKey(1024);
const OLD_KEY = rsaPublicKey(1024);
const USER_ZONE = exampleZone({ key: CURRENT_KEY });

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs the CLI without blocking the event loop (the DNS servers in this process must answer). */
function cli(cwd: string, ...args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_PATH, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr, elapsedMs: performance.now() - started }));
  });
}

describe('postmark-zone verify (real binary)', { skip: named ? false : NAMED_MISSING }, () => {
  let dir = '';
  let current: NamedServer;
  let stale: NamedServer;
  const address = (server: { host: string; port: number }) => `${server.host}:${server.port}`;

  before(async () => {
    await ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'pz-verify-cli-'));
    writeFileSync(join(dir, 'example.com.zone'), USER_ZONE);
    writeFileSync(join(dir, 'broken.zone'), '$ORIGIN example.com.\n$TTL 300\n@ IN SOA ns1 hostmaster 1 2 3 4 5\nwww IN A 999.1.1.1\n');
    current = await startNamed([{ name: 'example.com', text: USER_ZONE }, { name: 'reports.test', text: reportsZone(true) }]);
    stale = await startNamed([{ name: 'example.com', text: exampleZone({ key: OLD_KEY }) }, { name: 'reports.test', text: reportsZone(true) }]);
  });

  after(async () => {
    await current?.stop();
    await stale?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('exit 0 when every record matches; JSON lists each check with record, server, status, expected, actual', async () => {
    const run = await cli(dir, 'verify', 'example.com.zone', '--server', address(current), '--format', 'json');
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout);
    assert.equal(output.exitCode, 0);
    assert.equal(output.origin, 'example.com.');
    assert.deepEqual(output.servers.map((s: { label: string; role: string }) => [s.label, s.role]), [[address(current), 'given']]);
    assert.equal(output.checks.length, 5);
    for (const check of output.checks) {
      assert.deepEqual(Object.keys(check).slice(0, 10), ['record', 'kind', 'name', 'type', 'server', 'serverRole', 'status', 'expected', 'actual', 'detail']);
      assert.equal(check.status, 'match');
      assert.equal(check.server, address(current));
    }
    const dkim = output.checks.find((c: { kind: string }) => c.kind === 'dkim');
    assert.equal(dkim.name, `${SELECTOR}._domainkey.example.com.`);
    assert.deepEqual(dkim.expected, [`k=rsa; p=${CURRENT_KEY}`]);
    assert.deepEqual(dkim.actual, dkim.expected);
    assert.deepEqual([dkim.location.file, dkim.location.line, dkim.location.column], ['example.com.zone', 9, 1]);
    assert.equal(output.spf[0].lookups, 1);
    assert.deepEqual(output.dmarcExternal.map((d: { status: string }) => d.status), ['authorized']);
  });

  test('exit 1 on a mismatch; the text report shows expected and actual', async () => {
    const run = await cli(dir, 'verify', 'example.com.zone', '--server', address(stale));
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, new RegExp(`^MISMATCH +dkim ${SELECTOR}\\._domainkey\\.example\\.com\\. TXT  \\(example\\.com\\.zone:9\\)$`, 'm'));
    assert.ok(run.stdout.includes(`expected: "k=rsa; p=${CURRENT_KEY}"`));
    assert.ok(run.stdout.includes(`actual:   "k=rsa; p=${OLD_KEY}"`));
    assert.match(run.stdout, /exit 1$/m);
  });

  test('exit 1 when two servers disagree (--server with a comma list)', async () => {
    const run = await cli(dir, 'verify', 'example.com.zone', '--server', `${address(current)},${address(stale)}`, '--format', 'json');
    assert.equal(run.code, 1, run.stderr);
    const output = JSON.parse(run.stdout);
    const dkim = output.records.find((r: { kind: string }) => r.kind === 'dkim');
    assert.equal(dkim.status, 'inconsistent');
    assert.equal(output.checks.length, 10);
  });

  test('exit 3 when no server answers, within --timeout x (--retries + 1)', async () => {
    const silent = await startSilentServer();
    try {
      const run = await cli(dir, 'verify', 'example.com.zone', '--server', address(silent), '--timeout', '300', '--retries', '1', '--format', 'json');
      assert.equal(run.code, 3, run.stderr);
      const output = JSON.parse(run.stdout);
      assert.ok(output.checks.every((c: { status: string }) => c.status === 'timeout'));
      // Node start-up is part of the time measured here: a generous margin over 2 x 300 ms.
      assert.ok(run.elapsedMs < 600 + 2000, `gave up in time (${run.elapsedMs} ms)`);
    } finally {
      await silent.stop();
    }
  });

  test('exit 1 for a configured tracking CNAME that live DNS lacks (--config)', async () => {
    const config = { domains: { 'example.com': { tracking: { host: 'links', target: 'track.pmtrack.example.' } } } };
    writeFileSync(join(dir, 'custom-config.json'), JSON.stringify(config));
    const run = await cli(dir, 'verify', 'example.com.zone', '--server', address(current), '--config', 'custom-config.json', '--format', 'json');
    assert.equal(run.code, 1, run.stderr);
    const tracking = JSON.parse(run.stdout).records.find((r: { kind: string }) => r.kind === 'tracking');
    assert.deepEqual([tracking.name, tracking.source, tracking.status, tracking.expected], ['links.example.com.', 'configuration', 'missing-nxdomain', ['track.pmtrack.example.']]);
  });

  test('exit 2: a zone named would not load is refused with its diagnostics', async () => {
    const run = await cli(dir, 'verify', 'broken.zone', '--server', address(current));
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^broken\.zone:4:\d+: error zone\/invalid-rdata /m);
    assert.match(run.stderr, /cannot be verified: it has 1 error that would stop named from loading it/);
  });

  test('exit 2 on usage errors: a bad --server, a missing file, a bad --timeout', async () => {
    const badServer = await cli(dir, 'verify', 'example.com.zone', '--server', '127.0.0.1:99999');
    assert.equal(badServer.code, 2);
    assert.match(badServer.stderr, /the port '99999' is not a number from 1 to 65535/);
    const missing = await cli(dir, 'verify', 'nope.zone', '--server', address(current));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read 'nope\.zone': no such file/);
    const badTimeout = await cli(dir, 'verify', 'example.com.zone', '--timeout', 'soon');
    assert.equal(badTimeout.code, 2);
    assert.match(badTimeout.stderr, /--timeout must be a whole number/);
  });
});
