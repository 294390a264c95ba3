// Names: the hot-path shortcuts (isAbsolute, nameKey, nameProblem) must answer exactly as the
// label-by-label definitions do, on random names full of dots, escapes and odd characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isAbsolute, nameKey, nameProblem, resolveName, splitLabels } from '../../server/src/zone/names';
import { decodeText } from '../../server/src/zone/text-value';

const nameLike = fc.array(fc.constantFrom('a', 'B', 'z', '.', '\\', '0', '4', '6', '-', 'é', ' '), { maxLength: 14 }).map((parts) => parts.join(''));
const longName = fc.array(fc.stringMatching(/^[a-z]{1,70}$/), { minLength: 1, maxLength: 6 }).map((labels) => `${labels.join('.')}.`);

/** RFC 1035 §2.3.4 by definition: every label decoded, lengths counted in octets. */
function referenceProblem(name: string): string | undefined {
  const { labels } = splitLabels(name);
  let wire = 1;
  for (const label of labels) {
    if (label === '') return 'zone/invalid-rdata';
    const octets = decodeText(label).octets;
    if (octets > 63) return 'zone/name-too-long';
    wire += octets + 1;
  }
  return wire > 255 ? 'zone/name-too-long' : undefined;
}

test('isAbsolute agrees with splitting the name into labels', () => {
  fc.assert(fc.property(nameLike, (name) => assert.equal(isAbsolute(name), splitLabels(name).absolute, JSON.stringify(name))), { numRuns: 20000 });
});

test('nameProblem agrees with counting octets label by label', () => {
  fc.assert(fc.property(fc.oneof(nameLike, longName), (name) => assert.equal(nameProblem(name)?.code, referenceProblem(name), JSON.stringify(name))), { numRuns: 20000 });
});

test('nameKey ignores ASCII case and spelling of escapes, and nothing else', () => {
  assert.equal(nameKey('WWW.Example.COM.'), 'www.example.com.');
  assert.equal(nameKey('\\065bc.example.'), nameKey('abc.example.'));
  assert.equal(nameKey('a\\.b.example.'), 'a\\.b.example.');
  assert.notEqual(nameKey('a\\.b.example.'), nameKey('a.b.example.'));
  assert.notEqual(nameKey('example.com'), nameKey('example.com.'));
  fc.assert(fc.property(nameLike, (name) => assert.equal(nameKey(name), nameKey(name.toUpperCase().replace(/É/g, 'é')))), { numRuns: 5000 });
});

test('resolveName: @, absolute and relative names', () => {
  assert.deepEqual(resolveName('@', 'example.com.'), { name: 'example.com.', relative: true });
  assert.deepEqual(resolveName('www', 'example.com.'), { name: 'www.example.com.', relative: true });
  assert.deepEqual(resolveName('pm.mtasv.net.', 'example.com.'), { name: 'pm.mtasv.net.', relative: false });
  assert.deepEqual(resolveName('dot\\.', 'example.com.'), { name: 'dot\\..example.com.', relative: true });
  assert.deepEqual(resolveName('host', '.'), { name: 'host.', relative: true });
});
