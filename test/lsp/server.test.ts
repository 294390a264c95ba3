// The language server over its real stdio protocol: dist/server.js spawned with --stdio, spoken
// to with vscode-languageserver-protocol. Diagnostics, versions, symbols, hovers, folding,
// code actions, $INCLUDE findings, settings and a clean shutdown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_SETTINGS } from '../../server/src/protocol';
import type { CodeAction, CompletionList, Diagnostic, DocumentLink, DocumentSymbol, FoldingRange, Hover, InitializeResult, Location, MarkupContent, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analyze';
import { docsUrl } from '../../server/src/rules/docs-url';
import { ensureServerBuilt } from '../helpers/bundles';
import { LspTestClient } from './lsp-client';
import { rangeOf } from '../helpers/text-range';

const ZONE = [
  '; Example zone',
  '; used by the stdio tests',
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1.example.com. hostmaster.example.com. (',
  '        2024010101 ; serial',
  '        7200 3600 1209600 300 )',
  '@ IN NS ns1.example.com.',
  '@ IN MX 10 mail.example.com.',
  'ns1 IN A 192.0.2.1',
  'mail 300 IN A 192.0.2.2',
  'www IN A 999.1.1.1',
  '',
].join('\n');

function withCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'a hover is returned');
  return (hover.contents as MarkupContent).value;
}

describe('language server over stdio', () => {
  let client: LspTestClient;
  let initialize: InitializeResult;
  const workDir = mkdtempSync(join(tmpdir(), 'postmark-zone-lsp-'));
  const mainPath = join(workDir, 'example.com.zone');
  const uri = pathToFileURL(mainPath).toString();

  before(async () => {
    await ensureServerBuilt();
    client = new LspTestClient();
    initialize = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workDir).toString(),
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
        },
      },
    });
    await client.connection.sendNotification('initialized', {});
  });

  after(() => {
    client?.kill();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('initialize announces the features', () => {
    const capabilities = initialize.capabilities;
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.equal(capabilities.foldingRangeProvider, true);
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.deepEqual(capabilities.documentLinkProvider, { resolveProvider: false });
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['$'] });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.postmarkZone'], resolveProvider: true });
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } }, 'incremental sync, and saves (included files read from disk change)');
  });

  test('opening a zone with bad rdata publishes a coded diagnostic on the value', async () => {
    writeFileSync(mainPath, ZONE);
    client.open(uri, ZONE, 1);
    const published = await client.diagnosticsFor(uri, 1);
    const [invalid, ...more] = withCode(published.diagnostics, 'zone/invalid-rdata');
    assert.ok(invalid, `zone/invalid-rdata is reported; got ${JSON.stringify(published.diagnostics)}`);
    assert.equal(more.length, 0);
    assert.deepEqual(invalid.range, rangeOf(ZONE, '999.1.1.1'));
    assert.equal(invalid.source, 'postmark-zone');
    assert.equal(invalid.severity, 1);
    assert.deepEqual(invalid.codeDescription, { href: docsUrl('zone/invalid-rdata') });
    assert.deepEqual((invalid.data as { version: number }).version, 1);
    assert.ok(Array.isArray((invalid.data as { fixIds: unknown }).fixIds));
  });

  test('the status notification reports the origin and counts', async () => {
    const status = await client.waitFor('status for version 1', () => client.statuses.find((s) => s.uri === uri && s.version === 1));
    assert.equal(status.state, 'done');
    assert.equal(status.origin, 'example.com.');
    assert.equal(status.originSource, '$ORIGIN');
    assert.ok((status.errors ?? 0) >= 1);
  });

  test('code actions offer exactly the fixes of the finding, and none for a stale version', async () => {
    const published = await client.diagnosticsFor(uri, 1);
    const diagnostic = withCode(published.diagnostics, 'zone/invalid-rdata')[0];
    const expected = analyze(ZONE, { file: mainPath }).findings.find((f) => f.code === 'zone/invalid-rdata')?.fixes ?? [];
    const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', params)) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), expected.map((f) => f.title));
    const stale = { ...diagnostic, data: { ...(diagnostic.data as object), version: 0 } };
    const staleActions = await client.connection.sendRequest('textDocument/codeAction', { ...params, context: { diagnostics: [stale], only: ['quickfix'] } });
    assert.deepEqual(staleActions, []);
  });

  test('fixing the value in a change publishes diagnostics for the new version without it', async () => {
    const fixed = ZONE.replace('999.1.1.1', '192.0.2.3');
    client.change(uri, 2, fixed);
    const published = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(withCode(published.diagnostics, 'zone/invalid-rdata'), []);
    assert.ok(published.diagnostics.every((d) => (d.data as { version: number }).version === 2));
  });

  test('several fast changes: only the last version gets diagnostics', async () => {
    const seenBefore = client.diagnostics.length;
    client.change(uri, 3, ZONE.replace('999.1.1.1', '999.1.1.2'));
    client.change(uri, 4, ZONE.replace('999.1.1.1', '999.1.1.3'));
    const last = ZONE.replace('www IN A 999.1.1.1', 'www IN FOO x');
    client.change(uri, 5, last);
    const published = await client.diagnosticsFor(uri, 5);
    const unknown = withCode(published.diagnostics, 'zone/unknown-type');
    assert.equal(unknown.length, 1, `zone/unknown-type once; got ${JSON.stringify(published.diagnostics)}`);
    assert.deepEqual(unknown[0].range, rangeOf(last, 'FOO'));
    const versions = client.diagnostics.slice(seenBefore).filter((d) => d.uri === uri).map((d) => d.version);
    assert.deepEqual(versions, [5], 'versions 3 and 4 were superseded before publishing');
  });

  test('document symbols: owners in file order with their records', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    client.change(uri, 6, text);
    await client.diagnosticsFor(uri, 6);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['example.com.', ['SOA', 'NS', 'MX']],
        ['ns1.example.com.', ['A']],
        ['mail.example.com.', ['A']],
        ['www.example.com.', ['A']],
      ],
    );
    const mx = symbols[0].children![2];
    assert.equal(mx.detail, '10 mail.example.com.');
    assert.deepEqual(mx.selectionRange, rangeOf(text, 'MX'));
    assert.deepEqual(symbols[1].selectionRange, { start: { line: 9, character: 0 }, end: { line: 9, character: 3 } }, 'the written owner');
  });

  test('hover on a record type (and class) names it with its RFC', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    const at = rangeOf(text, 'MX').start;
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: at.line, character: at.character + 1 } })) as Hover;
    assert.match(hoverText(hover), /MX\*\* — mail exchange \(RFC 1035 §3\.3\.9\)/);
    assert.deepEqual(hover.range, rangeOf(text, 'MX'));
    const onClass = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: rangeOf(text, 'IN MX').start })) as Hover;
    assert.equal(hoverText(onClass), '**IN** — the Internet class (RFC 1035 §3.2.4)');
  });

  test('hover on TTLs spells them out ($TTL and a record TTL)', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    const dollarTtl = rangeOf(text, '3600').start;
    const onDirective = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: dollarTtl })) as Hover;
    assert.equal(hoverText(onDirective), '3600 seconds = 1 hour');
    const recordTtl = rangeOf(text, '300 IN').start;
    const onRecord = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: recordTtl })) as Hover;
    assert.equal(hoverText(onRecord), '300 seconds = 5 minutes');
    const nothing = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.equal(nothing, null);
  });

  test('go to definition and find references on domain names', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    /** The range of the owner name that starts the line beginning with `line`. */
    const owner = (line: string) => {
      const { start } = rangeOf(text, `\n${line}`);
      return { start: { line: start.line + 1, character: 0 }, end: { line: start.line + 1, character: line.split(' ')[0].length } };
    };
    const onTarget = { textDocument: { uri }, position: rangeOf(text, 'mail.example.com.').start };
    const definitions = (await client.connection.sendRequest('textDocument/definition', onTarget)) as Location[];
    assert.deepEqual(definitions, [{ uri, range: owner('mail 300') }]);
    const onOwner = { textDocument: { uri }, position: owner('ns1 IN A').start };
    const references = (await client.connection.sendRequest('textDocument/references', { ...onOwner, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(
      references.map((l) => l.range),
      [owner('ns1 IN A'), rangeOf(text, 'ns1.example.com.', 0), rangeOf(text, 'ns1.example.com.', 1)],
    );
    const nothing = await client.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.deepEqual(nothing, []);
  });

  test('rename a host: prepareRename, a versioned edit of every occurrence, and a reason when it cannot', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    const position = rangeOf(text, 'ns1 IN A').start;
    const prepared = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position });
    assert.deepEqual(prepared, { range: { start: position, end: { line: position.line, character: 3 } }, placeholder: 'ns1' });
    const edit = (await client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName: 'dns1' })) as WorkspaceEdit;
    const [documentEdit, ...more] = (edit.documentChanges ?? []) as TextDocumentEdit[];
    assert.equal(more.length, 0);
    assert.equal(documentEdit.textDocument.uri, uri);
    assert.equal(typeof documentEdit.textDocument.version, 'number', 'pinned to the version it was computed for');
    assert.deepEqual(
      documentEdit.edits.map((e) => [e.range, (e as TextEdit).newText]),
      [
        [{ start: position, end: { line: position.line, character: 3 } }, 'dns1'],
        [rangeOf(text, 'ns1.example.com.', 0), 'dns1.example.com.'],
        [rangeOf(text, 'ns1.example.com.', 1), 'dns1.example.com.'],
      ],
    );
    await assert.rejects(
      client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri }, position: rangeOf(text, '@ IN NS').start }),
      /zone's own name \(its apex\) cannot be renamed/,
    );
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { textDocument: { uri }, position, newName: 'two words' }), /cannot be written as one name/);
  });

  test('completion: record types where the type goes', async () => {
    const text = ZONE.replace('999.1.1.1', '192.0.2.3');
    const position = { line: rangeOf(text, 'www IN A').start.line, character: 'www IN '.length };
    const list = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position })) as CompletionList;
    assert.deepEqual(list.items.slice(0, 3).map((i) => [i.label, i.detail]), [
      ['A', 'IPv4 host address (RFC 1035 §3.4.1)'],
      ['AAAA', 'IPv6 host address (RFC 3596 §2.2)'],
      ['CNAME', 'canonical name (alias) (RFC 1035 §3.3.1)'],
    ]);
  });

  test('folding ranges: the comment block and the parenthesised SOA', async () => {
    const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine, r.kind]),
      [
        [0, 1, 'comment'],
        [4, 6, undefined],
      ],
    );
  });

  test('findings in an $INCLUDE file are shown at the $INCLUDE directive', async () => {
    const includePath = join(workDir, 'sub.zone');
    writeFileSync(includePath, 'bad IN A 999.1.1.1\ngood IN A 192.0.2.7\n');
    const mainIncluding = join(workDir, 'example.net.zone');
    const text = [
      '$ORIGIN example.net.',
      '$TTL 3600',
      '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300',
      '@ IN NS ns1',
      'ns1 IN A 192.0.2.1',
      '$INCLUDE sub.zone',
      '',
    ].join('\n');
    writeFileSync(mainIncluding, text);
    const includingUri = pathToFileURL(mainIncluding).toString();
    client.open(includingUri, text, 1);
    const published = await client.diagnosticsFor(includingUri, 1);
    const [invalid] = withCode(published.diagnostics, 'zone/invalid-rdata');
    assert.ok(invalid, `the included file's finding is reported; got ${JSON.stringify(published.diagnostics)}`);
    assert.deepEqual(invalid.range.start, { line: 5, character: 0 });
    assert.equal(invalid.range.end.line, 5);
    assert.match(invalid.message as string, /^In included file sub\.zone:1: /);
    assert.deepEqual(invalid.relatedInformation?.[0].location, {
      uri: pathToFileURL(includePath).toString(),
      range: rangeOf('bad IN A 999.1.1.1\n', '999.1.1.1'),
    });
    assert.ok(!client.diagnostics.some((d) => d.uri === pathToFileURL(includePath).toString()), 'nothing is published to the included file');

    // The file name is a link to the file the $INCLUDE read.
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: includingUri } })) as DocumentLink[];
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [[rangeOf(text, 'sub.zone'), pathToFileURL(includePath).toString()]],
    );
    // Go to definition reaches a record in it.
    const withAlias = `${text}alias IN CNAME good\n`;
    client.change(includingUri, 2, withAlias);
    await client.diagnosticsFor(includingUri, 2);
    const definition = (await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: includingUri }, position: rangeOf(withAlias, 'good').start })) as Location[];
    assert.deepEqual(definition, [{ uri: pathToFileURL(includePath).toString(), range: rangeOf('bad IN A 999.1.1.1\ngood IN A 192.0.2.7\n', 'good') }]);
  });

  test('one edit proposed by two rules is offered once, for both diagnostics', async () => {
    const text = ['$ORIGIN example.org.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1', 'pm-bounces IN CNAME pm.mtasv.net', ''].join('\n');
    const twiceUri = 'untitled:twice.zone';
    client.open(twiceUri, text, 1);
    const published = await client.diagnosticsFor(twiceUri, 1);
    const both = published.diagnostics.filter((d) => d.code === 'postmark/return-path-target' || d.code === 'zone/missing-trailing-dot');
    assert.equal(both.length, 2, JSON.stringify(published.diagnostics));
    const params = { textDocument: { uri: twiceUri }, range: both[0].range, context: { diagnostics: both, only: ['quickfix'] } };
    const actions = (await client.connection.sendRequest('textDocument/codeAction', params)) as CodeAction[];
    const dots = actions.filter((a) => /trailing dot/.test(a.title));
    assert.equal(dots.length, 1, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(dots[0].diagnostics?.map((d) => d.code).sort(), ['postmark/return-path-target', 'zone/missing-trailing-dot']);
    assert.equal(dots[0].isPreferred, true);
  });

  test('postmark-zone.json above the zone file sets expectations and severities', async () => {
    const configDir = join(workDir, 'configured');
    const zoneDir = join(configDir, 'zones');
    mkdirSync(zoneDir, { recursive: true });
    writeFileSync(
      join(configDir, 'postmark-zone.json'),
      JSON.stringify({ domains: { 'example.info': { dkim: [{ host: '20240101000000pm._domainkey' }] } }, severities: { 'zone/ns-target-no-address': 'off' } }),
    );
    const text = ['$ORIGIN example.info.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', ''].join('\n');
    const zonePath = join(zoneDir, 'example.info.zone');
    writeFileSync(zonePath, text);
    const configuredUri = pathToFileURL(zonePath).toString();
    client.open(configuredUri, text, 1);
    const published = await client.diagnosticsFor(configuredUri, 1);
    const codes = published.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('postmark/dkim-missing'), `the configured DKIM host is expected; got ${codes.join(', ')}`);
    assert.match(published.diagnostics.find((d) => d.code === 'postmark/dkim-missing')!.message as string, /20240101000000pm\._domainkey/);
    assert.ok(!codes.includes('zone/ns-target-no-address'), 'the file turns this code off');
  });

  test('settings: the origin option is used, and a configuration change re-analyses', async () => {
    const untitled = 'untitled:Untitled-1';
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.org' };
    client.open(untitled, '@ IN NS ns1\nns1 IN A 192.0.2.1\n', 1);
    const first = await client.waitFor('status with the configured origin', () => client.statuses.find((s) => s.uri === untitled));
    assert.equal(first.origin, 'example.org.');
    assert.equal(first.originSource, 'option');
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.net' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const second = await client.waitFor('status after the change', () =>
      client.statuses.find((s) => s.uri === untitled && s.origin === 'example.net.'),
    );
    assert.equal(second.version, 1);
    assert.equal(second.originSource, 'option');
  });

  test('postmarkZone.maxProblems: the most severe problems are published, and the status says how many', async () => {
    const limited = 'untitled:Untitled-2';
    const text = `$TTL 1h\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.53\nmx IN MX 10 mail.example.net\na IN A 1.2.3\nb IN A 1.2.3\nc IN A 1.2.3\n`;
    const all = analyze(text, { file: 'Untitled-2', origin: 'example.com.' }).findings;
    // The MX's missing trailing dot: zone/missing-trailing-dot and zone/mx-target-no-address.
    assert.deepEqual(all.map((f) => f.severity), ['warning', 'warning', 'error', 'error', 'error'], 'the zone has two warnings, then three errors');
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.com', maxProblems: 2 };
    client.open(limited, text, 1);
    const published = await client.diagnosticsFor(limited, 1);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line]), [['zone/invalid-rdata', 5], ['zone/invalid-rdata', 6]]);
    const status = await client.waitFor('status of the limited document', () => client.statuses.find((s) => s.uri === limited));
    assert.deepEqual([status.errors, status.warnings, status.shown], [3, 2, 2]);
    client.close(limited);
    client.settings = { ...DEFAULT_SETTINGS };
  });

  test('postmarkZone.maxOutlineItems: the outline holds the first owner names and records that fit, and says it was cut short', async () => {
    const limited = 'untitled:Untitled-3';
    const text = `$TTL 1h\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.53\nwww IN A 192.0.2.80\n  IN AAAA 2001:db8::80\nmail IN A 192.0.2.25\n`;
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.com', maxOutlineItems: 5 };
    client.open(limited, text, 1);
    await client.diagnosticsFor(limited, 1);
    const outline = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: limited } })) as DocumentSymbol[];
    // 5 items: the apex and its two records, ns1 and its record; www does not fit.
    assert.deepEqual(
      outline.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]),
      [
        ['example.com.', ['SOA', 'NS']],
        ['ns1.example.com.', ['A']],
      ],
    );
    assert.deepEqual(await client.waitFor('outline status', () => client.outlines.find((o) => o.uri === limited)), { uri: limited, version: 1, limited: true, maxItems: 5 });

    // A limit that cuts an owner's records short: the owner with the records that fit.
    const cut = 'untitled:Untitled-4';
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.com', maxOutlineItems: 7 };
    client.open(cut, text, 1);
    await client.diagnosticsFor(cut, 1);
    const cutOutline = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: cut } })) as DocumentSymbol[];
    assert.deepEqual(cutOutline.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]).slice(2), [['www.example.com.', ['A']]]);
    assert.equal((await client.waitFor('outline status', () => client.outlines.find((o) => o.uri === cut))).limited, true);

    // No limit: everything, and the status says the outline is whole.
    const whole = 'untitled:Untitled-5';
    client.settings = { ...DEFAULT_SETTINGS, origin: 'example.com', maxOutlineItems: 0 };
    client.open(whole, text, 1);
    await client.diagnosticsFor(whole, 1);
    const wholeOutline = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: whole } })) as DocumentSymbol[];
    assert.deepEqual(wholeOutline.map((s) => s.name), ['example.com.', 'ns1.example.com.', 'www.example.com.', 'mail.example.com.']);
    assert.deepEqual(wholeOutline[2].children?.map((c) => c.name), ['A', 'AAAA']);
    assert.equal((await client.waitFor('outline status', () => client.outlines.find((o) => o.uri === whole))).limited, false);
    for (const document of [limited, cut, whole]) client.close(document);
    client.settings = { ...DEFAULT_SETTINGS };
  });

  test('closing a document clears its diagnostics', async () => {
    const seenBefore = client.diagnostics.length;
    client.close(uri);
    const cleared = await client.waitFor('cleared diagnostics', () =>
      client.diagnostics.slice(seenBefore).find((d) => d.uri === uri),
    );
    assert.deepEqual(cleared.diagnostics, []);
  });

  test('shutdown and exit end the process with code 0', async () => {
    await client.connection.sendRequest('shutdown');
    await client.connection.sendNotification('exit');
    assert.equal(await client.exited, 0);
  });
});

describe('"fix all" for a client that resolves code actions', () => {
  // Two missing trailing dots, each with a safe fix.
  const text = ['$ORIGIN example.org.', '$TTL 3600', '@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300', '@ IN NS ns1', 'ns1 IN A 192.0.2.1', 'a IN CNAME host.example.net', 'b IN CNAME other.example.com', ''].join('\n');
  const uri = 'untitled:fix-all.zone';
  const only = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.postmarkZone'] } };
  const start = async (resolve: boolean) => {
    const client = new LspTestClient();
    const codeAction = { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } }, ...(resolve ? { resolveSupport: { properties: ['edit'] } } : {}) };
    await client.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument: { codeAction } } });
    await client.connection.sendNotification('initialized', {});
    client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    return client;
  };
  let resolving: LspTestClient;
  let eager: LspTestClient;
  before(async () => {
    await ensureServerBuilt();
    [resolving, eager] = await Promise.all([start(true), start(false)]);
  });
  after(() => {
    resolving?.kill();
    eager?.kill();
  });

  test('the action comes without its edit, and codeAction/resolve gives the edit a client without resolve gets at once', async () => {
    const [offered] = (await resolving.connection.sendRequest('textDocument/codeAction', only)) as CodeAction[];
    const [whole] = (await eager.connection.sendRequest('textDocument/codeAction', only)) as CodeAction[];
    assert.equal(offered.title, 'Apply 2 safe fixes (postmark-zone)');
    assert.equal(offered.edit, undefined);
    assert.deepEqual(offered.data, { fixAll: true, uri, version: 1 });
    assert.equal(whole.title, offered.title);
    assert.equal(whole.data, undefined);
    const resolved = (await resolving.connection.sendRequest('codeAction/resolve', offered)) as CodeAction;
    assert.ok(whole.edit);
    assert.deepEqual(resolved.edit, whole.edit);
  });

  test('an action offered for an older version resolves to no edit', async () => {
    const [offered] = (await resolving.connection.sendRequest('textDocument/codeAction', only)) as CodeAction[];
    resolving.change(uri, 2, text.replace('host.example.net', 'host.example.net.'));
    await resolving.diagnosticsFor(uri, 2);
    const resolved = (await resolving.connection.sendRequest('codeAction/resolve', offered)) as CodeAction;
    assert.equal(resolved.edit, undefined);
    const [now] = (await resolving.connection.sendRequest('textDocument/codeAction', only)) as CodeAction[];
    assert.equal(now.title, 'Apply 1 safe fix (postmark-zone)');
  });
});
