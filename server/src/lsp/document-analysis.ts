// One analysis of one document version: the zone, its findings and their diagnostics, kept
// together so code actions, symbols and hovers all answer from the same snapshot.
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeTracked, analyzeTrackedOf, reanalyze, type TrackedAnalysis } from '../incremental-analysis';
import type { AnalyzeOptions } from '../analyze';
import type { TextChange } from '../zone/incremental-parse';
import type { IncludeReader } from '../zone/parser';
import { ensureAbsolute } from '../zone/names';
import type { ZoneSettings } from '../protocol';
import { documentFile } from './document-file';
import { FileLocator, type MainFileLines } from './file-locator';
import { findingToDiagnostic } from './diagnostics';
import type { IncludeGraph } from './include-sites';
import type { Finding } from '../rules/rule';
import { filesReadThrough, hasSoaRecord } from '../zone/include-tree';
import { shownFindings } from './problem-limit';
import { loadAnalysisConfig } from '../config/analysis-config';

export interface DocumentAnalysis {
  uri: string;
  version: number;
  /** The text that was analysed (offsets point into it). */
  text: string;
  /**
   * The zone's analysis: the document's own, or, for a file another zone file $INCLUDEs, that
   * zone's (with this document's text for this file). locator.mainFile is the document's file.
   */
  analysis: TrackedAnalysis;
  /** The zone file that $INCLUDEs this document, when it was analysed as part of that zone. */
  includedBy?: string;
  locator: FileLocator;
  /** The findings this document shows: all of them, or (includedBy) those in its file and the files it includes. */
  findings: Finding[];
  /** diagnostics[i] is findings[i] converted; undefined when held back (postmarkZone.maxProblems). */
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

/**
 * The document's previous analysis, and where the edits since changed the text (the next analysis
 * re-reads only that); no change when it must be read in full, or was not edited (a file it
 * depends on changed).
 */
export interface AnalysisBase {
  previous: TrackedAnalysis;
  change?: TextChange;
}

/** The zone file that reads a file through $INCLUDE (at the top of nested includes), with its current text. */
export type IncludingZone = (file: string) => { file: string; text: string } | undefined;

export function analyzeDocument(
  document: DocumentSnapshot,
  settings: ZoneSettings,
  readInclude: IncludeReader | undefined,
  base?: AnalysisBase,
  includingZone?: IncludingZone,
): DocumentAnalysis {
  const started = performance.now();
  const done = (result: Omit<DocumentAnalysis, 'durationMs'>): DocumentAnalysis => ({ ...result, durationMs: performance.now() - started });
  const { file, onDisk } = documentFile(document.uri);
  // A file without an SOA record may be part of a zone that $INCLUDEs it: then it is checked as that.
  const asPartOfZone = (from: AnalysisBase | undefined): Omit<DocumentAnalysis, 'durationMs'> | undefined => {
    const zone = onDisk && readInclude ? includingZone?.(file) : undefined;
    return zone && analyzeAsIncluded(document, file, zone, settings, readInclude!, from);
  };
  // Checked as part of its zone last time: so again, unless the file now has an SOA record.
  const wasPart = base !== undefined && base.previous.zone.mainFile !== file;
  const part = wasPart ? asPartOfZone(base) : undefined;
  if (part && !hasSoaRecord(part.analysis.zone, file)) return done(part);

  const options = analysisOptions(file, onDisk, settings, readInclude);
  const own = wasPart ? undefined : base?.change && { previous: base.previous, change: base.change };
  const analysis = own ? reanalyze(own.previous, document.text, own.change, options) : analyzeTracked(document.text, options);
  const partAfterAll = wasPart || hasSoaRecord(analysis.zone) ? undefined : asPartOfZone(undefined);
  if (partAfterAll) return done(partAfterAll);
  // The main file's text is the document's, whatever the parser kept.
  const files = [{ file, text: document.text }, ...analysis.zone.files.filter((f) => f.file !== file)];
  const locator = new FileLocator(file, document.uri, files, document.lines);
  return done(shown(document, analysis, locator, analysis.findings, analysis.zone, settings));
}

/** How the zone file `file` is analysed: the settings' origin, and postmark-zone.json for a file on disk. */
function analysisOptions(file: string, onDisk: boolean, settings: ZoneSettings, readInclude: IncludeReader | undefined): AnalyzeOptions {
  const origin = settings.origin.trim();
  // postmark-zone.json is looked up only for files on disk; settings give the defaults.
  const config = onDisk ? loadAnalysisConfig(file, settings) : { context: {}, severities: settings.severities };
  return {
    file,
    origin: origin === '' ? undefined : ensureAbsolute(origin),
    readInclude: onDisk ? readInclude : undefined,
    context: config.context,
    severities: config.severities,
  };
}

/**
 * The document (the file `file`) checked as part of the zone that $INCLUDEs it: that zone's text
 * with this document's text read for this file. Undefined when that zone does not read it after all.
 */
function analyzeAsIncluded(
  document: DocumentSnapshot,
  file: string,
  zone: { file: string; text: string },
  settings: ZoneSettings,
  readInclude: IncludeReader,
  base: AnalysisBase | undefined,
): Omit<DocumentAnalysis, 'durationMs'> | undefined {
  const withDocument: IncludeReader = (requested, includingFile) => {
    const read = readInclude(requested, includingFile);
    return 'file' in read && read.file === file ? { file, text: document.text } : read;
  };
  const options = analysisOptions(zone.file, true, settings, withDocument);
  const full = () => analyzeTrackedOf(zone.text, options, file);
  // The previous analysis continues when it followed this file in the same zone, whose main file reads as before.
  const previous = base?.previous;
  const change = base?.change;
  const continues = previous && change && previous.parse.file === file && previous.zone.mainFile === zone.file && previous.zone.files[0].text === zone.text;
  const analysis = continues ? reanalyze(previous, document.text, change, options, full) : full();
  if (!analysis) return undefined;
  const files = [{ file, text: document.text }, ...analysis.zone.files.filter((f) => f.file !== file)];
  const locator = new FileLocator(file, document.uri, files, document.lines);
  // This file's findings and those of the files it includes (shown at its $INCLUDE lines).
  const here = filesReadThrough(analysis.zone.directives, file);
  const findings = analysis.findings.filter((finding) => here.has(finding.file));
  const graph = { mainFile: file, directives: analysis.zone.directives };
  return { ...shown(document, analysis, locator, findings, graph, settings), includedBy: zone.file };
}

/** The diagnostics of `findings` as the document shows them (postmarkZone.maxProblems applied). */
function shown(document: DocumentSnapshot, analysis: TrackedAnalysis, locator: FileLocator, findings: Finding[], graph: IncludeGraph, settings: ZoneSettings): Omit<DocumentAnalysis, 'durationMs'> {
  const kept = shownFindings(findings, settings.maxProblems);
  const diagnostics = findings.map((f, i) => (kept[i] ? findingToDiagnostic(f, locator, graph, document.version) : undefined));
  const published = diagnostics.filter((d): d is Diagnostic => d !== undefined);
  return { uri: document.uri, version: document.version, text: document.text, analysis, locator, findings, diagnostics, published };
}
