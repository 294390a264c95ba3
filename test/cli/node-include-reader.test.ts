// The $INCLUDE reader the CLI and the language server use: where it looks, and what it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeIncludeReader } from '../../server/src/node-include-reader';

test('$INCLUDE reads a file beside the including one first, then in the working directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'include-reader-'));
  try {
    mkdirSync(join(dir, 'zones'));
    writeFileSync(join(dir, 'zones', 'beside.db'), 'beside\n');
    writeFileSync(join(dir, 'cwd.db'), 'cwd\n');
    const read = createNodeIncludeReader(dir);
    const main = join(dir, 'zones', 'main.zone');
    assert.deepEqual(read('beside.db', main), { file: join(dir, 'zones', 'beside.db'), text: 'beside\n' });
    assert.deepEqual(read('cwd.db', main), { file: join(dir, 'cwd.db'), text: 'cwd\n' });
    assert.match((read('none.db', main) as { error: string }).error, /^file not found \(looked for '.*zones\/none\.db' and '.*\/none\.db'\)$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('$INCLUDE of a directory or a device is refused with a reason, never read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'include-reader-'));
  try {
    mkdirSync(join(dir, 'sub'));
    const read = createNodeIncludeReader(dir);
    assert.deepEqual(read('sub', join(dir, 'main.zone')), { error: `'${join(dir, 'sub')}' is a directory, not a zone file` });
    // /dev/zero never ends: reading it would hang the check.
    assert.deepEqual(read('/dev/zero', join(dir, 'main.zone')), { error: "'/dev/zero' is a device, not a zone file" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
