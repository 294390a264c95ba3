// A minimal LSP client for the stdio tests: spawns dist/server.js, answers
// workspace/configuration from a settings object, records every notification and lets a test
// wait for one that matches (failing after a timeout instead of sleeping); records the
// capabilities the server registers.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type RegistrationParams,
} from 'vscode-languageserver-protocol/node';
import { DEFAULT_SETTINGS, type AnalysisStatusParams, type OutlineStatusParams, type ZoneSettings } from '../../server/src/protocol';
import { SERVER_PATH } from '../helpers/bundles';

const WAIT_LIMIT_MS = 10_000;

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly statuses: AnalysisStatusParams[] = [];
  readonly outlines: OutlineStatusParams[] = [];
  /** Capabilities the server registered (client/registerCapability), and the ids it unregistered since. */
  readonly registrations: Registration[] = [];
  readonly unregistered = new Set<string>();
  settings: ZoneSettings = { ...DEFAULT_SETTINGS };
  stderr = '';
  private readonly process: ChildProcess;
  private readonly waiters = new Set<() => void>();
  readonly exited: Promise<number | null>;

  constructor() {
    this.process = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    this.connection.onRequest('client/unregisterCapability', (params: { unregisterations: Array<{ id: string }> }) => {
      for (const { id } of params.unregisterations) this.unregistered.add(id);
      return null;
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.push(params);
      this.wake();
    });
    this.connection.onNotification('postmarkZone/analysisStatus', (params: AnalysisStatusParams) => {
      this.statuses.push(params);
      this.wake();
    });
    this.connection.onNotification('postmarkZone/outlineStatus', (params: OutlineStatusParams) => {
      this.outlines.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (params: { message: string }) => {
      this.stderr += `${params.message}\n`;
    });
    this.connection.listen();
  }

  /** Resolves with the first value `probe` returns (checked now and after each notification). */
  waitFor<T>(what: string, probe: () => T | undefined, limitMs = WAIT_LIMIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out after ${limitMs} ms waiting for ${what}\nserver log:\n${this.stderr}`));
      }, limitMs);
      this.waiters.add(check);
      check();
    });
  }

  /** The first diagnostics published for `uri` with exactly this version. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(`diagnostics for ${uri} version ${version}`, () =>
      this.diagnostics.find((d) => d.uri === uri && d.version === version),
    );
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version, text } });
  }

  /** Replaces the whole text (a change event without a range). */
  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Ranged (incremental) changes, applied in order, as an editor sends them. */
  edit(uri: string, version: number, changes: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
