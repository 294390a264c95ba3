// Re-parsing after an edit without reading the whole file again (what keeps the editor fast on
// a zone of 100k records). A full parse checkpoints every logical line: where it starts, the
// reader state it inherits (origin, owner, TTL defaults) and how many records, directives and
// findings came before it. After an edit, parsing restarts at the last line that starts at or
// before the edit and stops at the first line after the edit that starts where an old line
// started (shifted by the edit's length change) under the same reader state: from there on the
// text and the state are the same, so the old records are kept, their offsets moved.
//
// Records are shifted in place, and the file's TextSource (which records that keep no fields
// read them from) gets the new text, so the previous parse must not be used afterwards.
// The file followed is the main file or an included one (open in the editor on its own and
// checked as part of its zone). In a zone with $INCLUDE the other files' records stay as they
// are (their offsets are in their own files) when every other file reads as before; an edit of
// lines that hold an $INCLUDE, a file changed on disk or read twice, or an edit of an included
// file that changes the TTL defaults it leaves behind make it a full parse.
import type { Directive, Field, Span, Zone, ZoneRecord } from './model';
import { rdataNames } from './rdata-names';
import { ReadRecord, type TextSource } from './read-record';
import { replaceRange } from './replace-range';
import type { OwnerIndex } from './owner-index';
import { inferZoneName } from './zone-name';
import { nameKey } from './names';
import { readOrder, type ReadOrder } from './read-order';
import { newParseState, parseFile, parsedFile, parseTracked, type LineMark, type LineTracking, type ParseOptions } from './parser';
import { sameReaderState, type ReaderState } from './record-reader';

export interface TrackedParse {
  zone: Zone;
  /** The file whose edits can be re-parsed: the main file, or an included one. */
  file: string;
  /** One per logical line of that file, in file order. */
  marks: LineMark[];
  /** The reader's state and the counts where that file began and where it ended. */
  begin: LineMark;
  end: LineMark;
  options: ParseOptions;
  /** That file's text as its records read it: updated in place by each re-parse. */
  source: TextSource;
}

/** One replaced range: [start, oldEnd) of the old text is [start, newEnd) of the new one. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

export interface Reparse {
  parse: TrackedParse;
  /** Records of the old zone that are gone, and the records read in their place. */
  removed: ZoneRecord[];
  added: ZoneRecord[];
}

/** The zone of the main file `text`, with checkpoints of its lines. */
export function trackedParse(text: string, options: ParseOptions): TrackedParse {
  return trackedParseOf(text, options, options.file)!; // the main file is always read
}

/**
 * The zone of the main file `text`, with checkpoints of the lines of `file`, which it $INCLUDEs
 * (an included file open in the editor); undefined when that file was not read.
 */
export function trackedParseOf(text: string, options: ParseOptions, file: string): TrackedParse | undefined {
  const tracking: LineTracking = { file, marks: [] };
  const zone = parseTracked(text, options, tracking);
  const { marks, begin, end, source } = tracking;
  return begin && end && source ? { zone, file, marks, begin, end, options, source } : undefined;
}

/**
 * The parse after `change` to the tracked file, whose text is now `text`; undefined when only a
 * full parse will do. When the tracked file is an included one, the caller has made sure the main
 * file's text is the same as before.
 */
export function reparse(previous: TrackedParse, text: string, change: TextChange): Reparse | undefined {
  const old = previous.zone;
  const { options, marks, file } = previous;
  const inMain = file === options.file;
  if (!includesReadAsBefore(old, options, file)) return undefined;
  if (inMain) {
    const zoneName = inferZoneName(text, options.file, options.origin);
    if (zoneName.origin !== old.origin || zoneName.source !== old.originSource) return undefined;
  }

  const delta = change.newEnd - change.oldEnd;
  const r = lastMarkAtOrBefore(marks, change.start);
  // Copied: when the edit inserts whole lines at a line start, marks[r] is also the mark parsing resumes at, which moves.
  const restart: LineMark = r >= 0 ? { ...marks[r] } : { ...previous.begin };
  // The re-read lines' output goes to fresh arrays; it replaces the old lines' output in place
  // below, so a keystroke in a big zone copies no 100k-element arrays.
  const zone: Zone = { ...old, files: [], records: [], directives: [], parseFindings: [] };
  const state = newParseState(zone, options);
  state.reader.setState(restart.state);
  const newMarks: LineMark[] = [];
  let resume = -1;
  const stopAt = (mark: LineMark): boolean => {
    if (mark.start < change.newEnd) return false;
    const j = markStartingAt(marks, mark.start - delta);
    // The whole state must match, owner included: a line that fails to read keeps the inherited owner.
    if (j < 0 || !sameReaderState(mark.state, marks[j].state)) return false;
    resume = j;
    return true;
  };
  // Records read the new text from here on; the old parse is not used again if this fails.
  const source = previous.source;
  source.text = text;
  const tracking: LineTracking = { file, marks: newMarks, from: restart.start, stopAt, source };
  parseFile(state, parsedFile(file, text), restart.state.origin, includeStackOf(old, file), tracking);
  if (zone.directives.some((d) => d.name === '$INCLUDE')) return undefined;
  // Read to the end of an included file: what follows its $INCLUDE line reads the same only if
  // the TTL defaults it leaves behind are the same (the origin and the owner revert).
  if (resume < 0 && !inMain && !sameTtlDefaults(tracking.end!.state, previous.end.state)) return undefined;

  // Copied: marks[resume] and the end are moved below.
  const tail = resume >= 0 ? { ...marks[resume] } : { ...previous.end };
  for (let i = restart.directives; i < tail.directives; i++) if (old.directives[i].name === '$INCLUDE') return undefined;
  const removed = old.records.slice(restart.records, tail.records);
  const added = zone.records;
  const moved = {
    records: restart.records + added.length - tail.records,
    directives: restart.directives + zone.directives.length - tail.directives,
    findings: restart.findings + zone.parseFindings.length - tail.findings,
  };

  // From here on the old parse is consumed: its records, marks and owner index move over.
  // Only what the edited file holds moves: the other files' offsets are in their own texts.
  const shifter = new SpanShifter(delta);
  if (delta !== 0) {
    for (let i = tail.records; i < old.records.length; i++) if (old.records[i].file === file) shifter.record(old.records[i]);
    for (let i = tail.directives; i < old.directives.length; i++) if (old.directives[i].file === file) shifter.directive(old.directives[i]);
    for (let i = tail.findings; i < old.parseFindings.length; i++) if (old.parseFindings[i].file === file) shifter.span(old.parseFindings[i]);
  }
  // Written out, not a call per mark: most of a big file's marks move at every keystroke.
  for (let i = Math.max(resume, 0); resume >= 0 && i < marks.length; i++) {
    const mark = marks[i];
    mark.start += delta;
    mark.records += moved.records;
    mark.directives += moved.directives;
    mark.findings += moved.findings;
  }
  const end = resume >= 0 ? moveMark({ ...previous.end }, delta, moved) : moveMark(tracking.end!, 0, restart);
  for (const mark of newMarks) moveMark(mark, 0, restart);
  const firstMark = Math.max(r, 0);
  zone.records = replaceRange(old.records, restart.records, tail.records, added);
  zone.directives = replaceRange(old.directives, restart.directives, tail.directives, zone.directives);
  zone.parseFindings = replaceRange(old.parseFindings, restart.findings, tail.findings, zone.parseFindings);
  const newMarkList = replaceRange(marks, firstMark, resume >= 0 ? resume : marks.length, newMarks);
  const reread = zone.files[0];
  zone.files = old.files.map((parsed) => (parsed.file === file ? reread : parsed));
  // The new zone's order (its $INCLUDE lines moved); it has one: includesReadAsBefore saw each file read once.
  updateOwnerIndex(zone.byOwner, removed, added, readOrder(zone)!);
  old.edit = undefined; // one step back is enough, and a chain would keep every version alive
  zone.edit = { previous: old, file, from: restart.start, removed: new Set(removed), added };
  return { parse: { zone, file, marks: newMarkList, begin: previous.begin, end, options, source }, removed, added };
}

/** Adds `by`'s counts to the mark's and moves its start by `delta`. */
function moveMark(mark: LineMark, delta: number, by: Pick<LineMark, 'records' | 'directives' | 'findings'>): LineMark {
  mark.start += delta;
  mark.records += by.records;
  mark.directives += by.directives;
  mark.findings += by.findings;
  return mark;
}

/** The TTL defaults a file leaves to the lines after its $INCLUDE line. */
function sameTtlDefaults(a: ReaderState, b: ReaderState): boolean {
  return a.defaultTtl === b.defaultTtl && a.soaDefaultTtl === b.soaDefaultTtl && a.lastExplicitTtl === b.lastExplicitTtl;
}

/** The files being read when `file` is (the main file down to it), for the cycle check of $INCLUDE lines in it. */
function includeStackOf(zone: Zone, file: string): string[] {
  const stack = [file];
  for (let current = file; current !== zone.mainFile; ) {
    const including = zone.directives.find((d) => d.name === '$INCLUDE' && d.included === current);
    if (!including) break;
    stack.unshift((current = including.file));
  }
  return stack;
}

/** Index of the last mark starting at or before `offset`; -1 when none does. */
function lastMarkAtOrBefore(marks: LineMark[], offset: number): number {
  let low = 0;
  let high = marks.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (marks[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function markStartingAt(marks: LineMark[], offset: number): number {
  const index = lastMarkAtOrBefore(marks, offset);
  return index >= 0 && marks[index].start === offset ? index : -1;
}

/** Removes the records that went and inserts the new ones in reading order. */
function updateOwnerIndex(byOwner: OwnerIndex, removed: ZoneRecord[], added: ZoneRecord[], compare: ReadOrder): void {
  for (const record of removed) byOwner.remove(nameKey(record.owner.name), record);
  for (const record of added) byOwner.insertInOrder(nameKey(record.owner.name), record, compare);
}

/**
 * True when every file the zone's $INCLUDE lines read (except `edited`, whose new text the caller
 * has) reads the same again (its name and text), each file is read once, and no $INCLUDE failed
 * (a file that appeared since would change the zone): then an edit elsewhere leaves the records
 * of those files as they are.
 */
function includesReadAsBefore(zone: Zone, options: ParseOptions, edited: string): boolean {
  const includes = zone.directives.filter((directive) => directive.name === '$INCLUDE');
  if (includes.length === 0) return true;
  if (options.readInclude === undefined || readOrder(zone) === undefined) return false;
  const texts = new Map(zone.files.map((file) => [file.file, file.text]));
  for (const directive of includes) {
    if (directive.included === undefined) return false;
    if (directive.included === edited) continue;
    const again = options.readInclude(directive.args[0].value, directive.file);
    if ('error' in again || again.file !== directive.included || again.text !== texts.get(again.file)) return false;
  }
  return true;
}

const NO_FIELDS: Field[] = [];

/**
 * Moves every span a record or directive holds by `delta`, each object once. A written record's
 * spans are distinct objects (a TXT's strings are its fields), so it takes the fast path; the
 * records of a $GENERATE share the directive's fields, so those are tracked across the shift.
 */
class SpanShifter {
  private readonly shared = new Set<Span>();

  constructor(private readonly delta: number) {}

  span<T extends Span>(span: T): T {
    span.start += this.delta;
    span.end += this.delta;
    return span;
  }

  /** Written out field by field: each property access sees one object shape, which keeps 50k records at a few ms. */
  record(record: ZoneRecord): ZoneRecord {
    if (record.generatedBy) return this.sharedRecord(record);
    const d = this.delta;
    this.ownOffsets(record);
    const owner = record.owner;
    owner.start += d;
    owner.end += d;
    const fields = record instanceof ReadRecord ? record.storedFields ?? NO_FIELDS : record.fields;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      field.start += d;
      field.end += d;
    }
    // storedRdata: an address the record reads again from the text has nothing to move, and
    // reading it would make a string per record and edit.
    const rdata = record instanceof ReadRecord ? record.storedRdata : record.rdata;
    if (rdata === undefined) return record;
    switch (rdata.type) {
      case 'A':
      case 'AAAA':
      case 'TXT':
        break; // no spans beyond the fields
      case 'CNAME':
      case 'NS':
        rdata.target.start += d;
        rdata.target.end += d;
        break;
      case 'MX':
        rdata.exchange.start += d;
        rdata.exchange.end += d;
        break;
      default:
        for (const name of rdataNames(record)) this.span(name);
    }
    return record;
  }

  directive(directive: Directive): Directive {
    this.span(directive);
    this.once(directive.nameSpan);
    for (const field of directive.args) this.once(field);
    return directive;
  }

  private sharedRecord(record: ZoneRecord): ZoneRecord {
    this.ownOffsets(record);
    const fields = record instanceof ReadRecord ? record.storedFields ?? NO_FIELDS : record.fields;
    for (const span of [record.owner, record.generatedBy, ...fields, ...rdataNames(record)]) this.once(span);
    return record;
  }

  /** The record's own offsets: its span and, on a ReadRecord, the TTL, class and type it keeps as numbers. */
  private ownOffsets(record: ZoneRecord): void {
    if (record instanceof ReadRecord) {
      record.shiftOwnOffsets(this.delta);
      return;
    }
    this.span(record);
    for (const span of [record.ttlSpan, record.classSpan, record.typeSpan]) if (span) this.span(span);
  }

  private once(span: Span | undefined): void {
    if (!span || this.shared.has(span)) return;
    this.shared.add(span);
    this.span(span);
  }
}
