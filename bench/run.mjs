// `npm run bench` (`--quick`: 10k and 100k only, 3 runs): generated zones of 10k, 100k and 1M
// records; parse + check in-process, the whole CLI, named-checkzone and kzonecheck on the same
// files, the language server's edit-to-diagnostics latency. Tables, and bench/results.json.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { isCurrent, writeIncludeSplit, writeZone, zoneOriginFor } from './generate-zone.mjs';
import { measureEditLatency } from './lsp-latency.mjs';
import { commandExists, hasGnuTime, median, timeRounds } from './measure.mjs';
import { printTables } from './print-results.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = join(ROOT, 'bench', 'generated');
const CLI = join(ROOT, 'dist', 'cli.js');
const SERVER = join(ROOT, 'dist', 'server.js');
const CORE = join(GENERATED, 'core.mjs');
const LSP_EDITS = 50;
const LSP_MAX_RECORDS = 100_000;
/** The size whose zone is also timed in the editor split over two files by $INCLUDE. */
const LSP_INCLUDE_RECORDS = 100_000;

const quick = process.argv.includes('--quick');
const plan = quick
  ? [{ records: 10_000, runs: 3 }, { records: 100_000, runs: 3 }]
  : [{ records: 10_000, runs: 9 }, { records: 100_000, runs: 9 }, { records: 1_000_000, runs: 3 }];

const log = (line) => process.stderr.write(`${line}\n`);

if (!existsSync(CLI)) {
  log('bench: dist/cli.js is missing; run `npm run build` first (or `npm run bench`, which builds).');
  process.exit(2);
}
mkdirSync(GENERATED, { recursive: true });
// The pure core as one ESM file for in-process timing (esbuild.mjs builds only the three products).
await esbuild.build({
  entryPoints: [join(ROOT, 'server/src/analyze.ts')],
  outfile: CORE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  mainFields: ['module', 'main'], // as esbuild.mjs: jsonc-parser's UMD build hides its requires
  logLevel: 'warning',
});

const references = [
  { key: 'namedCheckzone', label: 'named-checkzone', command: 'named-checkzone', args: (origin, file) => ['-i', 'local', origin, file], version: ['-v'] },
  { key: 'kzonecheck', label: 'kzonecheck', command: 'kzonecheck', args: (origin, file) => ['-o', origin, file], version: ['--version'] },
].map((ref) => ({ ...ref, installed: commandExists(ref.command) }));
for (const ref of references) {
  if (ref.installed) ref.versionText = spawnSync(ref.command, ref.version, { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  else log(`bench: ${ref.command} is not installed; its column is left empty.`);
}
if (!hasGnuTime) log('bench: /usr/bin/time not found; peak memory of child processes is not measured.');
const lspSkipReason = existsSync(SERVER) ? undefined : 'dist/server.js does not exist';
if (lspSkipReason) log(`bench: skipping editor latency: ${lspSkipReason}.`);

const results = [];
const disagreements = [];
for (const { records, runs } of plan) {
  const origin = zoneOriginFor(records);
  const file = join(GENERATED, `${origin}zone`);
  const shownFile = relative(ROOT, file);
  if (!isCurrent(file, records)) {
    log(`bench: generating ${shownFile} (${records} records)...`);
    await writeZone(file, records);
  }
  const text = readFileSync(file, 'utf8');
  const entry = { records, runs, file: shownFile, origin, bytes: statSync(file).size, lines: text.split('\n').length - 1 };

  log(`bench: ${records} records: parse + check in-process (${runs} runs)...`);
  const child = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'analyze-child.mjs'), CORE, file, origin, String(runs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  entry.analyze = child.status === 0 ? summarizeInProcess(JSON.parse(child.stdout)) : { failed: child.stderr.trim().split('\n').slice(-3).join(' ') };
  if (entry.analyze.failed) log(`bench: in-process analysis failed: ${entry.analyze.failed}`);
  else if (entry.analyze.recordsParsed !== records) log(`bench: warning: parsed ${entry.analyze.recordsParsed} records, generated ${records}.`);

  const installed = references.filter((ref) => ref.installed);
  log(`bench: ${records} records: CLI${installed.map((ref) => `, ${ref.label}`).join('')} (${runs} interleaved rounds)...`);
  const [cli, ...measuredRefs] = await timeRounds(
    [{ command: process.execPath, args: [CLI, 'check', '--format', 'json', file], options: { cwd: ROOT } }, ...installed.map((ref) => ({ command: ref.command, args: ref.args(origin, file) }))],
    runs,
  );
  entry.cli = summarizeRuns(cli);
  entry.cli.findings = cliFindings(file);
  if (!entry.analyze.failed && !sameCounts(entry.cli.findings, entry.analyze.findings)) {
    disagreements.push(`${shownFile}: in-process ${JSON.stringify(entry.analyze.findings)}, CLI ${JSON.stringify(entry.cli.findings)}`);
  }
  installed.forEach((ref, i) => {
    const measured = summarizeRuns(measuredRefs[i]);
    entry[ref.key] = { ...measured, accepted: measured.exitCodes.length === 1 && measured.exitCodes[0] === 0 };
    entry[ref.key].cliRatio = entry.cli.medianMs / measured.medianMs;
    if (!entry[ref.key].accepted) log(`bench: warning: ${ref.label} rejected ${shownFile}: ${measured.stderr.trim()}`);
  });

  if (records <= LSP_MAX_RECORDS) {
    if (lspSkipReason) entry.lsp = { skipped: lspSkipReason };
    else {
      log(`bench: ${records} records: editor latency (${LSP_EDITS} edits)...`);
      entry.lsp = await editLatency(file, text);
      if (records === LSP_INCLUDE_RECORDS) {
        log(`bench: ${records} records split by $INCLUDE: editor latency (${LSP_EDITS} edits in the main file)...`);
        const split = join(GENERATED, 'include', `${origin}zone`);
        mkdirSync(dirname(split), { recursive: true });
        entry.lspInclude = await editLatency(split, writeIncludeSplit(text, split));
        log(`bench: ${records} records split by $INCLUDE: editor latency (${LSP_EDITS} edits in the included file)...`);
        const included = join(dirname(split), 'hosts.zone');
        entry.lspIncluded = await editLatency(included, readFileSync(included, 'utf8'));
      }
    }
  }
  results.push(entry);
}

const byRecords = (n) => results.find((r) => r.records === n);
const targets = [];
for (const n of [100_000, 1_000_000]) {
  const entry = byRecords(n);
  if (entry?.namedCheckzone) {
    targets.push({ target: `CLI time <= named-checkzone at ${n / 1000}k`, met: entry.cli.medianMs <= entry.namedCheckzone.medianMs, ratio: entry.namedCheckzone.cliRatio });
  }
}
const lsp100k = byRecords(100_000)?.lsp;
if (lsp100k?.p95Ms !== undefined) targets.push({ target: 'edit latency p95 < 50 ms at 100k', met: lsp100k.p95Ms < 50, p95Ms: lsp100k.p95Ms });
for (const [key, layout] of [['lspInclude', 'split by $INCLUDE, main file edited'], ['lspIncluded', 'split by $INCLUDE, included file edited']]) {
  const lsp = byRecords(100_000)?.[key];
  if (lsp?.p95Ms !== undefined) targets.push({ target: `edit latency p95 < 50 ms at 100k ${layout}`, met: lsp.p95Ms < 50, p95Ms: lsp.p95Ms });
}

const report = {
  date: new Date().toISOString(),
  quick,
  machine: { cpu: cpus()[0]?.model, cpus: cpus().length, memoryGb: totalmem() / 2 ** 30, node: process.version },
  references: Object.fromEntries(references.map((r) => [r.label, r.installed ? r.versionText : 'not installed'])),
  sizes: results,
  targets,
};
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
printTables(report);
process.stdout.write(`\nWrote bench/results.json\n`);
// The two must find the same: a difference means one of them does not run the code we ship
// (it happened once: a require() that worked in the CLI's bundle threw in the core's ES module).
for (const disagreement of disagreements) log(`bench: error: the in-process analysis and the CLI disagree on ${disagreement}`);
if (disagreements.length > 0) process.exitCode = 1;

/** The language server's edit latency on `file` (its text `text`), or why it was not measured. */
async function editLatency(file, text) {
  try {
    return await measureEditLatency(SERVER, file, text, LSP_EDITS);
  } catch (error) {
    log(`bench: editor latency failed: ${error.message}`);
    return { skipped: `failed: ${error.message}` };
  }
}

/** Findings per severity of one `check --format json` run of the CLI. */
function cliFindings(file) {
  const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  try {
    for (const { diagnostics } of JSON.parse(run.stdout).files) for (const { severity } of diagnostics) counts[severity]++;
  } catch {
    return { unreadable: `exit ${run.status}: ${run.stderr.trim().split('\n').pop()}` };
  }
  return counts;
}

function sameCounts(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function summarizeInProcess(measured) {
  const medianMs = median(measured.timesMs);
  return {
    medianMs,
    minMs: Math.min(...measured.timesMs),
    timesMs: measured.timesMs,
    recordsPerSecond: measured.records / (medianMs / 1000),
    recordsParsed: measured.records,
    findings: measured.findings,
    firstFindings: measured.firstFindings,
    peakRssMb: measured.maxRssKb / 1024,
    retainedHeapMb: measured.retainedHeapMb,
  };
}

function summarizeRuns(measured) {
  return {
    medianMs: measured.medianMs,
    minMs: measured.minMs,
    peakRssMb: measured.maxRssKb === undefined ? undefined : measured.maxRssKb / 1024,
    exitCodes: measured.exitCodes,
    stderr: measured.stderr.trim().slice(0, 500) || undefined,
  };
}
