// Groups a file's tokens into logical lines (RFC 1035 §5.1): one entry per directive or record,
// joining physical lines inside `( ... )`. Comments and blank lines vanish here; parenthesis and
// quote problems become findings, and the entry is still returned so the parser can go on.
// Reads through the allocation-free Lexer: only words and quoted strings become objects.
import type { Field, Span } from './model';
import { BYTE_ORDER_MARK, Lexer, isTerminatedQuote } from './lexer';
import { fieldFromText, plainFieldFromText } from './fields';

export interface LogicalLine extends Span {
  /** The physical line began with blanks: the owner is inherited (RFC 1035 §5.1). */
  startsWithBlank: boolean;
  /** Offset of the start of the first physical line (for empty owner spans). */
  lineStart: number;
  /** Words and quoted strings, in order, decoded. */
  items: Field[];
  multiline: boolean;
  /** Problems that make the whole entry unusable (unterminated quote, unbalanced parenthesis). */
  problems: Array<{ span: Span; message: string }>;
}

const NO_PROBLEMS: LogicalLine['problems'] = [];
const NO_SPANS: Span[] = [];

/** `from` must be the start of a physical line outside parentheses (incremental re-parsing). */
export function* logicalLines(text: string, from = 0): Generator<LogicalLine> {
  const lexer = new Lexer(text);
  lexer.end = from;
  let pending = lexer.next();
  if (pending && from === 0 && text.charCodeAt(0) === BYTE_ORDER_MARK) pending = lexer.next();
  while (pending) {
    const lineStart = lexer.start;
    const startsWithBlank = lexer.kind === 'space';
    const items: Field[] = [];
    let problems: LogicalLine['problems'] | undefined;
    let openParens: Span[] | undefined; // made at the first '(' only
    let multiline = false;
    let end = lineStart;
    for (; pending; pending = lexer.next()) {
      const kind = lexer.kind;
      if (kind === 'newline') {
        if (openParens === undefined || openParens.length === 0) {
          pending = lexer.next();
          break;
        }
        multiline = true;
      } else if (kind === 'open') {
        (openParens ??= []).push({ start: lexer.start, end: lexer.end });
        end = lexer.end;
      } else if (kind === 'close') {
        if (openParens?.pop() === undefined) {
          (problems ??= []).push({ span: { start: lexer.start, end: lexer.end }, message: "Unbalanced parenthesis: ')' without a matching '('." });
        }
        end = lexer.end;
      } else if (kind === 'word' || kind === 'quoted') {
        const quoted = kind === 'quoted';
        const terminated = quoted && isTerminatedQuote(text, lexer);
        if (quoted && !terminated) {
          (problems ??= []).push({ span: { start: lexer.start, end: lexer.end }, message: 'Unterminated string: the closing \'"\' is missing on this line.' });
        }
        items.push(fieldAt(text, lexer, quoted, terminated));
        end = lexer.end;
      }
    }
    for (const open of openParens ?? NO_SPANS) {
      (problems ??= []).push({ span: open, message: "Unbalanced parenthesis: '(' is never closed." });
    }
    if (items.length === 0 && problems === undefined) continue;
    const start = items.length > 0 ? items[0].start : problems![0].span.start;
    yield { start, end, lineStart, startsWithBlank, items, multiline, problems: problems ?? NO_PROBLEMS };
  }
}

function fieldAt(text: string, lexer: Lexer, quoted: boolean, terminated: boolean): Field {
  return lexer.plain ? plainFieldFromText(text, lexer.start, lexer.end, quoted, terminated) : fieldFromText(text, lexer.start, lexer.end, quoted, terminated);
}

/**
 * The words and quoted strings of [start, end), as logicalLines makes them: how a record whose
 * fields are not kept (read-record.ts) makes them again. `start` must be a token's start.
 */
export function fieldsIn(text: string, start: number, end: number): Field[] {
  const lexer = new Lexer(text);
  lexer.end = start;
  const fields: Field[] = [];
  while (lexer.next() && lexer.start < end) {
    const kind = lexer.kind;
    if (kind !== 'word' && kind !== 'quoted') continue;
    const quoted = kind === 'quoted';
    fields.push(fieldAt(text, lexer, quoted, quoted && isTerminatedQuote(text, lexer)));
  }
  return fields;
}
