// Ways to start a live DNS verification besides the command palette: a CodeLens on the first
// record of each zone file and a status-bar item while a zone file is active. Registered once
// at activation: `context.subscriptions.push(...registerLiveDns())` in extension.ts.
import * as vscode from 'vscode';
import { disposeLiveDnsView } from './live-dns-view';

const COMMAND = 'postmarkZone.verifyLiveDns';

export function registerLiveDns(): vscode.Disposable[] {
  const status = vscode.window.createStatusBarItem('postmarkZone.verifyLiveDns', vscode.StatusBarAlignment.Left, 0);
  status.name = 'Postmark: Verify records in live DNS';
  status.text = '$(globe) Verify live DNS';
  status.tooltip = 'Postmark: check that live DNS serves this zone\'s Postmark, SPF and DMARC records';
  const update = (editor: vscode.TextEditor | undefined) => {
    if (editor?.document.languageId === 'zone') {
      status.command = { command: COMMAND, title: 'Verify records in live DNS', arguments: [editor.document.uri] };
      status.show();
    } else {
      status.hide();
    }
  };
  update(vscode.window.activeTextEditor);
  return [
    status,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.registerCodeLensProvider({ language: 'zone' }, { provideCodeLenses }),
    { dispose: disposeLiveDnsView },
  ];
}

/** One lens above the first line that is not a comment or blank (the SOA or $ORIGIN, usually). */
function provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
  let line = 0;
  while (line < document.lineCount - 1 && /^\s*(;.*)?$/.test(document.lineAt(line).text)) line++;
  const range = new vscode.Range(line, 0, line, 0);
  return [new vscode.CodeLens(range, { command: COMMAND, title: '$(globe) Verify records in live DNS', arguments: [document.uri] })];
}
