// Document symbols (the outline: one symbol per owner, its records as children) and hovers on a
// record type and on a TTL, through VS Code's provider commands.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openedExampleZoneForSuite, positionOf } from './helpers';

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
}

suite('outline and hover', () => {
  const zone = openedExampleZoneForSuite();

  test('document symbols: owners in file order, records as children', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', zone.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'symbols are returned');
    assert.deepEqual(
      symbols.map((s) => [s.name, s.children.map((c) => c.name)]),
      [
        ['example.com.', ['SOA', 'NS', 'NS', 'MX', 'A', 'TXT']],
        ['ns1.example.com.', ['A']],
        ['mail.example.com.', ['A']],
        ['www.example.com.', ['CNAME']],
        ['20231012123456pm._domainkey.example.com.', ['TXT']],
        ['pm-bounces.example.com.', ['CNAME']],
      ],
    );
    const returnPath = symbols[symbols.length - 1];
    assert.equal(returnPath.children[0].detail, 'pm.mtasv.net');
    assert.ok(returnPath.selectionRange.isEqual(new vscode.Range(positionOf(zone.document, 'pm-bounces'), positionOf(zone.document, 'pm-bounces', 'pm-bounces'.length))));
  });

  test('hover on a record type names it with its RFC', async () => {
    const onType = positionOf(zone.document, 'CNAME pm.mtasv.net', 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', zone.uri, onType);
    assert.match(hoverText(hovers), /\*\*CNAME\*\* — canonical name \(alias\) \(RFC 1035 §3\.3\.1\)/);
  });

  test('hover on the $TTL value spells it out', async () => {
    const onTtl = positionOf(zone.document, '$TTL 1h', '$TTL '.length);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', zone.uri, onTtl);
    assert.equal(hoverText(hovers), '1h = 3600 seconds = 1 hour');
  });
});
