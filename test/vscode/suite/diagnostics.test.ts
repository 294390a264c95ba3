// The extension activates on a zone file and publishes the example's problems as diagnostics
// with codes, severities, ranges, the source and a link to the rule's docs page.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, EXAMPLE_CODES, exampleZoneForSuite, EXTENSION_ID, openZone, positionOf, waitForCodes } from './helpers';

suite('diagnostics', () => {
  const zone = exampleZoneForSuite();

  test('a .zone file opens in the zone language and activates the extension', async () => {
    const editor = await openZone(zone.uri);
    assert.equal(editor.document.languageId, 'zone');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await waitForCodes(zone.uri, EXAMPLE_CODES);
    assert.equal(extension.isActive, true, 'activated by onLanguage:zone');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['postmarkZone.restartServer', 'postmarkZone.insertDkimRecord', 'postmarkZone.insertDmarcRecord']) assert.ok(commands.includes(id), `${id} is registered`);
  });

  test('the example zone has exactly its expected problems, placed and linked', async () => {
    const editor = await openZone(zone.uri);
    const document = editor.document;
    const diagnostics = await waitForCodes(zone.uri, EXAMPLE_CODES);
    const byCode = new Map(diagnostics.map((d) => [codeOf(d), d]));
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'postmark-zone');
      const target = typeof diagnostic.code === 'object' ? diagnostic.code.target : undefined;
      assert.ok(target && target.toString().includes(codeOf(diagnostic)), `${codeOf(diagnostic)} links its docs page (${target?.toString()})`);
    }
    const target = positionOf(document, 'pm.mtasv.net   ;');
    const expectedRange = new vscode.Range(target, target.translate(0, 'pm.mtasv.net'.length));
    const dot = byCode.get('zone/missing-trailing-dot')!;
    assert.equal(dot.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(dot.range.isEqual(expectedRange), `missing-trailing-dot at ${JSON.stringify(dot.range)}`);
    const returnPath = byCode.get('postmark/return-path-target')!;
    assert.equal(returnPath.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(returnPath.range.isEqual(expectedRange), `return-path-target at ${JSON.stringify(returnPath.range)}`);
    assert.match(returnPath.message, /pm\.mtasv\.net\./);
    assert.equal(byCode.get('dmarc/missing')!.severity, vscode.DiagnosticSeverity.Warning);
  });
});
