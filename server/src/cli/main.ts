// The CLI bundle (dist/cli-bundle.js, loaded by dist/cli.js: bin.ts): runs the CLI on the
// process's arguments and streams. process.exitCode, not process.exit(), so large output to a
// pipe is flushed before exiting. A check of big zones runs in a worker thread instead
// (worker-run.ts says why); the worker starts the same entry and serves the invocation it is handed.
import { WORKER_MIN_BYTES, checkInputBytes, isCliWorker, runCliInWorker, serveCliWorker } from './worker-run';
import { runCli } from './run-cli';
import type { CliIo } from './command';

if (isCliWorker()) serveCliWorker(runCli);
else runMain();

function runMain(): void {
  // A reader that goes away (`| head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const argv = process.argv.slice(2);
  const io: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
  const bytes = checkInputBytes(argv, io.cwd);
  const inWorker = bytes >= WORKER_MIN_BYTES;
  if (inWorker && process.env.POSTMARK_ZONE_DEBUG) io.stderr(`postmark-zone: checking ${bytes} bytes in a worker thread\n`);
  const run = inWorker ? runCliInWorker(entryScript(), argv, io) : runCli(argv, io);
  void run.then((code) => {
    process.exitCode = code;
  });
}

/** The file node was started with (dist/cli.js, which loads this bundle with its code cache). */
function entryScript(): string {
  return require.main?.filename ?? __filename;
}
