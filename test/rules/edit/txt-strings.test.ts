// TXT strings written by fixes: values split into <=255-octet pieces on character boundaries
// (so never inside an escape), quoted so the parser reads back exactly the value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quoteCharacterString, splitTxtValue, txtRdata } from '../../../server/src/rules/edit/txt-strings';
import { decodeText, utf8Length } from '../../../server/src/zone/text-value';
import { parseZone } from '../../../server/src/zone/parser';

test('splitTxtValue: pieces of at most 255 octets, whole characters', () => {
  assert.deepEqual(splitTxtValue(''), ['']);
  assert.deepEqual(splitTxtValue('x'.repeat(600)).map((s) => s.length), [255, 255, 90]);
  assert.deepEqual(splitTxtValue('é'.repeat(200)).map((s) => s.length), [127, 73]);
  const emoji = splitTxtValue('😀'.repeat(70));
  assert.deepEqual(emoji.map((s) => utf8Length(s)), [252, 28]);
  assert.equal(emoji.join(''), '😀'.repeat(70));
});

test('splitTxtValue with breakBefore: pieces end before the last blank that fits, else at the limit', () => {
  const terms = 'v=spf1 ' + Array.from({ length: 30 }, (_, i) => `ip4:192.0.2.${i}`).join(' ') + ' -all';
  const pieces = splitTxtValue(terms, 255, ' ');
  assert.equal(pieces.join(''), terms);
  assert.ok(pieces.length > 1);
  for (const piece of pieces) assert.ok(piece.length <= 255);
  for (const piece of pieces.slice(1)) assert.match(piece, /^ ip4:|^ -all$/);
  // A blank right at the limit ends the piece there; a term longer than the limit is cut.
  assert.deepEqual(splitTxtValue('aaaa bb', 4, ' '), ['aaaa', ' bb']);
  assert.deepEqual(splitTxtValue('a bbbbbbb', 4, ' '), ['a', ' bbb', 'bbbb']);
  assert.deepEqual(splitTxtValue('ab cd ef', 6, ' '), ['ab cd', ' ef']);
  assert.deepEqual(splitTxtValue('ab cd ef', 6), ['ab cd ', 'ef']);
  assert.equal(txtRdata('ab cd ef', ' '), '"ab cd ef"');
});

test('quoteCharacterString escapes quotes, backslashes and control characters', () => {
  assert.equal(quoteCharacterString('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(quoteCharacterString('line\nbreak\x7f'), '"line\\010break\\127"');
  assert.equal(txtRdata('k=rsa; p=AB'), '"k=rsa; p=AB"');
});

test('property: the written strings read back as the value, each within 255 octets', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 700 }), (value) => {
      const pieces = splitTxtValue(value);
      assert.equal(pieces.join(''), value);
      for (const piece of pieces) {
        assert.ok(utf8Length(piece) <= 255);
        assert.equal(decodeText(quoteCharacterString(piece).slice(1, -1)).value, piece);
      }
    }),
  );
});

test('a record written with txtRdata parses back to the value without findings', () => {
  const value = `k=rsa; p=${'A'.repeat(400)}; n="quoted\\"`;
  const zone = parseZone(`$TTL 300\n@ IN SOA ns1.example.com. h.example.com. 1 2 3 4 5\nx IN TXT ${txtRdata(value)}\n`, { file: 'example.com.zone' });
  const record = zone.records.find((r) => r.type === 'TXT');
  assert.equal(record?.rdata?.type === 'TXT' ? record.rdata.text : undefined, value);
  assert.deepEqual(zone.parseFindings, []);
});
