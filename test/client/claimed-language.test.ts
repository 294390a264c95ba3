// `db.*` files whose extension another language claims (db.ts, db.py) go back to it, unless
// their text reads like a zone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { otherLanguageFor } from '../../client/src/claimed-language';

const LANGUAGES = [
  { id: 'typescript', extensions: ['.ts', '.mts'] },
  { id: 'python', extensions: ['.py'] },
  { id: 'perl', extensions: ['.pl', '.PM'] },
  { id: 'zone', extensions: ['.zone'] },
  { id: 'plaintext' },
];

test('code named db.<extension> goes to the language of its extension', () => {
  assert.equal(otherLanguageFor('/work/app/src/db.ts', 'export const pool = createPool();\n', LANGUAGES), 'typescript');
  assert.equal(otherLanguageFor('C:\\app\\DB.PY', 'import sqlite3\n', LANGUAGES), 'python');
  assert.equal(otherLanguageFor('/app/db.pm', 'package Db;\n', LANGUAGES), 'perl');
  assert.equal(otherLanguageFor('/app/db.pl', '', LANGUAGES), 'perl', 'an empty file has nothing of a zone');
});

test('zone files stay zone files', () => {
  // An extension no language claims: BIND's usual names.
  assert.equal(otherLanguageFor('/etc/bind/db.example.com', '', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/etc/bind/db.local', '; loopback\n', LANGUAGES), undefined);
  // A claimed extension (Poland's .pl is Perl's) with zone text: a directive or an SOA record.
  assert.equal(otherLanguageFor('/zones/db.example.pl', '; zone\n$TTL 1h\n@ IN SOA ns1 host 1 2 3 4 5\n', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/zones/db.example.pl', '$origin example.pl.\n', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/zones/db.example.pl', '; no directives\n@ 3600 IN SOA ns1 host 1 2 3 4 5\n', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/zones/db.example.pl', 'example.pl. SOA ns1 host ( 1 2 3 4 5 )\n', LANGUAGES), undefined);
  // Names that are not db.*: claimed by .zone or by their first line, never handed elsewhere.
  assert.equal(otherLanguageFor('/zones/example.com.zone', 'x', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/zones/db.zone', 'x', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/app/main.ts', 'export {}', LANGUAGES), undefined);
  assert.equal(otherLanguageFor('/app/adb.ts', 'export {}', LANGUAGES), undefined);
});

test('text that only mentions SOA or a directive inside a line is not a zone', () => {
  assert.equal(otherLanguageFor('/app/db.py', '# the SOA record\nx = "$TTL"\n', LANGUAGES), 'python');
});
