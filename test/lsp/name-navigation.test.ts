// Go to definition and find references for domain names (server/src/lsp/name-navigation.ts),
// on a zone with relative, absolute and differently-cased names, an inherited owner, an
// $INCLUDE'd file and a $GENERATE line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver';
import { analyze } from '../../server/src/analyze';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { definitionsAt, referencesAt } from '../../server/src/lsp/name-navigation';
import { HOSTS, NAMES_FILE, NAMES_URI, offsetOf, readAliases } from '../helpers/names-zone';

const TEXT = [...HOSTS, 'far IN CNAME mail.example.net.', '$INCLUDE aliases.zone', '$GENERATE 1-3 host$ CNAME mail', ''].join('\n');
const { zone } = analyze(TEXT, { file: NAMES_FILE, readInclude: readAliases() });
const locator = new FileLocator(NAMES_FILE, NAMES_URI, zone.files);
const at = (fragment: string, occurrence = 0, into = 1) => offsetOf(TEXT, fragment, occurrence, into);

/** Each location as `line:character+length` (main file) or `file line:character+length`. */
function show(locations: Location[]): string[] {
  return locations.map((l) => {
    const where = `${l.range.start.line}:${l.range.start.character}+${l.range.end.character - l.range.start.character}`;
    return l.uri === NAMES_URI ? where : `${l.uri.replace('file:///zones/', '')} ${where}`;
  });
}

test("a name in record data leads to the records at that name (an inherited owner: its record's type)", () => {
  const mail = ['6:0+4', '7:8+4'];
  assert.deepEqual(show(definitionsAt(zone, locator, at('10 mail', 0, 4))), mail);
  assert.deepEqual(show(definitionsAt(zone, locator, at('Mail.example.com.'))), mail, 'absolute, other case');
  assert.deepEqual(show(definitionsAt(zone, locator, at('5060 mail', 0, 6))), mail);
  assert.deepEqual(show(definitionsAt(zone, locator, at('ns1', 1))), ['5:0+3'], 'the apex NS target');
  assert.deepEqual(show(definitionsAt(zone, locator, at('mail IN A'))), mail, 'an owner: the records at its name');
});

test('a name outside the zone, or a place that is no name, has no definition', () => {
  assert.deepEqual(definitionsAt(zone, locator, at('mail.example.net.')), []);
  assert.deepEqual(definitionsAt(zone, locator, at('192.0.2.25')), []);
  assert.deepEqual(definitionsAt(zone, locator, at('CNAME', 0)), []);
  assert.deepEqual(definitionsAt(zone, locator, at('$TTL')), []);
  assert.deepEqual(definitionsAt(zone, locator, at('host$', 0)), [], "a $GENERATE line's names are not looked up");
});

test('references: every name in record data pointing at the name, in the main and included files', () => {
  // The $GENERATE line's three records point from the line itself, once.
  const pointers = ['4:11+4', '8:13+17', '9:26+4', 'aliases.zone 0:15+4', '12:0+30'];
  assert.deepEqual(show(referencesAt(zone, locator, at('mail IN A'), false)), pointers, 'from the owner');
  assert.deepEqual(show(referencesAt(zone, locator, at('Mail.example.com.'), false)), pointers, 'from a pointer');
  assert.deepEqual(show(referencesAt(zone, locator, at('mail IN A'), true)), ['6:0+4', '7:8+4', ...pointers], 'with the records at the name');
  assert.deepEqual(referencesAt(zone, locator, at('www IN'), false), [], 'nothing points at www');
});
