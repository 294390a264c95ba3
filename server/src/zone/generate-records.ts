// Expands a $GENERATE directive into records through the same RecordReader as written records,
// so every generated record gets the same checks. Generated records' spans point at the
// template fields of the directive.
import type { Field, ZoneRecord } from './model';
import type { LogicalLine } from './logical-lines';
import type { ParseState } from './parser';
import { isTerminatedQuote, tokenize } from './lexer';
import { fieldFromToken } from './fields';
import { decodeText } from './text-value';
import { expandTemplate, parseGenerateRange } from './generate';
import { looksLikeTtl } from './ttl';

/** More than this many records from one directive is surely a mistake; BIND would take minutes. */
const MAX_GENERATED = 1_000_000;

export function readGenerate(state: ParseState, file: string, _text: string, line: LogicalLine, args: Field[]): ZoneRecord[] {
  const [rangeField, lhsField] = args;
  const rhsField = args[args.length - 1];
  const typeField = args[args.length - 2];
  const middle = args.slice(2, args.length - 2);
  // As written: BIND reads the range without escapes or quotes.
  const range = rangeField.quoted ? `The $GENERATE range cannot be quoted: "${rangeField.raw}".` : parseGenerateRange(rangeField.raw);
  if (typeof range === 'string') {
    state.report(file, 'zone/syntax-error', rangeField, range);
    return [];
  }
  if (middle.some((f) => !looksLikeTtl(f.raw) && !/^(IN|CH|HS|CLASS\d+)$/i.test(f.raw))) {
    state.report(file, 'zone/syntax-error', { start: middle[0].start, end: middle[middle.length - 1].end }, '$GENERATE expects: range lhs [ttl] [class] type rhs.');
    return [];
  }
  const count = Math.floor((range.stop - range.start) / range.step) + 1;
  if (count > MAX_GENERATED) {
    state.report(file, 'zone/syntax-error', rangeField, `$GENERATE would make ${count} records; at most ${MAX_GENERATED} are expanded.`);
    return [];
  }
  const records: ZoneRecord[] = [];
  for (let value = range.start; value <= range.stop; value += range.step) {
    const owner = expandTemplate(templateText(lhsField), value);
    const rhs = expandTemplate(templateText(rhsField), value);
    const error = typeof owner === 'object' ? owner.error : typeof rhs === 'object' ? rhs.error : undefined;
    if (error !== undefined || typeof owner !== 'string' || typeof rhs !== 'string') {
      state.report(file, 'zone/syntax-error', typeof owner === 'object' ? lhsField : rhsField, error ?? 'Bad template.');
      return records;
    }
    const rdata = rdataFields(rhs, rhsField);
    if (!Array.isArray(rdata)) {
      state.report(file, 'zone/syntax-error', rhsField, rdata.error);
      return records;
    }
    const before = state.zone.parseFindings.length;
    const record = state.reader.readItems({
      start: line.start,
      end: line.end,
      lineStart: line.lineStart,
      startsWithBlank: false,
      multiline: line.multiline,
      generatedBy: { start: line.start, end: line.end },
      items: [
        { ...lhsField, raw: owner, ...decodeText(owner) },
        ...middle,
        typeField,
        ...rdata,
      ],
    });
    if (record) records.push(record);
    // One bad iteration is reported once, not once per generated record.
    if (state.zone.parseFindings.length > before) return records;
  }
  return records;
}

/**
 * A template as BIND's lexer hands it to $GENERATE: as written, escapes kept (`192.0.2.$\040`
 * stays one word, which no A record accepts), except that in a quoted string `\"` is a bare
 * quote. The expanded text is then read again, as BIND reads it.
 */
function templateText(field: Field): string {
  return field.quoted ? field.raw.replace(/\\([\\"])/g, (escape: string, char: string) => (char === '"' ? char : escape)) : field.raw;
}

/**
 * Re-lexes the expanded right-hand side; every field points at the template's span. A quote or
 * parenthesis the expansion leaves open is an error, as in BIND ("unexpected end of input").
 */
function rdataFields(rhs: string, template: Field): Field[] | { error: string } {
  const fields: Field[] = [];
  let depth = 0;
  for (const token of tokenize(rhs)) {
    if (token.kind === 'open') depth++;
    else if (token.kind === 'close' && --depth < 0) break;
    else if (token.kind === 'quoted' && !isTerminatedQuote(rhs, token)) return { error: `The $GENERATE data '${rhs}' leaves a quote open.` };
    else if (token.kind === 'word' || token.kind === 'quoted') fields.push({ ...fieldFromToken(rhs, token), start: template.start, end: template.end });
  }
  if (depth !== 0) return { error: `The $GENERATE data '${rhs}' has an unbalanced parenthesis.` };
  return fields;
}
