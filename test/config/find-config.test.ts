// findConfigFile / loadConfig on a real temporary folder tree: the nearest postmark-zone.json
// above the zone file wins, folders with that name are not files, and failures are returned.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findConfigFile, loadConfig, loadConfigForZone } from '../../server/src/config/find-config';

let root = '';

before(() => {
  root = mkdtempSync(join(tmpdir(), 'postmark-zone-config-'));
  mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
  mkdirSync(join(root, 'a', 'b', 'postmark-zone.json')); // a folder, not a file
  writeFileSync(join(root, 'a', 'postmark-zone.json'), '{ "domains": { "example.com": { "returnPath": { "host": "bounces" } } } }\n');
  writeFileSync(join(root, 'a', 'b', 'c', 'postmark-zone.json'), '{ "domains": { "example.org": {} }, "bogus": 1 }');
  writeFileSync(join(root, 'a', 'b', 'c', 'example.org.zone'), '');
  writeFileSync(join(root, 'a', 'b', 'example.com.zone'), '');
});

after(() => rmSync(root, { recursive: true, force: true }));

describe('findConfigFile', () => {
  test('walks up from the zone file, past a folder with the name, to the nearest file', () => {
    assert.equal(findConfigFile(join(root, 'a', 'b', 'example.com.zone')), join(root, 'a', 'postmark-zone.json'));
  });

  test('the nearest file wins', () => {
    assert.equal(findConfigFile(join(root, 'a', 'b', 'c', 'example.org.zone')), join(root, 'a', 'b', 'c', 'postmark-zone.json'));
  });

  test('a file: URI works like a path', () => {
    assert.equal(findConfigFile(pathToFileURL(join(root, 'a', 'b', 'example.com.zone')).href), join(root, 'a', 'postmark-zone.json'));
  });

  test('none on the way up: undefined', (t) => {
    const outside = findConfigFile(join(root, 'zone.db'));
    if (outside !== undefined) {
      t.skip(`a postmark-zone.json above the temporary folder (${outside}) is in the way`);
      return;
    }
    assert.equal(outside, undefined);
  });
});

describe('loadConfig', () => {
  test('reads and checks the file, keeping its text for positions', () => {
    const loaded = loadConfigForZone(join(root, 'a', 'b', 'example.com.zone'));
    assert.ok(loaded && 'config' in loaded);
    assert.equal(loaded.file, join(root, 'a', 'postmark-zone.json'));
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.config.domains, [{ domain: 'example.com.', returnPath: { host: 'bounces' } }]);
  });

  test('problems come with offsets into the text', () => {
    const loaded = loadConfig(join(root, 'a', 'b', 'c', 'postmark-zone.json'));
    assert.ok('problems' in loaded);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.text.slice(loaded.problems[0].start, loaded.problems[0].end), '"bogus"');
    assert.deepEqual(loaded.config.domains, [{ domain: 'example.org.' }]);
  });

  test('a file that cannot be read is an error, not an exception', () => {
    const missing = loadConfig(join(root, 'nope', 'postmark-zone.json'));
    assert.ok('error' in missing);
    assert.match(missing.error, /ENOENT/);
    const folder = loadConfig(join(root, 'a', 'b', 'postmark-zone.json'));
    assert.ok('error' in folder);
  });

  test('a byte-order mark is dropped without moving offsets', () => {
    const file = join(root, 'bom.json');
    writeFileSync(file, '\ufeff{ "x": 1 }');
    const loaded = loadConfig(file);
    assert.ok('problems' in loaded);
    assert.equal(loaded.problems.length, 1);
    assert.equal(loaded.text.slice(loaded.problems[0].start, loaded.problems[0].end), '"x"');
    assert.equal(dirname(loaded.file), root);
  });
});
