// Splits master-file text into tokens that cover every character, so nothing is ever lost and
// every later finding can point at exact offsets. RFC 1035 §5.1 with BIND's lexing rules:
// `;` starts a comment, `(`/`)` group lines, `"` quotes, `\` escapes the next character
// (`\DDD` is a decimal octet). Never throws: an unterminated quote ends at the line end.
import type { Token, TokenKind } from './model';

const SPECIAL = new Set([' ', '\t', '\n', ';', '(', ')', '"']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let pos = 0;
  const push = (kind: TokenKind, start: number, end: number) => tokens.push({ kind, start, end });

  while (pos < length) {
    const start = pos;
    const ch = text[pos];
    if (ch === '\n') {
      push('newline', start, ++pos);
    } else if (ch === '\r' && text[pos + 1] === '\n') {
      pos += 2;
      push('newline', start, pos);
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      while (pos < length && (text[pos] === ' ' || text[pos] === '\t' || (text[pos] === '\r' && text[pos + 1] !== '\n'))) pos++;
      push('space', start, pos);
    } else if (ch === ';') {
      while (pos < length && text[pos] !== '\n' && !(text[pos] === '\r' && text[pos + 1] === '\n')) pos++;
      push('comment', start, pos);
    } else if (ch === '(') {
      push('open', start, ++pos);
    } else if (ch === ')') {
      push('close', start, ++pos);
    } else if (ch === '"') {
      pos++;
      while (pos < length) {
        const c = text[pos];
        if (c === '\\' && pos + 1 < length && text[pos + 1] !== '\n' && text[pos + 1] !== '\r') {
          pos += 2;
        } else if (c === '"') {
          pos++;
          break;
        } else if (c === '\n' || (c === '\r' && text[pos + 1] === '\n')) {
          break; // unterminated: the parser reports it
        } else {
          pos++;
        }
      }
      push('quoted', start, pos);
    } else {
      while (pos < length) {
        const c = text[pos];
        if (c === '\\' && pos + 1 < length && text[pos + 1] !== '\n' && text[pos + 1] !== '\r') pos += 2;
        else if (SPECIAL.has(c) || (c === '\r' && text[pos + 1] === '\n')) break;
        else if (c === '\r') break;
        else pos++;
      }
      if (pos === start) pos++; // a lone trailing backslash
      push('word', start, pos);
    }
  }
  return tokens;
}

/** True when a quoted token ends with its closing quote. */
export function isTerminatedQuote(text: string, token: Token): boolean {
  if (token.end - token.start < 2 || text[token.end - 1] !== '"') return false;
  // The closing quote must not be escaped: count the backslashes before it.
  let backslashes = 0;
  for (let i = token.end - 2; i > token.start && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}
