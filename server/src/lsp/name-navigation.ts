// Go to definition and find references for domain names. A name in a record's data (a CNAME,
// MX, NS or SRV target, an SOA's server...) is "defined" by the records the zone has at that
// name; its references are every name in record data that points at it. Names are compared as
// DNS does, without case (and with escapes decoded), whatever origin they were written under.
import type { Location } from 'vscode-languageserver';
import type { NameRef, Span, Zone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';
import { rdataNames } from '../zone/rdata-names';
import { ownerAnchor } from '../rules/zone/record-helpers';
import type { FileLocator } from './file-locator';

/** A name written in a file: a record's owner or a name in its data. */
export interface NameOccurrence {
  key: string;
  record: ZoneRecord;
  ref: NameRef;
  /** The name is the record's owner (not a name in its data). */
  isOwner: boolean;
}

/** The name written in the main file at the offset. */
export function nameAt(zone: Zone, file: string, offset: number): NameOccurrence | undefined {
  const inside = (span: Span) => span.start <= offset && offset <= span.end && span.end > span.start;
  for (const record of zone.records) {
    // $GENERATE's records all point at its line; they are not names written there.
    if (record.file !== file || record.generatedBy || offset < record.start || offset > record.end) continue;
    if (record.ownerWritten && inside(record.owner)) return { key: nameKey(record.owner.name), record, ref: record.owner, isOwner: true };
    for (const ref of rdataNames(record)) if (inside(ref)) return { key: nameKey(ref.name), record, ref, isOwner: false };
  }
  return undefined;
}

/** Every place the name with this key is written: the owners of its records (written ones) and the names in record data pointing at it. */
export function occurrencesOf(zone: Zone, key: string): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  for (const record of recordsAt(zone, key)) {
    if (record.generatedBy || (record.ownerWritten && record.owner.end > record.owner.start)) found.push({ key, record, ref: record.owner, isOwner: true });
  }
  for (const record of zone.records) for (const ref of rdataNames(record)) if (pointsAt(ref, key)) found.push({ key, record, ref, isOwner: false });
  return found;
}

/** Where the name at the offset is defined: the records at it (none for a name outside the zone's data). */
export function definitionsAt(zone: Zone, locator: FileLocator, offset: number): Location[] {
  const name = nameAt(zone, locator.mainFile, offset);
  if (!name) return [];
  return unique(recordsAt(zone, name.key).map((record) => location(locator, record.file, ownerSpan(record))));
}

/** Every name in record data pointing at the name at the offset; with `includeDeclaration`, its records' owners too. */
export function referencesAt(zone: Zone, locator: FileLocator, offset: number, includeDeclaration: boolean): Location[] {
  const name = nameAt(zone, locator.mainFile, offset);
  if (!name) return [];
  const found: Location[] = [];
  if (includeDeclaration) for (const record of recordsAt(zone, name.key)) found.push(location(locator, record.file, ownerSpan(record)));
  for (const record of zone.records) {
    // A $GENERATE line's records point from the line itself.
    for (const target of rdataNames(record)) if (pointsAt(target, name.key)) found.push(location(locator, record.file, record.generatedBy ?? target));
  }
  return unique(found);
}

function pointsAt(target: NameRef, key: string): boolean {
  // Most names differ in length: skip lower-casing them (escapes change the length).
  if (target.name.length !== key.length && !target.name.includes('\\')) return false;
  return nameKey(target.name) === key;
}

function recordsAt(zone: Zone, key: string): readonly ZoneRecord[] {
  return zone.byOwner.get(key) ?? [];
}

/** The owner as written; the type when the owner was inherited from the line above; a $GENERATE line for its records. */
function ownerSpan(record: ZoneRecord): Span {
  return record.generatedBy ?? ownerAnchor(record);
}

function location(locator: FileLocator, file: string, span: Span): Location {
  return { uri: locator.uri(file), range: locator.range(file, span.start, span.end) };
}

function unique(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((l) => {
    const key = `${l.uri} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
