// Ranged edits over the real stdio protocol: the server analyses only what changed
// (incremental-analysis.ts), so after a run of edits (several per notification, and faster than
// the debounce) its diagnostics must be those of a full analysis of the final text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { createNodeIncludeReader } from '../../server/src/node-include-reader';
import fc from 'fast-check';
import { analyze } from '../../server/src/analyze';
import { LineIndex } from '../../server/src/positions';
import { foldChange } from '../../server/src/lsp/edit-tracker';
import { ensureServerBuilt } from '../helpers/bundles';
import { LspTestClient } from './lsp-client';

const ZONE = [
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h',
  '  IN NS ns1',
  '  IN MX 10 mail',
  'ns1 IN A 192.0.2.1',
  'mail IN A 192.0.2.2',
  'www IN A 192.0.2.3',
  '',
].join('\n');

let client: LspTestClient;
before(async () => {
  await ensureServerBuilt();
  client = new LspTestClient();
  client.settings = { ...client.settings, debounceMs: 50 };
  await client.connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await client.connection.sendNotification('initialized', {});
});
after(() => client.kill());

/** Applies a ranged edit to `text` the way the server's document does. */
function apply(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function expected(text: string) {
  const lines = new LineIndex(text);
  return analyze(text, { file: '/tmp/incremental/example.com.zone' }).findings.map((f) => ({ code: f.code, message: f.message, range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) } }));
}

test('diagnostics after ranged edits equal a full analysis of the final text', async () => {
  const uri = 'file:///tmp/incremental/example.com.zone';
  client.open(uri, ZONE);
  await client.diagnosticsFor(uri, 1);
  let text = ZONE;
  let version = 1;
  // Each step: edits in one notification, described by the text they replace.
  const steps: Array<Array<[string, string]>> = [
    [['192.0.2.2', '192.0.2.22'], ['www', 'web']], // two changes in one notification
    [['mail IN A', 'mail IN CNAME ns1\nmail IN A']], // an alias beside an address: two findings and an MX target finding
    [['192.0.2.1', '999.0.2.1']], // a bad address: the record is rejected
    [['  IN MX 10 mail\n', '']], // the MX goes: its finding goes with it
    [['web IN A 192.0.2.3\n', 'web IN A 192.0.2.3\nweb IN A 192.0.2.3\n']],
  ];
  for (const step of steps) {
    version++;
    const changes = [];
    for (const [find, replace] of step) {
      const start = text.indexOf(find);
      if (start < 0) continue;
      const lines = new LineIndex(text);
      changes.push({ range: { start: lines.positionAt(start), end: lines.positionAt(start + find.length) }, text: replace });
      text = apply(text, start, start + find.length, replace);
    }
    client.edit(uri, version, changes);
  }
  // The last steps came faster than the debounce: only the final version need be published.
  const published = await client.diagnosticsFor(uri, version);
  const got = published.diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range }));
  assert.deepEqual(got, expected(text));
  const codes = got.map((d) => d.code).join(' ');
  assert.ok(got.some((d) => d.code === 'zone/cname-and-other-data'), codes);
  const status = await client.waitFor('status of the last version', () => client.statuses.find((s) => s.uri === uri && s.version === version));
  assert.equal(status.incremental, true, 'the server re-read only the edited lines');
  assert.ok(got.some((d) => d.code === 'zone/duplicate-record'), codes);
  assert.ok(got.some((d) => d.code === 'zone/invalid-rdata'), codes);
});

test('a zone with $INCLUDE is re-read incrementally until an included file changes on disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'postmark-zone-include-'));
  try {
    const included = join(dir, 'hosts.zone');
    writeFileSync(included, 'mail IN A 192.0.2.2\nalias IN CNAME mail\n');
    const file = join(dir, 'example.com.zone');
    let text = [...ZONE.split('\n').slice(0, 5), '$INCLUDE hosts.zone', 'www IN A 192.0.2.3', 'web IN MX 10 alias', ''].join('\n');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    // What a full analysis of the files on disk finds, as the server shows it: a finding in the
    // included file on the $INCLUDE line, its message saying where it is.
    const fromDisk = (current: string) => {
      const { findings, zone } = analyze(current, { file, readInclude: createNodeIncludeReader(dir) });
      const lines = new LineIndex(current);
      return findings.map((f) => {
        if (f.file === file) return { code: f.code, message: f.message, range: { start: lines.positionAt(f.start), end: lines.positionAt(f.end) } };
        const line = new LineIndex(zone.files.find((parsed) => parsed.file === f.file)!.text).positionAt(f.start).line + 1;
        return { code: f.code, message: `In included file hosts.zone:${line}: ${f.message}`, range: undefined };
      });
    };
    const shown = (diagnostics: Diagnostic[]) =>
      diagnostics.map((d) => ({ code: d.code, message: d.message, range: String(d.message).startsWith('In included file') ? undefined : d.range }));
    client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    let version = 1;
    const editAndCheck = async (find: string, replace: string) => {
      const start = text.indexOf(find);
      const lines = new LineIndex(text);
      version++;
      client.edit(uri, version, [{ range: { start: lines.positionAt(start), end: lines.positionAt(start + find.length) }, text: replace }]);
      text = apply(text, start, start + find.length, replace);
      const published = await client.diagnosticsFor(uri, version);
      assert.deepEqual(shown(published.diagnostics), fromDisk(text));
      return client.waitFor(`status of version ${version}`, () => client.statuses.find((s) => s.uri === uri && s.version === version));
    };
    assert.equal((await editAndCheck('192.0.2.3', '192.0.2.4')).incremental, true, 'an edit away from the $INCLUDE line');
    assert.ok(fromDisk(text).some((f) => f.code === 'zone/mx-target-is-cname'));
    appendFileSync(included, 'alias IN A 192.0.2.9\n'); // now an alias beside an address
    assert.equal((await editAndCheck('192.0.2.4', '192.0.2.5')).incremental, false, 'the included file changed: read in full');
    assert.ok(fromDisk(text).some((f) => f.code === 'zone/cname-and-other-data'), 'the change on disk is seen');
    assert.equal((await editAndCheck('192.0.2.5', '192.0.2.6')).incremental, true, 'and incrementally again after that');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('folded changes cover every edit, in the coordinates of the analysed text', () => {
  // "abcdef": replace "cd" by "XYZ" -> "abXYZef"; then delete "a" -> "bXYZef".
  let change = foldChange(undefined, 2, 4, 3);
  assert.deepEqual(change, { start: 2, oldEnd: 4, newEnd: 5 });
  change = foldChange(change, 0, 1, 0);
  assert.deepEqual(change, { start: 0, oldEnd: 4, newEnd: 4 });
  const old = 'abcdef';
  const now = 'bXYZef';
  assert.equal(old.slice(change.oldEnd), now.slice(change.newEnd));
  assert.equal(old.slice(0, change.start), now.slice(0, change.start));
  // An edit after the pending range: the range grows to cover it.
  change = foldChange({ start: 2, oldEnd: 4, newEnd: 5 }, 6, 7, 2); // "abXYZef" -> "abXYZe??"
  assert.deepEqual(change, { start: 2, oldEnd: 6, newEnd: 8 });
});

test('any run of edits folds into one change that maps the analysed text to the current one', () => {
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.string({ maxLength: 6 }) });
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (original, edits) => {
      let text = original;
      let change: ReturnType<typeof foldChange> | undefined;
      for (const e of edits) {
        const start = e.at % (text.length + 1);
        const end = Math.min(text.length, start + e.remove);
        change = foldChange(change, start, end, e.insert.length);
        text = text.slice(0, start) + e.insert + text.slice(end);
      }
      assert.ok(change);
      assert.ok(change.start <= change.oldEnd && change.oldEnd <= original.length && change.start <= change.newEnd && change.newEnd <= text.length);
      assert.equal(original.slice(0, change.start), text.slice(0, change.start));
      assert.equal(original.slice(change.oldEnd), text.slice(change.newEnd));
    }),
    { numRuns: 2000 },
  );
});
