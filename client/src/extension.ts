// VS Code entry point: wires the output channel, status item, server controller and commands.
// A server that fails to start is reported to the user; the restart command stays available.
import * as vscode from 'vscode';
import { registerCommands } from './commands/index';
import { needsRestart, readSettings } from './config';
import { ZoneStatusItem } from './language-status';
import { ServerController } from './server-controller';
import { registerLiveDns } from './live/live-dns-entry';
import { registerLanguageGuard } from './language-guard';

let controller: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Postmark Zone', { log: true });
  const status = new ZoneStatusItem();
  const serverController = new ServerController(context, output, status);
  controller = serverController;
  context.subscriptions.push(
    output,
    status,
    serverController,
    ...registerCommands({ controller: serverController }),
    ...registerLiveDns(),
    registerLanguageGuard(),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (needsRestart(event)) void restartReporting(serverController, output);
    }),
  );
  output.info(`Settings: ${JSON.stringify(readSettings())}`);
  try {
    await serverController.start();
  } catch (error) {
    reportStartFailure(error, output);
  }
}

export async function deactivate(): Promise<void> {
  await controller?.stop();
  controller = undefined;
}

async function restartReporting(serverController: ServerController, output: vscode.LogOutputChannel): Promise<void> {
  try {
    await serverController.restart();
  } catch (error) {
    reportStartFailure(error, output);
  }
}

function reportStartFailure(error: unknown, output: vscode.LogOutputChannel): void {
  const message = error instanceof Error ? error.message : String(error);
  output.error(`The language server did not start: ${message}`);
  void vscode.window.showErrorMessage(`Postmark Zone: the language server did not start: ${message}`, 'Show Output').then((choice) => {
    if (choice) output.show();
  });
}
