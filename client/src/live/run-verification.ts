// One live DNS verification from VS Code: pick the zone document, send postmarkZone/verifyLiveDns
// to the language server under a cancellable progress notification (its token cancels the
// request), and hand the result to the view. The network work happens in the server.
import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import { SETTINGS_SECTION, verifyLiveDnsRequest, type VerifyLiveDnsParams, type VerifyLiveDnsResult } from '../../../server/src/protocol';
import type { ServerController } from '../server-controller';
import { liveDnsView } from './live-dns-view';

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

let runs = 0;

export async function runLiveVerification(controller: ServerController, target?: vscode.Uri): Promise<void> {
  const document = await zoneDocument(target);
  if (!document) {
    void vscode.window.showWarningMessage('Postmark: open a zone file to verify its records in live DNS.');
    return;
  }
  const view = liveDnsView();
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri);
  const workDoneToken = `postmarkZone.verifyLiveDns.${++runs}`;
  const params: VerifyLiveDnsParams = {
    uri: document.uri.toString(),
    resolvers: config.get<string[]>('resolvers', []),
    timeoutMs: config.get<number>('dnsTimeoutMs', 2000),
    retries: config.get<number>('dnsRetries', 1),
    concurrency: config.get<number>('dnsConcurrency', 8),
    workDoneToken,
  };
  view.log(`Verifying ${vscode.workspace.asRelativePath(document.uri)} in live DNS (resolvers: ${params.resolvers?.join(', ') || 'the system\'s'})`);

  const title = 'Postmark: verifying records in live DNS';
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    let reported = 0;
    const subscription = controller.onProgress(WorkDoneProgress.type, workDoneToken, (value: ProgressValue) => {
      if (value.kind === 'end') return;
      const percentage = value.percentage ?? reported;
      progress.report({ message: value.message, increment: Math.max(0, percentage - reported) });
      reported = Math.max(reported, percentage);
    });
    try {
      return await controller.sendRequest<VerifyLiveDnsParams, VerifyLiveDnsResult>(verifyLiveDnsRequest, params, token);
    } catch (error) {
      if (token.isCancellationRequested) return undefined;
      throw error;
    } finally {
      subscription.dispose();
    }
  });

  if (!result) {
    view.log('Cancelled.');
    return;
  }
  view.show(document, result);
  // The command is done when the check is; the notification's buttons are answered later.
  void announce(result, view);
}

async function announce(result: VerifyLiveDnsResult, view: ReturnType<typeof liveDnsView>): Promise<void> {
  const report = result.report;
  if (!report) {
    const choice = await vscode.window.showErrorMessage(`Postmark: the zone was not verified: ${result.refused ?? 'unknown reason'}.`, 'Show Log');
    if (choice) view.output.show(true);
    return;
  }
  const bad = report.records.filter((r) => r.status !== 'match').length;
  const spf = report.spf.some((t) => t.overLimit) ? ' The SPF policy is over a lookup limit.' : '';
  const message = report.cancelled
    ? 'Postmark: live DNS verification cancelled; partial results are shown.'
    : report.exitCode === 3
      ? 'Postmark: no DNS server answered.'
      : bad === 0 && spf === ''
        ? `Postmark: all ${report.records.length} records are served as the zone file says.`
        : `Postmark: ${bad} of ${report.records.length} records differ from the zone file in live DNS.${spf}`;
  const show = report.exitCode === 0 && !report.cancelled ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
  const choice = await show(message, 'Show Results', 'Show Log');
  if (choice === 'Show Results') view.reveal();
  else if (choice === 'Show Log') view.output.show(true);
}

/** The zone document to verify: the given one (opened if needed) or the active zone editor's. */
async function zoneDocument(target: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (target) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
    return open ?? (await vscode.workspace.openTextDocument(target));
  }
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === 'zone' ? active : undefined;
}
