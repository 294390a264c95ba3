// JSON output of `verify`: every check (record, server, status, expected, actual, zone location
// with 1-based line and column), each record's overall status, the SPF trees, DMARC report
// destinations, warnings and the exit code. Offsets become lines here, at the edge.
import { LineIndex } from '../../positions';
import type { Zone } from '../../zone/model';
import type { VerifyReport, ZoneLocation } from '../../live/report-types';
import type { CliDiagnostic } from '../report';
import { displayPath } from '../report';

export interface JsonLocation {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Offsets into the file text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

export type LocateJson = (location: ZoneLocation) => JsonLocation;

export function createLocate(zone: Zone, mainFile: string, cwd: string): LocateJson {
  const indexes = new Map<string, LineIndex>();
  return (location) => {
    let index = indexes.get(location.file);
    if (!index) {
      index = new LineIndex(zone.files.find((f) => f.file === location.file)?.text ?? '');
      indexes.set(location.file, index);
    }
    const position = index.positionAt(location.start);
    const file = location.file === mainFile ? mainFile : displayPath(location.file, cwd);
    return { file, line: position.line + 1, column: position.character + 1, start: location.start, end: location.end };
  };
}

export function formatVerifyJson(report: VerifyReport, file: string, locate: LocateJson): string {
  const at = (location: ZoneLocation | undefined) => (location ? locate(location) : null);
  const output = {
    file,
    origin: report.origin,
    exitCode: report.exitCode,
    cancelled: report.cancelled,
    elapsedMs: report.elapsedMs,
    servers: report.servers.map((s) => ({ label: s.label, host: s.host, port: s.port, role: s.role, source: s.source, nsName: s.nsName ?? null })),
    records: report.records.map((r) => ({
      id: r.record.id,
      kind: r.record.kind,
      name: r.record.name,
      type: r.record.type,
      source: r.record.source,
      status: r.status,
      detail: r.detail ?? null,
      expected: r.record.display,
      locations: r.record.locations.map(locate),
    })),
    checks: report.checks.map((c) => ({
      record: c.record,
      kind: c.kind,
      name: c.name,
      type: c.type,
      server: c.server,
      serverRole: c.serverRole,
      status: c.status,
      expected: c.expected,
      actual: c.actual,
      detail: c.detail ?? null,
      location: at(c.location),
      rcode: c.rcode ?? null,
      aa: c.aa ?? null,
      viaTcp: c.viaTcp ?? null,
      elapsedMs: c.elapsedMs,
    })),
    spf: report.spf.map((t) => ({ ...t, location: at(t.location) })),
    dmarcExternal: report.dmarcExternal.map((d) => ({ ...d, location: at(d.location) })),
    warnings: report.warnings,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

/** A zone that cannot be verified: its blocking diagnostics, with exit code 2. */
export function formatRefusedJson(file: string, origin: string, diagnostics: readonly CliDiagnostic[], reason: string): string {
  const output = {
    file,
    origin,
    exitCode: 2,
    refused: reason,
    diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, file: d.file, line: d.range.start.line + 1, column: d.startColumn })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
