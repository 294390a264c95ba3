// Hands `db.*` files that are not zones (db.ts, db.py) back to the language of their extension
// (see claimed-language.ts). Each document is handed back once: a user who then picks "DNS Zone
// File" for it keeps that choice. An explicit files.associations entry to `zone` turns this off.
// The other way round, a plain-text file that a zone file $INCLUDEs (`postmark.inc`) gets the
// zone language, once: the server then checks it as part of that zone.
import * as vscode from 'vscode';
import { otherLanguageFor, type LanguageContribution } from './claimed-language';
import { createIncludingZoneFinder } from '../../server/src/including-zones';
import { looksLikeZoneData } from '../../server/src/zone/looks-like-zone';

export function registerLanguageGuard(): vscode.Disposable {
  const handedBack = new Set<string>();
  const claimed = new Set<string>();
  const findIncludingZone = createIncludingZoneFinder();
  const claimIncluded = (document: vscode.TextDocument): void => {
    const uri = document.uri.toString();
    if (document.languageId !== 'plaintext' || document.uri.scheme !== 'file' || claimed.has(uri)) return;
    claimed.add(uri);
    // Only text that reads like records sends the finder through the folders (a log file does not).
    if (!looksLikeZoneData(document.getText()) || findIncludingZone(document.uri.fsPath) === undefined) return;
    void vscode.languages.setTextDocumentLanguage(document, 'zone').then(undefined, () => claimed.delete(uri));
  };
  const check = (document: vscode.TextDocument): void => {
    claimIncluded(document);
    if (document.languageId !== 'zone' || document.uri.scheme === 'output' || handedBack.has(document.uri.toString())) return;
    if (userAssociatesZone()) return;
    const language = otherLanguageFor(document.fileName, document.getText(), contributedLanguages());
    if (!language) return;
    handedBack.add(document.uri.toString());
    void vscode.languages.setTextDocumentLanguage(document, language).then(undefined, () => handedBack.delete(document.uri.toString()));
  };
  vscode.workspace.textDocuments.forEach(check);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(check),
    // Opened again later, a file is looked at again (a zone file may include it by then).
    vscode.workspace.onDidCloseTextDocument((document) => claimed.delete(document.uri.toString())),
  );
}

function contributedLanguages(): LanguageContribution[] {
  return vscode.extensions.all.flatMap((extension) => (extension.packageJSON?.contributes?.languages ?? []) as LanguageContribution[]);
}

function userAssociatesZone(): boolean {
  const associations = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  return Object.values(associations).includes('zone');
}
