// What an rdata parser gets: the record's fields, the origin for relative names, and a way to
// report coded findings with exact spans. Parsers never throw; they report and return undefined.
import type { Field, NameRef, RareRdataType, Rdata, RdataPart, Span } from '../model';

export interface RdataContext {
  /** Origin in effect, absolute with trailing dot. */
  origin: string;
  /** Records a finding at the span (offsets into the record's file). Default severity: error. */
  report(code: string, span: Span, message: string, severity?: 'error' | 'warning'): void;
}

/** Parses the fields of one record (after the type). `whole` spans the record, for "missing rdata". */
export type RdataParser = (fields: Field[], ctx: RdataContext, whole: Span) => Rdata | undefined;

export type { Field, NameRef, RareRdataType, Rdata, RdataPart, Span };
