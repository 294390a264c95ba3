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

/**
 * fieldFromText for a token the lexer found plain (no backslash, ASCII only): its value is its
 * text and each character one octet. The parser's hot path: no decoding, no scan of the text.
 */
export function plainFieldFromText(text: string, start: number, end: number, quoted: boolean, terminated: boolean): Field {
  const raw = quoted ? text.slice(start + 1, terminated ? end - 1 : end) : end - start <= MAX_SHARED_LENGTH ? sharedWord(text, start, end) : text.slice(start, end);
  return { start, end, quoted, raw, value: raw, octets: raw.length };
}

/**
 * Short words repeat on every line (`IN`, `A`, `TXT`, `3600`, `10`): one string each, found in a
 * small direct-mapped cache, instead of a new copy per record kept alive by the record's fields.
 */
const MAX_SHARED_LENGTH = 6;
const SHARED_SLOTS = 1024;
const sharedWords: string[] = new Array<string>(SHARED_SLOTS).fill('');

function sharedWord(text: string, start: number, end: number): string {
  const length = end - start;
  let hash = length;
  for (let i = start; i < end; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  const slot = hash & (SHARED_SLOTS - 1);
  const cached = sharedWords[slot];
  if (cached.length === length) {
    let i = 0;
    while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
    if (i === length) return cached;
  }
  const word = text.slice(start, end);
  sharedWords[slot] = word;
  return word;
}
