// Reads one record from a logical line and keeps the state records inherit: origin, owner,
// class and TTL. TTL rules follow BIND 9.18 (checked against named-checkzone): $TTL if set; else
// the SOA minimum once an SOA without TTL was read; else the last explicit TTL (RFC 1035);
// else the record is rejected ("no TTL specified").
import type { Field, NameRef, Rdata, Span, ZoneRecord } from './model';
import type { Severity } from '../rules/rule';
import type { LogicalLine } from './logical-lines';
import { MAX_TTL, looksLikeTtl, parseTtl } from './ttl';
import { isPlainName, nameProblem, resolveName } from './names';
import { isMetaType, typeCode, typeName } from './types';
import { parseRdataFields } from './rdata/index';
import type { RdataContext } from './rdata/context';
import { escapeProblem } from './rdata/fields';
import { base32hexOctets } from './rdata/more-types';
import { splitLabels } from './names';
import { ReadRecord, type TextSource } from './read-record';

type Report = (file: string, code: string, span: Span, message: string, severity?: Severity) => void;

const CLASSES = new Set(['IN', 'CH', 'CHAOS', 'HS', 'HESIOD', 'NONE', 'ANY']);

export interface RecordItems extends Span {
  items: Field[];
  startsWithBlank: boolean;
  lineStart: number;
  multiline: boolean;
  generatedBy?: Span;
}

export interface ReaderSnapshot {
  origin: string;
  owner?: NameRef;
  source?: TextSource;
}

/** Types whose parsed rdata keeps no Field: their records read their fields again when asked. */
const FIELDS_NOT_KEPT = new Set(['A', 'AAAA', 'NS', 'CNAME', 'PTR', 'DNAME', 'MX']);

/** Everything a later line inherits from the lines before it (see the class header). */
export interface ReaderState {
  file: string;
  origin: string;
  owner?: NameRef;
  defaultTtl?: number;
  soaDefaultTtl?: number;
  lastExplicitTtl?: number;
}

/** Two states under which the same line reads the same (owner offsets aside: an inherited owner takes the line's). */
export function sameReaderState(a: ReaderState, b: ReaderState): boolean {
  return (
    a.file === b.file &&
    a.origin === b.origin &&
    a.defaultTtl === b.defaultTtl &&
    a.soaDefaultTtl === b.soaDefaultTtl &&
    a.lastExplicitTtl === b.lastExplicitTtl &&
    a.owner?.name === b.owner?.name &&
    a.owner?.written === b.owner?.written &&
    a.owner?.relative === b.owner?.relative
  );
}

export class RecordReader {
  private file = '';
  origin = '.';
  private owner?: NameRef;
  private defaultTtl?: number;
  private soaDefaultTtl?: number;
  private lastExplicitTtl?: number;
  private readonly zoneClass = 'IN';
  /** The text of the file being read (records that keep no fields read them from it). */
  source?: TextSource;

  constructor(private readonly report: Report) {}

  enterFile(file: string, origin: string): void {
    this.file = file;
    this.origin = origin;
  }

  save(): ReaderSnapshot {
    return { origin: this.origin, owner: this.owner, source: this.source };
  }

  restore(snapshot: ReaderSnapshot, file: string): void {
    this.enterFile(file, snapshot.origin);
    this.owner = snapshot.owner;
    this.source = snapshot.source;
  }

  /** The inherited state, so that parsing can restart at a line (incremental re-parsing). */
  state(): ReaderState {
    const { file, origin, owner, defaultTtl, soaDefaultTtl, lastExplicitTtl } = this;
    return { file, origin, owner, defaultTtl, soaDefaultTtl, lastExplicitTtl };
  }

  setState(state: ReaderState): void {
    ({ file: this.file, origin: this.origin, owner: this.owner, defaultTtl: this.defaultTtl, soaDefaultTtl: this.soaDefaultTtl, lastExplicitTtl: this.lastExplicitTtl } = state);
  }

  /** A logical line that could not be read still ends the previous record's owner scope. */
  skip(_line: LogicalLine): void {}

  setOrigin(field: Field): void {
    const origin = this.resolveOriginArgument(field);
    if (origin !== undefined) this.origin = origin;
  }

  resolveOriginArgument(field: Field): string | undefined {
    const name = this.readName(field, 'zone/syntax-error');
    return name?.name;
  }

  setDefaultTtl(field: Field): void {
    const ttl = this.readTtl(field);
    if (ttl !== undefined) this.defaultTtl = ttl;
  }

  readRecord(line: LogicalLine): ZoneRecord | undefined {
    return this.readItems(line);
  }

  readItems(line: RecordItems): ZoneRecord | undefined {
    const { items } = line;
    let index = 0;
    let owner: NameRef | undefined;
    if (line.startsWithBlank) {
      const inherited = this.owner;
      // Written out rather than spread: the same shape as every NameRef, made once per record.
      owner = inherited && { start: line.lineStart, end: line.lineStart, name: inherited.name, written: inherited.written, relative: inherited.relative };
      if (!owner) {
        this.report(this.file, 'zone/syntax-error', line, 'No owner name: the first record must not start with a blank.');
        return undefined;
      }
    } else {
      owner = this.readName(items[index++], 'zone/syntax-error');
      if (!owner) return undefined;
      this.owner = owner;
    }

    let ttl: number | undefined;
    let ttlSpan: Span | undefined;
    let recordClass: string | undefined;
    let classField: Field | undefined;
    for (let round = 0; round < 2 && index < items.length; round++) {
      const item = items[index];
      if (ttl === undefined && !item.quoted && startsWithDigit(item.raw) && looksLikeTtl(item.raw) && (parseTtl(item.raw) ?? Infinity) <= 0xffffffff) {
        ttl = this.readTtl(item);
        ttlSpan = item; // a Field is a Span: no copy per record
        index++;
      } else if (recordClass === undefined && !item.quoted && isClassWord(item.raw)) {
        recordClass = className(item.raw);
        classField = item;
        index++;
      }
    }
    if (recordClass !== undefined && recordClass !== this.zoneClass) {
      const written = classField!.raw;
      const named = upperCase(written) === recordClass ? '' : ` (${recordClass})`;
      this.report(this.file, 'zone/syntax-error', classField!, `Class '${written}'${named} does not match the zone's class '${this.zoneClass}'.`);
      return undefined;
    }

    const typeField = items[index++];
    if (!typeField) {
      this.report(this.file, 'zone/syntax-error', line, 'Missing record type and data.');
      return undefined;
    }
    const code = typeField.quoted ? undefined : typeCode(typeField.raw);
    if (code === undefined) {
      this.report(this.file, 'zone/unknown-type', typeField, `Unknown record type '${typeField.raw}'.`);
      return undefined;
    }
    const type = typeName(code);
    if (isMetaType(code)) {
      this.report(this.file, 'zone/invalid-rdata', typeField, `'${type}' is a meta-type and cannot appear in a zone file.`);
      return undefined;
    }
    const fields = items.slice(index);
    const rdata = this.readRdata(type, code, fields, line);
    if (rdata === null) return undefined;
    if (rdata?.type === 'NSEC3' && base32hexOctets(firstLabel(owner.name)) === undefined) {
      // RFC 5155 §3: an NSEC3 lives at a hashed name (BIND: "bad owner name (check-names)").
      this.report(this.file, 'zone/invalid-rdata', owner.end > owner.start ? owner : typeField, `An NSEC3 record's owner must start with a hashed name in base32hex (RFC 5155 §3); '${firstLabel(owner.name)}' is not one.`);
      return undefined;
    }

    if (ttl === undefined) ttl = this.inheritedTtl(type, rdata, line);
    else if (this.defaultTtl === undefined && this.soaDefaultTtl === undefined) this.lastExplicitTtl = ttl;
    if (ttl === undefined) return undefined;

    return new ReadRecord(
      this.file,
      line,
      owner,
      !line.startsWithBlank,
      ttl,
      ttlSpan,
      recordClass ?? this.zoneClass,
      classField,
      type,
      typeField,
      this.source && !line.generatedBy && fields.length > 0 && rdata !== undefined && FIELDS_NOT_KEPT.has(rdata.type)
        ? { source: this.source, start: fields[0].start, end: fields[fields.length - 1].end }
        : fields,
      rdata,
      this.origin,
      line.generatedBy,
      line.multiline,
    );
  }

  /** One context for every record (a million records need no million closures); `failed` is per record. */
  private rdataFailed = false;
  private readonly rdataContext: RdataContext = {
    origin: '.',
    report: (findingCode, where, message, severity = 'error') => {
      if (severity === 'error') this.rdataFailed = true;
      this.report(this.file, findingCode, where, message, severity);
    },
  };

  /** Parsed rdata; undefined for a type we keep unparsed; null when the record is rejected. */
  private readRdata(type: string, code: number, fields: Field[], line: RecordItems): Rdata | undefined | null {
    this.rdataFailed = false;
    const context = this.rdataContext;
    context.origin = this.origin;
    const whole: Span = line; // the record's span; findings copy its offsets
    const rdata = parseRdataFields(type, code, fields, context, whole);
    return this.rdataFailed ? null : rdata;
  }

  private inheritedTtl(type: string, rdata: Rdata | undefined, line: RecordItems): number | undefined {
    if (this.defaultTtl !== undefined) return this.defaultTtl;
    if (this.soaDefaultTtl !== undefined) return this.soaDefaultTtl;
    if (this.lastExplicitTtl !== undefined) return this.lastExplicitTtl;
    if (type === 'SOA' && rdata?.type === 'SOA') {
      this.soaDefaultTtl = rdata.minimum;
      this.report(this.file, 'zone/missing-ttl', line, `No TTL specified: using the SOA minimum (${rdata.minimum}) as the default, as BIND does. Add a $TTL line.`, 'warning');
      return rdata.minimum;
    }
    this.report(this.file, 'zone/missing-ttl', line, 'No TTL specified and no default: add a $TTL line before this record (BIND rejects the zone).');
    return undefined;
  }

  private readTtl(field: Field): number | undefined {
    const ttl = field.quoted ? undefined : parseTtl(field.raw);
    if (ttl === undefined || ttl > 0xffffffff) {
      this.report(this.file, 'zone/invalid-ttl', field, `'${field.raw}' is not a valid TTL (seconds, or units like 1h30m).`);
      return undefined;
    }
    if (ttl > MAX_TTL) {
      this.report(this.file, 'zone/invalid-ttl', field, `TTL ${ttl} is over 2147483647 (RFC 2181 §8); BIND uses 0 instead.`, 'warning');
      return 0;
    }
    return ttl;
  }

  private readName(field: Field, code: string): NameRef | undefined {
    if (field.quoted) {
      this.report(this.file, code, field, `A name cannot be a quoted string: "${field.raw}".`);
      return undefined;
    }
    const { name, relative } = resolveName(field.raw, this.origin);
    const plain = isPlainName(field.raw, this.origin);
    const escape = plain ? undefined : escapeProblem(field.raw);
    if (escape) {
      this.report(this.file, code, field, `Bad name: ${escape}`); // BIND: "bad escape"
      return undefined;
    }
    const problem = plain ? undefined : nameProblem(name);
    if (problem) {
      this.report(this.file, problem.code === 'zone/name-too-long' ? problem.code : code, field, problem.message);
      return undefined;
    }
    return { start: field.start, end: field.end, name, written: field.raw, relative };
  }
}

/** `IN`, another class mnemonic (any case) or `CLASSnnn`. */
export function isClassWord(word: string): boolean {
  if (word === 'IN') return true;
  if (word.length >= 6 && (word.charCodeAt(0) | 0x20) === 0x63 /* c */ && /^CLASS\d+$/i.test(word)) return true;
  return CLASSES.has(upperCase(word));
}

/** Class numbers with a mnemonic (RFC 1035 §3.2.4, RFC 2136 §2.4): `CLASS1` is IN, as BIND reads it. */
const CLASS_NAMES: Readonly<Record<number, string>> = { 1: 'IN', 3: 'CH', 4: 'HS', 254: 'NONE', 255: 'ANY' };
const CLASS_ALIASES: Readonly<Record<string, string>> = { CHAOS: 'CH', HESIOD: 'HS' };

/** The class a class word names, as one upper-case mnemonic: `in`, `CLASS1` and `class01` are all IN. */
export function className(word: string): string {
  if (word === 'IN') return word; // nearly every record
  const upper = upperCase(word);
  const numeric = /^CLASS(\d+)$/.exec(upper);
  if (numeric) return CLASS_NAMES[Number(numeric[1])] ?? `CLASS${Number(numeric[1])}`;
  return CLASS_ALIASES[upper] ?? upper;
}

/** word.toUpperCase(), skipping the library call for a word with nothing to change (most are). */
export function upperCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 97 && code <= 122) || code > 127) return word.toUpperCase();
  }
  return word;
}

/** A TTL starts with a digit; checking that first spares two regular expressions per record. */
function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** The first label of an absolute name, as written (escapes kept); '' for the root. */
function firstLabel(name: string): string {
  return splitLabels(name).labels[0] ?? '';
}
