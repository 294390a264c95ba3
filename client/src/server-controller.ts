// Owns the LanguageClient: starts the bundled server (dist/server.js over Node IPC), stops and
// restarts it, and feeds its state and analysis notifications to the status item.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ProgressType, type RequestParam, type RequestType, type ServerOptions } from 'vscode-languageclient/node';
import { analysisStatusNotification, outlineStatusNotification } from '../../server/src/protocol';
import type { ServerState, ZoneStatusItem } from './language-status';

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private listeners: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: ZoneStatusItem,
  ) {}

  get state(): ServerState {
    if (!this.client) return 'stopped';
    return this.client.state === State.Running ? 'running' : this.client.state === State.Starting ? 'starting' : 'stopped';
  }

  /** Starts the server; rejects (after showing the failure in the status item) when it cannot. */
  async start(): Promise<void> {
    if (this.client) return;
    const module = this.context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ language: 'zone' }],
      outputChannel: this.output,
    };
    const client = new LanguageClient('postmarkZone', 'Postmark Zone', serverOptions, clientOptions);
    this.client = client;
    this.listeners = [
      client.onDidChangeState((event) => {
        if (this.client === client) this.status.setServerState(toServerState(event.newState));
      }),
      client.onNotification(analysisStatusNotification, (params) => this.status.update(params)),
      client.onNotification(outlineStatusNotification, (params) => this.status.updateOutline(params)),
    ];
    this.status.setServerState('starting');
    try {
      await client.start();
      this.status.setServerState('running');
    } catch (error) {
      this.disposeListeners();
      this.client = undefined;
      this.status.setServerState('failed', error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  /** A custom request to the server (see server/src/protocol.ts); rejects when it is not running. */
  sendRequest<P extends object, R>(type: RequestType<P, R, void>, params: P, token?: vscode.CancellationToken): Promise<R> {
    if (!this.client) return Promise.reject(new Error('the language server is not running'));
    return this.client.sendRequest(type, params as RequestParam<P>, token);
  }

  /** Forwards the server's $/progress for a work-done token (e.g. the live DNS check). */
  onProgress<P>(type: ProgressType<P>, token: string | number, handler: (value: P) => void): vscode.Disposable {
    return this.client ? this.client.onProgress(type, token, handler) : { dispose() {} };
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.disposeListeners();
    if (client) {
      try {
        await client.stop();
      } catch (error) {
        // A server that died already cannot be stopped politely; it is gone either way.
        this.output.warn(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.status.setServerState('stopped');
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  dispose(): void {
    void this.stop();
  }

  private disposeListeners(): void {
    for (const listener of this.listeners) listener.dispose();
    this.listeners = [];
  }
}

function toServerState(state: State): ServerState {
  return state === State.Running ? 'running' : state === State.Starting ? 'starting' : 'stopped';
}
