// Hands `db.*` files that are not zones (db.ts, db.py) back to the language of their extension
// (see claimed-language.ts). Each document is handed back once: a user who then picks "DNS Zone
// File" for it keeps that choice. An explicit files.associations entry to `zone` turns this off.
import * as vscode from 'vscode';
import { otherLanguageFor, type LanguageContribution } from './claimed-language';

export function registerLanguageGuard(): vscode.Disposable {
  const handedBack = new Set<string>();
  const check = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'zone' || document.uri.scheme === 'output' || handedBack.has(document.uri.toString())) return;
    if (userAssociatesZone()) return;
    const language = otherLanguageFor(document.fileName, document.getText(), contributedLanguages());
    if (!language) return;
    handedBack.add(document.uri.toString());
    void vscode.languages.setTextDocumentLanguage(document, language).then(undefined, () => handedBack.delete(document.uri.toString()));
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.workspace.onDidOpenTextDocument(check);
}

function contributedLanguages(): LanguageContribution[] {
  return vscode.extensions.all.flatMap((extension) => (extension.packageJSON?.contributes?.languages ?? []) as LanguageContribution[]);
}

function userAssociatesZone(): boolean {
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  return Object.values(associations).includes('zone');
}
