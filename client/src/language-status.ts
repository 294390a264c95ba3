// The `zone` language status item: the origin the active file was read with, its problem
// counts and whether its outline was cut short, or the server's state when it is not running.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { AnalysisStatusParams, OutlineStatusParams } from '../../server/src/protocol';

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

const RESTART: vscode.Command = { title: 'Restart', command: 'postmarkZone.restartServer' };

export class ZoneStatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('postmarkZone.status', { language: 'zone' });
  private readonly byUri = new Map<string, AnalysisStatusParams>();
  /** The outline limit of documents whose last outline it cut short. */
  private readonly outlineLimits = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private serverState: ServerState = 'stopped';
  private serverMessage = '';

  constructor() {
    this.item.name = 'Postmark Zone';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.byUri.delete(document.uri.toString());
        this.outlineLimits.delete(document.uri.toString());
      }),
    );
    this.render();
  }

  setServerState(state: ServerState, message = ''): void {
    this.serverState = state;
    this.serverMessage = message;
    if (state !== 'running') {
      this.byUri.clear();
      this.outlineLimits.clear();
    }
    this.render();
  }

  update(status: AnalysisStatusParams): void {
    this.byUri.set(status.uri, status);
    this.render();
  }

  updateOutline(status: OutlineStatusParams): void {
    if (status.limited) this.outlineLimits.set(status.uri, status.maxItems);
    else this.outlineLimits.delete(status.uri);
    this.render();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }

  private render(): void {
    const item = this.item;
    item.busy = false;
    item.severity = vscode.LanguageStatusSeverity.Information;
    item.command = undefined;
    item.detail = undefined;
    if (this.serverState === 'starting') {
      item.text = 'Postmark Zone: starting';
      item.busy = true;
      return;
    }
    if (this.serverState !== 'running') {
      item.text = this.serverState === 'failed' ? 'Postmark Zone: server failed' : 'Postmark Zone: server stopped';
      item.severity = this.serverState === 'failed' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Warning;
      item.detail = this.serverMessage || undefined;
      item.command = RESTART;
      return;
    }
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri ? this.byUri.get(uri) : undefined;
    if (!status) {
      item.text = 'Postmark Zone: analysing';
      item.busy = true;
      return;
    }
    if (status.state === 'failed') {
      item.text = 'Postmark Zone: analysis failed';
      item.severity = vscode.LanguageStatusSeverity.Error;
      item.detail = status.message;
      item.command = RESTART;
      return;
    }
    item.text = `Origin ${status.origin ?? '.'}`;
    if (status.originSource === 'none') item.severity = vscode.LanguageStatusSeverity.Warning;
    const outlineLimit = uri ? this.outlineLimits.get(uri) : undefined;
    const outline = outlineLimit === undefined ? [] : [`outline: first ${outlineLimit} items (postmarkZone.maxOutlineItems)`];
    // An $INCLUDEd file is checked as part of the zone file that reads it: say which.
    const part = status.includedBy === undefined ? [] : [`checked as part of ${basename(status.includedBy)}`];
    item.detail = [...part, `from ${status.originSource ?? 'none'}`, problemSummary(status), `${status.records ?? 0} records`, ...outline].join(' · ');
  }
}

function problemSummary(status: AnalysisStatusParams): string {
  const parts: string[] = [];
  const add = (count: number | undefined, word: string) => {
    if (count) parts.push(`${count} ${word}${count === 1 ? '' : 's'}`);
  };
  add(status.errors, 'error');
  add(status.warnings, 'warning');
  add(status.others, 'note');
  if (status.shown !== undefined) parts.push(`${status.shown} shown (postmarkZone.maxProblems)`);
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}
