// What every quick fix must keep, on zones mutated at random (the README's promise: a fix changes
// only what it says). For each fix of each finding:
// - a record on lines no edit of the fix touches comes out with the same owner, type, TTL and
//   data (an inserted or deleted line must not hand an owner-less line another owner);
// - the fix adds no parse error (a line that was broken may get another one instead).
// The same holds for "Fix all" (every safe fix that does not overlap another, at once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/analyze';
import { parseZone } from '../../server/src/zone/parser';
import { nameKey } from '../../server/src/zone/names';
import type { Zone, ZoneRecord } from '../../server/src/zone/model';
import type { RuleContext, TextEdit } from '../../server/src/rules/rule';
import { lineEndOf, lineStartOf } from '../../server/src/rules/edit/line-edits';
import { selectFixAll } from '../../server/src/lsp/fix-to-code-action';
import { applyFixEdits } from '../helpers/apply-edits';

const FILE = 'example.com.zone';

/** Postmark settings for example.com, so the Postmark rules offer their insert and replace fixes. */
const context: RuleContext = {
  postmark: [
    {
      domain: 'example.com',
      dkim: [{ host: '20231012123456pm._domainkey', value: 'k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC' }],
      returnPath: { host: 'pm-bounces' },
      inbound: { host: 'inbound' },
      tracking: { host: 'links', target: 'track.pmlink.net.' },
      dmarc: { rua: 'mailto:re+abc@dmarc.postmarkapp.com' },
    },
  ],
};

/**
 * Many fixable findings, owner-less lines after them, and lines that fail after their owner
 * (deleting the second www must not hand '  IN TXT' the owner 'failed2').
 */
const fixable = [
  '$TTL 3600',
  '@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h',
  '  IN NS ns1',
  '  IN TXT "v=spf1 include:spf.mtasv.net +all"',
  '  IN TXT "v=spf1 -all"',
  '  IN SPF "v=spf1 -all"',
  'ns1 IN A 192.0.2.1',
  'mail IN A 192.0.2.2',
  'www IN A 192.0.2.3',
  'failed2',
  'www IN A 192.0.2.3',
  '  IN TXT "after the duplicate"',
  'pm-bounces IN CNAME pm.mtasv.net',
  '  IN TXT "beside the CNAME"',
  'links IN CNAME track.example.net.',
  'inbound IN MX 10 mx.example.net.',
  '_dmarc IN TXT "p=none; v=DMARC1; pct=50; rf=afrf"',
  'failed',
  '  IN A 192.0.2.9',
  'mail IN A 192.0.2.2',
  '  IN TXT "inherits mail, then failed2 after the next line goes"',
  'alias IN CNAME www.example.org',
  '',
].join('\n');

const zones = [fixable, readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8')];

const snippets = [
  ...['\n', ' ', ';', 'x', '.', '@', '(', ')', '"', 'www', 'bad\n', '$ORIGIN sub\n', '$TTL 60\n'],
  ...['www IN A 192.0.2.3\n', '  IN A 192.0.2.3\n', '  IN TXT "v=spf1 ?all"\n', '  IN SPF "v=spf1 a -all"\n', 'x IN CNAME www\n', '  IN MX 10 x\n'],
  ...['pm-bounces IN CNAME pm.mtasv.net.\n', '_dmarc IN TXT "v=DMARC1; p=none"\n', 'links IN A 192.0.2.1\n', 'inbound IN MX 20 inbound.postmarkapp.com.\n'],
  '\tIN TXT ( "a"\n "b" )\n',
];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...snippets) });

/** Owner (compared as DNS compares names: N and n are one name), TTL, type and data as written. */
function describe(record: ZoneRecord): string {
  return `${nameKey(record.owner.name)} ${record.ttl} ${record.type} ${record.fields.map((field) => field.raw).join(' ')}`;
}

/** Where `offset` of the old text is after the edits (an offset inside an edit has no answer). */
function moved(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const e of edits) if (e.end <= offset && !(e.start === e.end && e.start === offset)) shift += e.newText.length - (e.end - e.start);
  return offset + shift;
}

/** No edit changes the record's lines (deleting the whole line before them does not). */
function untouched(text: string, record: ZoneRecord, edits: readonly TextEdit[]): boolean {
  const first = lineStartOf(text, record.start);
  const last = lineEndOf(text, record.end).contentEnd;
  return edits.every((e) => e.start > last || e.end < first || (e.end === first && e.start < e.end));
}

/** Errors the parser reports (a line already broken may change which one it gets). */
function parseErrors(zone: Zone): number {
  return zone.parseFindings.filter((finding) => finding.severity === 'error').length;
}

/** The zone text after random edits of a base zone. */
function mutated(which: number, edits: { at: number; remove: number; insert: string }[]): string {
  let text = zones[which];
  for (const e of edits) {
    const start = e.at % (text.length + 1);
    text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
  }
  return text;
}

/** Asserts the two promises for `edits` applied to `text` (whose parse is `zone`). */
function assertKeeps(text: string, zone: Zone, edits: readonly TextEdit[], what: string): void {
  const after = parseZone(applyFixEdits(text, edits), { file: FILE });
  const where = `${what} on:\n${text}`;
  assert.ok(parseErrors(after) <= parseErrors(zone), `parse error added by ${where}`);
  const byStart = new Map(after.records.map((record) => [record.start, record]));
  for (const record of zone.records) {
    if (!untouched(text, record, edits)) continue;
    const same = byStart.get(moved(record.start, edits));
    assert.equal(same && describe(same), describe(record), `record changed by ${where}`);
  }
}

const cases = fc.tuple(fc.nat({ max: zones.length - 1 }), fc.array(edit, { maxLength: 6 }));

test('a fix leaves every record on lines it does not touch as it was, and adds no parse error', () => {
  let fixesChecked = 0;
  fc.assert(
    fc.property(cases, ([which, edits]) => {
      const text = mutated(which, edits);
      const { zone, findings } = analyze(text, { file: FILE, context });
      for (const finding of findings) {
        for (const fix of finding.fixes ?? []) {
          if (fix.edits.length === 0 || fix.edits.some((e) => e.file !== FILE)) continue;
          fixesChecked++;
          assertKeeps(text, zone, fix.edits, `${finding.code} / ${fix.id}`);
        }
      }
    }),
    { numRuns: 800 },
  );
  assert.ok(fixesChecked > 5000, `only ${fixesChecked} fixes were checked`);
});

test('so does "Fix all", every safe fix at once', () => {
  let combined = 0;
  fc.assert(
    fc.property(cases, ([which, edits]) => {
      const text = mutated(which, edits);
      const { zone, findings } = analyze(text, { file: FILE, context });
      const chosen = selectFixAll(findings).filter(({ fix }) => fix.edits.every((e) => e.file === FILE));
      if (chosen.length > 1) combined++;
      assertKeeps(text, zone, chosen.flatMap(({ fix }) => fix.edits), `fix all (${chosen.map(({ finding, fix }) => `${finding.code}/${fix.id}`).join(', ')})`);
    }),
    { numRuns: 800 },
  );
  assert.ok(combined > 400, `only ${combined} zones had several safe fixes`);
});

test('"Fix all" does not remove a record that another removal relies on to give the next line its owner', () => {
  // Removing the third www alone leaves '  IN TXT' with the second www above it; removing both
  // would hand it the owner 'failed2'. One of the two removals waits for the next "Fix all".
  const text = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\nns1 IN A 192.0.2.1\nwww IN A 192.0.2.3\nfailed2\nwww IN A 192.0.2.3\nwww IN A 192.0.2.3\n  IN TXT "x"\n';
  const { zone, findings } = analyze(text, { file: FILE });
  assert.equal(findings.filter((f) => f.code === 'zone/duplicate-record').length, 2);
  const chosen = selectFixAll(findings);
  assert.deepEqual(chosen.map(({ finding }) => finding.code), ['zone/duplicate-record']);
  assertKeeps(text, zone, chosen.flatMap(({ fix }) => fix.edits), 'fix all');
  assert.equal(parseZone(applyFixEdits(text, chosen[0].fix.edits), { file: FILE }).records.at(-1)?.owner.name, 'www.example.com.');
});
