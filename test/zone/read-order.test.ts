// The reading order of a zone spread over files: what incremental parsing uses to place the
// edited lines' records among the included ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/zone/parser';
import { readOrder } from '../../server/src/zone/read-order';
import { INCLUDED_FILES, INCLUDE_MAIN, memoryIncludeReader } from '../helpers/include-zone';

const options = { file: 'example.com.zone', readInclude: memoryIncludeReader() };

test('compare puts records in the order the parser read them, across nested includes', () => {
  const zone = parseZone(INCLUDE_MAIN, options);
  const order = readOrder(zone);
  assert.ok(order);
  assert.deepEqual(new Set(zone.files.map((f) => f.file)), new Set(['example.com.zone', 'hosts.zone', 'nested.zone', 'sub.zone']));
  const shuffled = [...zone.records].reverse();
  assert.deepEqual(shuffled.sort(order), zone.records);
  // A place in a file: after what was read before it, before what was read after it.
  const deep = zone.records.find((r) => r.owner.name === 'deep.lab.example.com.')!;
  assert.equal(deep.file, 'nested.zone');
  const site = { file: 'example.com.zone', start: INCLUDE_MAIN.indexOf('$INCLUDE hosts.zone') };
  assert.ok(order(deep, { ...site, start: site.start - 1 }) > 0 && order(deep, site) === 0 && order(deep, { ...site, start: site.start + 1 }) < 0, 'nested records sit at the main file\'s $INCLUDE line');
  const nestedSite = { file: 'hosts.zone', start: INCLUDED_FILES['hosts.zone'].indexOf('$INCLUDE nested.zone') };
  assert.ok(order(deep, { ...nestedSite, start: nestedSite.start - 1 }) > 0 && order(deep, { ...nestedSite, start: nestedSite.start + 1 }) < 0, 'and at hosts.zone\'s');
});

test('one file: offsets; a file read twice: no reading order', () => {
  const single = parseZone('$TTL 60\nb IN A 192.0.2.2\na IN A 192.0.2.1\n', { file: 'example.com.zone' });
  const [b, a] = single.records;
  assert.ok(readOrder(single)!(b, a) < 0);
  const twice = parseZone(`${INCLUDE_MAIN}$INCLUDE sub.zone other\n`, options);
  assert.equal(readOrder(twice), undefined);
});
