// txt-spans (joined TXT text offsets -> file offsets) and the RFC 7208 §3.3 run-together check:
// fields come from the real lexer, so quotes and escapes are as a zone file has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/zone/lexer';
import { fieldFromToken } from '../../server/src/zone/fields';
import type { Field } from '../../server/src/zone/model';
import { joinedText, stringBoundaries, textOffsetToFile, textSpanToFile } from '../../server/src/mail/txt-spans';
import { parseSpf } from '../../server/src/mail/spf';

/** The character-strings written after `TXT` on a one-line record. */
function fieldsOf(line: string): Field[] {
  const tokens = tokenize(line).filter((token) => token.kind === 'word' || token.kind === 'quoted');
  const typeIndex = tokens.findIndex((token) => line.slice(token.start, token.end) === 'TXT');
  return tokens.slice(typeIndex + 1).map((token) => fieldFromToken(line, token));
}

test('offsets in unescaped text map exactly, across strings', () => {
  const line = '@ IN TXT "v=spf1 a" "mx -all"';
  const fields = fieldsOf(line);
  const text = joinedText(fields);
  assert.equal(text, 'v=spf1 amx -all');
  for (let i = 0; i < text.length; i++) assert.equal(line[textOffsetToFile(fields, i)], text[i], `offset ${i}`);
  assert.deepEqual(stringBoundaries(fields), [8]);
  // The end of the text is the end of the last string's content (before its closing quote).
  assert.equal(textOffsetToFile(fields, text.length), line.length - 1);
});

test('escaped characters map to the start of their escape', () => {
  const line = 'x TXT "a\\"b\\\\c\\065d" e';
  const fields = fieldsOf(line);
  const text = joinedText(fields);
  assert.equal(text, 'a"b\\cAde');
  const expected = ['a', '\\"', 'b', '\\\\', 'c', '\\065', 'd', 'e'];
  for (let i = 0; i < text.length; i++) assert.ok(line.startsWith(expected[i], textOffsetToFile(fields, i)), `offset ${i}`);
});

test('a span ends after its last character, never on the next string', () => {
  const line = 'x TXT "v=spf1 a" "mx -all"';
  const fields = fieldsOf(line);
  const a = textSpanToFile(fields, 7, 8);
  assert.equal(line.slice(a.start, a.end), 'a');
  const across = textSpanToFile(fields, 7, 10);
  assert.equal(line.slice(across.start, across.end), 'a" "mx');
  const escaped = fieldsOf('x TXT "\\065bc"');
  const span = textSpanToFile(escaped, 0, 1);
  assert.deepEqual([span.start, span.end], [7, 11]);
});

test('empty strings and out-of-range offsets do not throw', () => {
  const line = 'x TXT "" "ab" ""';
  const fields = fieldsOf(line);
  assert.equal(line[textOffsetToFile(fields, 0)], 'a');
  assert.equal(textOffsetToFile(fields, 99), line.indexOf('b') + 1);
  assert.equal(textOffsetToFile([], 3), 0);
});

/** [strings as written, expected run-together token or undefined] */
const joins: Array<[string, string | undefined]> = [
  ['"v=spf1 include:a.com" "include:b.com ~all"', 'include:a.cominclude:b.com'],
  ['"v=spf1 a" "mx -all"', 'amx'],
  ['"v=spf1 include:_spf.google.com" "~all"', 'include:_spf.google.com~all'],
  ['"v=spf1 ip4:192.0.2.1" "ip4:192.0.2.2 -all"', 'ip4:192.0.2.1ip4:192.0.2.2'],
  ['"v=spf1" "mx"', 'v=spf1mx'],
  // Splits inside a term that still join to the intended text are fine.
  ['"v=spf1 ip4:" "192.0.2.5 -all"', undefined],
  ['"v=spf1 include:spf.prot" "ection.outlook.com -all"', undefined],
  ['"v=spf1 a:host.example.c" "a -all"', undefined],
  ['"v=spf1 a " "mx -all"', undefined],
  ['"v=spf1 a" " mx -all"', undefined],
];

for (const [strings, token] of joins) {
  test(`§3.3 join: ${strings}`, () => {
    const fields = fieldsOf(`x TXT ${strings}`);
    const text = joinedText(fields);
    const { problems } = parseSpf(text, { boundaries: stringBoundaries(fields) });
    const joined = problems.filter((problem) => problem.kind === 'run-together');
    if (token === undefined) {
      assert.deepEqual(problems, []);
    } else {
      assert.equal(joined.length, 1, JSON.stringify(problems));
      assert.equal(problems.length, 1, 'the run-together token gets no second problem');
      assert.equal(text.slice(joined[0].start, joined[0].end), token);
      assert.ok(joined[0].message.includes('RFC 7208 §3.3'));
    }
  });
}

test('without string boundaries, a run-together token is just a term', () => {
  const { problems } = parseSpf('v=spf1 amx -all');
  assert.equal(problems.length, 1);
  assert.equal(problems[0].kind, undefined);
});
