// Live DNS results as diagnostics on the zone lines they check (source "postmark-zone (live DNS)"):
// records not served as the file says, SPF trees over a limit, unauthorised DMARC destinations.
// Pure conversion; the view owns the collection and clears it on the next run or an edit.
import * as vscode from 'vscode';
import type { LiveDnsLocation, VerifyLiveDnsResult } from '../../../server/src/protocol';
import type { RecordResult, RecordStatus } from '../../../server/src/live/report-types';

export const LIVE_DNS_SOURCE = 'postmark-zone (live DNS)';

const ERRORS: ReadonlySet<RecordStatus> = new Set(['mismatch', 'missing-nxdomain', 'missing-nodata', 'cname-instead', 'inconsistent', 'servfail', 'refused']);
const WARNINGS: ReadonlySet<RecordStatus> = new Set(['timeout', 'error']);

/** Diagnostics by document URI (as a string). */
export function liveDiagnostics(result: VerifyLiveDnsResult): Map<string, vscode.Diagnostic[]> {
  const byUri = new Map<string, vscode.Diagnostic[]>();
  const add = (location: LiveDnsLocation, diagnostic: vscode.Diagnostic) => {
    diagnostic.source = LIVE_DNS_SOURCE;
    byUri.set(location.uri, [...(byUri.get(location.uri) ?? []), diagnostic]);
  };
  const report = result.report;
  if (!report) return byUri;
  report.records.forEach((record, i) => {
    const severity = ERRORS.has(record.status) ? vscode.DiagnosticSeverity.Error : WARNINGS.has(record.status) ? vscode.DiagnosticSeverity.Warning : undefined;
    if (severity === undefined) return;
    for (const location of result.recordLocations[i] ?? []) {
      const diagnostic = new vscode.Diagnostic(toRange(location), recordMessage(record), severity);
      diagnostic.code = record.status;
      add(location, diagnostic);
    }
  });
  for (const tree of report.spf) {
    const location = locationOf(result, tree.location);
    if (tree.overLimit && location) add(location, withCode(new vscode.Diagnostic(toRange(location), `Live DNS: ${tree.message}`, vscode.DiagnosticSeverity.Error), 'spf-over-limit'));
  }
  for (const check of report.dmarcExternal) {
    const location = locationOf(result, check.location);
    if (check.status === 'missing' && location) add(location, withCode(new vscode.Diagnostic(toRange(location), `Live DNS: ${check.detail}`, vscode.DiagnosticSeverity.Warning), 'dmarc-destination'));
  }
  return byUri;
}

function recordMessage(record: RecordResult): string {
  const failing = record.checks.filter((c) => c.status !== 'match');
  const lines = [`Live DNS: ${record.record.name} ${record.record.type} is ${record.status}${record.detail ? `: ${record.detail}` : ''}`];
  for (const check of failing) {
    lines.push(`${check.server}: ${check.status}${check.detail ? ` (${check.detail})` : ''}`);
    if (check.status === 'mismatch' || check.status === 'cname-instead') {
      lines.push(`  expected: ${check.expected.join(' | ')}`, `  actual:   ${check.actual.join(' | ') || '(nothing)'}`);
    }
  }
  return lines.join('\n');
}

/** The LSP location the server computed for a zone location (records share their spans). */
function locationOf(result: VerifyLiveDnsResult, location: { file: string; start: number; end: number } | undefined): LiveDnsLocation | undefined {
  if (!location || !result.report) return undefined;
  for (const [i, record] of result.report.records.entries()) {
    const j = record.record.locations.findIndex((l) => l.file === location.file && l.start === location.start);
    if (j >= 0) return result.recordLocations[i][j];
  }
  return undefined;
}

function withCode(diagnostic: vscode.Diagnostic, code: string): vscode.Diagnostic {
  diagnostic.code = code;
  return diagnostic;
}

export function toRange(location: LiveDnsLocation): vscode.Range {
  const { start, end } = location.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
