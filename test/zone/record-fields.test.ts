// Records whose rdata keeps no field (A, AAAA, NS, CNAME, PTR, DNAME, MX) read their fields
// again from the text when asked, and an A or AAAA record its address too (read-record.ts).
// What they read must be exactly the words and quoted strings after the type token, made the
// general way (tokenize + fieldFromToken), for every record of the example, the BIND fixtures
// and mutated zones, and still after edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseZone } from '../../server/src/zone/parser';
import { tokenize } from '../../server/src/zone/lexer';
import { fieldFromToken } from '../../server/src/zone/fields';
import { ReadRecord } from '../../server/src/zone/read-record';
import { reparse, trackedParse } from '../../server/src/zone/incremental-parse';
import type { Zone } from '../../server/src/zone/model';

const example = readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8');
const fixtures = readdirSync(join(__dirname, '..', 'fixtures', 'bind'))
  .filter((name) => name.endsWith('.zone') && !name.includes('include'))
  .map((name) => readFileSync(join(__dirname, '..', 'fixtures', 'bind', name), 'utf8'));

let addresses = 0;

/** Every record's fields equal the word and quoted tokens between its type and its end. */
function assertFieldsAsWritten(zone: Zone, text: string): number {
  const tokens = tokenize(text).filter((t) => t.kind === 'word' || t.kind === 'quoted');
  let readAgain = 0;
  for (const record of zone.records) {
    if (record.generatedBy) continue;
    if (record instanceof ReadRecord && record.storedFields === undefined) readAgain++;
    const expected = tokens.filter((t) => t.start >= record.typeSpan.end && t.end <= record.end).map((t) => fieldFromToken(text, t));
    assert.deepEqual(record.fields, expected, `fields of the ${record.type} record at ${record.start}`);
    // An address is read again from the text too (read-record.ts READ_ADDRESS): it must be the one field as written.
    if (record.rdata?.type === 'A' || record.rdata?.type === 'AAAA') {
      assert.deepEqual(record.rdata, { type: record.type, address: expected[0].raw }, `address of the ${record.type} record at ${record.start}`);
      addresses++;
    }
  }
  return readAgain;
}

test('fields read again from the text are the fields as written', () => {
  let readAgain = 0;
  for (const text of [example, ...fixtures]) readAgain += assertFieldsAsWritten(parseZone(text, { file: 'example.com.zone' }), text);
  assert.ok(readAgain > 50, `only ${readAgain} records read their fields again`);
  assert.ok(addresses > 20, `only ${addresses} addresses checked`);
});

test('the same holds in mutated zones and after incremental edits', () => {
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom('', ' ', '\n', '(', ')', '"x y"', 'mail IN MX 10 mx\n', '\\032', ';', '  IN A 192.0.2.7\n') });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
      let text = example;
      let parse = trackedParse(text, { file: 'example.com.zone' });
      for (const e of edits) {
        const start = e.at % (text.length + 1);
        const oldEnd = Math.min(text.length, start + e.remove);
        text = text.slice(0, start) + e.insert + text.slice(oldEnd);
        parse = reparse(parse, text, { start, oldEnd, newEnd: start + e.insert.length })?.parse ?? trackedParse(text, { file: 'example.com.zone' });
        assertFieldsAsWritten(parse.zone, text);
      }
    }),
    { numRuns: 300 },
  );
});
