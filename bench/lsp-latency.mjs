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
/** Outline and folding requests timed after the edits (median). */
const FEATURE_REQUESTS = 5;

/**
 * Opens `file` (its `text`) in a fresh server and makes `edits` one-character edits (see editSites)
 * spread over the file, one at a time. Resolves with latencies in ms and the server's own timings.
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
        textDocument: {
          publishDiagnostics: { versionSupport: true },
          synchronization: { dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
      initializationOptions: { debounceMs: 0 },
    });
    await connection.sendNotification('initialized', {});

    let started = performance.now();
    const opened = diagnosticsFor(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'zone', version: 1, text } });
    await opened;
    const openMs = performance.now() - started;

    const sites = editSites(text);
    const latencies = [];
    for (let i = 0; i < edits; i++) {
      const version = i + 2;
      // Typing: a character goes in at a site, and the next edit takes it out again, so every
      // edit moves the rest of the file by one and the zone keeps its size and stays valid.
      const { line, character, insert } = sites[Math.floor(i / 2) % sites.length];
      const change = i % 2 === 0
        ? { range: { start: { line, character }, end: { line, character } }, text: insert }
        : { range: { start: { line, character }, end: { line, character: character + insert.length } }, text: '' };
      started = performance.now();
      const done = diagnosticsFor(version);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      latencies.push(performance.now() - started);
    }
    const durations = [...serverDurations.entries()].filter(([version]) => version > 1).map(([, ms]) => ms);
    // What VS Code also asks after edits when the outline, breadcrumbs or folding are on.
    const requestMs = async (method) => {
      const times = [];
      for (let i = 0; i < FEATURE_REQUESTS; i++) {
        const sent = performance.now();
        await connection.sendRequest(method, { textDocument: { uri } });
        times.push(performance.now() - sent);
      }
      return median(times);
    };
    const outlineMs = await requestMs('textDocument/documentSymbol');
    const foldingMs = await requestMs('textDocument/foldingRange');
    return {
      outlineMs,
      foldingMs,
      edits,
      openMs,
      diagnostics: published.get(edits + 1),
      medianMs: median(latencies),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      serverAnalysisMedianMs: durations.length ? median(durations) : undefined,
      serverAnalysisP95Ms: durations.length ? percentile(durations, 95) : undefined,
      /** Each edit's latency and the server's own analysis time, in edit order (where the slow ones fall). */
      latenciesMs: latencies.map((ms) => Math.round(ms * 10) / 10),
      serverAnalysisMs: durations.map((ms) => Math.round(ms * 10) / 10),
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

/**
 * Where characters are typed, spread over the file: a comment (middle), the end of an A record's
 * address whose last number stays valid with a digit more (10% in), inside a TXT string (30%),
 * the start of an owner name (90%). Record edits change what the rules see; the comment's does not.
 */
function editSites(text) {
  const lines = text.split('\n');
  const near = (fraction, pattern, column, insert) => {
    const middle = Math.floor(lines.length * fraction);
    for (let offset = 0; offset < lines.length; offset++) {
      for (const line of [middle + offset, middle - offset]) {
        if (line < 0 || line >= lines.length) continue;
        const match = pattern.exec(lines[line]);
        if (match) return { line, character: column(match), insert };
      }
    }
    throw new Error(`no line like ${pattern} in the zone`);
  };
  return [
    near(0.5, /^; [a-z]/, () => 2, 'x'),
    near(0.1, /^\S+\s+IN\s+A\s+\d+\.\d+\.\d+\.(1?\d|2[0-5])$/, (m) => m[0].length, '1'),
    near(0.3, /^\S+\s+IN\s+TXT\s+"[^"\\]{8,}"/, (m) => m[0].indexOf('"') + 5, 'x'),
    near(0.9, /^[a-z][a-z0-9-]*\s+IN\s+A\s/, () => 0, 'x'),
  ];
}
