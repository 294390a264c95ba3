// Every subcommand, in the order help lists them. A new command (e.g. `verify`) is one file in
// this folder plus one line here; options shared by all commands go in globalOptions.
import type { OptionSpec } from '../args';
import type { Command } from '../command';
import { checkCommand } from './check';
import { verifyCommand } from './verify';

export const commands: Command[] = [checkCommand, verifyCommand];

/** Accepted before or after the command name (a later `--config FILE` belongs here). */
export const globalOptions: OptionSpec[] = [
  { name: 'help', short: 'h', description: 'show this help and exit' },
  { name: 'version', short: 'v', description: 'print the version and exit' },
];
