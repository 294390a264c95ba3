// What the extension-host tests share: a private copy of the example zone, opening it, and waits
// on VS Code events (languages.onDidChangeDiagnostics) that fail with a message after a timeout.
import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { suiteSetup, suiteTeardown, type Context } from 'mocha';
import * as vscode from 'vscode';

/** The bundles live in out/vscode-suite/, two levels under the repository. */
export const REPO_ROOT = resolve(__dirname, '..', '..');
export const EXAMPLE_ZONE = join(REPO_ROOT, 'examples', 'example.com.zone');
export const EXTENSION_ID = 'postmark-zone.postmark-zone';
export const WAIT_MS = 20_000;

/** The codes the example zone is expected to produce (see examples/example.com.zone). */
export const EXAMPLE_CODES = ['dmarc/missing', 'postmark/return-path-target', 'zone/missing-trailing-dot'];

export interface ZoneCopy {
  uri: vscode.Uri;
  dispose(): void;
}

/** Copies the example zone into a fresh temp folder, so a test can edit it freely. */
export function copyExampleZone(): ZoneCopy {
  const dir = mkdtempSync(join(tmpdir(), 'pz-vscode-'));
  const file = join(dir, 'example.com.zone');
  copyFileSync(EXAMPLE_ZONE, file);
  return { uri: vscode.Uri.file(file), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A copy of the example zone for the current suite: made before it, removed after it (editors closed). */
export function exampleZoneForSuite(): ZoneCopy {
  let copy: ZoneCopy | undefined;
  suiteSetup(() => {
    copy = copyExampleZone();
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    copy?.dispose();
  });
  return {
    get uri() {
      return copy!.uri;
    },
    dispose: () => copy?.dispose(),
  };
}

/** exampleZoneForSuite, opened in an editor before the suite, once its diagnostics are in. */
export function openedExampleZoneForSuite(): { readonly uri: vscode.Uri; readonly document: vscode.TextDocument } {
  const zone = exampleZoneForSuite();
  let document: vscode.TextDocument | undefined;
  suiteSetup(async () => {
    document = (await openZone(zone.uri)).document;
    await waitForCodes(zone.uri, EXAMPLE_CODES);
  });
  return {
    get uri() {
      return zone.uri;
    },
    get document() {
      return document!;
    },
  };
}

export async function openZone(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Saves first (the files are temp copies): closing a dirty editor would wait on a dialog. */
export async function closeAllEditors(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A diagnostic's code as a string (VS Code wraps codes that carry an href as { value, target }). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeOf).sort();
}

/** Resolves with the document's diagnostics once `accept` holds (checked now and on each change). */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolvePromise, reject) => {
    let subscription: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      subscription?.dispose();
      if (timer) clearTimeout(timer);
    };
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolvePromise(diagnostics);
      return true;
    };
    if (check()) return;
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${JSON.stringify(codesOf(vscode.languages.getDiagnostics(uri)))}`));
    }, timeoutMs);
  });
}

/** Waits until the document's codes are exactly `codes` (order ignored). */
export function waitForCodes(uri: vscode.Uri, codes: readonly string[], timeoutMs = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const expected = JSON.stringify([...codes].sort());
  return waitForDiagnostics(uri, (diagnostics) => JSON.stringify(codesOf(diagnostics)) === expected, `codes ${expected}`, timeoutMs);
}

/** Every snapshot of a document's codes, one per diagnostics change, from now on. */
export function recordCodes(uri: vscode.Uri): { snapshots: string[][]; dispose(): void } {
  const snapshots: string[][] = [];
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((changed) => changed.toString() === uri.toString())) snapshots.push(codesOf(vscode.languages.getDiagnostics(uri)));
  });
  return { snapshots, dispose: () => subscription.dispose() };
}

/** The 0-based position of the first `needle` in the text (after `from`), `shift` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, shift = 0, from = 0): vscode.Position {
  const offset = document.getText().indexOf(needle, from);
  if (offset < 0) throw new Error(`'${needle}' is not in ${document.uri.fsPath}`);
  return document.positionAt(offset + shift);
}

/** Marks a test skipped and says why (mocha prints no reason itself; the reporter in index.ts does). */
export function skipBecause(context: Context, reason: string): never {
  const reasons = ((globalThis as { __pzSkipReasons?: Map<string, string> }).__pzSkipReasons ??= new Map());
  const title = context.test?.fullTitle() ?? context.currentTest?.fullTitle() ?? '';
  reasons.set(title, reason);
  console.log(`    skipped: ${title}: ${reason}`);
  context.skip();
}
