// The owner index keeps one-record names bare and hands out arrays: every read must look like
// a Map of arrays in file order, through adds, in-order inserts and removals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ZoneRecord } from '../../server/src/zone/model';
import { OwnerIndex } from '../../server/src/zone/owner-index';

const record = (start: number) => ({ start, end: start + 1 }) as ZoneRecord;

test('reads look like a Map of arrays in file order', () => {
  const index = new OwnerIndex();
  const [a, b, c, d] = [record(10), record(20), record(30), record(40)];
  index.add('www.', a);
  assert.deepEqual(index.get('www.'), [a]);
  assert.equal(index.count('www.'), 1);
  index.add('www.', c);
  index.insertInOrder('www.', b);
  assert.deepEqual(index.get('www.'), [a, b, c]);
  index.insertInOrder('mail.', d);
  assert.deepEqual([...index], [['www.', [a, b, c]], ['mail.', [d]]]);
  assert.deepEqual([...index.keys()], ['www.', 'mail.']);
  assert.deepEqual([...index.values()], [[a, b, c], [d]]);
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
