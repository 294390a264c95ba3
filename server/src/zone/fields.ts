// Turns word and quoted tokens into Fields: raw text without quotes plus the decoded value.
import type { Field, Token } from './model';
import { isTerminatedQuote } from './lexer';
import { decodeText } from './text-value';

export function fieldFromToken(text: string, token: Token): Field {
  const quoted = token.kind === 'quoted';
  const raw = quoted
    ? text.slice(token.start + 1, isTerminatedQuote(text, token) ? token.end - 1 : token.end)
    : text.slice(token.start, token.end);
  const { value, octets } = decodeText(raw);
  return { start: token.start, end: token.end, quoted, raw, value, octets };
}
