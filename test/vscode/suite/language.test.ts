// Which files get the zone language: BIND's db.example.com does, and so would db.json through
// the db.* pattern; that one goes back to JSON (client/src/language-guard.ts). A plain-text file
// that a zone file $INCLUDEs gets it too, and is checked as part of that zone.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { WAIT_MS, closeAllEditors, waitForCodes, waitForDiagnostics } from './helpers';

/** The languageId of the open document at `uri` once `accept` holds (VS Code reopens a document whose language changes). */
function waitForLanguage(uri: vscode.Uri, accept: (languageId: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
    const check = (): boolean => {
      const languageId = current();
      if (languageId === undefined || !accept(languageId)) return false;
      subscription.dispose();
      clearTimeout(timer);
      resolve(languageId);
      return true;
    };
    const subscription = vscode.workspace.onDidOpenTextDocument(() => check());
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}; language now: ${current()}`));
    }, WAIT_MS);
    check();
  });
}

suite('language of db.* files', () => {
  let dir: string;
  suiteSetup(() => {
    dir = mkdtempSync(join(tmpdir(), 'pz-language-'));
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    rmSync(dir, { recursive: true, force: true });
  });

  test('db.example.com is a zone file', async () => {
    const uri = vscode.Uri.file(join(dir, 'db.example.com'));
    writeFileSync(uri.fsPath, '$TTL 1h\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.53\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(await waitForLanguage(uri, (id) => id === 'zone', 'the zone language'), 'zone');
  });

  test('db.json that is JSON goes back to JSON', async () => {
    const uri = vscode.Uri.file(join(dir, 'db.json'));
    writeFileSync(uri.fsPath, '{ "host": "localhost", "port": 5432 }\n');
    const opened = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(opened);
    assert.equal(await waitForLanguage(uri, (id) => id !== 'zone', 'a language other than zone'), 'json');
  });

  test('a plain-text file that a zone file includes becomes a zone file, checked as part of that zone', async () => {
    writeFileSync(join(dir, 'example.com.zone'), '$TTL 3600\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE postmark.inc\n');
    const uri = vscode.Uri.file(join(dir, 'postmark.inc'));
    writeFileSync(uri.fsPath, 'pm-bounces IN CNAME pm.mtasv.net\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    assert.equal(await waitForLanguage(uri, (id) => id === 'zone', 'the zone language'), 'zone');
    // Its own problem, under the zone's origin; no missing SOA or TTL of a zone read on its own.
    const diagnostics = await waitForCodes(uri, ['postmark/return-path-target', 'zone/missing-trailing-dot']);
    assert.match(diagnostics.find((d) => d.severity === vscode.DiagnosticSeverity.Error)!.message, /pm\.mtasv\.net\.example\.com\./);
  });

  test('a zone file is checked again when a file it includes changes on disk, outside the editor', async () => {
    const included = join(dir, 'watched.inc');
    writeFileSync(included, 'pm-bounces IN CNAME pm.mtasv.net\n');
    const uri = vscode.Uri.file(join(dir, 'watched.example.zone'));
    writeFileSync(uri.fsPath, '$TTL 3600\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.1\n$INCLUDE watched.inc\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const fromIncluded = (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => d.message.startsWith('In included file watched.inc:1:'));
    await waitForDiagnostics(uri, fromIncluded, "the included file's finding");
    // As `git pull` would: the file is written on disk, never opened in the editor.
    writeFileSync(included, 'pm-bounces IN CNAME pm.mtasv.net.\n');
    await waitForDiagnostics(uri, (diagnostics) => !fromIncluded(diagnostics), 'the finding gone once the file changed on disk');
  });
});
