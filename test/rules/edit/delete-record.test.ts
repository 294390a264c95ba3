// deleteRecords and replaceSpanEdit: whole lines go (line break, trailing comment and all),
// CRLF and a missing final newline are respected, records that share their lines are left alone,
// and what the next line inherited (its owner, its TTL without $TTL) is written onto it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseZone } from '../../../server/src/zone/parser';
import type { Zone, ZoneRecord } from '../../../server/src/zone/model';
import { deleteRecords, replaceSpanEdit, wholeLines } from '../../../server/src/rules/edit/line-edits';
import { applyFixEdits } from '../../helpers/apply-edits';

const FILE = 'example.com.zone';
const HEAD = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n';

function parse(text: string): Zone {
  return parseZone(text, { file: FILE });
}

function only(zone: Zone, type: string): ZoneRecord {
  const found = zone.records.filter((r) => r.type === type);
  assert.equal(found.length, 1, `one ${type} record`);
  return found[0];
}

function deleted(text: string, type: string): string | undefined {
  const zone = parse(text);
  const edits = deleteRecords(zone, [only(zone, type)])?.edits;
  if (!edits) return undefined;
  const output = applyFixEdits(text, edits);
  const after = parse(output);
  assert.deepEqual(after.parseFindings, []);
  assert.equal(after.records.filter((r) => r.type === type).length, 0);
  assert.equal(after.records.length, zone.records.length - 1);
  return output;
}

describe('deleteRecords', () => {
  test('removes the record line with its comment and line break', () => {
    assert.equal(deleted(`${HEAD}pm-bounces IN TXT "x" ; stray\nns1 IN A 192.0.2.53\n`, 'TXT'), `${HEAD}ns1 IN A 192.0.2.53\n`);
  });

  test('CRLF: the whole line with its CRLF', () => {
    const head = HEAD.replace(/\n/g, '\r\n');
    assert.equal(deleted(`${head}pm-bounces IN TXT "x"\r\nns1 IN A 192.0.2.53\r\n`, 'TXT'), `${head}ns1 IN A 192.0.2.53\r\n`);
  });

  test('a last line without a break: the break before it goes, so the file still ends without one', () => {
    assert.equal(deleted(`${HEAD}ns1 IN A 192.0.2.53\npm-bounces IN TXT "x"`, 'TXT'), `${HEAD}ns1 IN A 192.0.2.53`);
    assert.equal(deleted('$TTL 3600\r\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\r\n@ IN TXT "x"', 'TXT'), '$TTL 3600\r\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300');
  });

  test('a parenthesised record: all its lines', () => {
    assert.equal(deleted(`${HEAD}pm-bounces IN TXT ( "a"\n    "b" ) ; two strings\nns1 IN A 192.0.2.53\n`, 'TXT'), `${HEAD}ns1 IN A 192.0.2.53\n`);
  });

  test('a record with an inherited owner can go', () => {
    assert.equal(deleted(`${HEAD}pm-bounces IN CNAME pm.mtasv.net.\n  IN TXT "x"\n`, 'TXT'), `${HEAD}pm-bounces IN CNAME pm.mtasv.net.\n`);
  });

  test('a line that failed to read but named an owner gives it to the next line: that line stays as it is', () => {
    const text = `${HEAD}www IN A 192.0.2.3\nothe\n A 192.0.2.5\n`;
    const zone = parse(text);
    const www = zone.records.find((r) => r.owner.name === 'www.example.com.')!;
    assert.equal(zone.records.find((r) => r.start > www.start)?.owner.name, 'othe.example.com.');
    assert.equal(applyFixEdits(text, deleteRecords(zone, [www])!.edits), `${HEAD}othe\n A 192.0.2.5\n`);
  });

  test('after an $ORIGIN between them, a failed line is not trusted to give the next line its owner', () => {
    // 'www' on the failed line is www.a.example.; the deleted record and the next line are www.example.com.
    const text = `${HEAD}$ORIGIN a.example.\nns1 IN A 192.0.2.1\nwww\n$ORIGIN example.com.\nwww IN A 192.0.2.3\n IN TXT "x"\n`;
    const zone = parse(text);
    const record = zone.records.find((r) => r.owner.name === 'www.example.com.' && r.type === 'A')!;
    assert.equal(zone.records.find((r) => r.type === 'TXT')?.owner.name, 'www.example.com.');
    assert.equal(applyFixEdits(text, deleteRecords(zone, [record])!.edits), `${HEAD}$ORIGIN a.example.\nns1 IN A 192.0.2.1\nwww\n$ORIGIN example.com.\nwww IN TXT "x"\n`);
  });

  test('the last failed line before the next record decides: an earlier one naming the same owner does not', () => {
    // After the deletion ' IN TXT' would inherit 'bar' from the second failed line: 'foo' is written out.
    const text = `${HEAD}ns1 IN A 192.0.2.1\nfoo\nbar\nfoo IN A 192.0.2.3\n IN TXT "x"\n`;
    const zone = parse(text);
    const record = zone.records.find((r) => r.owner.name === 'foo.example.com.' && r.type === 'A')!;
    assert.equal(applyFixEdits(text, deleteRecords(zone, [record])!.edits), `${HEAD}ns1 IN A 192.0.2.1\nfoo\nbar\nfoo IN TXT "x"\n`);
  });

  test('without $TTL, the next record that took its TTL from the deleted one gets it written', () => {
    // RFC 1035 §5.1: a record without a TTL takes the last one written, here the deleted record's 300.
    const head = '@ 3600 IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n';
    const text = `${head}www 300 IN A 192.0.2.1\nwww 300 IN A 192.0.2.1\n  IN TXT "x"\nmail IN A 192.0.2.2\n`;
    const zone = parse(text);
    const second = zone.records.filter((r) => r.type === 'A')[1];
    const output = applyFixEdits(text, deleteRecords(zone, [second])!.edits);
    assert.equal(output, `${head}www 300 IN A 192.0.2.1\n  300 IN TXT "x"\nmail IN A 192.0.2.2\n`);
    assert.deepEqual(parse(output).records.map((r) => r.ttl), [3600, 3600, 300, 300, 300]);
    // With $TTL, records without a TTL take that one: nothing to write.
    assert.equal(deleted(`${HEAD}www 300 IN TXT "y"\n  IN A 192.0.2.1\n`, 'TXT'), `${HEAD}www  IN A 192.0.2.1\n`);
  });

  test('a line skipped for an unterminated quote sets no owner: the inherited owner is still written out', () => {
    const text = `${HEAD}x IN A 192.0.2.3\nx IN TXT "open\n A 192.0.2.5\n`;
    const zone = parse(text);
    const first = zone.records.find((r) => r.owner.name === 'x.example.com.')!;
    assert.equal(applyFixEdits(text, deleteRecords(zone, [first])!.edits), `${HEAD}x IN TXT "open\nx A 192.0.2.5\n`);
  });

  test('when the next line inherits its owner, the owner is written onto it', () => {
    assert.equal(deleted(`${HEAD}pm-bounces IN TXT "x"\n  IN A 192.0.2.1\n`, 'TXT'), `${HEAD}pm-bounces  IN A 192.0.2.1\n`);
  });

  test('not when the span leaves other text on its lines (defensive: a span from elsewhere)', () => {
    const text = `${HEAD}pm-bounces IN TXT "x" "y"\n`;
    const zone = parse(text);
    const txt = only(zone, 'TXT');
    assert.ok(deleteRecords(zone, [txt]));
    assert.equal(deleteRecords(zone, [{ ...txt, start: txt.start + 3 }]), undefined);
    assert.equal(deleteRecords(zone, [{ ...txt, end: txt.fields[0].end }]), undefined);
  });

  test('not for a record made by $GENERATE', () => {
    const zone = parse(`${HEAD}$GENERATE 1-2 host$ A 192.0.2.$\n`);
    const generated = zone.records.filter((r) => r.generatedBy);
    assert.equal(generated.length, 2);
    assert.equal(deleteRecords(zone, [generated[0]]), undefined);
  });
});

describe('wholeLines', () => {
  test('wholeLines takes the line ending, and refuses lines shared with other text', () => {
    const text = 'a\n  rec ; note\nb';
    assert.deepEqual(wholeLines(text, 4, 7), { start: 2, end: 15 });
    assert.equal(wholeLines('x rec\n', 2, 5), undefined);
    assert.equal(wholeLines('rec x\n', 0, 3), undefined);
    // The last line without an ending takes the previous line's ending.
    assert.deepEqual(wholeLines('a\r\nrec', 3, 6), { start: 1, end: 6 });
    assert.deepEqual(wholeLines('rec', 0, 3), { start: 0, end: 3 });
  });
});

describe('replaceSpanEdit', () => {
  test('replaces exactly the span', () => {
    const text = `${HEAD}pm-bounces IN CNAME bounce.example.net.\n`;
    const zone = parse(text);
    const cname = only(zone, 'CNAME');
    assert.ok(cname.rdata?.type === 'CNAME');
    const edit = replaceSpanEdit(FILE, cname.rdata.target, 'pm.mtasv.net.');
    assert.equal(applyFixEdits(text, [edit]), `${HEAD}pm-bounces IN CNAME pm.mtasv.net.\n`);
  });
});

describe('deleteRecords on random zones', () => {
  // Lines that set, inherit and fail to set owners: written and inherited records, lines that
  // fail after their owner, a line skipped for its open quote, $ORIGIN switches, comments.
  const lines = [
    'www IN A 192.0.2.1',
    'www IN A 192.0.2.1 ; again',
    '  IN TXT "x"',
    ' IN A 192.0.2.2',
    'mail IN MX 10 www',
    'foo',
    'bar IN',
    'foo IN TXT "open',
    '$ORIGIN sub.example.com.',
    '$ORIGIN example.com.',
    '; a comment',
    '',
    'baz 60 IN A 192.0.2.9',
    'www IN TXT ( "a"\n    "b" )',
  ];
  const describeRecords = (zone: Zone, skip?: ZoneRecord) =>
    zone.records.filter((r) => r !== skip).map((r) => `${r.owner.name} ${r.type} ${r.fields.map((f) => f.raw).join(' ')}`);

  test('every record that stays keeps its owner, type and data, and no other record appears', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 12 }), (body) => {
        const text = `${HEAD}${body.join('\n')}\n`;
        const zone = parse(text);
        for (const record of zone.records) {
          const edits = deleteRecords(zone, [record])?.edits;
          if (!edits) continue;
          checked++;
          assert.deepEqual(describeRecords(parse(applyFixEdits(text, edits))), describeRecords(zone, record), text);
        }
      }),
      { numRuns: 400 },
    );
    assert.ok(checked > 1000, `only ${checked} deletions were checked`);
  });

  test('the same when several records go at once (merging SPF records deletes all but one)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 12 }), fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), (body, picks) => {
        const text = `${HEAD}${body.join('\n')}\n`;
        const zone = parse(text);
        const gone = [...new Set(picks.map((pick) => zone.records[pick % zone.records.length]))];
        const edits = deleteRecords(zone, gone)?.edits;
        if (!edits) return;
        checked++;
        const kept = zone.records.filter((r) => !gone.includes(r));
        assert.deepEqual(describeRecords(parse(applyFixEdits(text, edits))), describeRecords({ ...zone, records: kept }), text);
      }),
      { numRuns: 1000 },
    );
    assert.ok(checked > 300, `only ${checked} deletions were checked`);
  });
});
