// Finding the zone file that $INCLUDEs a file opened on its own (lsp/including-zones.ts), on
// real files in a temporary folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIncludingZoneFinder, includedPaths } from '../server/src/including-zones';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'postmark-zone-includers-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('the zone at the top of nested includes, from the same folder or the one above', () => {
  const dir = folder({
    'example.com.zone': '$TTL 60\n@ IN SOA ns h 1 2 3 4 5\n$INCLUDE parts/hosts.inc\n',
    'parts/hosts.inc': 'www IN A 192.0.2.1\n$include "mail parts.inc" ; nested, quoted, lower case\n',
    'parts/mail parts.inc': 'mail IN A 192.0.2.2\n',
    'parts/alone.inc': 'x IN A 192.0.2.3\n',
    'notes.txt': 'We use $INCLUDE parts/alone.inc sometimes.\n',
    // Not read like a zone file: the $INCLUDE line is past the first 4 KB of text that is no zone.
    'long-notes.txt': `${'words words words\n'.repeat(300)}$INCLUDE parts/alone.inc\n`,
    // No zone file name, but a directive at the top: read.
    'forward': '$TTL 60\n$INCLUDE parts/other.inc\n',
    'parts/other.inc': 'y IN A 192.0.2.4\n',
  });
  try {
    const find = createIncludingZoneFinder(dir);
    assert.equal(find(join(dir, 'parts', 'hosts.inc')), join(dir, 'example.com.zone'));
    assert.equal(find(join(dir, 'parts', 'mail parts.inc')), join(dir, 'example.com.zone'));
    assert.equal(find(join(dir, 'parts', 'alone.inc')), undefined, 'named in the middle of a line, or past the start of text that is no zone');
    assert.equal(find(join(dir, 'parts', 'other.inc')), join(dir, 'forward'));
    assert.equal(find(join(dir, 'example.com.zone')), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the first including file by name wins; a changed file is read again; a loop ends', () => {
  const dir = folder({
    'b.zone': '$INCLUDE shared.inc\n',
    'a.zone': '$INCLUDE shared.inc\n',
    'shared.inc': 'x IN A 192.0.2.1\n',
    'loop1.inc': '$INCLUDE loop2.inc\n',
    'loop2.inc': '$INCLUDE loop1.inc\n',
  });
  try {
    const find = createIncludingZoneFinder(dir);
    assert.equal(find(join(dir, 'shared.inc')), join(dir, 'a.zone'));
    writeFileSync(join(dir, 'a.zone'), '; no longer includes it\n');
    assert.equal(find(join(dir, 'shared.inc')), join(dir, 'b.zone'));
    assert.ok([join(dir, 'loop1.inc'), join(dir, 'loop2.inc')].includes(find(join(dir, 'loop1.inc'))!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('include paths resolve against the including file, then the working directory, as the reader does', () => {
  const dir = folder({ 'zones/z.zone': '$INCLUDE inc/here.inc\n$INCLUDE from-cwd.inc\n$INCLUDE missing.inc\n', 'zones/inc/here.inc': '', 'from-cwd.inc': '' });
  try {
    const text = '$INCLUDE inc/here.inc\n$INCLUDE from-cwd.inc\n$INCLUDE missing.inc\n';
    assert.deepEqual(includedPaths(text, join(dir, 'zones', 'z.zone'), dir), [join(dir, 'zones', 'inc', 'here.inc'), join(dir, 'from-cwd.inc')]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
