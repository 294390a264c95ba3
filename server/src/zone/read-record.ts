// The ZoneRecord the reader makes. The spans of the TTL, class and type are kept as numbers and
// made when asked for: most are never asked for, and a million records then keep three million
// fewer objects alive (less for the garbage collector to move, less for an edit to shift).
import type { Field, NameRef, Rdata, Span, ZoneRecord } from './model';
import { fieldsIn } from './logical-lines';

/** A file's current text, shared by its records and updated when an edit is re-parsed. */
export interface TextSource {
  text: string;
}

/** Where fields that are not kept can be read again. */
export interface FieldsAt {
  source: TextSource;
  start: number;
  end: number;
}

const NONE = -1;

/**
 * Stored as a record's rdata to say "an A or AAAA address, read it again from the text": most
 * records of a big zone are addresses, and keeping an object and a string for each costs the
 * garbage collector more than making them for the few rules that look (rdata-key, live checks).
 */
const READ_ADDRESS: Rdata = { type: 'A', address: '' };

// Fields are `declare`d and all set in the constructor: no initializer pass, one shape for all.
export class ReadRecord implements ZoneRecord {
  declare file: string;
  declare start: number;
  declare end: number;
  declare owner: NameRef;
  declare ownerWritten: boolean;
  declare ttl: number;
  declare ttlStart: number;
  declare ttlEnd: number;
  declare class: string;
  declare classStart: number;
  declare classEnd: number;
  declare type: string;
  declare typeStart: number;
  declare typeEnd: number;
  /** Kept fields; when undefined, `fields` reads them again from the text (see the constructor). */
  declare storedFields: Field[] | undefined;
  declare fieldsStart: number;
  declare fieldsEnd: number;
  declare source: TextSource | undefined;
  /** The rdata, or READ_ADDRESS (see there). */
  declare storedRdata: Rdata | undefined;
  declare origin: string;
  declare generatedBy: Span | undefined;
  declare multiline: boolean;

  constructor(
    file: string,
    span: Span,
    owner: NameRef,
    ownerWritten: boolean,
    ttl: number,
    ttlSpan: Span | undefined,
    recordClass: string,
    classSpan: Span | undefined,
    type: string,
    typeSpan: Span,
    fields: Field[] | FieldsAt,
    rdata: Rdata | undefined,
    origin: string,
    generatedBy: Span | undefined,
    multiline: boolean,
  ) {
    this.file = file;
    this.start = span.start;
    this.end = span.end;
    this.owner = owner;
    this.ownerWritten = ownerWritten;
    this.ttl = ttl;
    // Every field is set here, in one order, so all records share one shape.
    this.ttlStart = ttlSpan ? ttlSpan.start : NONE;
    this.ttlEnd = ttlSpan ? ttlSpan.end : NONE;
    this.class = recordClass;
    this.classStart = classSpan ? classSpan.start : NONE;
    this.classEnd = classSpan ? classSpan.end : NONE;
    this.type = type;
    this.typeStart = typeSpan.start;
    this.typeEnd = typeSpan.end;
    // Records whose rdata keeps no field (an address, a name) need their fields rarely: those are
    // read again from the text when asked for, so a big zone keeps no field object per record.
    const kept = Array.isArray(fields);
    this.storedFields = kept ? fields : undefined;
    this.source = kept ? undefined : fields.source;
    this.fieldsStart = kept ? NONE : fields.start;
    this.fieldsEnd = kept ? NONE : fields.end;
    this.storedRdata = !kept && rdata !== undefined && (rdata.type === 'A' || rdata.type === 'AAAA') ? READ_ADDRESS : rdata;
    this.origin = origin;
    this.generatedBy = generatedBy;
    this.multiline = multiline;
  }

  get rdata(): Rdata | undefined {
    const stored = this.storedRdata;
    if (stored !== READ_ADDRESS) return stored;
    // The one unquoted field of a valid address: its text is the address (no escapes possible).
    return { type: this.type as 'A' | 'AAAA', address: this.source!.text.slice(this.fieldsStart, this.fieldsEnd) };
  }

  get fields(): Field[] {
    return this.storedFields ?? fieldsIn(this.source!.text, this.fieldsStart, this.fieldsEnd);
  }

  get ttlSpan(): Span | undefined {
    return this.ttlStart === NONE ? undefined : { start: this.ttlStart, end: this.ttlEnd };
  }

  get classSpan(): Span | undefined {
    return this.classStart === NONE ? undefined : { start: this.classStart, end: this.classEnd };
  }

  get typeSpan(): Span {
    return { start: this.typeStart, end: this.typeEnd };
  }

  /** Moves every offset the record itself holds (the spans above and its own). */
  shiftOwnOffsets(delta: number): void {
    this.start += delta;
    this.end += delta;
    if (this.ttlStart !== NONE) {
      this.ttlStart += delta;
      this.ttlEnd += delta;
    }
    if (this.classStart !== NONE) {
      this.classStart += delta;
      this.classEnd += delta;
    }
    this.typeStart += delta;
    this.typeEnd += delta;
    if (this.fieldsStart !== NONE) {
      this.fieldsStart += delta;
      this.fieldsEnd += delta;
    }
  }
}
