// keepParenthesesBalanced: a fix edit that takes away one parenthesis of a pair gets it back in
// its new text; quoted and commented parentheses do not count; balanced edits stay as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepParenthesesBalanced } from '../../../server/src/rules/edit/balanced-parentheses';
import { analyze } from '../../../server/src/analyze';
import { parseZone } from '../../../server/src/zone/parser';
import { applyFixEdits } from '../../helpers/apply-edits';

const FILE = 'example.com.zone';

function replaced(text: string, from: string, to: string, newText: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start) + to.length;
  const edit = keepParenthesesBalanced(text, { file: FILE, start, end, newText });
  return applyFixEdits(text, [edit]);
}

test('an opening parenthesis taken away is written before the new text', () => {
  assert.equal(replaced('@ IN TXT "a" ( "b"\n  "c" )\n', '"a"', '"c"', '"abc"'), '@ IN TXT ( "abc" )\n');
});

test('a closing parenthesis taken away is written after the new text', () => {
  assert.equal(replaced('links IN ( CNAME x.example. )\n', 'CNAME', ')', 'CNAME track.pmlink.net.'), 'links IN ( CNAME track.pmlink.net. )\n');
  assert.equal(replaced('@ IN TXT ( "a" ) ; x\n', '"a"', ')', '"b"'), '@ IN TXT ( "b" ) ; x\n');
});

test('a closing then an opening one: both come back, in that order', () => {
  assert.equal(replaced('a ( b ) c ( d )\n', 'b', 'c (', 'X'), 'a ( ) ( X d )\n');
});

test('pairs inside the range, and parentheses in quotes or comments, leave the edit alone', () => {
  const text = '@ IN TXT ( "a" ) "(" ; (\n';
  const edit = { file: FILE, start: text.indexOf('('), end: text.indexOf(';') + 3, newText: '"z"' };
  assert.equal(keepParenthesesBalanced(text, edit), edit);
  const quoted = { file: FILE, start: text.indexOf('"("'), end: text.length - 1, newText: '' };
  assert.equal(keepParenthesesBalanced(text, quoted), quoted);
});

test('merging SPF records written across a parenthesis gives a zone without syntax errors', () => {
  const text = '$TTL 3600\n@ IN SOA ns1 h 1 2 3 4 5\n  IN NS ns1\n  IN TXT "v=spf1 a" ( "mx"\n    " -all" )\n  IN TXT "v=spf1 include:spf.mtasv.net ~all"\nns1 IN A 192.0.2.1\n';
  const finding = analyze(text, { file: FILE }).findings.find((f) => f.code === 'spf/multiple-records');
  const fix = finding?.fixes?.find((f) => f.id === 'merge-spf');
  assert.ok(fix, 'the merge fix is offered');
  const output = applyFixEdits(text, fix.edits);
  assert.deepEqual(parseZone(output, { file: FILE }).parseFindings, [], output);
  assert.match(output, /IN TXT \( "v=spf1 [^"]*" \)/);
});
