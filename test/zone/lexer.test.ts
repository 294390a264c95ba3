// Lexer tables: token kinds and exact extents for each lexical construct.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/zone/lexer';

function kinds(text: string) {
  return tokenize(text).map((t) => `${t.kind}:${text.slice(t.start, t.end)}`);
}

const table: Array<[string, string, string[]]> = [
  ['words and blanks', 'www  IN\tA', ['word:www', 'space:  ', 'word:IN', 'space:\t', 'word:A']],
  ['comment to end of line', 'a ; c d\nb', ['word:a', 'space: ', 'comment:; c d', 'newline:\n', 'word:b']],
  ['escaped semicolon stays in the word', 'a\\;b ;c', ['word:a\\;b', 'space: ', 'comment:;c']],
  ['quoted string with escaped quote', '"a\\"b" c', ['quoted:"a\\"b"', 'space: ', 'word:c']],
  ['semicolon inside quotes is data', '"a;b"', ['quoted:"a;b"']],
  ['parentheses', '( a\n)', ['open:(', 'space: ', 'word:a', 'newline:\n', 'close:)']],
  ['CRLF is one newline', 'a\r\nb', ['word:a', 'newline:\r\n', 'word:b']],
  ['unterminated quote ends at the line end', '"abc\nd', ['quoted:"abc', 'newline:\n', 'word:d']],
  ['parenthesis ends a word', 'a(b)', ['word:a', 'open:(', 'word:b', 'close:)']],
  ['lone trailing backslash', 'a \\', ['word:a', 'space: ', 'word:\\']],
  ['lone CR is a blank', 'a\rb', ['word:a', 'space:\r', 'word:b']],
];

for (const [name, text, expected] of table) {
  test(`lexes ${name}`, () => assert.deepEqual(kinds(text), expected));
}
