// `postmark-zone check FILE...`: parse and check each zone file, print the findings in the
// chosen format. Exit 0 without error-severity findings, 1 with one, 2 when a file can't be read.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type AnalyzeOptions } from '../../analyze';
import { createIncludingZoneFinder } from '../../including-zones';
import { createNodeIncludeReader } from '../../node-include-reader';
import { filesReadThrough, hasSoaRecord } from '../../zone/include-tree';
import { UsageError, type OptionSpec, type ParsedArgs } from '../args';
import { FORMAT_NAMES, formats } from '../formats/index';
import { buildFileReport, displayPath, type FileReport } from '../report';
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
    'A file without an SOA record that a zone file in its folder or the one above $INCLUDEs is',
    'checked as part of that zone; one that another FILE includes is reported with that FILE.',
    'Exit status: 0 no error-severity finding, 1 at least one, 2 usage or I/O error.',
  ],
  run: runCheck,
};

/**
 * The report of `file` (at `path`) checked as part of the zone file `zoneFile` that $INCLUDEs it:
 * its findings and those of the files it includes. Undefined when that zone does not read it.
 */
function checkAsIncluded(file: string, path: string, zoneFile: string, options: AnalyzeOptions, io: CliIo): FileReport | undefined {
  const read = readZoneFile(zoneFile, io.cwd);
  if (!read.ok) return undefined;
  const { zone, findings } = analyze(read.input.text, { ...options, file: zoneFile });
  if (!zone.files.some((f) => f.file === path)) return undefined;
  const here = filesReadThrough(zone.directives, path);
  const report = buildFileReport(file, zone, findings.filter((finding) => here.has(finding.file)), io.cwd, path);
  return { ...report, includedBy: displayPath(zoneFile, io.cwd) };
}

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
  const findIncludingZone = createIncludingZoneFinder(io.cwd);
  const configOption = args.options.get('config') as string | undefined;
  const checked: Array<{ report: FileReport; path: string; read: string[] }> = [];
  for (const { file, text } of inputs) {
    const config = readAnalysisConfig(configOption, file, io);
    if (!config) return EXIT.usage;
    const options = { file, origin, readInclude, context: config.context, severities: config.severities };
    const { zone, findings } = analyze(text, options);
    const path = resolve(io.cwd, file);
    // A file without an SOA record that a zone file nearby $INCLUDEs is checked as part of that zone
    // (a file on disk: a pipe, `<(git show ...)`, has no folder to look in).
    const zoneFile = hasSoaRecord(zone) || !isRegularFile(path) ? undefined : findIncludingZone(path);
    const asPart = zoneFile === undefined ? undefined : checkAsIncluded(file, path, zoneFile, options, io);
    const report = asPart ?? buildFileReport(file, zone, findings, io.cwd);
    checked.push({ report, path, read: zone.files.slice(1).map((f) => f.file) });
  }
  // A file that another file on the command line reads through $INCLUDE is reported with that one.
  const readByOthers = new Set(checked.flatMap((c) => c.read));
  const reports: FileReport[] = [];
  for (const { report, path } of checked) {
    if (readByOthers.has(path)) io.stderr(`postmark-zone: ${report.file} is $INCLUDEd by another file checked here; its findings are reported with that file\n`);
    else reports.push(report);
  }
  const output = format(reports, io.cwd);
  io.stdout(output.stdout);
  io.stderr(output.stderr);
  const hasError = reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return hasError ? EXIT.problems : EXIT.ok;
}

function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
