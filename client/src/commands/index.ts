// The table of contributed commands: each entry is one file; registration reports failures
// to the user instead of letting them vanish into the extension host log.
import * as vscode from 'vscode';
import type { ServerController } from '../server-controller';
import { insertDkimRecord } from './insert-dkim-record';
import { insertDmarcRecord } from './insert-dmarc-record';
import { restartServer } from './restart-server';
import { verifyLiveDns } from './verify-live-dns';

export interface CommandDeps {
  controller: ServerController;
}

export interface ZoneCommand {
  /** Must match a `contributes.commands` entry in package.json. */
  id: string;
  run(deps: CommandDeps, ...args: unknown[]): unknown;
}

export const COMMANDS: readonly ZoneCommand[] = [restartServer, insertDkimRecord, insertDmarcRecord, verifyLiveDns];

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  return COMMANDS.map((command) =>
    vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
      try {
        return await command.run(deps, ...args);
      } catch (error) {
        void vscode.window.showErrorMessage(`Postmark Zone: ${command.id} failed: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    }),
  );
}
