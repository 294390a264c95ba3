// Incremental re-parsing must give exactly what a full parse of the edited text gives: the same
// records, directives and findings with the same offsets, the same owner index and the same
// checkpoints, over chains of random edits (newlines, parentheses, quotes, directives, owners).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { reparse, trackedParse, trackedParseOf, type TrackedParse } from '../../server/src/zone/incremental-parse';
import { INCLUDED_FILES, INCLUDE_MAIN, INCLUDE_SNIPPETS, memoryIncludeReader } from '../helpers/include-zone';

const fixtures = join(__dirname, '..', 'fixtures', 'bind');
const zones = [
  readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8'),
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.zone') && !name.includes('include'))
    .map((name) => readFileSync(join(fixtures, name), 'utf8')),
];

const snippets = ['\n', '\r\n', ' ', '\t', '(', ')', '"', ';', 'x', '9', '.', '\\', '@', '$ORIGIN sub\n', '$TTL 60\n', '3600 ', 'www IN A 192.0.2.1\n', '\tIN TXT "hi there"\n', 'mail IN MX 10 mx\n', '$GENERATE 1-3 g$ A 10.0.0.$\n', 'IN CNAME pm.mtasv.net\n'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.oneof(fc.constantFrom(...snippets), fc.string({ maxLength: 4 })) });
const includeEdit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.oneof(fc.constantFrom(...snippets, ...INCLUDE_SNIPPETS), fc.string({ maxLength: 4 })) });

function comparable(parse: TrackedParse) {
  const { zone, marks } = parse;
  return {
    origin: zone.origin,
    files: zone.files.map((file) => [file.file, file.text]),
    records: zone.records,
    directives: zone.directives,
    findings: zone.parseFindings,
    owners: [...zone.byOwner].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    // Where the tracked file begins and ends too: what an edit running to its end compares.
    marks: [parse.begin, ...marks, parse.end].map((m) => ({ ...m, state: { ...m.state, owner: m.state.owner && [m.state.owner.name, m.state.owner.written, m.state.owner.relative] } })),
  };
}

type Edit = { at: number; remove: number; insert: string };

/**
 * Makes `edits` one after the other to the text `read` gives (`write` stores the new one) and
 * checks each re-parse against `full`, the full parse of the state after it. Returns how many
 * edits were re-parsed incrementally.
 */
function chainOfEdits(edits: Edit[], read: () => string, write: (text: string) => void, full: () => TrackedParse | undefined): number {
  let incremental = 0;
  let parse = full();
  for (const e of edits) {
    const text = read();
    const start = e.at % (text.length + 1);
    const oldEnd = Math.min(text.length, start + e.remove);
    write(text.slice(0, start) + e.insert + text.slice(oldEnd));
    const fresh = full();
    const result = parse && fresh && reparse(parse, read(), { start, oldEnd, newEnd: start + e.insert.length });
    if (result) {
      incremental++;
      assert.deepEqual(comparable(result.parse), comparable(fresh!));
      parse = result.parse;
    } else parse = fresh;
  }
  return incremental;
}

test('a chain of random edits re-parses to what a full parse gives', () => {
  let incremental = 0;
  fc.assert(
    fc.property(fc.nat({ max: zones.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (which, edits) => {
      let text = zones[which];
      const options = { file: 'example.com.zone' };
      incremental += chainOfEdits(edits, () => text, (next) => (text = next), () => trackedParse(text, options));
    }),
    { numRuns: 600 },
  );
  // Most edits must take the incremental path, or this test proves little.
  assert.ok(incremental > 1000, `only ${incremental} edits were re-parsed incrementally`);
});

test('removed and added records are exactly the ones that changed', () => {
  const text = '$TTL 60\n@ IN SOA ns h 1 2 3 4 5\n  IN NS ns\nns IN A 192.0.2.1\nwww IN A 192.0.2.2\nmail IN A 192.0.2.3\n';
  const options = { file: 'example.com.zone' };
  const at = text.indexOf('192.0.2.2') + 8;
  const next = text.slice(0, at) + '9' + text.slice(at + 1);
  const result = reparse(trackedParse(text, options), next, { start: at, oldEnd: at + 1, newEnd: at + 1 });
  assert.ok(result);
  assert.deepEqual(result.removed.map((r) => r.owner.name), ['www.example.com.']);
  assert.deepEqual(result.added.map((r) => (r.rdata?.type === 'A' ? r.rdata.address : '')), ['192.0.2.9']);
  assert.equal(result.parse.zone.records.length, 5);
});

test('an edit that changes the inherited owner re-reads the following lines', () => {
  const text = '$TTL 60\n@ IN SOA ns h 1 2 3 4 5\nwww IN A 192.0.2.2\n  IN TXT "a"\n  IN TXT "b"\nmail IN A 192.0.2.3\n';
  const options = { file: 'example.com.zone' };
  const at = text.indexOf('www');
  const next = text.slice(0, at) + 'web' + text.slice(at + 3);
  const result = reparse(trackedParse(text, options), next, { start: at, oldEnd: at + 3, newEnd: at + 3 });
  assert.ok(result);
  // The next line writes its own owner but is re-read too: the state before it differs.
  assert.deepEqual(result.added.map((r) => r.owner.name), ['web.example.com.', 'web.example.com.', 'web.example.com.', 'mail.example.com.']);
  assert.equal(result.parse.zone.byOwner.has('www.example.com.'), false);
});

test('in a zone with $INCLUDE an edit of the main file is re-parsed, the included records kept as they are', () => {
  const options = { file: 'example.com.zone', readInclude: memoryIncludeReader() };
  let incremental = 0;
  fc.assert(
    fc.property(fc.array(includeEdit, { minLength: 1, maxLength: 5 }), (edits) => {
      let text = INCLUDE_MAIN;
      incremental += chainOfEdits(edits, () => text, (next) => (text = next), () => trackedParse(text, options));
    }),
    { numRuns: 400 },
  );
  assert.ok(incremental > 600, `only ${incremental} edits were re-parsed incrementally`);
});

test('an edit of an included file is re-parsed in the zone that includes it, to what a full parse gives', () => {
  let incremental = 0;
  fc.assert(
    fc.property(fc.constantFrom('hosts.zone', 'nested.zone', 'sub.zone'), fc.array(includeEdit, { minLength: 1, maxLength: 5 }), (edited, edits) => {
      const files = { ...INCLUDED_FILES };
      const options = { file: 'example.com.zone', readInclude: memoryIncludeReader(files) };
      incremental += chainOfEdits(edits, () => files[edited], (next) => (files[edited] = next), () => trackedParseOf(INCLUDE_MAIN, options, edited));
    }),
    { numRuns: 400 },
  );
  assert.ok(incremental > 600, `only ${incremental} edits were re-parsed incrementally`);
});

test('a zone with $INCLUDE is parsed in full when an $INCLUDE line is edited, an included file changed, or one is read twice', () => {
  const files = { ...INCLUDED_FILES };
  const options = { file: 'example.com.zone', readInclude: memoryIncludeReader(files) };
  const at = INCLUDE_MAIN.indexOf('192.0.2.2') + 8;
  const digit = (text: string, offset: number) => ({ next: text.slice(0, offset) + '7' + text.slice(offset + 1), change: { start: offset, oldEnd: offset + 1, newEnd: offset + 1 } });
  const plain = digit(INCLUDE_MAIN, at);
  assert.ok(reparse(trackedParse(INCLUDE_MAIN, options), plain.next, plain.change), 'an edit away from the $INCLUDE lines');

  const onInclude = INCLUDE_MAIN.indexOf('hosts.zone');
  const renamed = INCLUDE_MAIN.slice(0, onInclude) + 'Hosts.zone' + INCLUDE_MAIN.slice(onInclude + 1);
  assert.equal(reparse(trackedParse(INCLUDE_MAIN, options), renamed, { start: onInclude, oldEnd: onInclude + 1, newEnd: onInclude + 1 }), undefined);
  const removed = INCLUDE_MAIN.replace('$INCLUDE hosts.zone\n', '');
  const lineStart = INCLUDE_MAIN.indexOf('$INCLUDE hosts.zone');
  assert.equal(reparse(trackedParse(INCLUDE_MAIN, options), removed, { start: lineStart, oldEnd: lineStart + '$INCLUDE hosts.zone\n'.length, newEnd: lineStart }), undefined);

  const before = trackedParse(INCLUDE_MAIN, options);
  files['nested.zone'] += 'new IN A 192.0.2.99\n';
  assert.equal(reparse(before, plain.next, plain.change), undefined, 'a nested included file changed on disk');
  files['nested.zone'] = INCLUDED_FILES['nested.zone'];

  const twice = INCLUDE_MAIN + '$INCLUDE sub.zone other\n';
  const again = digit(twice, at);
  assert.equal(reparse(trackedParse(twice, options), again.next, again.change), undefined, 'sub.zone is read twice');
  const missing = INCLUDE_MAIN + '$INCLUDE absent.zone\n';
  const stillMissing = digit(missing, at);
  assert.equal(reparse(trackedParse(missing, options), stillMissing.next, stillMissing.change), undefined, 'a file that may appear');
  assert.equal(reparse(trackedParse(INCLUDE_MAIN, { file: 'example.com.zone' }), plain.next, plain.change), undefined, 'no reader: cannot tell');
});

test('whole lines inserted or deleted at a line start, and edits at the very start and end', () => {
  const options = { file: 'example.com.zone' };
  const text = '$TTL 60\n@ IN SOA ns h 1 2 3 4 5\n  IN NS ns\nns IN A 192.0.2.1\nwww IN A 192.0.2.2\n';
  const lineStart = text.indexOf('www');
  const cases: Array<[number, number, string]> = [
    [lineStart, lineStart, 'new IN A 192.0.2.9\nnew2 IN TXT "x"\n'],
    [lineStart, lineStart, '; a comment line\n'], // parsing resumes at the very mark it restarted from
    [lineStart, lineStart, '\n'],
    [lineStart, lineStart, '  IN TXT "same owner, same state"\n'],
    [text.indexOf('ns IN A'), lineStart, ''],
    [0, 0, '; header\n'],
    [text.length, text.length, 'tail IN A 192.0.2.7\n'],
    [0, text.indexOf('@'), ''],
  ];
  for (const [start, oldEnd, insert] of cases) {
    const next = text.slice(0, start) + insert + text.slice(oldEnd);
    const result = reparse(trackedParse(text, options), next, { start, oldEnd, newEnd: start + insert.length });
    assert.ok(result, `re-parsed ${JSON.stringify(insert)} at ${start}`);
    assert.deepEqual(comparable(result.parse), comparable(trackedParse(next, options)));
  }
});
