// The zone-file parser: RFC 1035 §5.1 master files with BIND's extensions, positioned and
// error-tolerant. Line shapes accepted (one logical line each, `( ... )` joining lines):
//   $ORIGIN <name>             $TTL <ttl>             $INCLUDE <file> [<origin>]
//   $GENERATE <range> <lhs> [<ttl>] [<class>] <type> <rhs>
//   <owner> [<ttl>] [<class>] <type> <rdata...>   (TTL and class in either order)
//   <blank> [<ttl>] [<class>] <type> <rdata...>   (owner inherited from the previous record)
// A problem becomes a coded finding and only that logical line is skipped. See docs/zone-format.md.
import type { Directive, ParsedFile, Span, Token, Zone, ZoneRecord } from './model';
import type { Finding, Severity } from '../rules/rule';
import { tokenize } from './lexer';
import { logicalLines, type LogicalLine } from './logical-lines';
import { nameKey } from './names';
import { OwnerIndex } from './owner-index';
import { inferZoneName } from './zone-name';
import { RecordReader, type ReaderState } from './record-reader';
import type { TextSource } from './read-record';
import { readGenerate } from './generate-records';

export type IncludeReader = (requested: string, includingFile: string) => { file: string; text: string } | { error: string };

export interface ParseOptions {
  /** Path (or URI) of the main file: used for the zone name and to resolve $INCLUDE. */
  file: string;
  /** The zone name, like named-checkzone's argument; inferred when absent. */
  origin?: string;
  /** Reads $INCLUDE files; without one, $INCLUDE is reported as not found. */
  readInclude?: IncludeReader;
}

const MAX_INCLUDE_DEPTH = 16;

/** Mutable state of one parse, shared across included files. */
export interface ParseState {
  zone: Zone;
  reader: RecordReader;
  options: ParseOptions;
  /** Checkpoints of the file being tracked, handed to its parseFile wherever it is read. */
  tracking?: LineTracking;
  report(file: string, code: string, span: Span, message: string, severity?: Severity): void;
}

export function parseZone(text: string, options: ParseOptions): Zone {
  return parseTracked(text, options);
}

/** Where a logical line starts, with the reader state and the output counts before it. */
export interface LineMark {
  start: number;
  state: ReaderState;
  records: number;
  directives: number;
  findings: number;
}

/**
 * Per-line checkpoints of one file (the main file unless `file` names an included one), so an
 * edit of it can be re-parsed from the line it touches.
 */
export interface LineTracking {
  /** The file tracked: the main file when absent. */
  file?: string;
  marks: LineMark[];
  /** Start here (a line start outside parentheses) instead of at the top of the file. */
  from?: number;
  /** The file's text, shared with its records; kept across re-parses (see read-record.ts). Made when absent. */
  source?: TextSource;
  /** Stops before the first line for which this is true (that line is not marked). */
  stopAt?: (mark: LineMark) => boolean;
  /** Set by the parse: the state and counts where the file began (after entering it) and where it ended. */
  begin?: LineMark;
  end?: LineMark;
}

/** parseZone, optionally checkpointing each line of one file (see LineTracking). */
export function parseTracked(text: string, options: ParseOptions, tracking?: LineTracking): Zone {
  const zoneName = inferZoneName(text, options.file, options.origin);
  const zone: Zone = {
    origin: zoneName.origin,
    originSource: zoneName.source,
    mainFile: options.file,
    files: [],
    records: [],
    directives: [],
    parseFindings: [],
    byOwner: new OwnerIndex(),
  };
  const state = newParseState(zone, options);
  state.tracking = tracking;
  parseFile(state, parsedFile(options.file, text), zone.origin, [options.file], trackingOf(state, options.file));
  indexByOwner(zone);
  return zone;
}

/** The tracking of `file`, when it is the file tracked. */
function trackingOf(state: ParseState, file: string): LineTracking | undefined {
  const tracking = state.tracking;
  return tracking && (tracking.file ?? state.options.file) === file ? tracking : undefined;
}

export function newParseState(zone: Zone, options: ParseOptions): ParseState {
  const report = (file: string, code: string, span: Span, message: string, severity: Severity = 'error') => {
    zone.parseFindings.push({ code, severity, message, file, start: span.start, end: span.end } satisfies Finding);
  };
  return { zone, options, report, reader: new RecordReader(report) };
}

/** Builds zone.byOwner; records that inherit the previous owner reuse its key. */
function indexByOwner(zone: Zone): void {
  let lastName: string | undefined;
  let lastKey = '';
  for (const record of zone.records) {
    if (record.owner.name !== lastName) {
      lastName = record.owner.name;
      lastKey = nameKey(lastName);
    }
    zone.byOwner.add(lastKey, record);
  }
}

export function parseFile(state: ParseState, parsed: ParsedFile, origin: string, includeStack: string[], tracking?: LineTracking): void {
  state.zone.files.push(parsed);
  const { file, text } = parsed;
  const reader = state.reader;
  const markAt = (start: number): LineMark => {
    const { zone } = state;
    return { start, state: reader.state(), records: zone.records.length, directives: zone.directives.length, findings: zone.parseFindings.length };
  };
  if (tracking?.from === undefined) reader.enterFile(file, origin);
  if (tracking) {
    tracking.source ??= { text };
    if (tracking.from === undefined) tracking.begin = markAt(0);
  }
  reader.source = tracking?.source ?? { text };
  for (const line of logicalLines(text, tracking?.from)) {
    if (tracking) {
      const mark = markAt(line.lineStart);
      if (tracking.stopAt?.(mark)) return;
      tracking.marks.push(mark);
    }
    if (line.problems.length > 0) {
      for (const problem of line.problems) state.report(file, 'zone/syntax-error', problem.span, problem.message);
      reader.skip(line);
      continue;
    }
    if (!line.startsWithBlank && !line.items[0].quoted && line.items[0].raw.startsWith('$')) {
      readDirective(state, parsed, line, includeStack);
    } else {
      const record = reader.readRecord(line);
      if (record) state.zone.records.push(record);
    }
  }
  if (tracking) tracking.end = markAt(text.length);
}

function readDirective(state: ParseState, parsed: ParsedFile, line: LogicalLine, includeStack: string[]): void {
  const { file, text } = parsed;
  const reader = state.reader;
  const [nameToken, ...args] = line.items;
  const name = nameToken.raw.toUpperCase();
  const known = name === '$ORIGIN' || name === '$TTL' || name === '$INCLUDE' || name === '$GENERATE';
  if (!known) {
    state.report(file, 'zone/syntax-error', nameToken, `Unknown directive '${nameToken.raw}' (expected $ORIGIN, $TTL, $INCLUDE or $GENERATE).`);
    return;
  }
  const directive: Directive = { file, name: name as Directive['name'], nameSpan: span(nameToken), args, start: line.start, end: line.end };
  state.zone.directives.push(directive);
  const expectArgs = (min: number, max: number): boolean => {
    if (args.length < min) {
      state.report(file, 'zone/syntax-error', line, `${name} needs ${min === max ? min : `at least ${min}`} argument${min === 1 ? '' : 's'}.`);
      return false;
    }
    if (args.length > max) {
      state.report(file, 'zone/syntax-error', { start: args[max].start, end: args[args.length - 1].end }, `Unexpected text after ${name}.`);
      return false;
    }
    return true;
  };
  switch (name) {
    case '$ORIGIN':
      if (expectArgs(1, 1)) reader.setOrigin(args[0]);
      break;
    case '$TTL':
      if (expectArgs(1, 1)) reader.setDefaultTtl(args[0]);
      break;
    case '$INCLUDE':
      if (expectArgs(1, 2)) readInclude(state, parsed, directive, includeStack);
      break;
    case '$GENERATE':
      if (expectArgs(4, 6)) {
        // BIND: the records $GENERATE makes leave the current owner as it was (a line starting
        // with a blank after it takes the owner from before the directive).
        const saved = reader.save();
        for (const record of readGenerate(state, file, text, line, args)) state.zone.records.push(record);
        reader.restore(saved, file);
      }
      break;
  }
}

function readInclude(state: ParseState, parsed: ParsedFile, directive: Directive, includeStack: string[]): void {
  const reader = state.reader;
  const [pathField, originField] = directive.args;
  const result = state.options.readInclude
    ? state.options.readInclude(pathField.value, parsed.file)
    : { error: 'no file reader is available here' };
  if ('error' in result) {
    state.report(parsed.file, 'zone/include-not-found', pathField, `Cannot include '${pathField.value}': ${result.error}.`);
    return;
  }
  if (includeStack.includes(result.file)) {
    state.report(parsed.file, 'zone/include-cycle', pathField, `'${pathField.value}' is already being included (${[...includeStack, result.file].join(' -> ')}).`);
    return;
  }
  if (includeStack.length >= MAX_INCLUDE_DEPTH) {
    state.report(parsed.file, 'zone/include-cycle', pathField, `$INCLUDE nested more than ${MAX_INCLUDE_DEPTH} deep.`);
    return;
  }
  const saved = reader.save();
  const origin = originField ? reader.resolveOriginArgument(originField) : saved.origin;
  if (origin === undefined) return;
  directive.included = result.file;
  parseFile(state, parsedFile(result.file, result.text), origin, [...includeStack, result.file], trackingOf(state, result.file));
  // RFC 1035 §5.1: the origin (and BIND: the current owner) revert after the included file.
  reader.restore(saved, parsed.file);
}

/** A file whose tokens are made only when asked for (editor features); parsing streams them. */
export function parsedFile(file: string, text: string): ParsedFile {
  let tokens: Token[] | undefined;
  return {
    file,
    text,
    get tokens() {
      return (tokens ??= tokenize(text));
    },
  };
}

function span(token: Span): Span {
  return { start: token.start, end: token.end };
}

export type { ZoneRecord };
