// What the CLI reports for each checked file, with offsets already turned into positions: the
// one shape the text, JSON and SARIF printers read. Paths are shown relative to the working
// directory when they lie under it (included files arrive from the reader as absolute paths).
import { isAbsolute, relative, sep } from 'node:path';
import { LineIndex, type Position } from '../positions';
import type { Finding, Severity } from '../rules/rule';
import type { OriginSource, Zone } from '../zone/model';

export interface CliDiagnostic {
  /** Display path of the file the finding is in (the zone file or an included one). */
  file: string;
  code: string;
  severity: Severity;
  message: string;
  /** 0-based line and UTF-16 character, LSP style. */
  range: { start: Position; end: Position };
  /** 1-based columns counted in characters (code points), for compiler-style text. */
  startColumn: number;
  endColumn: number;
}

export interface FileReport {
  /** The zone file as named on the command line. */
  file: string;
  origin: string;
  originSource: OriginSource;
  diagnostics: CliDiagnostic[];
  /** Display path of the zone file that $INCLUDEs this one, when it was checked as part of that zone. */
  includedBy?: string;
}

/** `path`: the name `file` has in the zone's findings, when not that (a file checked as part of the zone that includes it). */
export function buildFileReport(file: string, zone: Zone, findings: readonly Finding[], cwd: string, path = file): FileReport {
  const indexes = new Map<string, { text: string; index: LineIndex }>();
  const lookup = (name: string) => {
    let entry = indexes.get(name);
    if (!entry) {
      const text = zone.files.find((f) => f.file === name)?.text ?? '';
      entry = { text, index: new LineIndex(text) };
      indexes.set(name, entry);
    }
    return entry;
  };
  const diagnostics = findings.map((finding): CliDiagnostic => {
    const { text, index } = lookup(finding.file);
    const start = index.positionAt(finding.start);
    const end = index.positionAt(finding.end);
    return {
      file: finding.file === path ? file : displayPath(finding.file, cwd),
      code: finding.code,
      severity: finding.severity,
      message: finding.message,
      range: { start, end },
      startColumn: codePointColumn(text, index, start),
      endColumn: codePointColumn(text, index, end),
    };
  });
  return { file, origin: zone.origin, originSource: zone.originSource, diagnostics };
}

/** Relative to cwd when the file is under it; otherwise as given. */
export function displayPath(file: string, cwd: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(cwd, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return file;
  return rel;
}

function codePointColumn(text: string, index: LineIndex, position: Position): number {
  const lineStart = index.offsetAt({ line: position.line, character: 0 });
  let column = 1;
  for (let i = lineStart; i < lineStart + position.character; i++) {
    // The second half of a surrogate pair belongs to the character before it.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > lineStart && isHighSurrogate(text.charCodeAt(i - 1)))) column++;
  }
  return column;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

export function countBySeverity(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const report of reports) for (const d of report.diagnostics) counts[d.severity]++;
  return counts;
}
