// The CLI bundle (dist/cli-bundle.js, loaded by dist/cli.js: bin.ts): runs the CLI on the
// process's arguments and streams. process.exitCode, not process.exit(), so large output to a
// pipe is flushed before exiting. In the worker thread that bin.ts starts for a check of big
// zones (worker-run.ts says why), it serves the invocation it is handed instead.
import { isCliWorker, serveCliWorker } from './worker-run';
import { processIo } from './process-io';
import { runCli } from './run-cli';

if (isCliWorker()) serveCliWorker(runCli);
else void runCli(process.argv.slice(2), processIo()).then((code) => (process.exitCode = code));
