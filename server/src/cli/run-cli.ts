// The CLI without the process: argv in, exit code out, output through injected streams.
// Reads global options, picks the command from the table, and turns every failure into a
// one-line message (exit 2) instead of a stack trace.
import { describeOptions, parseArgs, UsageError } from './args';
import { EXIT, type CliIo, type Command } from './command';
import { commands, globalOptions } from './commands/index';
import { PACKAGE_VERSION } from './version';
import { PROGRAM, internalErrorMessage } from './internal-error';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command | undefined;
  try {
    const globals = parseArgs(argv, globalOptions, { stopAtPositional: true });
    const [name, ...rest] = globals.positionals;
    if (globals.options.has('version')) {
      io.stdout(`${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    command = name === undefined ? undefined : commands.find((c) => c.name === name);
    if (globals.options.has('help') && (name === undefined || command)) {
      io.stdout(command ? commandHelp(command) : mainHelp());
      return EXIT.ok;
    }
    if (name === undefined) throw new UsageError('no command given');
    if (!command) throw new UsageError(`unknown command '${name}'`);
    const args = parseArgs(rest, [...command.options, ...globalOptions]);
    for (const [key, value] of globals.options) if (!args.options.has(key)) args.options.set(key, value);
    if (args.options.has('help')) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    if (args.options.has('version')) {
      io.stdout(`${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const helpCommand = command ? `${PROGRAM} ${command.name} --help` : `${PROGRAM} --help`;
      io.stderr(`${PROGRAM}: ${error.message} (see '${helpCommand}')\n`);
    } else {
      io.stderr(internalErrorMessage(error));
    }
    return EXIT.usage;
  }
}

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `${PROGRAM} ${PACKAGE_VERSION}: checks BIND zone files (named-checkzone-like checks and Postmark email DNS rules).`,
    '',
    'Usage:',
    ...commands.map((c) => `  ${PROGRAM} ${c.usage}`),
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Options:',
    ...describeOptions(globalOptions),
    '',
    `Run '${PROGRAM} <command> --help' for a command's options.`,
    EXIT_STATUS,
    '',
  ].join('\n');
}

function commandHelp(command: Command): string {
  return [
    `Usage: ${PROGRAM} ${command.usage}`,
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    '',
    'Options:',
    ...describeOptions([...command.options, ...globalOptions]),
    '',
    ...(command.notes ?? [EXIT_STATUS]),
    '',
  ].join('\n');
}

const EXIT_STATUS = 'Exit status: 0 no error found, 1 an error-severity finding, 2 usage or I/O error (see each command\'s --help).';
