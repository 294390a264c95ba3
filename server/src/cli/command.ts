// What a subcommand is (name, options, run) and what it may touch: output streams and the
// working directory, injected so the command table stays testable.
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface Command {
  name: string;
  /** Shown after the program name in help, e.g. `check FILE... [--format FORMAT]`. */
  usage: string;
  summary: string;
  options: OptionSpec[];
  /** Lines shown at the end of the command's --help (output layout, exit codes). */
  notes?: string[];
  /** Returns the exit code; throws UsageError for bad usage. */
  run(args: ParsedArgs, io: CliIo): number | Promise<number>;
}
