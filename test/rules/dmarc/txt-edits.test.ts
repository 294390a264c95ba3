// Edits to a TXT record's joined text for the dmarc/ fixes: they stay inside the strings, go
// through escapes and across strings, and are refused when unsafe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../server/src/zone/lexer';
import { fieldFromToken } from '../../../server/src/zone/fields';
import type { Field } from '../../../server/src/zone/model';
import { textReplacementEdits, type TextReplacement } from '../../../server/src/rules/dmarc/txt-edits';
import { joinedText } from '../../../server/src/mail/txt-spans';
import { applyFixEdits } from '../../helpers/apply-edits';

/** The strings after `TXT` on a one-line record. */
function strings(line: string): Field[] {
  const tokens = tokenize(line);
  const type = tokens.findIndex((t) => line.slice(t.start, t.end) === 'TXT');
  return tokens.slice(type + 1).filter((t) => t.kind === 'quoted' || t.kind === 'word').map((t) => fieldFromToken(line, t));
}

function edited(line: string, replacements: TextReplacement[]): string | undefined {
  const edits = textReplacementEdits('f', line, strings(line), replacements);
  return edits && applyFixEdits(line, edits);
}

test('txt edits: removal through escapes', () => {
  assert.equal(edited('x TXT "v=DMARC1\\059 pct=5\\059 p=no\\110e"', [{ start: 9, end: 16, newText: '' }]), 'x TXT "v=DMARC1\\059 p=no\\110e"');
});

test('txt edits: removal inside one string', () => {
  assert.equal(edited('x TXT "v=DMARC1; pct=5; p=none"', [{ start: 9, end: 16, newText: '' }]), 'x TXT "v=DMARC1; p=none"');
});

test('txt edits: removal across strings leaves an empty middle string', () => {
  const line = 'x TXT "v=DMARC1; pc" "t=" "5; p=none"';
  assert.equal(edited(line, [{ start: 9, end: 16, newText: '' }]), 'x TXT "v=DMARC1;" "" " p=none"');
  assert.equal(joinedText(strings(edited(line, [{ start: 9, end: 16, newText: '' }])!)), 'v=DMARC1; p=none');
});

test('txt edits: insertion at the front and escapes in new text', () => {
  assert.equal(edited('x TXT "p=none"', [{ start: 0, end: 0, newText: 'a"\\; ' }]), 'x TXT "a\\"\\\\; p=none"');
});

test('txt edits: insertion skips an empty first string', () => {
  assert.equal(edited('x TXT "" "p=none"', [{ start: 0, end: 0, newText: 'v=DMARC1; ' }]), 'x TXT "" "v=DMARC1; p=none"');
});

test('txt edits: refused when an unquoted string would need quotes or vanish', () => {
  assert.equal(edited('x TXT p=none', [{ start: 0, end: 0, newText: 'v=DMARC1; ' }]), undefined);
  assert.equal(edited('x TXT "v=DMARC1;" pct=5', [{ start: 9, end: 14, newText: '' }]), undefined);
  assert.equal(edited('x TXT "v=DMARC1;" pct=5x', [{ start: 9, end: 14, newText: '' }]), 'x TXT "v=DMARC1;" x');
});

test('txt edits: refused when a string would pass 255 octets', () => {
  const long = 'a'.repeat(250);
  assert.equal(edited(`x TXT "${long}"`, [{ start: 0, end: 0, newText: 'v=DMARC1; ' }]), undefined);
  assert.equal(edited(`x TXT "${long}"`, [{ start: 0, end: 0, newText: 'v=D; ' }]), `x TXT "v=D; ${long}"`);
});

test('txt edits: refused when the file does not hold the parsed strings', () => {
  const line = 'x TXT "v=DMARC1; p=none"';
  assert.equal(textReplacementEdits('f', line.replace('none', 'nope'), strings(line), [{ start: 0, end: 1, newText: '' }]), undefined);
});
