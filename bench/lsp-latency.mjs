// Editor latency: spawns the language server (dist/server.js --stdio), opens a zone, then makes
// one-character edits and times each didChange until the publishDiagnostics for that version.
// The client answers workspace/configuration with debounceMs 0, so only analysis time counts.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { median, percentile } from './measure.mjs';

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const EDIT_TIMEOUT_MS = 60_000;

/**
 * Opens `file` (its `text`) in a fresh server and makes `edits` one-character edits in a comment
 * near the middle, one at a time. Resolves with latencies in ms and the server's own timings.
 */
export async function measureEditLatency(serverPath, file, text, edits) {
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let serverStderr = '';
  child.stderr.on('data', (chunk) => {
    if (serverStderr.length < 4000) serverStderr += chunk;
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = pathToFileURL(file).href;
  const waiting = new Map(); // version -> resolve
  const published = new Map(); // version -> diagnostics count
  const serverDurations = new Map(); // version -> durationMs from postmarkZone/analysisStatus

  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => (item.section === 'postmarkZone' ? { origin: '', debounceMs: 0 } : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('postmarkZone/analysisStatus', (params) => {
    if (params.uri === uri && typeof params.durationMs === 'number') serverDurations.set(params.version, params.durationMs);
  });
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (params.uri !== uri) return;
    published.set(params.version, params.diagnostics.length);
    waiting.get(params.version)?.();
  });
  connection.listen();

  const diagnosticsFor = (version) =>
    new Promise((resolve, reject) => {
      if (published.has(version)) return resolve();
      const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version} within ${EDIT_TIMEOUT_MS} ms`)), EDIT_TIMEOUT_MS);
      waiting.set(version, () => {
        clearTimeout(timer);
        waiting.delete(version);
        resolve();
      });
    });
  const exited = new Promise((resolve) => child.on('exit', resolve));

  try {
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration: true },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
      },
      initializationOptions: { debounceMs: 0 },
    });
    await connection.sendNotification('initialized', {});

    let started = performance.now();
    const opened = diagnosticsFor(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version: 1, text } });
    await opened;
    const openMs = performance.now() - started;

    const { line, character } = middleCommentPosition(text);
    const original = text.split('\n')[line][character];
    const latencies = [];
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      // Alternate between another letter and the original one, so the text keeps its size.
      const replacement = i % 2 === 0 ? (original === 'x' ? 'y' : 'x') : original;
      started = performance.now();
      const done = diagnosticsFor(version);
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: replacement }],
      });
      await done;
      latencies.push(performance.now() - started);
    }
    const durations = [...serverDurations.entries()].filter(([version]) => version > 1).map(([, ms]) => ms);
    return {
      edits,
      openMs,
      diagnostics: published.get(edits + 1),
      medianMs: median(latencies),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      serverAnalysisMedianMs: durations.length ? median(durations) : undefined,
    };
  } catch (error) {
    throw new Error(`${error.message}${serverStderr ? `; server stderr: ${serverStderr.trim()}` : ''}`);
  } finally {
    await Promise.race([
      (async () => {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        await exited;
      })().catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, 3000)),
    ]);
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
}

/** A comment line near the middle of the zone, at the first letter after `; `. */
function middleCommentPosition(text) {
  const lines = text.split('\n');
  for (let offset = 0; offset < lines.length; offset++) {
    for (const line of [Math.floor(lines.length / 2) + offset, Math.floor(lines.length / 2) - offset]) {
      if (line >= 0 && line < lines.length && /^; [a-z]/.test(lines[line])) return { line, character: 2 };
    }
  }
  return { line: 0, character: 2 };
}
