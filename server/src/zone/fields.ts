// Turns word and quoted tokens into Fields: raw text without quotes plus the decoded value.
import type { Field, Token } from './model';
import { isTerminatedQuote } from './lexer';
import { decodeText } from './text-value';

export function fieldFromToken(text: string, token: Token): Field {
  const quoted = token.kind === 'quoted';
  return fieldFromText(text, token.start, token.end, quoted, quoted && isTerminatedQuote(text, token));
}

export function fieldFromText(text: string, start: number, end: number, quoted: boolean, terminated: boolean): Field {
  const raw = quoted ? text.slice(start + 1, terminated ? end - 1 : end) : text.slice(start, end);
  const { value, octets } = decodeText(raw);
  return { start, end, quoted, raw, value, octets };
}
