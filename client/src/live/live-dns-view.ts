// Where live DNS results go in VS Code: the results tree, the live diagnostics (kept until the
// next run or an edit of that document) and the full log in an output channel. One instance,
// created on first use (or by registerLiveDns at activation).
import * as vscode from 'vscode';
import type { VerifyLiveDnsResult } from '../../../server/src/protocol';
import { liveDiagnostics } from './live-diagnostics';
import { RESULTS_VIEW_ID, ResultsTree } from './results-tree';

/** Context key that makes the results view visible (package.json `views` `when`). */
const HAS_RESULTS_CONTEXT = 'postmarkZone.liveDnsHasResults';

export class LiveDnsView implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Postmark Zone: Live DNS');
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('postmark-zone-live-dns');
  private readonly tree = new ResultsTree();
  private readonly treeView = vscode.window.createTreeView(RESULTS_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.listeners = [
      // Live diagnostics describe the text as it was verified: an edit makes them stale.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.diagnostics.has(event.document.uri)) this.diagnostics.delete(event.document.uri);
      }),
    ];
  }

  show(document: vscode.TextDocument, result: VerifyLiveDnsResult): void {
    this.output.appendLine(`[${new Date().toLocaleString()}] ${document.uri.fsPath || document.uri.toString()} (version ${result.version})`);
    this.output.append(result.log.endsWith('\n') ? result.log : `${result.log}\n`);
    this.output.appendLine('');
    this.diagnostics.clear();
    for (const [uri, diagnostics] of liveDiagnostics(result)) this.diagnostics.set(vscode.Uri.parse(uri), diagnostics);
    this.tree.show(result, vscode.workspace.asRelativePath(document.uri));
    void vscode.commands.executeCommand('setContext', HAS_RESULTS_CONTEXT, true);
    this.treeView.message = result.report ? `${result.report.records.length} records on ${result.report.servers.length} servers, exit ${result.report.exitCode}` : result.refused;
  }

  log(line: string): void {
    this.output.appendLine(`[${new Date().toLocaleString()}] ${line}`);
  }

  /** Brings the results tree into view. */
  reveal(): void {
    void vscode.commands.executeCommand(`${RESULTS_VIEW_ID}.focus`);
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.treeView.dispose();
    this.tree.dispose();
    this.diagnostics.dispose();
    this.output.dispose();
  }
}

let instance: LiveDnsView | undefined;

export function liveDnsView(): LiveDnsView {
  instance ??= new LiveDnsView();
  return instance;
}

export function disposeLiveDnsView(): void {
  instance?.dispose();
  instance = undefined;
}
