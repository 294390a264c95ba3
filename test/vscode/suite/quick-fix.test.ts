// Code actions through VS Code: the quick fix for the Return-Path CNAME without a trailing dot is
// offered for its diagnostic, applies as a minimal edit, and the problem goes away.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, EXAMPLE_CODES, EXAMPLE_ZONE, exampleZoneForSuite, openZone, waitForCodes } from './helpers';

suite('quick fix', () => {
  const zone = exampleZoneForSuite();

  test('adding the trailing dot to pm.mtasv.net fixes both findings', async () => {
    const editor = await openZone(zone.uri);
    const diagnostics = await waitForCodes(zone.uri, EXAMPLE_CODES);
    const dot = diagnostics.find((d) => codeOf(d) === 'zone/missing-trailing-dot')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', zone.uri, dot.range, vscode.CodeActionKind.QuickFix.value);
    // VS Code hands the range's diagnostics to the server but drops them from the returned
    // actions, so the fix is found by its title (the server offers it for both findings).
    const fixes = actions.filter((a) => a.kind?.value === 'quickfix' && a.title === "Add the trailing dot: 'pm.mtasv.net.'");
    assert.ok(fixes.length > 0, `the quick fix is offered; got ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind?.value })))}`);
    const fix = fixes[0];
    assert.ok(fix.edit, `'${fix.title}' carries its edit`);
    assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the edit applies');

    const original = readFileSync(EXAMPLE_ZONE, 'utf8');
    // The fix inserts one '.' right after the name; nothing else in the file moves.
    const expected = original.replace('IN CNAME pm.mtasv.net   ;', 'IN CNAME pm.mtasv.net.   ;');
    assert.notEqual(expected, original);
    assert.equal(editor.document.getText(), expected);
    await waitForCodes(zone.uri, ['dmarc/missing']);
  });
});

// "Fix all" comes without its edit (it can be megabytes in a big zone, and VS Code asks for code
// actions at every move of the cursor); VS Code fetches the edit with codeAction/resolve.
suite('fix all', () => {
  const zone = exampleZoneForSuite();

  test('the action is offered without its edit, and resolving it gives the edit that fixes the zone', async () => {
    const editor = await openZone(zone.uri);
    await waitForCodes(zone.uri, EXAMPLE_CODES);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const kind = 'source.fixAll.postmarkZone';
    const [unresolved] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', zone.uri, whole, kind);
    assert.equal(unresolved?.title, 'Apply 1 safe fix (postmark-zone)');
    assert.equal(unresolved.edit, undefined, 'no edit until VS Code resolves the action');
    const [resolved] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', zone.uri, whole, kind, 1);
    assert.ok(resolved?.edit, 'the resolved action carries its edit');
    assert.equal(await vscode.workspace.applyEdit(resolved.edit), true, 'the edit applies');
    const original = readFileSync(EXAMPLE_ZONE, 'utf8');
    assert.equal(editor.document.getText(), original.replace('IN CNAME pm.mtasv.net   ;', 'IN CNAME pm.mtasv.net.   ;'));
    await waitForCodes(zone.uri, ['dmarc/missing']);
  });
});
