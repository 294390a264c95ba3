// The steps the insert-record commands share: find the zone document the command is for (and its
// origin), ask for a value checked by server/src/rules/record-input.ts, and apply the edit the
// server lays out in the file's style (refused when the document changed meanwhile).
import * as vscode from 'vscode';
import { insertRecordEditRequest, type InsertRecordEditParams, type InsertRecordEditResult } from '../../../server/src/protocol';
import type { InputCheck } from '../../../server/src/rules/record-input';
import { readSettings } from '../config';
import type { CommandDeps } from './index';

/** The argument a quick fix passes (postmark/dkim-missing, dmarc/missing); absent from the palette. */
export interface InsertArgument {
  /** The zone's main file (a path, or a URI / name for documents not on disk). */
  uri?: string;
  /** The zone's origin, e.g. `example.com.` */
  origin?: string;
  /** The sending domain when it is a subdomain of the origin. */
  domain?: string;
  /** A configured DKIM host (absolute) to offer as the answer. */
  host?: string;
}

/** An input box validated with a record-input check; the checked value, or undefined when cancelled. */
export async function ask(options: { title: string; prompt: string; placeHolder: string; value?: string; check: (input: string) => InputCheck }): Promise<string | undefined> {
  const input = await vscode.window.showInputBox({
    title: options.title,
    prompt: options.prompt,
    placeHolder: options.placeHolder,
    value: options.value,
    ignoreFocusOut: true,
    validateInput: (text) => {
      const result = options.check(text);
      return result.ok ? undefined : result.message;
    },
  });
  if (input === undefined) return undefined;
  const result = options.check(input);
  return result.ok ? result.value : undefined;
}

export interface ZoneTarget {
  document: vscode.TextDocument;
  origin: string;
  /** The sending domain: the argument's, else the origin. */
  domain: string;
  argument: InsertArgument;
}

/** The open zone document the command is for, and its origin (asked for when nothing says it). */
export async function zoneTarget(argument: InsertArgument | undefined): Promise<ZoneTarget | undefined> {
  const document = findDocument(argument?.uri);
  if (!document) {
    void vscode.window.showErrorMessage('Postmark Zone: open the zone file first.');
    return undefined;
  }
  const origin = argument?.origin ?? (absolute(readSettings(document.uri).origin.trim()) || (await askOrigin(document.uri)));
  if (origin === undefined) return undefined;
  return { document, origin, domain: argument?.domain ?? origin, argument: argument ?? {} };
}

async function askOrigin(uri: vscode.Uri): Promise<string | undefined> {
  const origin = await vscode.window.showInputBox({
    title: 'Zone name',
    prompt: 'The domain this zone file is for (its origin)',
    value: guessOrigin(uri),
    ignoreFocusOut: true,
    validateInput: (text) => (/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+\.?$/.test(text.trim()) ? undefined : 'Enter a domain name, like example.com.'),
  });
  return origin === undefined ? undefined : absolute(origin.trim());
}

/** Asks the server for the edit in the file's style, and applies it if the document has not changed since. */
export async function insertRecord(deps: CommandDeps, document: vscode.TextDocument, record: Omit<InsertRecordEditParams, 'uri'>): Promise<void> {
  const result: InsertRecordEditResult = await deps.controller.sendRequest(insertRecordEditRequest, { uri: document.uri.toString(), ...record });
  if (result.version !== document.version) throw new Error('the zone file changed while the record was computed; run the command again');
  const { start, end } = result.edit.range;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(start.line, start.character, end.line, end.character), result.edit.newText);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the editor did not apply the edit');
}

/** The quick fix names the file by path (documents on disk) or by name; the palette uses the active editor. */
function findDocument(file: string | undefined): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (file === undefined) return active?.languageId === 'zone' ? active : undefined;
  const matches = (document: vscode.TextDocument) =>
    document.uri.toString() === file || (document.uri.scheme === 'file' && document.uri.fsPath === file) || lastSegment(document.uri) === file;
  if (active && matches(active)) return active;
  return vscode.workspace.textDocuments.find(matches);
}

function lastSegment(uri: vscode.Uri): string {
  return decodeURIComponent(uri.path.split('/').filter((s) => s !== '').pop() ?? '');
}

/** `example.com.zone` or `db.example.com` -> `example.com.` */
function guessOrigin(uri: vscode.Uri): string {
  const name = lastSegment(uri).replace(/\.zone$/i, '').replace(/^db\./i, '');
  return name.includes('.') ? `${name}.` : '';
}

function absolute(name: string): string {
  return name === '' || name.endsWith('.') ? name : `${name}.`;
}
