// Property tests: on random and mutated zone text the lexer's tokens cover every character
// exactly once, and the parser and the whole analysis never throw and always finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { tokenize } from '../../server/src/zone/lexer';
import { analyze } from '../../server/src/analyze';

const example = readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8');
const zoneAlphabet = fc.constantFrom(...' \t\n\r;()"\\$@.*-_0123456789aAzZ:/=+#'.split(''), 'IN', 'TXT', 'SOA', 'MX', 'A', 'CNAME', '$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', 'é', '\u0000');
const zoneLike = fc.array(zoneAlphabet, { maxLength: 300 }).map((parts) => parts.join(''));

type Edit = { at: number; remove: number; insert: string };
const mutated = fc
  .array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.oneof(zoneLike, fc.string({ maxLength: 5 })) }), { minLength: 1, maxLength: 6 })
  .map((edits: Edit[]) => edits.reduce((text, e) => { const at = e.at % (text.length + 1); return text.slice(0, at) + e.insert + text.slice(at + e.remove); }, example));

function assertCovers(text: string) {
  let position = 0;
  for (const token of tokenize(text)) {
    assert.equal(token.start, position, 'tokens must be contiguous');
    assert.ok(token.end > token.start, 'tokens must not be empty');
    position = token.end;
  }
  assert.equal(position, text.length, 'tokens must reach the end');
}

function assertAnalyses(text: string) {
  const { findings, zone } = analyze(text, { file: 'example.com.zone' });
  for (const f of [...findings, ...zone.parseFindings]) {
    assert.ok(f.start >= 0 && f.end >= f.start && f.end <= text.length, `finding ${f.code} out of range`);
  }
}

test('tokens cover every character of random text', () => {
  fc.assert(fc.property(fc.oneof(zoneLike, fc.string({ unit: 'binary', maxLength: 200 })), (text) => assertCovers(text)), { numRuns: 2000 });
});

test('analysis never throws on random text', () => {
  fc.assert(fc.property(zoneLike, (text) => assertAnalyses(text)), { numRuns: 1000 });
});

test('analysis never throws on mutated example zones, and tokens still cover them', () => {
  fc.assert(fc.property(mutated, (text) => { assertCovers(text); assertAnalyses(text); }), { numRuns: 500 });
});
