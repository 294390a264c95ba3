// Splits master-file text into tokens that cover every character, so nothing is ever lost and
// every later finding can point at exact offsets. RFC 1035 §5.1 with BIND's lexing rules:
// `;` starts a comment, `(`/`)` group lines, `"` quotes, `\` escapes the next character
// (`\DDD` is a decimal octet). Never throws: an unterminated quote ends at the line end.
// The Lexer is a cursor that allocates nothing (the parser reads a million records through it);
// tokenize() materialises the tokens for the editor features and tests.
import type { Token, TokenKind } from './model';

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const SEMICOLON = 59;
const OPEN = 40;
const CLOSE = 41;
const QUOTE = 34;
const BACKSLASH = 92;
export const BYTE_ORDER_MARK = 0xfeff;

/** 1 for the ASCII characters that end a word: blanks, line ends, `;`, `(`, `)` and `"`. */
const ENDS_WORD = new Uint8Array(128);
for (const c of [SPACE, TAB, LF, CR, SEMICOLON, OPEN, CLOSE, QUOTE]) ENDS_WORD[c] = 1;

/** A run of quoted text with nothing to look at: no quote, backslash, line end or non-ASCII. */
const PLAIN_QUOTED_RUN = /[^"\\\n\r\u0080-\uffff]*/y;

export class Lexer {
  kind: TokenKind = 'space';
  start = 0;
  end = 0;
  /** For a word or quoted token: no backslash and ASCII only, so its decoded value is its text. */
  plain = true;

  constructor(private readonly text: string) {}

  /** Advances to the next token; false at the end of the text. */
  next(): boolean {
    const text = this.text;
    const length = text.length;
    let pos = this.end;
    if (pos >= length) return false;
    this.start = pos;
    const ch = text.charCodeAt(pos);
    if (ch === LF) {
      this.kind = 'newline';
      pos++;
    } else if (ch === CR && text.charCodeAt(pos + 1) === LF) {
      this.kind = 'newline';
      pos += 2;
    } else if (ch === BYTE_ORDER_MARK && pos === 0) {
      this.kind = 'space'; // an editor's byte-order mark: no data (logicalLines skips it)
      pos++;
    } else if (ch === SPACE || ch === TAB || ch === CR) {
      this.kind = 'space';
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === SPACE || c === TAB || (c === CR && text.charCodeAt(pos + 1) !== LF)) pos++;
        else break;
      }
    } else if (ch === SEMICOLON) {
      this.kind = 'comment';
      // Up to the line end ("\n" or "\r\n"); indexOf finds it far faster than a loop.
      const lineFeed = text.indexOf('\n', pos);
      if (lineFeed === -1) pos = length;
      else pos = text.charCodeAt(lineFeed - 1) === CR ? lineFeed - 1 : lineFeed;
    } else if (ch === OPEN) {
      this.kind = 'open';
      pos++;
    } else if (ch === CLOSE) {
      this.kind = 'close';
      pos++;
    } else if (ch === QUOTE) {
      this.kind = 'quoted';
      pos++;
      let plain = true;
      while (pos < length) {
        PLAIN_QUOTED_RUN.lastIndex = pos;
        PLAIN_QUOTED_RUN.test(text);
        pos = PLAIN_QUOTED_RUN.lastIndex;
        if (pos >= length) break;
        const c = text.charCodeAt(pos);
        if (c === BACKSLASH && pos + 1 < length && !isLineEnd(text.charCodeAt(pos + 1))) {
          plain = false;
          pos += 2;
        } else if (c === QUOTE) {
          pos++;
          break;
        } else if (c === LF || (c === CR && text.charCodeAt(pos + 1) === LF)) {
          break; // unterminated: the parser reports it
        } else {
          if (c > 127 || c === BACKSLASH) plain = false;
          pos++;
        }
      }
      this.plain = plain;
    } else {
      this.kind = 'word';
      let plain = true;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c > 127) {
          plain = false;
          pos++;
        } else if (ENDS_WORD[c] === 1) {
          break;
        } else if (c === BACKSLASH) {
          plain = false;
          pos += pos + 1 < length && !isLineEnd(text.charCodeAt(pos + 1)) ? 2 : 1;
        } else {
          pos++;
        }
      }
      if (pos === this.start) pos++; // a lone trailing backslash
      this.plain = plain;
    }
    this.end = pos;
    return true;
  }
}

function isLineEnd(c: number): boolean {
  return c === LF || c === CR;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lexer = new Lexer(text);
  while (lexer.next()) tokens.push({ kind: lexer.kind, start: lexer.start, end: lexer.end });
  return tokens;
}

/** True when a quoted token ends with its closing quote. */
export function isTerminatedQuote(text: string, token: { start: number; end: number }): boolean {
  if (token.end - token.start < 2 || text.charCodeAt(token.end - 1) !== QUOTE) return false;
  // The closing quote must not be escaped: count the backslashes before it.
  let backslashes = 0;
  for (let i = token.end - 2; i > token.start && text.charCodeAt(i) === BACKSLASH; i--) backslashes++;
  return backslashes % 2 === 0;
}
