// One analysis of one document version: the zone, its findings and their diagnostics, kept
// together so code actions, symbols and hovers all answer from the same snapshot.
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeTracked, reanalyze, type TrackedAnalysis } from '../incremental-analysis';
import type { TextChange } from '../zone/incremental-parse';
import type { IncludeReader } from '../zone/parser';
import { ensureAbsolute } from '../zone/names';
import type { ZoneSettings } from '../protocol';
import { documentFile } from './document-file';
import { FileLocator, type MainFileLines } from './file-locator';
import { findingToDiagnostic } from './diagnostics';
import { shownFindings } from './problem-limit';
import { loadAnalysisConfig } from '../config/analysis-config';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** The text that was analysed (offsets point into it). */
  text: string;
  analysis: TrackedAnalysis;
  locator: FileLocator;
  /** diagnostics[i] is analysis.findings[i] converted; undefined when held back (postmarkZone.maxProblems). */
  diagnostics: Array<Diagnostic | undefined>;
  /** The diagnostics to publish, in file order. */
  published: Diagnostic[];
  durationMs: number;
}

export interface DocumentSnapshot {
  uri: string;
  version: number;
  text: string;
  /** The editor's own line index of `text` (kept up to date as edits arrive), when there is one. */
  lines?: MainFileLines;
}

/** The analysis of the text before the last edits, and where they changed it: the next analysis re-reads only that. */
export interface AnalysisBase {
  previous: TrackedAnalysis;
  change: TextChange;
}

export function analyzeDocument(document: DocumentSnapshot, settings: ZoneSettings, readInclude: IncludeReader | undefined, base?: AnalysisBase): DocumentAnalysis {
  const started = performance.now();
  const { file, onDisk } = documentFile(document.uri);
  const origin = settings.origin.trim();
  // postmark-zone.json is looked up only for files on disk; settings give the defaults.
  const config = onDisk ? loadAnalysisConfig(file, settings) : { context: {}, severities: settings.severities };
  const options = {
    file,
    origin: origin === '' ? undefined : ensureAbsolute(origin),
    readInclude: onDisk ? readInclude : undefined,
    context: config.context,
    severities: config.severities,
  };
  const analysis = base ? reanalyze(base.previous, document.text, base.change, options) : analyzeTracked(document.text, options);
  // The main file's text is the document's, whatever the parser kept.
  const files = [{ file, text: document.text }, ...analysis.zone.files.filter((f) => f.file !== file)];
  const locator = new FileLocator(file, document.uri, files, document.lines);
  const shown = shownFindings(analysis.findings, settings.maxProblems);
  const diagnostics = analysis.findings.map((f, i) => (shown[i] ? findingToDiagnostic(f, locator, analysis.zone, document.version) : undefined));
  const published = diagnostics.filter((d): d is Diagnostic => d !== undefined);
  return { uri: document.uri, version: document.version, text: document.text, analysis, locator, diagnostics, published, durationMs: performance.now() - started };
}
