// Runs a whole CLI invocation again in a worker thread whose young generation is small, for
// `check` on big zones. Why: a check keeps most of what it makes (records, names, rdata) until
// the end, and V8's scavenger copies every survivor; in the default young generation (48 MB)
// those copies miss the CPU caches, in a small one they hit them. The main isolate's heap
// cannot be resized once it exists (v8.setFlagsFromString has no effect, and `node dist/cli.js`
// passes no flags); a worker's can (resourceLimits).
// Measured at 100k records (6 MB of text): 5-6% less wall-clock time, after paying the ~30 ms
// the worker takes to start; at 1M records no difference. bench/README.md has the figures.
// dist/cli.js (bin.ts) makes the choice before it loads the CLI bundle, which the main thread
// then never needs. Only node: modules and small files here: bin.ts bundles this module.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './command';
import { internalErrorMessage } from './internal-error';

/** Below this many bytes of zone files the worker's start costs more than it saves. */
export const WORKER_MIN_BYTES = 3_000_000;

/**
 * 12 MB: 4 MB semi-spaces. At 100k records 6 MB did as well, but at 1M records it was 8% slower
 * than no worker (1,109 scavenges against 145 without the worker, in a heap growing to 600 MB);
 * 12 MB (556 scavenges) is even with no worker there. 16 MB and more lose the gain at 100k.
 */
const YOUNG_GENERATION_MB = 12;

const WORKER_MARK = 'postmarkZoneCli';

/** Set in the worker's environment, so that a CLI run loads worker_threads (1-2 ms) only there. */
const WORKER_ENV = 'POSTMARK_ZONE_CLI_WORKER';

const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');

interface CliWorkerData {
  [WORKER_MARK]: true;
  argv: readonly string[];
  cwd: string;
}

/** True in a worker that runCliInWorker started (not when something else loads the bundle in a worker). */
export function isCliWorker(): boolean {
  return process.env[WORKER_ENV] === '1' && isCliWorkerData(workerThreads().workerData);
}

export function isCliWorkerData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Partial<CliWorkerData>)[WORKER_MARK] === true;
}

type WorkerMessage = { stream: 'stdout' | 'stderr'; text: string } | { exit: number };

/**
 * The bytes of zone files `argv` asks `check` to read, guessed without parsing the options
 * (any argument naming a regular file counts), or 0 for another command. The guess only picks
 * where the check runs, never what it finds.
 */
export function checkInputBytes(argv: readonly string[], cwd: string): number {
  const command = argv.find((arg) => !arg.startsWith('-'));
  if (command !== 'check') return 0;
  let total = 0;
  for (const arg of argv) {
    if (arg === command || arg.startsWith('-')) continue;
    try {
      const stats = statSync(resolve(cwd, arg));
      if (stats.isFile()) total += stats.size;
    } catch {
      // Not a file: an option's value, or a file the check will report as unreadable.
    }
  }
  return total;
}

/**
 * Runs `script` (the CLI's entry, dist/cli.js) in a worker with `argv`; the worker's output is written
 * through `io` in the order it was made. Resolves to the worker's exit code.
 */
export function runCliInWorker(script: string, argv: readonly string[], io: CliIo): Promise<number> {
  return new Promise((resolvePromise) => {
    const worker = new (workerThreads().Worker)(script, {
      workerData: { [WORKER_MARK]: true, argv, cwd: io.cwd } satisfies CliWorkerData,
      env: { ...process.env, [WORKER_ENV]: '1' },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      stdout: false,
      stderr: false,
    });
    let code: number | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if ('exit' in message) code = message.exit;
      else io[message.stream](message.text);
    });
    worker.on('error', (error) => {
      io.stderr(internalErrorMessage(error));
      code = 2;
    });
    worker.on('exit', () => resolvePromise(code ?? 2));
  });
}

/** The worker's side: runs the CLI on the argv it was given, sending its output back. */
export function serveCliWorker(run: (argv: readonly string[], io: CliIo) => Promise<number>): void {
  const { workerData, parentPort } = workerThreads();
  const { argv, cwd } = workerData as CliWorkerData;
  const port = parentPort!;
  const send = (message: WorkerMessage) => port.postMessage(message);
  void run(argv, {
    stdout: (text) => send({ stream: 'stdout', text }),
    stderr: (text) => send({ stream: 'stderr', text }),
    cwd,
  }).then((exit) => send({ exit }));
}
