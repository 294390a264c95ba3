// The CLI's streams and working directory when it runs as a process (dist/cli.js): the main
// thread's, whether the check then runs there or in a worker thread.
import type { CliIo } from './command';

export function processIo(): CliIo {
  // A reader that goes away (`| head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  };
}
