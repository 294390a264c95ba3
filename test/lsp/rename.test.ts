// Renaming a domain name (server/src/lsp/rename.ts): every written occurrence changes, each in
// its own form (relative under its origin, absolute otherwise), in $INCLUDE'd files too; the
// re-analysed zone has the records and pointers at the new name and none at the old; names that
// cannot be renamed or written say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyze';
import { nameKey } from '../../server/src/zone/names';
import { rdataNames } from '../../server/src/zone/rdata-names';
import { prepareRename, renameEdits } from '../../server/src/lsp/rename';
import type { TextEdit } from '../../server/src/rules/rule';
import { applyFixEdits } from '../helpers/apply-edits';
import { HOSTS, INCLUDED_FILE, INCLUDED_TEXT, NAMES_FILE, offsetOf, readAliases } from '../helpers/names-zone';

const TEXT = [
  ...HOSTS,
  '$INCLUDE aliases.zone',
  '$ORIGIN sub.example.com.',
  'x IN CNAME mail.example.com.',
  'host IN A 192.0.2.80',
  'y IN CNAME host',
  '$ORIGIN example.com.',
  'www2 IN CNAME host.sub',
  '$GENERATE 1-2 gen$ A 192.0.2.$',
  'g IN CNAME gen1',
  'ext IN CNAME web.example.net.',
  '',
].join('\n');
const FILE = NAMES_FILE;
const zone = analyze(TEXT, { file: FILE, readInclude: readAliases() }).zone;
const analyzeTexts = (main: string, included: string) => analyze(main, { file: FILE, readInclude: readAliases(included) }).zone;
const at = (fragment: string, occurrence = 0) => offsetOf(TEXT, fragment, occurrence);

function rename(offset: number, newName: string): { main: string; included: string } {
  const edits = renameEdits(zone, FILE, TEXT, offset, newName);
  assert.ok(Array.isArray(edits), `no error: ${JSON.stringify(edits)}`);
  return { main: applyFixEdits(TEXT, edits as TextEdit[], FILE), included: applyFixEdits(INCLUDED_TEXT, edits as TextEdit[], INCLUDED_FILE) };
}

/** Owners and pointers of the name with this key in a zone. */
function census(main: string, included: string, name: string): { records: number; pointers: number } {
  const renamed = analyzeTexts(main, included);
  const key = nameKey(name);
  return {
    records: renamed.byOwner.get(key)?.length ?? 0,
    pointers: renamed.records.flatMap((r) => rdataNames(r)).filter((ref) => nameKey(ref.name) === key).length,
  };
}

test('renaming a host rewrites its owner and every pointer, each in its own form', () => {
  const { main, included } = rename(at('10 mail') + 3, 'smtp');
  const expected = TEXT.replace('10 mail', '10 smtp')
    .replace('mail IN A', 'smtp IN A')
    .replace('Mail.example.com.', 'smtp.example.com.')
    .replace('5060 mail', '5060 smtp')
    .replace('x IN CNAME mail.example.com.', 'x IN CNAME smtp.example.com.');
  assert.equal(main, expected, 'every other byte stays');
  assert.equal(included, INCLUDED_TEXT.replace('CNAME mail', 'CNAME smtp'));
  // Re-read: both records (the AAAA inherits the owner) and all five pointers moved.
  assert.deepEqual(census(main, included, 'smtp.example.com.'), { records: 2, pointers: 5 });
  assert.deepEqual(census(main, included, 'mail.example.com.'), { records: 0, pointers: 0 });
});

test('the new name is read under the origin where the rename starts; other places get their own form', () => {
  // From `y IN CNAME host`, under sub.example.com.: 'h2' is h2.sub.example.com.
  const { main } = rename(at('CNAME host') + 6, 'h2');
  assert.equal(main, TEXT.replace('host IN A', 'h2 IN A').replace('y IN CNAME host', 'y IN CNAME h2').replace('CNAME host.sub', 'CNAME h2.sub'));
  // A name outside the zone (only pointed at) is renamed to another: written absolute.
  assert.match(rename(at('web.example.net.'), 'www.example.org.').main, /^ext IN CNAME www\.example\.org\.$/m);
  // A case-only rename rewrites the spelling.
  assert.match(rename(at('mail IN A'), 'Mail').main, /^Mail IN A 192\.0\.2\.25$/m);
  // A new name with more labels stays relative where it can.
  assert.match(rename(at('mail IN A'), 'smtp.out').main, /IN MX 10 smtp\.out\n/);
});

test('prepareRename gives the written text; places that are no name give nothing', () => {
  assert.deepEqual(prepareRename(zone, FILE, TEXT, at('Mail.example.com.')), { start: at('Mail.example.com.') - 1, end: at('Mail.example.com.') - 1 + 17, placeholder: 'Mail.example.com.' });
  assert.equal(prepareRename(zone, FILE, TEXT, at('192.0.2.25')), undefined);
  assert.equal(prepareRename(zone, FILE, TEXT, at('$TTL')), undefined);
});

test('what cannot be renamed, or written, says why', () => {
  const error = (result: unknown) => (result as { error?: string }).error ?? `no error: ${JSON.stringify(result)}`;
  assert.match(error(prepareRename(zone, FILE, TEXT, at('@ IN NS'))), /zone's own name \(its apex\) cannot be renamed/);
  assert.match(error(prepareRename(zone, FILE, TEXT, at('gen1'))), /\$GENERATE line/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'new host')), /cannot be written as one name/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'a;b')), /cannot be written as one name/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), '')), /empty/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), '$x')), /directive/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'x'.repeat(64))), /not a usable name: Label/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), '@')), /zone's own name/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'mx.example.net.')), /outside the zone 'example\.com\.': its records would leave the zone/);
  assert.match(error(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'a\\')), /lone backslash/);
  assert.deepEqual(renameEdits(zone, FILE, TEXT, at('mail IN A'), 'mail'), [], 'the same name: nothing to do');
});
