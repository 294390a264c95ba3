// Settings reach the server without a restart: turning a rule off through postmarkZone.severities
// removes its diagnostic, removing the setting brings it back; postmarkZone.origin changes the apex;
// postmarkZone.maxOutlineItems shortens the outline.
import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { EXAMPLE_CODES, closeAllEditors, codeOf, copyExampleZone, openZone, waitForCodes, waitForDiagnostics, type ZoneCopy } from './helpers';

const config = () => vscode.workspace.getConfiguration('postmarkZone');

suite('settings', () => {
  let zone: ZoneCopy;
  suiteSetup(async () => {
    zone = copyExampleZone();
    await openZone(zone.uri);
    await waitForCodes(zone.uri, EXAMPLE_CODES);
  });
  teardown(async () => {
    await config().update('severities', undefined, vscode.ConfigurationTarget.Global);
    await config().update('origin', undefined, vscode.ConfigurationTarget.Global);
    await config().update('maxOutlineItems', undefined, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    zone.dispose();
  });

  test('postmarkZone.severities turns a code off and changes another severity', async () => {
    await config().update('severities', { 'zone/missing-trailing-dot': 'off', 'dmarc/missing': 'error' }, vscode.ConfigurationTarget.Global);
    const changed = await waitForCodes(zone.uri, ['dmarc/missing', 'postmark/return-path-target']);
    assert.equal(changed.find((d) => codeOf(d) === 'dmarc/missing')!.severity, vscode.DiagnosticSeverity.Error);
    await config().update('severities', undefined, vscode.ConfigurationTarget.Global);
    const restored = await waitForCodes(zone.uri, EXAMPLE_CODES);
    assert.equal(restored.find((d) => codeOf(d) === 'dmarc/missing')!.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('postmarkZone.origin changes the zone the file is read as', async () => {
    // $ORIGIN example.com. still names the records, so under example.org. they are out of zone.
    await config().update('origin', 'example.org.', vscode.ConfigurationTarget.Global);
    const diagnostics = await waitForDiagnostics(zone.uri, (d) => d.some((x) => codeOf(x) === 'zone/soa-not-at-apex'), 'zone/soa-not-at-apex under origin example.org.');
    const codes = new Set(diagnostics.map(codeOf));
    for (const code of ['zone/out-of-zone', 'zone/soa-not-at-apex', 'postmark/dkim-missing']) assert.ok(codes.has(code), `${code} in ${[...codes].join(', ')}`);
    assert.match(diagnostics.find((d) => codeOf(d) === 'zone/out-of-zone')!.message, /outside the zone 'example\.org'/);
    await config().update('origin', undefined, vscode.ConfigurationTarget.Global);
    await waitForCodes(zone.uri, EXAMPLE_CODES);
  });

  test('postmarkZone.maxOutlineItems keeps the start of the outline', async () => {
    const outline = () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', zone.uri);
    const items = (symbols: vscode.DocumentSymbol[]) => symbols.reduce((sum, s) => sum + 1 + s.children.length, 0);
    const whole = await outline();
    assert.ok(items(whole) > 3, `the example's outline has ${items(whole)} items`);
    await config().update('maxOutlineItems', 3, vscode.ConfigurationTarget.Global);
    // VS Code keeps a document version's outline, so the new limit shows from the next edit on
    // (the server reads it once VS Code has told it the configuration changed). Each try is an
    // edit and an outline request, which the server answers once it has analysed that version.
    const editor = await openZone(zone.uri);
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    let short = whole;
    for (let tries = 0; items(short) > 3 && tries < 50; tries++) {
      await editor.edit((edit) => edit.insert(end, ' '));
      short = await outline();
    }
    assert.equal(items(short), 3);
    assert.equal(short[0].name, whole[0].name);
    assert.deepEqual(short[0].children.map((c) => c.name), whole[0].children.slice(0, 2).map((c) => c.name));
  });
});
