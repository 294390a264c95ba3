// `postmark-zone check FILE...`: parse and check each zone file, print the findings in the
// chosen format. Exit 0 without error-severity findings, 1 with one, 2 when a file can't be read.
import { analyze } from '../../analyze';
import { createNodeIncludeReader } from '../../node-include-reader';
import { UsageError, type OptionSpec, type ParsedArgs } from '../args';
import { FORMAT_NAMES, formats } from '../formats/index';
import { buildFileReport, type FileReport } from '../report';
import { readZoneFile, type ZoneInput } from '../read-zone-file';
import { EXIT, type CliIo, type Command } from '../command';
import { readAnalysisConfig } from '../read-config';

export const zoneOptions: OptionSpec[] = [
  {
    name: 'origin',
    short: 'o',
    value: 'NAME',
    description: "zone name for every file, like named-checkzone's argument (default: $ORIGIN, file name or SOA owner)",
  },
  { name: 'config', short: 'c', value: 'FILE', description: 'postmark-zone.json to use (default: the nearest one above each zone file)' },
];

export const outputOptions: OptionSpec[] = [
  { name: 'format', short: 'f', value: 'FORMAT', choices: FORMAT_NAMES, description: 'output format (default: text)' },
];

export const checkCommand: Command = {
  name: 'check',
  usage: 'check FILE... [--origin NAME] [--format text|json|sarif]',
  summary: 'parse zone files and report syntax, named-checkzone-like and Postmark problems',
  options: [...zoneOptions, ...outputOptions],
  notes: [
    'Text output: one `file:line:column severity code message` line per finding on stdout;',
    'the origin used for each file and a summary line on stderr.',
    'JSON output: {"files":[{"file","origin","diagnostics":[{"code","severity","message","range"}]}]},',
    'ranges 0-based (LSP); a diagnostic in an $INCLUDE\'d file also has "file".',
    'Exit status: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.',
  ],
  run: runCheck,
};

function runCheck(args: ParsedArgs, io: CliIo): number {
  if (args.positionals.length === 0) throw new UsageError('no zone file given');
  const format = formats[(args.options.get('format') as string | undefined) ?? 'text'];
  const origin = args.options.get('origin') as string | undefined;

  const inputs: ZoneInput[] = [];
  const failures: string[] = [];
  for (const file of args.positionals) {
    const result = readZoneFile(file, io.cwd);
    if (result.ok) inputs.push(result.input);
    else failures.push(result.message);
  }
  if (failures.length > 0) {
    for (const message of failures) io.stderr(`postmark-zone: ${message}\n`);
    return EXIT.usage;
  }

  const readInclude = createNodeIncludeReader(io.cwd);
  const configOption = args.options.get('config') as string | undefined;
  const reports: FileReport[] = [];
  for (const { file, text } of inputs) {
    const config = readAnalysisConfig(configOption, file, io);
    if (!config) return EXIT.usage;
    const { zone, findings } = analyze(text, { file, origin, readInclude, context: config.context, severities: config.severities });
    reports.push(buildFileReport(file, zone, findings, io.cwd));
  }
  const output = format(reports, io.cwd);
  io.stdout(output.stdout);
  io.stderr(output.stderr);
  const hasError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return hasError ? EXIT.problems : EXIT.ok;
}
