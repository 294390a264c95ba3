// A file that a zone file $INCLUDEs, opened on its own, over the real stdio protocol: it is
// checked as part of that zone (its origin, $TTL and records around it), so it shows its own
// problems and not those of a zone without SOA or TTL; its quick fixes and navigation work in
// it, and it follows edits of the including file that the editor has open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Location, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { insertRecordEditRequest, type InsertRecordEditResult } from '../../server/src/protocol';
import { ensureServerBuilt } from '../helpers/bundles';
import { rangeOf } from '../helpers/text-range';
import { LspTestClient } from './lsp-client';

const ZONE = ['$TTL 3600', '@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h', '  IN NS ns1', 'ns1 IN A 192.0.2.1', 'www IN A 192.0.2.2', '$INCLUDE includes/postmark.inc', ''].join('\n');
const INCLUDED = ['pm-bounces IN CNAME pm.mtasv.net', 'alias IN CNAME www', ''].join('\n');

let client: LspTestClient;
const dir = mkdtempSync(join(tmpdir(), 'postmark-zone-included-'));
const zonePath = join(dir, 'example.com.zone');
const includedPath = join(dir, 'includes', 'postmark.inc');
const zoneUri = pathToFileURL(zonePath).toString();
const includedUri = pathToFileURL(includedPath).toString();

before(async () => {
  await ensureServerBuilt();
  mkdirSync(join(dir, 'includes'));
  writeFileSync(zonePath, ZONE);
  writeFileSync(includedPath, INCLUDED);
  writeFileSync(join(dir, 'notes.txt'), '$INCLUDE is a word in this text file, not a zone\n');
  client = new LspTestClient();
  await client.connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  await client.connection.sendNotification('initialized', {});
});
after(() => {
  client.kill();
  rmSync(dir, { recursive: true, force: true });
});

test('an included file is checked as part of the zone that includes it', async () => {
  client.open(includedUri, INCLUDED);
  const { diagnostics } = await client.diagnosticsFor(includedUri, 1);
  const codes = diagnostics.map((d) => d.code).sort();
  // Read on its own it would have no SOA, no TTL and no origin: none of that is reported.
  assert.deepEqual(codes, ['postmark/return-path-target', 'zone/missing-trailing-dot']);
  const target = diagnostics.find((d) => d.code === 'postmark/return-path-target')!;
  assert.deepEqual(target.range, rangeOf(INCLUDED, 'pm.mtasv.net'));
  assert.match(String(target.message), /'pm\.mtasv\.net\.example\.com\.'/, 'the name is read under the zone origin');
  const status = await client.waitFor('status of the included file', () => client.statuses.find((s) => s.uri === includedUri && s.version === 1));
  assert.equal(status.includedBy, zonePath);
  assert.equal(status.origin, 'example.com.');
  assert.equal(status.records, 2, 'the records of this file');
  assert.equal(status.errors, 1);

  // Its quick fix edits this document.
  const params = { textDocument: { uri: includedUri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] } };
  const actions = (await client.connection.sendRequest('textDocument/codeAction', params)) as CodeAction[];
  const change = actions[0]?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  assert.ok(change, `a quick fix with an edit: ${JSON.stringify(actions)}`);
  assert.equal(change.textDocument.uri, includedUri);
  const fixed = TextDocument.applyEdits(TextDocument.create(includedUri, 'zone', 1, INCLUDED), change.edits as TextEdit[]);
  assert.equal(fixed, INCLUDED.replace('pm.mtasv.net', 'pm.mtasv.net.'));

  // A name in it leads to the records of the zone file.
  const definitions = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: includedUri }, position: rangeOf(INCLUDED, 'www').start })) as Location[];
  assert.deepEqual(definitions, [{ uri: zoneUri, range: rangeOf(ZONE, 'www') }]);

  client.change(includedUri, 2, fixed);
  assert.deepEqual((await client.diagnosticsFor(includedUri, 2)).diagnostics, []);

  // Insert DKIM record (the command's request) writes into this file, at the end of its records,
  // without a TTL (the zone file's $TTL is in effect here).
  const inserted: InsertRecordEditResult = await client.connection.sendRequest(insertRecordEditRequest, {
    uri: includedUri,
    owner: '20231012123456pm._domainkey.example.com.',
    type: 'TXT',
    rdata: '"k=rsa; p=AAAA"',
  });
  assert.equal(inserted.version, 2);
  assert.deepEqual(inserted.edit, { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '20231012123456pm._domainkey IN TXT "k=rsa; p=AAAA"\n' });
});

test('an included file follows the edits of the zone file open beside it', async () => {
  client.open(zoneUri, ZONE);
  await client.diagnosticsFor(zoneUri, 1);
  // The zone file, as edited in the editor (not saved), gets the Return-Path record the included
  // file has: the included one, read after it, is now the duplicate.
  client.change(zoneUri, 2, ZONE.replace('$INCLUDE', 'pm-bounces IN CNAME pm.mtasv.net.\n$INCLUDE'));
  const republished = await client.waitFor('the included file checked again', () =>
    client.diagnostics.find((d) => d.uri === includedUri && d.diagnostics.some((x) => x.code === 'zone/duplicate-record')),
  );
  assert.deepEqual(
    republished.diagnostics.map((d) => [d.code, d.range.start.line]),
    [['zone/duplicate-record', 0]],
  );
  client.close(zoneUri);
});

test('saving an included file checks the zone file open beside it again', async () => {
  writeFileSync(includedPath, INCLUDED);
  client.open(zoneUri, ZONE, 3);
  const latest = () => [...client.diagnostics].reverse().find((d) => d.uri === zoneUri);
  const before = await client.waitFor('the zone file checked', () => (latest()?.version === 3 ? latest() : undefined));
  assert.ok(before.diagnostics.some((d) => String(d.message).startsWith('In included file postmark.inc:1:')), JSON.stringify(before.diagnostics));
  const count = client.diagnostics.length;
  writeFileSync(includedPath, INCLUDED.replace('pm.mtasv.net', 'pm.mtasv.net.'));
  await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: includedUri } });
  const after = await client.waitFor('the zone file checked again', () => client.diagnostics.slice(count).find((d) => d.uri === zoneUri));
  assert.ok(!after.diagnostics.some((d) => String(d.message).startsWith('In included file')), JSON.stringify(after.diagnostics));
  client.close(zoneUri);
});

test('a file a zone reads that changes on disk (not in the editor) checks the zone again', async () => {
  writeFileSync(includedPath, INCLUDED);
  client.open(zoneUri, ZONE, 4);
  const latest = () => [...client.diagnostics].reverse().find((d) => d.uri === zoneUri);
  await client.waitFor('the zone file checked', () => (latest()?.version === 4 ? latest() : undefined));
  // The server asks to be told of changes to the file the zone includes (and to the zone file,
  // which the open included file, checked as part of it, reads).
  const watching = await client.waitFor('a file watch on the included file', () =>
    client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles' && !client.unregistered.has(r.id) && JSON.stringify(r.registerOptions).includes('postmark.inc')),
  );
  assert.deepEqual((watching.registerOptions as { watchers: unknown[] }).watchers, [{ globPattern: zonePath }, { globPattern: includedPath }]);
  const count = client.diagnostics.length;
  writeFileSync(includedPath, INCLUDED.replace('pm.mtasv.net', 'pm.mtasv.net.'));
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: includedUri, type: 2 }] });
  const after = await client.waitFor('the zone file checked again', () => client.diagnostics.slice(count).find((d) => d.uri === zoneUri));
  assert.ok(!after.diagnostics.some((d) => String(d.message).startsWith('In included file')), JSON.stringify(after.diagnostics));
  client.close(zoneUri);
});

test('a file that no zone file includes is checked on its own, until a saved zone file includes it', async () => {
  const lonely = join(dir, 'lonely.inc');
  writeFileSync(lonely, 'host IN A 192.0.2.1\n');
  const uri = pathToFileURL(lonely).toString();
  client.open(uri, 'host IN A 192.0.2.1\n');
  const { diagnostics } = await client.diagnosticsFor(uri, 1);
  assert.ok(diagnostics.some((d) => d.code === 'zone/missing-soa'));
  const status = await client.waitFor('status of the lonely file', () => client.statuses.find((s) => s.uri === uri && s.version === 1));
  assert.equal(status.includedBy, undefined);

  // The zone file gets an $INCLUDE of it and is saved.
  const including = `${ZONE}$INCLUDE lonely.inc\n`;
  client.open(zoneUri, ZONE, 5);
  client.change(zoneUri, 6, including);
  writeFileSync(zonePath, including);
  const count = client.statuses.length;
  await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: zoneUri } });
  const part = await client.waitFor('the file checked as part of the zone', () => client.statuses.slice(count).find((s) => s.uri === uri));
  assert.equal(part.includedBy, zonePath);
  assert.equal(part.errors, 0);
  // Closed, the zone file is read from disk by the files it includes: they are checked again.
  const beforeClose = client.statuses.length;
  client.close(zoneUri);
  const checkedAgain = (part: string) => client.statuses.slice(beforeClose).some((s) => s.uri === part);
  await client.waitFor('the included files checked after the zone file closed', () => (checkedAgain(uri) && checkedAgain(includedUri)) || undefined);
  writeFileSync(zonePath, ZONE);
});
