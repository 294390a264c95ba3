// Go to definition, find references and rename on domain names, through VS Code's provider
// commands (the client passes them to the server; test/lsp holds the details).
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { openedExampleZoneForSuite, positionOf } from './helpers';

suite('names: definition, references, rename', () => {
  const zone = openedExampleZoneForSuite();

  /** The range of the owner at the start of the line beginning with `line`. */
  const ownerRange = (line: string) => new vscode.Range(positionOf(zone.document, `\n${line}`, 1), positionOf(zone.document, `\n${line}`, 1 + line.split(' ')[0].length));

  test('definition of the MX exchange is the mail host', async () => {
    const onExchange = positionOf(zone.document, '10 mail', 3);
    const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', zone.uri, onExchange);
    assert.equal(found.length, 1);
    const target = 'targetUri' in found[0] ? { uri: found[0].targetUri, range: found[0].targetRange } : found[0];
    assert.equal(target.uri.toString(), zone.uri.toString());
    assert.ok(target.range.isEqual(ownerRange('mail ')), `got ${JSON.stringify(target.range)}`);
  });

  test('references of ns1 are the apex NS record (and the owner itself)', async () => {
    const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', zone.uri, ownerRange('ns1 ').start);
    assert.deepEqual(
      found.map((l) => zone.document.getText(l.range)).sort(),
      ['ns1', 'ns1', 'ns1.example.com.'].sort(),
      'the owner, the NS target and the SOA server',
    );
  });

  test('rename mail to smtp edits the owner and the MX exchange', async () => {
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', zone.uri, ownerRange('mail ').start, 'smtp');
    const edits = edit.get(zone.uri);
    assert.deepEqual(edits.map((e) => [zone.document.getText(e.range), e.newText]).sort(), [['mail', 'smtp'], ['mail', 'smtp']]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.match(zone.document.getText(), /^smtp {12}IN A {4}192\.0\.2\.25$/m);
    assert.match(zone.document.getText(), /IN MX {3}10 smtp$/m);
  });
});
