// postmarkZone/insertRecordEdit over the real stdio protocol: the server answers with the edit
// that inserts a record in the file's style for the open version, and refuses bad requests;
// the dkim-missing code action carries the client command with the file and origin.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { insertRecordEditRequest, type InsertRecordEditResult } from '../../server/src/protocol';
import { ensureServerBuilt } from '../helpers/bundles';
import { LspTestClient } from './lsp-client';

const ZONE = [
  '$TTL 3600',
  '@           IN SOA   ns1 hostmaster 1 7200 900 1209600 300',
  '            IN NS    ns1',
  'ns1         IN A     192.0.2.53',
  '@           IN TXT   "v=spf1 -all"',
  'pm-bounces  IN CNAME pm.mtasv.net.',
  'www         IN A     192.0.2.80',
  '',
].join('\n');

describe('postmarkZone/insertRecordEdit', () => {
  let client: LspTestClient;
  const workDir = mkdtempSync(join(tmpdir(), 'postmark-zone-insert-'));
  const uri = pathToFileURL(join(workDir, 'example.com.zone')).toString();

  before(async () => {
    await ensureServerBuilt();
    client = new LspTestClient();
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workDir).toString(),
      capabilities: { workspace: { configuration: true }, textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } } },
    });
    await client.connection.sendNotification('initialized', {});
    client.open(uri, ZONE, 3);
    await client.diagnosticsFor(uri, 3);
  });

  after(() => {
    client?.kill();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('a DKIM TXT goes after the apex TXT, in the file\'s columns', async () => {
    const result: InsertRecordEditResult = await client.connection.sendRequest(insertRecordEditRequest, {
      uri,
      owner: '20231012123456pm._domainkey.example.com.',
      type: 'TXT',
      rdata: '"k=rsa; p=AAAA"',
    });
    assert.equal(result.version, 3);
    assert.deepEqual(result.edit, {
      range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } },
      newText: '20231012123456pm._domainkey IN TXT "k=rsa; p=AAAA"\n',
    });
  });

  test('a name outside the zone is refused', async () => {
    await assert.rejects(
      client.connection.sendRequest(insertRecordEditRequest, { uri, owner: '_dmarc.example.org.', type: 'TXT', rdata: '"v=DMARC1; p=none"' }),
      /_dmarc\.example\.org\. is outside this zone \(example\.com\.\)/,
    );
    await assert.rejects(client.connection.sendRequest(insertRecordEditRequest, { uri, owner: 'www', type: 'TXT', rdata: '"x"' }), /must be an absolute name/);
  });

  test('a document that is not open is refused', async () => {
    await assert.rejects(
      client.connection.sendRequest(insertRecordEditRequest, { uri: `${uri}.other`, owner: '_dmarc.example.com.', type: 'TXT', rdata: '"v=DMARC1; p=none"' }),
      /not open/,
    );
  });

  test('the dkim-missing quick fix runs the insert command with the file and origin', async () => {
    const published = await client.diagnosticsFor(uri, 3);
    const diagnostic = published.diagnostics.find((d: Diagnostic) => d.code === 'postmark/dkim-missing');
    assert.ok(diagnostic, 'postmark/dkim-missing is published');
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    const action = actions.find((a) => a.command?.command === 'postmarkZone.insertDkimRecord');
    assert.ok(action, 'the insert-DKIM action is offered');
    assert.deepEqual(action.command?.arguments, [{ uri: fileURLToPath(uri), origin: 'example.com.' }]);
  });
});
