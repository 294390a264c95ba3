// Live verification against real BIND `named` servers on 127.0.0.1 (one started per test with
// generated zones): matches, an older DKIM key, NXDOMAIN vs NODATA, a CNAME at the selector,
// two servers that disagree, a silent server, SERVFAIL, TCP fallback, SPF limits, DMARC destinations.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyze';
import { queryDns } from '../../server/src/live/dns-client';
import { verifyZone, type VerifyOptions } from '../../server/src/live/verify';
import type { RecordResult, VerifyReport } from '../../server/src/live/report-types';
import { findNamed, NAMED_MISSING, startNamed, startSilentServer, type NamedServer, type ServedZone, type StartOptions } from '../helpers/named-server';
import { exampleZone, reportsZone, rsaPublicKey, SELECTOR, spfZone } from './live-zones';

const named = findNamed();
const CURRENT_KEY = rsaPublicKey(1024);
const OLD_KEY = rsaPublicKey(1024);
const USER_ZONE = exampleZone({ key: CURRENT_KEY });
const DKIM_NAME = `${SELECTOR}._domainkey.example.com.`;

function parse(text: string) {
  const { zone, findings } = analyze(text, { file: 'example.com.zone' });
  assert.deepEqual(findings.filter((f) => f.severity === 'error').map((f) => f.code), [], 'the test zone itself has no errors');
  return zone;
}

async function withNamed<T>(zones: ServedZone[], run: (server: NamedServer) => Promise<T>, options: StartOptions = {}): Promise<T> {
  const server = await startNamed(zones, options);
  try {
    return await run(server);
  } finally {
    await server.stop();
  }
}

async function verifyAgainst(text: string, servers: Array<{ host: string; port: number }>, options: VerifyOptions = {}): Promise<VerifyReport> {
  return verifyZone(parse(text), { servers: servers.map((s) => `${s.host}:${s.port}`), timeoutMs: 2000, retries: 1, ...options });
}

function record(report: VerifyReport, kind: string): RecordResult {
  const found = report.records.find((r) => r.record.kind === kind);
  assert.ok(found, `a ${kind} record was checked (have ${report.records.map((r) => r.record.kind).join(', ')})`);
  return found;
}

const served = (text: string, reports = true): ServedZone[] => [{ name: 'example.com', text }, ...(reports ? [{ name: 'reports.test', text: reportsZone(true) }] : [])];

describe('live verification against named', { skip: named ? false : NAMED_MISSING }, () => {
  test('every record matches: exit 0, each check located on its zone line', async () => {
    const report = await withNamed(served(USER_ZONE), (server) => verifyAgainst(USER_ZONE, [server]));
    assert.deepEqual(report.records.map((r) => [r.record.kind, r.status]), [
      ['dkim', 'match'],
      ['return-path', 'match'],
      ['inbound-mx', 'match'],
      ['dmarc', 'match'],
      ['spf', 'match'],
    ]);
    assert.equal(report.exitCode, 0);
    const dkim = record(report, 'dkim').checks[0];
    assert.equal(dkim.name, DKIM_NAME);
    assert.equal(USER_ZONE.slice(dkim.location!.start, dkim.location!.end).split(' ')[0], `${SELECTOR}._domainkey`);
    assert.deepEqual(dkim.actual, [`k=rsa; p=${CURRENT_KEY}`]);
    assert.equal(dkim.aa, true);
    assert.deepEqual(report.dmarcExternal.map((d) => [d.ruaDomain, d.status]), [['reports.test.', 'authorized']]);
    // spf.mtasv.net is outside what the test server serves: REFUSED -> undetermined, a warning only.
    assert.equal(report.spf[0].undetermined.length, 1);
    assert.match(report.warnings.join('\n'), /include:spf\.mtasv\.net: answered REFUSED/);
  });

  test('the server still serves an older DKIM key: mismatch with both values', async () => {
    const report = await withNamed(served(exampleZone({ key: OLD_KEY })), (server) => verifyAgainst(USER_ZONE, [server]));
    const dkim = record(report, 'dkim');
    assert.equal(dkim.status, 'mismatch');
    assert.deepEqual(dkim.checks[0].expected, [`k=rsa; p=${CURRENT_KEY}`]);
    assert.deepEqual(dkim.checks[0].actual, [`k=rsa; p=${OLD_KEY}`]);
    assert.match(dkim.checks[0].detail!, /'p' differs/);
    assert.equal(record(report, 'return-path').status, 'match');
    assert.equal(report.exitCode, 1);
  });

  test('missing records: NXDOMAIN (no _dmarc name) told apart from NODATA (apex without MX)', async () => {
    const text = exampleZone({ key: CURRENT_KEY, omit: ['_dmarc', '@ IN MX'] });
    const report = await withNamed(served(text), (server) => verifyAgainst(USER_ZONE, [server]));
    assert.equal(record(report, 'dmarc').status, 'missing-nxdomain');
    assert.equal(record(report, 'dmarc').checks[0].rcode, 'NXDOMAIN');
    assert.equal(record(report, 'inbound-mx').status, 'missing-nodata');
    assert.equal(record(report, 'inbound-mx').checks[0].rcode, 'NOERROR');
    assert.deepEqual(record(report, 'inbound-mx').checks[0].actual, []);
    assert.equal(report.exitCode, 1);
  });

  test('a CNAME at the DKIM selector where TXT is expected', async () => {
    const text = exampleZone({ key: CURRENT_KEY, dkimLine: `${SELECTOR}._domainkey IN CNAME keys.example.net.` });
    const report = await withNamed(served(text), (server) => verifyAgainst(USER_ZONE, [server]));
    const dkim = record(report, 'dkim');
    assert.equal(dkim.status, 'cname-instead');
    assert.deepEqual(dkim.checks[0].actual, ['CNAME keys.example.net.']);
    assert.equal(report.exitCode, 1);
  });

  test('two authoritative servers disagree: one still serves the old key', async () => {
    const report = await withNamed(served(USER_ZONE), (current) =>
      withNamed(served(exampleZone({ key: OLD_KEY })), (stale) => verifyAgainst(USER_ZONE, [current, stale])),
    );
    const dkim = record(report, 'dkim');
    assert.equal(dkim.status, 'inconsistent');
    assert.deepEqual(dkim.checks.map((c) => c.status), ['match', 'mismatch']);
    assert.match(dkim.detail!, /disagree/);
    assert.equal(record(report, 'spf').status, 'match');
    assert.equal(report.exitCode, 1);
  });

  test('a server that never answers times out within timeout x attempts', async () => {
    const silent = await startSilentServer();
    try {
      const timeoutMs = 300;
      const retries = 1;
      const started = performance.now();
      const result = await queryDns(silent, 'example.com', 'TXT', { timeoutMs, retries });
      const elapsed = performance.now() - started;
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.error, 'timeout');
      assert.equal(result.attempts, 2);
      assert.equal(silent.received(), 2, 'the question was sent once per attempt');
      assert.ok(elapsed >= timeoutMs * (retries + 1) - 20, `waited the whole limit (${elapsed} ms)`);
      assert.ok(elapsed < timeoutMs * (retries + 1) + 400, `gave up in time (${elapsed} ms)`);

      const verifyStarted = performance.now();
      const report = await verifyAgainst(USER_ZONE, [silent], { timeoutMs, retries });
      const verifyElapsed = performance.now() - verifyStarted;
      assert.equal(report.exitCode, 3);
      assert.ok(report.checks.every((c) => c.status === 'timeout'));
      assert.ok(verifyElapsed < timeoutMs * (retries + 1) + 400, `the whole run gave up in time (${verifyElapsed} ms)`);
    } finally {
      await silent.stop();
    }
  });

  test('SERVFAIL: the server could not load the zone', async () => {
    const report = await withNamed([{ name: 'example.com', text: 'this is not a zone file\n' }, { name: 'reports.test', text: reportsZone(true) }], (server) => verifyAgainst(USER_ZONE, [server]));
    assert.ok(report.records.every((r) => r.status === 'servfail'));
    assert.equal(report.checks[0].rcode, 'SERVFAIL');
    assert.equal(report.exitCode, 1);
  });

  test('a 2048-bit DKIM key that does not fit a 512-byte UDP answer comes over TCP', async () => {
    const key = rsaPublicKey(2048);
    // Four out-of-zone NS names that named puts in the authority section (always, with the
    // pre-9.12 default `minimal-responses no`): the answer no longer fits 512 bytes.
    const nsLines = ['@ IN NS ns1.dns-one.example.net.', '@ IN NS ns2.dns-one.example.net.', '@ IN NS ns3.dns-two.example.org.', '@ IN NS ns4.dns-two.example.org.'];
    const text = exampleZone({ key, nsLines });
    await withNamed(served(text), async (server) => {
      const direct = await queryDns(server, DKIM_NAME, 'TXT', { ednsUdpSize: 0 });
      assert.ok(direct.ok);
      assert.equal(direct.truncated, true);
      assert.equal(direct.viaTcp, true);
      const report = await verifyAgainst(text, [server], { ednsUdpSize: 0 });
      const dkim = record(report, 'dkim');
      assert.equal(dkim.status, 'match');
      assert.equal(dkim.checks[0].viaTcp, true);
      assert.deepEqual(dkim.checks[0].actual, [`k=rsa; p=${key}`]);
    }, { options: ['minimal-responses no;'] });
  });

  test('an SPF include chain across zones with 12 lookups is over the limit', async () => {
    const text = exampleZone({ key: CURRENT_KEY, spf: 'v=spf1 include:chain1.test ~all' });
    const zones = [
      ...served(text),
      { name: 'chain1.test', text: spfZone('chain1.test', 'v=spf1 a mx include:chain2.test -all') },
      { name: 'chain2.test', text: spfZone('chain2.test', 'v=spf1 a mx include:chain3.test -all') },
      { name: 'chain3.test', text: spfZone('chain3.test', 'v=spf1 a mx include:chain4.test -all') },
      { name: 'chain4.test', text: spfZone('chain4.test', 'v=spf1 a mx -all') },
    ];
    const report = await withNamed(zones, (server) => verifyAgainst(text, [server]));
    const tree = report.spf[0];
    assert.equal(tree.lookups, 12);
    assert.equal(tree.voidLookups, 0);
    assert.deepEqual(tree.undetermined, []);
    assert.equal(tree.overLimit, true);
    const depth = (node: typeof tree.root): string[] => [node.domain, ...node.children.flatMap(depth)];
    assert.deepEqual(depth(tree.root), ['example.com.', 'chain1.test.', 'chain2.test.', 'chain3.test.', 'chain4.test.']);
    assert.equal(record(report, 'spf').status, 'match');
    assert.equal(report.exitCode, 1);
  });

  test('three void lookups are over the limit of two', async () => {
    const text = exampleZone({ key: CURRENT_KEY, spf: 'v=spf1 a:nx1.example.com a:nx2.example.com a:nx3.example.com ~all' });
    const report = await withNamed(served(text), (server) => verifyAgainst(text, [server]));
    assert.equal(report.spf[0].voidLookups, 3);
    assert.equal(report.spf[0].lookups, 3);
    assert.equal(report.spf[0].overLimit, true);
    assert.equal(report.exitCode, 1);
  });

  test('a DMARC report destination that does not authorise the domain is a warning', async () => {
    const zones = [{ name: 'example.com', text: USER_ZONE }, { name: 'reports.test', text: reportsZone(false) }];
    const report = await withNamed(zones, (server) => verifyAgainst(USER_ZONE, [server]));
    assert.deepEqual(report.dmarcExternal.map((d) => [d.queried, d.status]), [['example.com._report._dmarc.reports.test.', 'missing']]);
    assert.match(report.warnings.join('\n'), /RFC 7489 §7\.1/);
    assert.equal(report.exitCode, 0);
  });

  test('cancelling stops a run that waits on a silent server', async () => {
    const silent = await startSilentServer();
    try {
      const controller = new AbortController();
      const started = performance.now();
      const run = verifyAgainst(USER_ZONE, [silent], { timeoutMs: 5000, retries: 2, signal: controller.signal, onProgress: () => undefined });
      setImmediate(() => controller.abort());
      const report = await run;
      assert.equal(report.cancelled, true);
      assert.ok(report.checks.every((c) => c.status === 'cancelled'));
      assert.ok(performance.now() - started < 1000);
    } finally {
      await silent.stop();
    }
  });
});
