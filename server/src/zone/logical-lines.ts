// Groups a file's tokens into logical lines (RFC 1035 §5.1): one entry per directive or record,
// joining physical lines inside `( ... )`. Comments and blank lines vanish here; parenthesis and
// quote problems become findings, and the entry is still returned so the parser can go on.
import type { Token, Span } from './model';
import { isTerminatedQuote } from './lexer';

export interface LogicalLine extends Span {
  /** The physical line began with blanks: the owner is inherited (RFC 1035 §5.1). */
  startsWithBlank: boolean;
  /** Offset of the start of the first physical line (for empty owner spans). */
  lineStart: number;
  /** Word and quoted tokens, in order. */
  items: Token[];
  multiline: boolean;
  /** Problems that make the whole entry unusable (unterminated quote, unbalanced parenthesis). */
  problems: Array<{ span: Span; message: string }>;
}

export function* logicalLines(text: string, tokens: Token[]): Generator<LogicalLine> {
  let index = 0;
  while (index < tokens.length) {
    const lineStart = tokens[index].start;
    const startsWithBlank = tokens[index].kind === 'space';
    const items: Token[] = [];
    const problems: LogicalLine['problems'] = [];
    const openParens: Token[] = [];
    let multiline = false;
    let end = lineStart;
    for (; index < tokens.length; index++) {
      const token = tokens[index];
      if (token.kind === 'newline') {
        if (openParens.length === 0) {
          index++;
          break;
        }
        multiline = true;
      } else if (token.kind === 'open') {
        openParens.push(token);
        end = token.end;
      } else if (token.kind === 'close') {
        if (openParens.pop() === undefined) {
          problems.push({ span: token, message: "Unbalanced parenthesis: ')' without a matching '('." });
        }
        end = token.end;
      } else if (token.kind === 'word' || token.kind === 'quoted') {
        if (token.kind === 'quoted' && !isTerminatedQuote(text, token)) {
          problems.push({ span: token, message: 'Unterminated string: the closing \'"\' is missing on this line.' });
        }
        items.push(token);
        end = token.end;
      }
    }
    for (const open of openParens) {
      problems.push({ span: open, message: "Unbalanced parenthesis: '(' is never closed." });
    }
    if (items.length === 0 && problems.length === 0) continue;
    const start = items.length > 0 ? items[0].start : problems[0].span.start;
    yield { start, end, lineStart, startsWithBlank, items, multiline, problems };
  }
}
