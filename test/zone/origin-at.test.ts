// The origin in effect at a place of a file, for the main file and for included ones (what
// completion writes names relative to, also in an included file opened on its own).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../server/src/zone/parser';
import { originAt } from '../../server/src/zone/origin-at';
import { INCLUDED_FILES, INCLUDE_MAIN, memoryIncludeReader } from '../helpers/include-zone';

test('an included file starts with its $INCLUDE line origin, or the one in effect there', () => {
  const zone = parseZone(INCLUDE_MAIN, { file: 'example.com.zone', readInclude: memoryIncludeReader() });
  assert.equal(originAt(zone, 'example.com.zone', INCLUDE_MAIN.length), 'example.com.');
  assert.equal(originAt(zone, 'hosts.zone', 0), 'example.com.');
  assert.equal(originAt(zone, 'hosts.zone', INCLUDED_FILES['hosts.zone'].length), 'lab.example.com.');
  // Read after hosts.zone's $ORIGIN line; sub.zone has an origin argument.
  assert.equal(originAt(zone, 'nested.zone', 0), 'lab.example.com.');
  assert.equal(originAt(zone, 'sub.zone', 0), 'sub.example.com.');
  // Each record was read with the origin originAt gives at its start.
  for (const record of zone.records) assert.equal(originAt(zone, record.file, record.start), record.origin, `${record.file}:${record.start}`);
});
