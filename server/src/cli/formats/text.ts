// Compiler-style text: one `file:line:col severity code message` line per finding on stdout
// (1-based, columns in characters), so editors' problem matchers and grep see only findings.
// The origin line of each file and the closing summary go to stderr.
import type { OriginSource } from '../../zone/model';
import { countBySeverity, type FileReport } from '../report';
import type { FormatOutput } from './index';

export function formatText(reports: readonly FileReport[]): FormatOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const report of reports) {
    const part = report.includedBy === undefined ? '' : `checked as part of ${report.includedBy}, `;
    stderr.push(`${report.file}: ${part}origin ${report.origin} (${describeOriginSource(report.originSource)})`);
    for (const d of report.diagnostics) {
      stdout.push(`${d.file}:${d.range.start.line + 1}:${d.startColumn} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  stderr.push(summarize(reports));
  return { stdout: joinLines(stdout), stderr: joinLines(stderr) };
}

export function describeOriginSource(source: OriginSource): string {
  switch (source) {
    case 'option':
      return 'from --origin';
    case '$ORIGIN':
      return 'from $ORIGIN';
    case 'file name':
      return 'from file name';
    case 'SOA owner':
      return 'from SOA owner';
    case 'none':
      return 'none found: no --origin, $ORIGIN, zone-like file name or SOA record';
  }
}

/** `2 errors, 1 warning in 1 file`; information and hints are named only when present. */
export function summarize(reports: readonly FileReport[]): string {
  const counts = countBySeverity(reports);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning')];
  if (counts.information > 0) parts.push(`${counts.information} information`);
  if (counts.hint > 0) parts.push(plural(counts.hint, 'hint'));
  return `${parts.join(', ')} in ${plural(reports.length, 'file')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function joinLines(lines: string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
