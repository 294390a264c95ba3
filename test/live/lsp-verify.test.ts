// postmarkZone/verifyLiveDns through the real language server (dist/server.js over stdio)
// against BIND named on loopback: the report with LSP ranges of the zone lines, work-done
// progress, a refused zone, and cancellation through the request's token.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { verifyLiveDnsRequest, type VerifyLiveDnsResult } from '../../server/src/protocol';
import { ensureServerBuilt } from '../helpers/bundles';
import { LspTestClient } from '../lsp/lsp-client';
import { findNamed, NAMED_MISSING, startNamed, startSilentServer, type NamedServer } from '../helpers/named-server';
import { exampleZone, reportsZone, rsaPublicKey } from './live-zones';

const named = findNamed();
const USER_ZONE = exampleZone({ key: rsaPublicKey(1024) });

/** Polls a condition (no fixed sleep): resolves once it holds, rejects after `limitMs`. */
async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`condition not met within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('verifyLiveDns request (language server over stdio)', { skip: named ? false : NAMED_MISSING }, () => {
  let client: LspTestClient;
  let server: NamedServer;
  const dir = mkdtempSync(join(tmpdir(), 'pz-lsp-verify-'));
  const uri = pathToFileURL(join(dir, 'example.com.zone')).toString();
  const brokenUri = pathToFileURL(join(dir, 'broken.zone')).toString();

  before(async () => {
    await ensureServerBuilt();
    writeFileSync(join(dir, 'example.com.zone'), USER_ZONE);
    server = await startNamed([{ name: 'example.com', text: USER_ZONE }, { name: 'reports.test', text: reportsZone(true) }]);
    client = new LspTestClient();
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).toString(), capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
    await client.connection.sendNotification('initialized', {});
    client.open(uri, USER_ZONE);
    client.open(brokenUri, '$ORIGIN example.com.\n$TTL 300\nwww IN A 999.1.1.1\n');
  });

  after(async () => {
    client?.kill();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('returns the report, the ranges of the zone lines and a log, with progress on the token', async () => {
    const token = 'verify-1';
    const progress: Array<WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd> = [];
    const listener = client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      progress.push(value);
    });
    const result: VerifyLiveDnsResult = await client.connection.sendRequest(verifyLiveDnsRequest, { uri, servers: [`${server.host}:${server.port}`], workDoneToken: token });
    listener.dispose();
    assert.equal(result.refused, undefined);
    assert.equal(result.report?.exitCode, 0);
    assert.deepEqual(result.report?.records.map((r) => r.status), ['match', 'match', 'match', 'match', 'match']);
    const dkimIndex = result.report!.records.findIndex((r) => r.record.kind === 'dkim');
    assert.deepEqual(result.recordLocations[dkimIndex], [{ uri, range: { start: { line: 8, character: 0 }, end: { line: 8, character: USER_ZONE.split('\n')[8].length } } }]);
    assert.match(result.log, /^MATCH +dkim /m);
    assert.match(result.log, /example\.com\.zone:9\)/);
    // $/progress notifications travel before the response on the same stream.
    assert.deepEqual([progress[0].kind, progress[progress.length - 1].kind], ['begin', 'end']);
    assert.equal((progress[0] as WorkDoneProgressBegin).cancellable, true);
    assert.ok(progress.some((p) => p.kind === 'report' && p.percentage === 100));
  });

  test('a zone named would not load is refused with the reason', async () => {
    const result: VerifyLiveDnsResult = await client.connection.sendRequest(verifyLiveDnsRequest, { uri: brokenUri, servers: [`${server.host}:${server.port}`] });
    assert.equal(result.report, undefined);
    assert.match(result.refused!, /1 error that would stop named from loading it/);
    assert.match(result.log, /broken\.zone:3: zone\/invalid-rdata/);
  });

  test('cancelling the request stops the queries', async () => {
    const silent = await startSilentServer();
    try {
      const source = new CancellationTokenSource();
      const started = performance.now();
      const pending = client.connection.sendRequest(verifyLiveDnsRequest, { uri, servers: [`${silent.host}:${silent.port}`], timeoutMs: 10_000, retries: 2 }, source.token);
      await until(() => silent.received() > 0, 5000);
      source.cancel();
      const result = await pending;
      assert.ok(performance.now() - started < 5000, 'answered long before the 30 s the queries could take');
      // The server answers with what it has: a report marked cancelled, every check cancelled.
      assert.equal(result.report?.cancelled, true);
      assert.ok(result.report?.checks.every((c) => c.status === 'cancelled'));
    } finally {
      await silent.stop();
    }
  });
});
