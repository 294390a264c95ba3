// DMARC records (RFC 7489 §6.3-6.4, RFC 9989): valid shapes, each tag's checks with the exact
// text each problem covers, rua/ruf URI lists, and the removed tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDmarcRecord } from '../../server/src/mail/dmarc';

function problems(text: string): string[] {
  return parseDmarcRecord(text).problems.map((p) => `${p.kind}:${p.severity}:${text.slice(p.start, p.end)}`);
}

const valid: Array<[string, string]> = [
  ['minimal', 'v=DMARC1; p=none'],
  ['Postmark digest rua', 'v=DMARC1; p=none; rua=mailto:re+abc123@dmarc.postmarkapp.com'],
  ['trailing ; and spaces', 'v=DMARC1 ; p = quarantine ;'],
  ['all RFC 9989 tags', 'v=DMARC1; p=reject; sp=quarantine; np=reject; psd=n; t=y; adkim=s; aspf=r; fo=0:1:d:s; rua=mailto:a@example.com; ruf=mailto:f@example.com'],
  ['values in other case (ABNF strings)', 'v=DMARC1; p=Reject; adkim=S; fo=D'],
  ['several rua with size limits', 'v=DMARC1; p=none; rua=mailto:a@example.com!10m, mailto:b@example.net!500'],
  ['removed tags with valid values', 'v=DMARC1; p=none; pct=100; rf=afrf; ri=86400'],
  ['pct=0', 'v=DMARC1; p=quarantine; pct=0'],
  ['psd=u', 'v=DMARC1; p=none; psd=u'],
];

for (const [name, text] of valid) {
  test(`DMARC valid: ${name}`, () => {
    assert.deepEqual(problems(text), []);
    assert.equal(parseDmarcRecord(text).startsWithVersion, true);
  });
}

const invalid: Array<[string, string, string[]]> = [
  ['no version', 'p=none; rua=mailto:a@example.com', ['missing-version:error:p=none; rua=mailto:a@example.com']],
  ['version not first', 'p=none; v=DMARC1', ['version-not-first:error:v=DMARC1']],
  ['version in lower case', 'v=dmarc1; p=none', ['bad-version:error:dmarc1']],
  ['another version', 'v=DMARC2; p=none', ['bad-version:error:DMARC2']],
  ['p missing', 'v=DMARC1; rua=mailto:a@example.com', ['missing-p:error:v=DMARC1; rua=mailto:a@example.com']],
  ['p unknown', 'v=DMARC1; p=block', ['bad-policy:error:block']],
  ['p empty', 'v=DMARC1; p=', ['bad-policy:error:p=']],
  ['sp unknown', 'v=DMARC1; p=none; sp=monitor', ['bad-policy:error:monitor']],
  ['np unknown', 'v=DMARC1; p=none; np=yes', ['bad-policy:error:yes']],
  ['adkim unknown', 'v=DMARC1; p=none; adkim=strict', ['bad-alignment:error:strict']],
  ['aspf unknown', 'v=DMARC1; p=none; aspf=x', ['bad-alignment:error:x']],
  ['fo unknown option', 'v=DMARC1; p=none; fo=0:2', ['bad-fo:error:0:2']],
  ['fo with commas', 'v=DMARC1; p=none; fo=1,d', ['bad-fo:error:1,d']],
  ['pct over 100', 'v=DMARC1; p=none; pct=150', ['bad-pct:error:150']],
  ['pct not a number', 'v=DMARC1; p=none; pct=50%', ['bad-pct:error:50%']],
  ['ri not a number', 'v=DMARC1; p=none; ri=1d', ['bad-ri:error:1d']],
  ['rf bad', 'v=DMARC1; p=none; rf=afrf:', ['bad-rf:error:afrf:']],
  ['psd bad', 'v=DMARC1; p=none; psd=yes', ['bad-yes-no:error:yes']],
  ['t bad', 'v=DMARC1; p=none; t=1', ['bad-yes-no:error:1']],
  ['rua without mailto:', 'v=DMARC1; p=none; rua=dmarc@example.com', ['bad-uri:error:dmarc@example.com']],
  ['rua with https:', 'v=DMARC1; p=none; rua=https://example.com/r', ['bad-uri:error:https://example.com/r']],
  ['second rua bad', 'v=DMARC1; p=none; rua=mailto:a@example.com, mailto:nobody', ['bad-uri:error:mailto:nobody']],
  ['ruf with a bad size', 'v=DMARC1; p=none; ruf=mailto:a@example.com!10x', ['bad-uri:error:mailto:a@example.com!10x']],
  ['rua empty', 'v=DMARC1; p=none; rua=', ['bad-uri:error:rua=']],
  ['rua with an empty entry', 'v=DMARC1; p=none; rua=mailto:a@example.com,,mailto:b@example.com', ['bad-uri:error:,']],
  ['duplicate p (any case)', 'v=DMARC1; p=none; P=reject', ['duplicate:error:P']],
  ['unknown tag is a hint', 'v=DMARC1; p=none; adkm=s', ['unknown-tag:hint:adkm']],
  ['malformed pair', 'v=DMARC1; p=none; reject', ['missing-equals:error:reject']],
];

for (const [name, text, expected] of invalid) {
  test(`DMARC invalid: ${name}`, () => assert.deepEqual(problems(text), expected));
}

test('DMARC: startsWithVersion only when v=DMARC1 is the first tag', () => {
  assert.equal(parseDmarcRecord('p=none; v=DMARC1').startsWithVersion, false);
  assert.equal(parseDmarcRecord('v=DMARC2; p=none').startsWithVersion, false);
  assert.equal(parseDmarcRecord('  v = DMARC1;p=none').startsWithVersion, true);
  assert.equal(parseDmarcRecord('junk; v=DMARC1; p=none').startsWithVersion, false);
});

test('DMARC: rua URIs with offsets and sizes', () => {
  const text = 'v=DMARC1; p=none; rua=mailto:a@example.com!10m , mailto:re+x@dmarc.postmarkapp.com';
  const { rua } = parseDmarcRecord(text);
  assert.deepEqual(
    rua.map((u) => [u.uri, u.size, text.slice(u.start, u.end)]),
    [
      ['mailto:a@example.com', '!10m', 'mailto:a@example.com!10m'],
      ['mailto:re+x@dmarc.postmarkapp.com', undefined, 'mailto:re+x@dmarc.postmarkapp.com'],
    ],
  );
});

test('DMARC: removed tags are listed', () => {
  const text = 'v=DMARC1; p=none; pct=100; RI=3600; rua=mailto:a@example.com';
  assert.deepEqual(parseDmarcRecord(text).removedTags.map((t) => t.name), ['pct', 'RI']);
});
