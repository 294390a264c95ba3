// insertRecordEdit: the whole text after inserting a record into files of different styles (LF,
// CRLF, no final newline, tabs, aligned spaces, absolute owners, $ORIGIN blocks, inherited
// owners, parenthesised records), and that the new line parses to the record asked for.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone } from '../../../server/src/zone/parser';
import type { Zone, ZoneRecord } from '../../../server/src/zone/model';
import { insertRecordEdit, type NewRecord } from '../../../server/src/rules/edit/insert-record';
import { applyFixEdits } from '../../helpers/apply-edits';

const FILE = 'example.com.zone';
const RETURN_PATH: NewRecord = { owner: 'pm-bounces.example.com.', type: 'CNAME', rdata: 'pm.mtasv.net.' };

function parse(text: string, includes: Record<string, string> = {}): Zone {
  return parseZone(text, {
    file: FILE,
    readInclude: (requested) => (requested in includes ? { file: requested, text: includes[requested] } : { error: 'not found' }),
  });
}

/** Inserts, checks the whole text, and checks that the new text parses to exactly one more record. */
function check(text: string, record: NewRecord | ((zone: Zone) => NewRecord), expected: string, includes: Record<string, string> = {}): void {
  const zone = parse(text, includes);
  assert.deepEqual(zone.parseFindings, []);
  const wanted = typeof record === 'function' ? record(zone) : record;
  const edit = insertRecordEdit(zone, wanted);
  assert.equal(edit.file, FILE);
  assert.equal(edit.start, edit.end, 'an insertion replaces nothing');
  const output = applyFixEdits(text, [edit]);
  assert.equal(output, expected);
  const after = parse(output, includes);
  assert.deepEqual(after.parseFindings, []);
  assert.equal(after.records.length, zone.records.length + 1);
  const added = after.records.filter((r) => r.owner.name === wanted.owner && r.type === wanted.type);
  assert.equal(added.length, 1, `one ${wanted.type} at ${wanted.owner}`);
  // Every record that was there keeps its owner (nothing was re-parented or re-originated).
  const before = zone.records.map((r) => `${r.owner.name} ${r.type} ${r.ttl}`);
  const kept = after.records.filter((r) => r !== added[0]).map((r) => `${r.owner.name} ${r.type} ${r.ttl}`);
  assert.deepEqual(kept, before);
}

function near(zone: Zone, owner: string, type: string): ZoneRecord[] {
  return zone.records.filter((r) => r.owner.name === owner && r.type === type);
}

describe('insertRecordEdit', () => {
  test('aligned with spaces: pads short owners to the columns, long ones get one blank', () => {
    const text = '$TTL 3600\n@       IN  SOA   ns1 hostmaster 1 7200 900 1209600 300\n@       IN  NS    ns1\nns1     IN  A     192.0.2.53\n';
    check(text, RETURN_PATH, `${text}pm-bounces IN CNAME pm.mtasv.net.\n`);
    check(text, { owner: 'links.example.com.', type: 'CNAME', rdata: 'track.example.net.' }, `${text}links   IN  CNAME track.example.net.\n`);
  });

  test('aligned with tabs: pads with tabs to the shared column', () => {
    const text = '$TTL 3600\n@\t\tIN\tSOA\tns1 hostmaster 1 7200 900 1209600 300\n@\t\tIN\tNS\tns1\nns1\t\tIN\tA\t192.0.2.53\n';
    check(text, RETURN_PATH, `${text}pm-bounces\tIN\tCNAME\tpm.mtasv.net.\n`);
    check(text, { owner: 'inbound.example.com.', type: 'MX', rdata: '10 inbound.postmarkapp.com.' }, `${text}inbound\t\tIN\tMX\t10 inbound.postmarkapp.com.\n`);
  });

  test('one blank between fields: one blank', () => {
    const text = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n';
    check(text, RETURN_PATH, `${text}pm-bounces IN CNAME pm.mtasv.net.\n`);
  });

  test('absolute owners: writes the absolute owner', () => {
    const text =
      '$TTL 3600\nexample.com. IN SOA ns1.example.com. hostmaster.example.com. 1 7200 900 1209600 300\nexample.com. IN NS ns1.example.com.\nns1.example.com. IN A 192.0.2.53\n';
    check(text, RETURN_PATH, `${text}pm-bounces.example.com. IN CNAME pm.mtasv.net.\n`);
  });

  test('CRLF line endings are kept', () => {
    const text = '$TTL 3600\r\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\r\n@ IN NS ns1\r\nns1 IN A 192.0.2.53\r\n';
    check(text, RETURN_PATH, `${text}pm-bounces IN CNAME pm.mtasv.net.\r\n`);
  });

  test('a last line without a line break: the new line goes after a break, and the file still ends without one', () => {
    const text = '$TTL 3600\r\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\r\n@ IN NS ns1\r\nns1 IN A 192.0.2.53';
    check(text, RETURN_PATH, `${text}\r\npm-bounces IN CNAME pm.mtasv.net.`);
    const lf = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1 ; last';
    check(lf, RETURN_PATH, `${lf}\npm-bounces IN CNAME pm.mtasv.net.`);
  });

  test('after the last related record, keeping a comment on its line and the records that inherit its owner', () => {
    const text =
      '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n20231012123456pm._domainkey IN TXT "k=rsa; p=MIGf" ; Postmark\n  IN TXT "second"\nns1 IN A 192.0.2.53\n';
    check(
      text,
      (zone) => ({ ...RETURN_PATH, near: near(zone, '20231012123456pm._domainkey.example.com.', 'TXT').slice(0, 1) }),
      '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n20231012123456pm._domainkey IN TXT "k=rsa; p=MIGf" ; Postmark\n  IN TXT "second"\npm-bounces IN CNAME pm.mtasv.net.\nns1 IN A 192.0.2.53\n',
    );
  });

  test('without related records: at the end of the apex origin block, before a $ORIGIN that changes it', () => {
    const head = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.53\n';
    const tail = '$ORIGIN sub.example.com.\nwww IN A 192.0.2.1\n';
    check(head + tail, RETURN_PATH, `${head}pm-bounces IN CNAME pm.mtasv.net.\n${tail}`);
  });

  test('after a record under another $ORIGIN: the owner is written for the origin in effect there', () => {
    const text = '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n$ORIGIN sub.example.com.\nwww IN A 192.0.2.1\n';
    check(text, (zone) => ({ ...RETURN_PATH, near: near(zone, 'www.sub.example.com.', 'A') }), `${text}pm-bounces.example.com. IN CNAME pm.mtasv.net.\n`);
    check(
      text,
      (zone) => ({ owner: 'pm-bounces.sub.example.com.', type: 'CNAME', rdata: 'pm.mtasv.net.', near: near(zone, 'www.sub.example.com.', 'A') }),
      `${text}pm-bounces IN CNAME pm.mtasv.net.\n`,
    );
  });

  test('after a parenthesised record: after its closing line, never inside it', () => {
    const text = '$TTL 3600\n@ IN SOA ns1 hostmaster (\n    1 7200 900\n    1209600 300 ) ; soa\n';
    check(text, RETURN_PATH, `${text}pm-bounces IN CNAME pm.mtasv.net.\n`);
  });

  test('TTL and class as the neighbours write them, in their order', () => {
    const withTtl = '$TTL 3600\n@ 3600 IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ 3600 IN NS ns1\nns1 1h IN A 192.0.2.53\n';
    check(withTtl, RETURN_PATH, `${withTtl}pm-bounces 1h IN CNAME pm.mtasv.net.\n`);
    const classFirst = '$TTL 3600\n@ IN 300 SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN 300 NS ns1\n';
    check(classFirst, RETURN_PATH, `${classFirst}pm-bounces IN 300 CNAME pm.mtasv.net.\n`);
    const bare = '$TTL 3600\n@ SOA ns1 hostmaster 1 7200 900 1209600 300\n@ NS ns1\nns1 A 192.0.2.53\n';
    check(bare, RETURN_PATH, `${bare}pm-bounces CNAME pm.mtasv.net.\n`);
  });

  test('the TTL of the related record is preferred', () => {
    const text = '$TTL 3600\n@ 3600 IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ 3600 IN NS ns1\nmail 300 IN A 192.0.2.25\n';
    check(text, (zone) => ({ ...RETURN_PATH, near: near(zone, 'mail.example.com.', 'A') }), `${text}pm-bounces 300 IN CNAME pm.mtasv.net.\n`);
  });

  test('without $TTL the new record gets the TTL in effect where it goes, and the lines after keep theirs', () => {
    // RFC 1035 §5.1: a record without a TTL takes the last one written (here ns1's 300).
    const text = '@ 3600 IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\nns1 300 IN A 192.0.2.53\n';
    check(text, RETURN_PATH, `${text}pm-bounces 300 IN CNAME pm.mtasv.net.\n`);
    // No TTL anywhere to take: BIND's common default is written rather than a record BIND rejects.
    check('$ORIGIN example.com.\n', RETURN_PATH, '$ORIGIN example.com.\npm-bounces 3600 IN CNAME pm.mtasv.net.\n');
  });

  test('a file with no records: at the end, in the default style, with the origin of the last $ORIGIN', () => {
    check('$ORIGIN example.com.\n$TTL 300\n', RETURN_PATH, '$ORIGIN example.com.\n$TTL 300\npm-bounces IN CNAME pm.mtasv.net.\n');
    check('$ORIGIN example.com.\n$TTL 300', RETURN_PATH, '$ORIGIN example.com.\n$TTL 300\npm-bounces IN CNAME pm.mtasv.net.');
  });

  test('related records in an included file are not anchors: the new line stays in the main file', () => {
    const text = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n$INCLUDE dkim.zone\nns1 IN A 192.0.2.53\n';
    const includes = { 'dkim.zone': '20231012123456pm._domainkey IN TXT "k=rsa; p=MIGf"\n' };
    check(text, (zone) => ({ ...RETURN_PATH, near: zone.records.filter((r) => r.type === 'TXT') }), `${text}pm-bounces IN CNAME pm.mtasv.net.\n`, includes);
  });

  test('the apex as owner is written @', () => {
    const text = '$TTL 3600\n@ IN SOA ns1 hostmaster 1 7200 900 1209600 300\n@ IN NS ns1\n';
    check(text, { owner: 'example.com.', type: 'MX', rdata: '10 inbound.postmarkapp.com.' }, `${text}@ IN MX 10 inbound.postmarkapp.com.\n`);
  });
});
