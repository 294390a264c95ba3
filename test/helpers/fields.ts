// Builds rdata Fields from source text the way the parser does (lexer tokens, decoded values)
// and runs rdata parsers with a context that collects findings, for table tests.
import { isTerminatedQuote, tokenize } from '../../server/src/zone/lexer';
import { decodeText } from '../../server/src/zone/text-value';
import type { Field, Rdata, Span } from '../../server/src/zone/model';
import type { RdataContext } from '../../server/src/zone/rdata/context';
import { parseRdataFields } from '../../server/src/zone/rdata/index';
import { typeCode, typeName } from '../../server/src/zone/types';

export interface CollectedFinding extends Span {
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

/** The word and quoted tokens of `source` as Fields (quoted: raw without the quotes). */
export function fieldsOf(source: string): Field[] {
  return tokenize(source)
    .filter((token) => token.kind === 'word' || token.kind === 'quoted')
    .map((token) => {
      const quoted = token.kind === 'quoted';
      const raw = quoted
        ? source.slice(token.start + 1, isTerminatedQuote(source, token) ? token.end - 1 : token.end)
        : source.slice(token.start, token.end);
      const { value, octets } = decodeText(raw);
      return { start: token.start, end: token.end, quoted, raw, value, octets };
    });
}

export function collectingContext(origin = 'example.com.'): { ctx: RdataContext; findings: CollectedFinding[] } {
  const findings: CollectedFinding[] = [];
  const ctx: RdataContext = {
    origin,
    report: (code, span, message, severity = 'error') => findings.push({ code, start: span.start, end: span.end, message, severity }),
  };
  return { ctx, findings };
}

/** Parses `rdata` (the text after the type) as the record parser does (rdata/index.ts parseRdataFields). */
export function parseRdata(type: string, rdata: string, origin = 'example.com.'): { rdata?: Rdata; findings: CollectedFinding[]; fields: Field[] } {
  const fields = fieldsOf(rdata);
  const { ctx, findings } = collectingContext(origin);
  const whole = { start: 0, end: rdata.length };
  const code = typeCode(type);
  if (code === undefined) throw new Error(`unknown type ${type} in a test`);
  const parsed = parseRdataFields(typeName(code), code, fields, ctx, whole);
  return { rdata: parsed, findings, fields };
}

/** The span of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function spanIn(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`'${needle}' does not occur ${occurrence + 1} time(s) in '${text}'`);
  }
  return { start, end: start + needle.length };
}
