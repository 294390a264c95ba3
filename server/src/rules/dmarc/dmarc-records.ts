// Helpers shared by the dmarc/ rules (not a rule itself): the TXT records at `_dmarc` names,
// parsed once per record, and how to point findings into their text.
import type { Field, Span, ZoneRecord } from '../../zone/model';
import { splitLabels } from '../../zone/names';
import { parseDmarcRecord, type DmarcRecord } from '../../mail/dmarc';
import { joinedText, textSpanToFile } from '../../mail/txt-spans';
import { perRecordValues } from '../memo';
import { rdataSpan } from '../zone/record-helpers';

export interface DmarcTxt {
  record: ZoneRecord;
  strings: Field[];
  /** The strings joined, as receivers read the record. */
  text: string;
  parsed: DmarcRecord;
}

const parsedRecords = new WeakMap<ZoneRecord, DmarcTxt>();

/** True when the owner's first label is `_dmarc` (where receivers look, RFC 7489 §6.1). */
export function isDmarcOwner(name: string): boolean {
  if (!/^_dmarc/i.test(name)) return false; // most names: no need to split them
  const first = splitLabels(name).labels[0];
  return first !== undefined && first.toLowerCase() === '_dmarc';
}

/** The TXT record with its DMARC reading (cached: several rules read the same records). */
export function readDmarcTxt(record: ZoneRecord): DmarcTxt | undefined {
  if (record.rdata?.type !== 'TXT') return undefined;
  const cached = parsedRecords.get(record);
  if (cached) return cached;
  const strings = record.rdata.strings;
  const text = joinedText(strings);
  const entry = { record, strings, text, parsed: parseDmarcRecord(text) };
  parsedRecords.set(record, entry);
  return entry;
}

/** Every TXT record at a `_dmarc` name, in file order. */
export const dmarcTxtRecords = perRecordValues((record) => (isDmarcOwner(record.owner.name) ? readDmarcTxt(record) : undefined), ['TXT']);

/** A joined-text span as a file span; the whole rdata when the span is empty text. */
export function spanInFile(entry: DmarcTxt, span: Span): Span {
  // A $GENERATE'd record has no text of its own: point at the directive.
  if (entry.record.generatedBy) return { start: entry.record.generatedBy.start, end: entry.record.generatedBy.end };
  const mapped = textSpanToFile(entry.strings, span.start, span.end);
  return mapped.end > mapped.start ? mapped : rdataSpan(entry.record);
}
