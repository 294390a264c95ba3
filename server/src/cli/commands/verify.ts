// `postmark-zone verify FILE`: asks live DNS whether the zone's Postmark, SPF and DMARC records are
// published as the file says. Exit 0 all match, 1 a mismatch/missing record or an SPF limit
// exceeded, 2 usage error or a zone that cannot be read or parsed, 3 no server answered.
import { analyze } from '../../analyze';
import { createNodeIncludeReader } from '../../node-include-reader';
import { readAnalysisConfig } from '../read-config';
import { zoneOptions } from './check';
import { ensureAbsolute } from '../../zone/names';
import { refusalFindings, verifyZone } from '../../live/verify';
import { parseServerSpec } from '../../live/servers';
import { formatVerifyText } from '../../live/report-text';
import { UsageError, type OptionSpec, type ParsedArgs } from '../args';
import { buildFileReport, displayPath } from '../report';
import { readZoneFile } from '../read-zone-file';
import { EXIT, type CliIo, type Command } from '../command';
import { createLocate, formatVerifyJson, formatRefusedJson } from '../formats/verify-json';

export const EXIT_NO_ANSWER = 3;
const VERIFY_FORMATS = ['text', 'json'] as const;

const verifyOptions: OptionSpec[] = [
  ...zoneOptions,
  { name: 'server', short: 's', value: 'HOST[:PORT]', repeatable: true, description: 'ask only this server (repeat, or separate with commas); default: the zone\'s name servers and the system resolver' },
  { name: 'timeout', value: 'MS', description: 'milliseconds to wait for each answer (default: 2000)' },
  { name: 'retries', value: 'N', description: 'times to ask again after a timeout (default: 1)' },
  { name: 'concurrency', value: 'N', description: 'queries in flight at once (default: 8)' },
  { name: 'format', short: 'f', value: 'FORMAT', choices: VERIFY_FORMATS, description: 'output format (default: text)' },
];

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'verify FILE [--origin NAME] [--server HOST[:PORT]]... [--config FILE] [--timeout MS] [--retries N] [--format text|json]',
  summary: 'check that live DNS serves the zone\'s Postmark, SPF and DMARC records (exit 3: no server answered)',
  options: verifyOptions,
  notes: [
    'Asks every authoritative server of the zone (or only the --server ones) and the resolvers,',
    'record by record. See docs/live-dns.md for the statuses.',
    'Exit status: 0 everything matches, 1 a mismatch, a missing record or an SPF tree over a limit,',
    '2 usage error or a zone that cannot be read or parsed, 3 no server answered.',
  ],
  run: runVerify,
};

async function runVerify(args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError('no zone file given');
  if (args.positionals.length > 1) throw new UsageError('verify takes one zone file');
  const file = args.positionals[0];
  const format = (args.options.get('format') as string | undefined) ?? 'text';
  const servers = serverSpecs(args.lists.get('server'));
  const timeoutMs = integerOption(args, 'timeout', 1, 600000);
  const retries = integerOption(args, 'retries', 0, 10);
  const concurrency = integerOption(args, 'concurrency', 1, 256);
  const originOption = args.options.get('origin') as string | undefined;

  const read = readZoneFile(file, io.cwd);
  if (!read.ok) {
    io.stderr(`postmark-zone: ${read.message}\n`);
    return EXIT.usage;
  }
  const config = readAnalysisConfig(args.options.get('config') as string | undefined, file, io);
  if (!config) return EXIT.usage;
  const context = config.context;

  const { zone, findings } = analyze(read.input.text, {
    file,
    origin: originOption ? ensureAbsolute(originOption) : undefined,
    readInclude: createNodeIncludeReader(io.cwd),
  });
  const refused = refusalFindings(zone, findings);
  if (refused.length > 0 || zone.origin === '.') {
    const report = buildFileReport(file, zone, refused, io.cwd);
    for (const d of report.diagnostics) io.stderr(`${d.file}:${d.range.start.line + 1}:${d.startColumn}: ${d.severity} ${d.code} ${d.message}\n`);
    const why = zone.origin === '.' ? 'its origin is unknown (give --origin NAME)' : `it has ${refused.length} error${refused.length === 1 ? '' : 's'} that would stop named from loading it`;
    io.stderr(`postmark-zone: '${file}' cannot be verified: ${why}\n`);
    if (format === 'json') io.stdout(formatRefusedJson(file, zone.origin, report.diagnostics, why));
    return EXIT.usage;
  }

  const report = await verifyZone(zone, { context, servers, timeoutMs, retries, concurrency });
  const locate = createLocate(zone, file, io.cwd);
  if (format === 'json') io.stdout(formatVerifyJson(report, file, locate));
  else io.stdout(formatVerifyText(report, (location) => `${displayPath(location.file, io.cwd)}:${locate(location).line}`));
  return report.exitCode === 3 ? EXIT_NO_ANSWER : report.exitCode === 1 ? EXIT.problems : EXIT.ok;
}

/** `--server` values; commas separate several in one value (a repeated option keeps only its last). */
function serverSpecs(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const specs = values.flatMap((value) => value.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  for (const spec of specs) {
    const parsed = parseServerSpec(spec);
    if (!parsed.ok) throw new UsageError(parsed.message);
  }
  return specs;
}

function integerOption(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const value = args.options.get(name);
  if (typeof value !== 'string') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not '${value}'`);
  return Number(value);
}

/** Expectations from --config or the nearest postmark-zone.json; undefined when --config cannot be read. */
