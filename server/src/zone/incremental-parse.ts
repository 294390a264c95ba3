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
// In a zone with $INCLUDE the included files' records stay as they are (their offsets are in
// their own files) when every included file reads as before; an edit of lines that hold an
// $INCLUDE, an included file changed on disk or one read twice make it a full parse.
import type { Directive, Field, Span, Zone, ZoneRecord } from './model';
import { rdataNames } from './rdata-names';
import { ReadRecord, type TextSource } from './read-record';
import { replaceRange } from './replace-range';
import type { OwnerIndex } from './owner-index';
import { inferZoneName } from './zone-name';
import { nameKey } from './names';
import { readOrder } from './read-order';
import { newParseState, parseFile, parsedFile, parseTracked, type LineMark, type ParseOptions } from './parser';
import { sameReaderState } from './record-reader';

export interface TrackedParse {
  zone: Zone;
  /** One per logical line of the main file, in file order. */
  marks: LineMark[];
  options: ParseOptions;
  /** The main file's text as its records read it: updated in place by each re-parse. */
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

export function trackedParse(text: string, options: ParseOptions): TrackedParse {
  const marks: LineMark[] = [];
  const source = { text };
  const zone = parseTracked(text, options, { marks, source });
  return { zone, marks, options, source };
}

/** The parse of `text` (the old text with `change` applied), or undefined when only a full parse will do. */
export function reparse(previous: TrackedParse, text: string, change: TextChange): Reparse | undefined {
  const old = previous.zone;
  const { options, marks } = previous;
  if (!includesReadAsBefore(old, options)) return undefined;
  const zoneName = inferZoneName(text, options.file, options.origin);
  if (zoneName.origin !== old.origin || zoneName.source !== old.originSource) return undefined;

  const delta = change.newEnd - change.oldEnd;
  const r = lastMarkAtOrBefore(marks, change.start);
  // Copied: when the edit inserts whole lines at a line start, marks[r] is also the mark parsing resumes at, which moves.
  const restart: LineMark = r >= 0 ? { ...marks[r] } : { start: 0, state: { file: options.file, origin: old.origin }, records: 0, directives: 0, findings: 0 };
  // The re-read lines' output goes to fresh arrays; it replaces the old lines' output in place
  // below, so a keystroke in a big zone copies no 100k-element arrays.
  const zone: Zone = { ...old, files: [], records: [], directives: [], parseFindings: [] };
  const includedFiles = old.files.slice(1);
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
  parseFile(state, parsedFile(options.file, text), zone.origin, [options.file], { marks: newMarks, from: restart.start, stopAt, source });
  if (zone.directives.some((d) => d.name === '$INCLUDE')) return undefined;

  // Copied: marks[resume] itself is moved below.
  const tail = resume >= 0 ? { ...marks[resume] } : { records: old.records.length, directives: old.directives.length, findings: old.parseFindings.length };
  for (let i = restart.directives; i < tail.directives; i++) if (old.directives[i].name === '$INCLUDE') return undefined;
  const removed = old.records.slice(restart.records, tail.records);
  const added = zone.records;
  const moved = {
    records: restart.records + added.length - tail.records,
    directives: restart.directives + zone.directives.length - tail.directives,
    findings: restart.findings + zone.parseFindings.length - tail.findings,
  };

  // From here on the old parse is consumed: its records, marks and owner index move over.
  // What included files hold keeps its offsets: they are in those files' texts.
  const shifter = new SpanShifter(delta);
  const main = options.file;
  if (delta !== 0) {
    for (let i = tail.records; i < old.records.length; i++) if (old.records[i].file === main) shifter.record(old.records[i]);
    for (let i = tail.directives; i < old.directives.length; i++) if (old.directives[i].file === main) shifter.directive(old.directives[i]);
    for (let i = tail.findings; i < old.parseFindings.length; i++) if (old.parseFindings[i].file === main) shifter.span(old.parseFindings[i]);
  }
  for (let i = Math.max(resume, 0); resume >= 0 && i < marks.length; i++) {
    const mark = marks[i];
    mark.start += delta;
    mark.records += moved.records;
    mark.directives += moved.directives;
    mark.findings += moved.findings;
  }
  for (const mark of newMarks) {
    mark.records += restart.records;
    mark.directives += restart.directives;
    mark.findings += restart.findings;
  }
  const firstMark = Math.max(r, 0);
  zone.records = replaceRange(old.records, restart.records, tail.records, added);
  zone.directives = replaceRange(old.directives, restart.directives, tail.directives, zone.directives);
  zone.parseFindings = replaceRange(old.parseFindings, restart.findings, tail.findings, zone.parseFindings);
  const newMarkList = replaceRange(marks, firstMark, resume >= 0 ? resume : marks.length, newMarks);
  zone.files.push(...includedFiles);
  // The new zone's order (its $INCLUDE lines moved); it has one: includesReadAsBefore saw each file read once.
  updateOwnerIndex(zone.byOwner, removed, added, readOrder(zone)!.compare);
  old.edit = undefined; // one step back is enough, and a chain would keep every version alive
  zone.edit = { previous: old, from: restart.start, removed: new Set(removed), added };
  return { parse: { zone, marks: newMarkList, options, source }, removed, added };
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
function updateOwnerIndex(byOwner: OwnerIndex, removed: ZoneRecord[], added: ZoneRecord[], compare: (a: ZoneRecord, b: ZoneRecord) => number): void {
  for (const record of removed) byOwner.remove(nameKey(record.owner.name), record);
  for (const record of added) byOwner.insertInOrder(nameKey(record.owner.name), record, compare);
}

/**
 * True when every file the zone's $INCLUDE lines read reads the same again (its name and text),
 * each file is read once, and no $INCLUDE failed (a file that appeared since would change the
 * zone): then an edit of the main file elsewhere leaves the included records as they are.
 */
function includesReadAsBefore(zone: Zone, options: ParseOptions): boolean {
  const includes = zone.directives.filter((directive) => directive.name === '$INCLUDE');
  if (includes.length === 0) return true;
  if (options.readInclude === undefined || readOrder(zone) === undefined) return false;
  const texts = new Map(zone.files.map((file) => [file.file, file.text]));
  for (const directive of includes) {
    if (directive.included === undefined) return false;
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
