// Tag=value lists (RFC 6376 §3.2): names, values, whitespace, separators, problems, offsets,
// and removal ranges that keep every other character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTagList, removalRanges } from '../../server/src/mail/tag-list';

function pairs(text: string) {
  return parseTagList(text).tags.map((t) => [t.name, t.value, text.slice(t.start, t.end)]);
}

function problems(text: string, caseInsensitiveNames = false) {
  return parseTagList(text, { caseInsensitiveNames }).problems.map((p) => `${p.kind}:${text.slice(p.start, p.end)}`);
}

const valid: Array<[string, string, string[][]]> = [
  ['simple list', 'k=rsa; p=AB', [['k', 'rsa', 'k=rsa'], ['p', 'AB', 'p=AB']]],
  ['whitespace around = and ;', '  k = rsa ;\tp=\tAB  ', [['k', 'rsa', 'k = rsa'], ['p', 'AB', 'p=\tAB']]],
  ['trailing ;', 'v=DMARC1; p=none;', [['v', 'DMARC1', 'v=DMARC1'], ['p', 'none', 'p=none']]],
  ['trailing ; and spaces', 'v=DMARC1; p=none ;  ', [['v', 'DMARC1', 'v=DMARC1'], ['p', 'none', 'p=none']]],
  ['empty value', 'p=', [['p', '', 'p=']]],
  ['empty value before ;', 'p= ; k=rsa', [['p', '', 'p='], ['k', 'rsa', 'k=rsa']]],
  ['whitespace inside a value', 'p=AB CD\tEF', [['p', 'AB CD\tEF', 'p=AB CD\tEF']]],
  ['name with digit and underscore', 'x_1=2', [['x_1', '2', 'x_1=2']]],
  ['= inside a value', 'n=a=b', [['n', 'a=b', 'n=a=b']]],
  ['no separators without spaces', 'a=1;b=2', [['a', '1', 'a=1'], ['b', '2', 'b=2']]],
];

for (const [name, text, expected] of valid) {
  test(`tag list: ${name}`, () => {
    assert.deepEqual(pairs(text), expected);
    assert.deepEqual(problems(text), []);
  });
}

test('tag list: empty text has no tags and no problems', () => {
  assert.deepEqual(parseTagList(''), { tags: [], problems: [] });
});

const invalid: Array<[string, string, string[]]> = [
  ['pair without =', 'k=rsa; garbage; p=A', ['missing-equals:garbage']],
  ['name starting with a digit', '1k=rsa', ['bad-name:1k=']],
  ['name missing', '=rsa', ['bad-name:=']],
  ['name with a hyphen', 'a-b=1', ['bad-name:a-b=']],
  ['non-ASCII in a value', 'n=caf\u00e9', ['bad-value:\u00e9']],
  ['control character in a value', 'n=a\u0001b', ['bad-value:\u0001']],
  ['empty spec between separators', 'a=1;; b=2', ['empty-spec:;']],
  ['leading separator', '; a=1', ['empty-spec:;']],
  ['duplicate tag', 'p=A; k=rsa; p=B', ['duplicate:p']],
];

for (const [name, text, expected] of invalid) {
  test(`tag list problem: ${name}`, () => assert.deepEqual(problems(text), expected));
}

test('tag list: names are case-sensitive unless asked', () => {
  assert.deepEqual(problems('p=a; P=b'), []);
  assert.deepEqual(problems('p=a; P=b', true), ['duplicate:P']);
});

test('tag list: segments and separators carry offsets', () => {
  const text = 'a=1 ; b=2;c=3';
  const [a, b, c] = parseTagList(text).tags;
  assert.deepEqual([a.segment, a.separator], [{ start: 0, end: 4 }, 4]);
  assert.deepEqual([b.segment, b.separator], [{ start: 5, end: 9 }, 9]);
  assert.deepEqual([c.segment, c.separator], [{ start: 10, end: 13 }, undefined]);
  assert.deepEqual([b.nameSpan, b.valueSpan], [{ start: 6, end: 7 }, { start: 8, end: 9 }]);
});

function remove(text: string, names: string[]): string {
  const { tags } = parseTagList(text);
  const ranges = removalRanges(text, tags, new Set(tags.filter((t) => names.includes(t.name))));
  let out = text;
  for (const r of [...ranges].reverse()) out = out.slice(0, r.start) + out.slice(r.end);
  return out;
}

const removals: Array<[string, string, string[], string]> = [
  ['a middle tag', 'v=DMARC1; p=none; pct=50; rua=mailto:a@b.example', ['pct'], 'v=DMARC1; p=none; rua=mailto:a@b.example'],
  ['the last tag', 'v=DMARC1; p=none; pct=50', ['pct'], 'v=DMARC1; p=none'],
  ['the last tag with a trailing ;', 'v=DMARC1; p=none; pct=50;', ['pct'], 'v=DMARC1; p=none;'],
  ['two adjacent tags at the end', 'v=DMARC1; p=none; pct=50; ri=3600', ['pct', 'ri'], 'v=DMARC1; p=none'],
  ['two separate tags', 'v=DMARC1; rf=afrf; p=none; pct=50 ;x=1', ['rf', 'pct'], 'v=DMARC1; p=none;x=1'],
  ['tight separators', 'v=DMARC1;pct=5;p=none', ['pct'], 'v=DMARC1;p=none'],
  ['the only tag', ' pct=5 ', ['pct'], ''],
  ['the first tag', 'pct=5; v=DMARC1', ['pct'], ' v=DMARC1'],
];

for (const [name, text, names, expected] of removals) {
  test(`removal ranges: ${name}`, () => assert.equal(remove(text, names), expected));
}
