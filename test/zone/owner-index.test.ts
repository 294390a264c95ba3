// The owner index keeps one-record names bare and hands out arrays: every read must look like
// a Map of arrays in file order, through adds, in-order inserts and removals, for many names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ZoneRecord } from '../../server/src/zone/model';
import { OwnerIndex } from '../../server/src/zone/owner-index';

const record = (start: number) => ({ start, end: start + 1 }) as ZoneRecord;
const byStart = (a: ZoneRecord, b: ZoneRecord) => a.start - b.start;

test('reads look like a Map of arrays in file order', () => {
  const index = new OwnerIndex();
  const [a, b, c, d] = [record(10), record(20), record(30), record(40)];
  index.add('www.', a);
  assert.deepEqual(index.get('www.'), [a]);
  assert.equal(index.count('www.'), 1);
  index.add('www.', c);
  index.insertInOrder('www.', b, byStart);
  assert.deepEqual(index.get('www.'), [a, b, c]);
  index.insertInOrder('mail.', d, byStart);
  // Names come in no particular order (they are spread over several Maps).
  const byKey = (x: [string, unknown], y: [string, unknown]) => (x[0] < y[0] ? -1 : 1);
  assert.deepEqual([...index].sort(byKey), [['mail.', [d]], ['www.', [a, b, c]]]);
  assert.deepEqual([...index.keys()].sort(), ['mail.', 'www.']);
  assert.deepEqual([...index.values()].sort((x, y) => x.length - y.length), [[d], [a, b, c]]);
  assert.equal(index.size, 2);
  assert.deepEqual([...index.shared()], [[a, b, c]]);
  index.remove('www.', b);
  index.remove('www.', a);
  assert.deepEqual(index.get('www.'), [c]);
  assert.equal(index.count('www.'), 1);
  assert.deepEqual([...index.shared()], []);
  index.remove('www.', c);
  index.remove('mail.', record(99)); // not there: nothing happens
  assert.equal(index.has('www.'), false);
  assert.equal(index.get('www.'), undefined);
  assert.deepEqual(index.get('mail.'), [d]);
  const seen: string[] = [];
  index.forEach((records, key) => seen.push(`${key}${records.length}`));
  assert.deepEqual(seen, ['mail.1']);
});

test('find gives the first matching record of a name, bare or in a list, and nothing for others', () => {
  const index = new OwnerIndex();
  const [a, b, c] = [record(10), record(20), record(30)];
  index.add('one.', a);
  index.add('two.', b);
  index.add('two.', c);
  assert.equal(index.find('one.', (r) => r.start === 10), a);
  assert.equal(index.find('one.', (r) => r.start === 20), undefined);
  assert.equal(index.find('two.', (r) => r.start > 15), b);
  assert.equal(index.find('two.', (r) => r.start > 25), c);
  assert.equal(index.find('none.', () => true), undefined);
});

test('many names: every name finds its records, and shared() lists exactly the names with several', () => {
  const index = new OwnerIndex();
  const expected = new Map<string, ZoneRecord[]>();
  for (let i = 0; i < 5000; i++) {
    const key = i % 7 === 0 ? `multi${i % 70}.example.` : `h${i}.sub${i % 13}.example.`;
    const r = record(i);
    index.add(key, r);
    expected.set(key, [...(expected.get(key) ?? []), r]);
  }
  assert.equal(index.size, expected.size);
  for (const [key, records] of expected) assert.deepEqual(index.get(key), records);
  const shared = [...index.shared()].map((list) => list[0].start).sort((x, y) => x - y);
  const expectedShared = [...expected.values()].filter((l) => l.length > 1).map((l) => l[0].start).sort((x, y) => x - y);
  assert.deepEqual(shared, expectedShared);
  assert.equal(index.get('.'), undefined);
  assert.equal(index.get(''), undefined);
});
