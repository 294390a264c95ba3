// A verification report as text for people: one block per record (status, zone line, each
// server that did not match with expected and actual), the SPF tree, DMARC destinations and
// warnings. Used by the CLI's text format and the VS Code output channel alike.
import { formatSpfTree } from './spf-tree';
import type { CheckResult, RecordResult, VerifyReport, ZoneLocation } from './report-types';

/** Turns a location into `file:line` (the caller owns the texts and line indexes). */
export type Locate = (location: ZoneLocation) => string;

export function formatVerifyText(report: VerifyReport, locate: Locate): string {
  const lines: string[] = [];
  const servers = report.servers.map((s) => `${s.label} [${s.role}, ${s.source}]`);
  lines.push(`Live DNS verification of ${report.origin} (${report.mainFile})`);
  lines.push(`Servers asked: ${servers.length > 0 ? servers.join(', ') : 'none'}`);
  lines.push('');
  for (const record of report.records) lines.push(...formatRecord(record, locate), '');
  for (const tree of report.spf) {
    lines.push(`SPF ${tree.domain}${tree.location ? ` (${locate(tree.location)})` : ''}: ${tree.overLimit ? 'OVER LIMIT' : 'ok'}`);
    lines.push(`  ${tree.message}`);
    lines.push(...formatSpfTree(tree.root, '  '), '');
  }
  for (const check of report.dmarcExternal) {
    lines.push(`DMARC report destination ${check.uri}: ${check.status}`);
    lines.push(`  ${check.detail}`, '');
  }
  if (report.warnings.length > 0) {
    lines.push('Warnings:');
    for (const warning of report.warnings) lines.push(`  - ${warning}`);
    lines.push('');
  }
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(report: VerifyReport): string {
  const counts = new Map<string, number>();
  for (const record of report.records) counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
  const parts = [...counts.entries()].map(([status, count]) => `${count} ${status}`);
  const records = `${report.records.length} record${report.records.length === 1 ? '' : 's'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
  const spf = report.spf.some((t) => t.overLimit) ? ', SPF over a limit' : '';
  const cancelled = report.cancelled ? ', cancelled' : '';
  return `${records} on ${report.servers.length} server${report.servers.length === 1 ? '' : 's'}${spf}${cancelled}, ${report.checks.length} checks in ${report.elapsedMs} ms; exit ${report.exitCode}`;
}

function formatRecord(result: RecordResult, locate: Locate): string[] {
  const { record } = result;
  const where = record.locations.length > 0 ? locate(record.locations[0]) : 'from the configuration';
  const lines = [`${result.status.toUpperCase().padEnd(16)} ${record.kind} ${record.name} ${record.type}  (${where})`];
  if (result.detail) lines.push(`    ${result.detail}`);
  const matching = result.checks.filter((c) => c.status === 'match');
  if (matching.length > 0) lines.push(`    match on ${matching.map((c) => c.server).join(', ')}`);
  for (const check of result.checks.filter((c) => c.status !== 'match')) lines.push(...formatCheck(check));
  return lines;
}

function formatCheck(check: CheckResult): string[] {
  const lines = [`    ${check.server}: ${check.status}${check.viaTcp ? ' (over TCP)' : ''}`];
  if (check.detail) lines.push(`      ${check.detail}`);
  if (check.status === 'mismatch' || check.status === 'cname-instead' || check.status.startsWith('missing')) {
    lines.push(...valueLines('expected', check.expected), ...valueLines('actual', check.actual));
  }
  return lines;
}

function valueLines(label: string, values: string[]): string[] {
  if (values.length === 0) return [`      ${label}: (nothing)`];
  return values.map((value, i) => `      ${(i === 0 ? `${label}:` : '').padEnd(10)}${JSON.stringify(value)}`);
}
