// Completion (server/src/lsp/completion.ts) from the line before the cursor: directives and names
// at a line's start, types (and IN) where the type goes, names and Postmark targets in the name
// fields of CNAME, MX and SRV records, relative to the origin in effect; nothing in comments,
// strings and parenthesised continuations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analyze';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { MAX_NAME_ITEMS, completionsAt } from '../../server/src/lsp/completion';

const FILE = '/zones/example.com.zone';
const URI = 'file:///zones/example.com.zone';
const BASE = [
  '$ORIGIN example.com.',
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster ( 1 7200 900',
  '  1209600 300 )',
  '@ IN NS ns1',
  'ns1 IN A 192.0.2.53',
  'mail IN A 192.0.2.25',
  'web.sub IN A 192.0.2.80',
  '; a comment',
  '',
].join('\n');

/** Completions with the cursor at `|` in `line`, appended to the base zone (after `extra` lines). */
function complete(line: string, extra = ''): { labels: string[]; items: CompletionItem[]; incomplete: boolean; text: string } {
  const cursor = line.indexOf('|');
  const text = `${BASE}${extra}${line.replace('|', '')}\n`;
  const offset = BASE.length + extra.length + cursor;
  const { zone } = analyze(text, { file: FILE });
  const list = completionsAt(zone, new FileLocator(FILE, URI, zone.files), text, offset);
  return { labels: list.items.map((i) => i.label), items: list.items, incomplete: list.isIncomplete, text };
}

test('at the start of a line: directives, Postmark hosts and the zone\'s names', () => {
  const { labels } = complete('|');
  assert.deepEqual(labels.slice(0, 6), ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE', 'pm-bounces', '_dmarc']);
  assert.deepEqual(labels.slice(6), ['mail', 'ns1', 'web.sub'], 'relative to the origin, the apex left out');
  assert.deepEqual(complete('$IN|').labels, ['$ORIGIN', '$TTL', '$INCLUDE', '$GENERATE'], 'a $ word: only the directives');
  const typed = complete('ma|');
  const mail = typed.items.find((i) => i.label === 'mail')!;
  assert.deepEqual((mail.textEdit as TextEdit).range, { start: { line: 9, character: 0 }, end: { line: 9, character: 2 } }, 'replaces the typed part');
  assert.ok(!typed.labels.includes('ns1'), 'names not starting with the typed text are left out');
});

test('where the type goes: IN and the types, common ones first', () => {
  const afterOwner = complete('www |').labels;
  assert.deepEqual(afterOwner.slice(0, 6), ['IN', 'A', 'AAAA', 'CNAME', 'MX', 'TXT']);
  assert.ok(afterOwner.includes('TLSA') && afterOwner.includes('HTTPS'));
  assert.equal(complete('www 300 IN |').labels[0], 'A', 'after TTL and class: no IN again');
  assert.equal(complete('    IN |').labels[0], 'A', 'an inherited owner');
  const item = complete('www IN |').items.find((i) => i.label === 'MX')!;
  assert.equal(item.detail, 'mail exchange (RFC 1035 §3.3.9)');
});

test('name fields: the zone\'s names and Postmark\'s targets; other fields get nothing', () => {
  assert.deepEqual(complete('pm-bounces IN CNAME |').labels, ['pm.mtasv.net.', 'mail', 'ns1', 'web.sub']);
  assert.deepEqual(complete('@ IN MX 10 |').labels, ['inbound.postmarkapp.com.', 'mail', 'ns1', 'web.sub']);
  assert.deepEqual(complete('_sip._tcp IN SRV 0 0 5060 m|').labels, ['mail']);
  assert.deepEqual(complete('@ IN MX |').labels, [], 'the preference is no name');
  assert.deepEqual(complete('www IN A |').labels, []);
  // Under another origin, names are written relative to it where they can be.
  assert.deepEqual(complete('x IN CNAME |', '$ORIGIN sub.example.com.\n').labels, ['pm.mtasv.net.', 'example.com.', 'mail.example.com.', 'ns1.example.com.', 'web']);
});

test('nothing in a comment, a string or a record continued in parentheses', () => {
  assert.deepEqual(complete('www IN A 192.0.2.1 ; |').labels, []);
  assert.deepEqual(complete('www IN TXT "|').labels, []);
  const continued = '@ IN SOA ns1 hostmaster ( 1 7200 900\n  1209600 300 )\n';
  const text = `${BASE}${continued}`;
  const offset = text.lastIndexOf('1209600');
  const { zone } = analyze(text, { file: FILE });
  assert.deepEqual(completionsAt(zone, new FileLocator(FILE, URI, zone.files), text, offset).items, []);
  // A record still being typed has not parsed: its open parenthesis counts all the same.
  assert.deepEqual(complete('   |', 'x IN SOA ns1 h (\n').labels, []);
  assert.deepEqual(complete('  |', 'x IN MX ( 10\n').labels, []);
});

test('at the very start of a file whose first line is empty', () => {
  const text = '\n  www IN A 192.0.2.1\n';
  const { zone } = analyze(text, { file: FILE });
  const labels = completionsAt(zone, new FileLocator(FILE, URI, zone.files), text, 0).items.map((i) => i.label);
  assert.equal(labels[0], '$ORIGIN', 'directives and names, not types');
});

test('a zone with many names: at most MAX_NAME_ITEMS, marked incomplete', () => {
  const many = Array.from({ length: MAX_NAME_ITEMS + 50 }, (_, i) => `h${i} IN A 192.0.2.1\n`).join('');
  const result = complete('www IN CNAME |', many);
  assert.equal(result.labels.length, MAX_NAME_ITEMS + 1, 'the names and pm.mtasv.net.');
  assert.equal(result.incomplete, true);
  assert.equal(complete('www IN CNAME h25|', many).incomplete, false, 'a longer prefix fits');
});
