// Readable tables of a benchmark report (the same object written to bench/results.json).

const ms = (value) => (value === undefined ? '-' : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const mb = (value) => (value === undefined ? '-' : `${Math.round(value)} MB`);
const ratio = (value) => (value === undefined ? '-' : `${value.toFixed(2)}x`);
const count = (value) => (value >= 1e6 ? `${(value / 1e6).toFixed(value % 1e6 ? 2 : 0)}M` : value >= 1e3 ? `${Math.round(value / 1e3)}k` : String(value));

function table(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''].join('\n');
}

export function printTables(report) {
  const { sizes } = report;
  const out = [];
  out.push(`postmark-zone benchmark, ${report.date}${report.quick ? ' (--quick)' : ''}`);
  out.push(`${report.machine.cpu}, ${report.machine.cpus} CPUs, Node ${report.machine.node}`);
  for (const [label, version] of Object.entries(report.references)) out.push(`${label}: ${version}`);
  out.push('Times are medians over the runs shown; peak memory is the largest RSS seen.', '');

  out.push(
    table(
      'Parse + check in-process (analyze(), bundled core)',
      ['records', 'runs', 'file', 'median', 'records/s', 'peak RSS', 'model heap', 'errors', 'warnings'],
      sizes.map((s) => s.analyze.failed ? [count(s.records), s.runs, mb(s.bytes / 2 ** 20), 'failed', '-', '-', '-', '-', '-'] : [
        count(s.records),
        s.runs,
        mb(s.bytes / 2 ** 20),
        ms(s.analyze.medianMs),
        count(Math.round(s.analyze.recordsPerSecond)),
        mb(s.analyze.peakRssMb),
        mb(s.analyze.retainedHeapMb),
        s.analyze.findings.error,
        s.analyze.findings.warning,
      ]),
    ),
  );

  const reference = (s, key) => (s[key] ? [ms(s[key].medianMs), mb(s[key].peakRssMb), ratio(s[key].cliRatio), s[key].accepted ? 'ok' : 'REJECTED'] : ['-', '-', '-', '-']);
  out.push(
    table(
      'Whole process: `node dist/cli.js check --format json` vs the references (ratio = ours / theirs)',
      ['records', 'CLI', 'CLI RSS', 'exit', 'named-checkzone', 'RSS', 'ratio', 'valid', 'kzonecheck', 'RSS', 'ratio', 'valid'],
      sizes.map((s) => [count(s.records), ms(s.cli.medianMs), mb(s.cli.peakRssMb), s.cli.exitCodes.join('/'), ...reference(s, 'namedCheckzone'), ...reference(s, 'kzonecheck')]),
    ),
  );

  // One row per measured layout: the zone as one file, and (100k) split by $INCLUDE, with edits of the main or the included file.
  const lspRows = sizes.flatMap((s) => [
    ...(s.lsp ? [{ size: count(s.records), lsp: s.lsp }] : []),
    ...(s.lspInclude ? [{ size: `${count(s.records)}, $INCLUDE: main`, lsp: s.lspInclude }] : []),
    ...(s.lspIncluded ? [{ size: `${count(s.records)}, $INCLUDE: included`, lsp: s.lspIncluded }] : []),
  ]);
  if (lspRows.length) {
    out.push(
      table(
        'Editor latency: one-character didChange -> publishDiagnostics (debounce 0)',
        ['records', 'edits', 'open', 'median', 'p95', 'max', 'server analysis', 'outline', 'folding', 'note'],
        lspRows.map(({ size, lsp }) =>
          lsp.skipped
            ? [size, '-', '-', '-', '-', '-', '-', '-', '-', `skipped: ${lsp.skipped}`]
            : [size, lsp.edits, ms(lsp.openMs), ms(lsp.medianMs), ms(lsp.p95Ms), ms(lsp.maxMs), ms(lsp.serverAnalysisMedianMs), ms(lsp.outlineMs), ms(lsp.foldingMs), ''],
        ),
      ),
    );
  }

  out.push('Targets');
  if (report.targets.length === 0) out.push('  (none measured)');
  for (const t of report.targets) {
    const detail = t.ratio !== undefined ? `ours/named-checkzone = ${ratio(t.ratio)}` : `p95 = ${ms(t.p95Ms)}`;
    out.push(`  ${t.met ? 'MET    ' : 'NOT MET'}  ${t.target} (${detail})`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
