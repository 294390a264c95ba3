// Finding -> Diagnostic. Findings in the main file keep their exact range; findings in an
// $INCLUDE'd file are shown at the main file's $INCLUDE directive, the message naming the file
// and line (so one document's diagnostics never leak into another URI).
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { basename } from 'node:path';
import type { Finding, Severity } from '../rules/rule';
import { docsUrl } from '../rules/docs-url';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../protocol';
import type { FileLocator } from './file-locator';
import { includeSite, type IncludeGraph } from './include-sites';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITIES[severity] ?? DiagnosticSeverity.Error;
}

export function findingToDiagnostic(finding: Finding, locator: FileLocator, zone: IncludeGraph, version: number): Diagnostic {
  const data: DiagnosticData = { fixIds: (finding.fixes ?? []).map((f) => f.id), version };
  const inMainFile = finding.file === locator.mainFile;
  let range = locator.range(finding.file, finding.start, finding.end);
  let message = finding.message;
  const related: DiagnosticRelatedInformation[] = [];

  if (!inMainFile) {
    const site = includeSite(zone, finding.file);
    range = site ? locator.range(site.file, site.start, site.end) : locator.range(locator.mainFile, 0, 0);
    const where = locator.hasFile(finding.file) ? `${basename(finding.file)}:${locator.line(finding.file, finding.start) + 1}` : basename(finding.file);
    message = `In included file ${where}: ${finding.message}`;
    if (locator.hasFile(finding.file)) {
      related.push({
        location: { uri: locator.uri(finding.file), range: locator.range(finding.file, finding.start, finding.end) },
        message: 'reported here',
      });
    }
  }
  for (const r of finding.related ?? []) {
    related.push({ location: { uri: locator.uri(r.file), range: locator.range(r.file, r.start, r.end) }, message: r.message });
  }

  const diagnostic: Diagnostic = {
    range,
    severity: toDiagnosticSeverity(finding.severity),
    code: finding.code,
    codeDescription: { href: docsUrl(finding.code) },
    source: DIAGNOSTIC_SOURCE,
    message,
    data,
  };
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

/** Same code and same range: how a code action request's diagnostic finds its finding. */
export function sameDiagnostic(a: Pick<Diagnostic, 'code' | 'range'>, b: Pick<Diagnostic, 'code' | 'range'>): boolean {
  return (
    a.code === b.code &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
