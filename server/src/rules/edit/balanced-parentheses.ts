// A fix that replaces text across a parenthesis (rdata written as `"a" ( "b"` ... `)`) must not
// leave the other one alone in the file. Every fix edit passes through here (analyze.ts): the
// parentheses its range takes away unmatched are written back around the new text.
import type { TextEdit } from '../rule';
import { Lexer } from '../../zone/lexer';

const OPEN = 40;
const CLOSE = 41;

/** `edit` as is, or with the parentheses it would remove unmatched put back into its new text. */
export function keepParenthesesBalanced(text: string, edit: TextEdit): TextEdit {
  if (!hasParenthesis(text, edit.start, edit.end)) return edit;
  // Lex from the line start: quotes and comments end at a line end, so tokens there are right.
  const lexer = new Lexer(text);
  lexer.end = text.lastIndexOf('\n', edit.start - 1) + 1;
  let closes = 0; // closing parentheses in the range whose opening one is before it
  let opens = 0; // opening parentheses in the range whose closing one is after it
  while (lexer.next() && lexer.start < edit.end) {
    if (lexer.start < edit.start) continue;
    if (lexer.kind === 'open') opens++;
    else if (lexer.kind === 'close') {
      if (opens > 0) opens--;
      else closes++;
    }
  }
  if (closes === 0 && opens === 0) return edit;
  const before = ')'.repeat(closes) + (closes > 0 && opens > 0 ? ' ' : '') + '('.repeat(opens);
  // Only closing ones: after the new text, where they were (`( CNAME new )`); else before it.
  const newText = opens === 0 ? `${edit.newText} ${before}` : `${before} ${edit.newText}`;
  return { ...edit, newText };
}

function hasParenthesis(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN || code === CLOSE) return true;
  }
  return false;
}
