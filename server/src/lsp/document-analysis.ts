// One analysis of one document version: the zone, its findings and their diagnostics, kept
// together so code actions, symbols and hovers all answer from the same snapshot.
import type { Diagnostic } from 'vscode-languageserver';
import { analyze, type Analysis } from '../analyze';
import type { IncludeReader } from '../zone/parser';
import { ensureAbsolute } from '../zone/names';
import type { ZoneSettings } from '../protocol';
import { documentFile } from './document-file';
import { FileLocator } from './file-locator';
import { findingToDiagnostic } from './diagnostics';
import { loadAnalysisConfig } from '../config/analysis-config';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** The text that was analysed (offsets point into it). */
  text: string;
  analysis: Analysis;
  locator: FileLocator;
  /** diagnostics[i] is analysis.findings[i] converted. */
  diagnostics: Diagnostic[];
  durationMs: number;
}

export interface DocumentSnapshot {
  uri: string;
  version: number;
  text: string;
}

export function analyzeDocument(document: DocumentSnapshot, settings: ZoneSettings, readInclude: IncludeReader | undefined): DocumentAnalysis {
  const started = performance.now();
  const { file, onDisk } = documentFile(document.uri);
  const origin = settings.origin.trim();
  // postmark-zone.json is looked up only for files on disk; settings give the defaults.
  const config = onDisk ? loadAnalysisConfig(file, settings) : { context: {}, severities: settings.severities };
  const analysis = analyze(document.text, {
    file,
    origin: origin === '' ? undefined : ensureAbsolute(origin),
    readInclude: onDisk ? readInclude : undefined,
    context: config.context,
    severities: config.severities,
  });
  // The main file's text is the document's, whatever the parser kept.
  const files = [{ file, text: document.text }, ...analysis.zone.files.filter((f) => f.file !== file)];
  const locator = new FileLocator(file, document.uri, files);
  const diagnostics = analysis.findings.map((f) => findingToDiagnostic(f, locator, analysis.zone, document.version));
  return { uri: document.uri, version: document.version, text: document.text, analysis, locator, diagnostics, durationMs: performance.now() - started };
}
