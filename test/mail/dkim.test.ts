// DKIM key records (RFC 6376 §3.6.1, RFC 8463) with real keys made by node:crypto: each tag's
// checks, key decoding (RSA SPKI and PKCS#1, raw Ed25519), offsets, and value comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { compareDkimValues, parseDkimRecord } from '../../server/src/mail/dkim';

function rsaPublicKey(bits: number, type: 'spki' | 'pkcs1' = 'spki'): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }).toString('base64');
}

const RSA_1024 = rsaPublicKey(1024);
const RSA_2048 = rsaPublicKey(2048);
const RSA_768 = rsaPublicKey(768);
const RSA_1024_PKCS1 = rsaPublicKey(1024, 'pkcs1');
const ED25519_SPKI = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
const ED25519_RAW = ED25519_SPKI.subarray(ED25519_SPKI.length - 32).toString('base64');

function kinds(text: string): string[] {
  return parseDkimRecord(text).problems.map((p) => `${p.kind}:${p.severity}:${text.slice(p.start, p.end)}`);
}

const validKeys: Array<[string, string, { type: string; bits: number; format: string }]> = [
  ["Postmark's shape: k=rsa and a 1024-bit key", `k=rsa; p=${RSA_1024}`, { type: 'rsa', bits: 1024, format: 'spki' }],
  ['v=DKIM1 first, 2048-bit key', `v=DKIM1; k=rsa; p=${RSA_2048}`, { type: 'rsa', bits: 2048, format: 'spki' }],
  ['no k (rsa is the default)', `p=${RSA_1024}`, { type: 'rsa', bits: 1024, format: 'spki' }],
  ['a weak 768-bit key still decodes', `p=${RSA_768}`, { type: 'rsa', bits: 768, format: 'spki' }],
  ['whitespace inside p', `k=rsa; p=${RSA_1024.slice(0, 40)} ${RSA_1024.slice(40, 90)}\t${RSA_1024.slice(90)}`, { type: 'rsa', bits: 1024, format: 'spki' }],
  ['raw Ed25519 key', `v=DKIM1; k=ed25519; p=${ED25519_RAW}`, { type: 'ed25519', bits: 256, format: 'raw' }],
  ['h, s, t and n with valid values', `v=DKIM1; h=sha1:sha256; s=email; t=y:s; n=notes; p=${RSA_1024}`, { type: 'rsa', bits: 1024, format: 'spki' }],
  ['s=* and an unknown hash among sha256', `s=*; h=sha256 : sha512; p=${RSA_1024}`, { type: 'rsa', bits: 1024, format: 'spki' }],
  ['unknown tags are ignored', `k=rsa; x=whatever; p=${RSA_1024};`, { type: 'rsa', bits: 1024, format: 'spki' }],
];

for (const [name, text, key] of validKeys) {
  test(`DKIM valid: ${name}`, () => {
    const record = parseDkimRecord(text);
    assert.deepEqual(kinds(text), []);
    assert.deepEqual(record.key, key);
  });
}

test('DKIM: a PKCS#1 RSA key decodes with a warning', () => {
  const text = `k=rsa; p=${RSA_1024_PKCS1}`;
  assert.deepEqual(parseDkimRecord(text).key, { type: 'rsa', bits: 1024, format: 'pkcs1' });
  assert.deepEqual(kinds(text), [`pkcs1-key:warning:${RSA_1024_PKCS1}`]);
});

const invalid: Array<[string, string, string[]]> = [
  ['v not first', `k=rsa; v=DKIM1; p=${RSA_1024}`, ['version-not-first:error:v=DKIM1']],
  ['v not DKIM1', `v=DKIM2; p=${RSA_1024}`, ['bad-version:error:DKIM2']],
  ['v in lower case', `v=dkim1; p=${RSA_1024}`, ['bad-version:error:dkim1']],
  ['p missing', 'v=DKIM1; k=rsa', ['missing-p:error:v=DKIM1; k=rsa']],
  ['empty p means revoked', 'v=DKIM1; k=rsa; p=', ['revoked:error:p=']],
  ['empty p with spaces means revoked', 'k=rsa; p= ;', ['revoked:error:p=']],
  ['p not base64', 'k=rsa; p=MIGf*MA0G', ['p-not-base64:error:MIGf*MA0G']],
  ['p with padding in the middle', 'k=rsa; p=MIGf=MA0G', ['p-not-base64:error:MIGf=MA0G']],
  ['p base64 but not a key', `k=rsa; p=${Buffer.from('not a key at all').toString('base64')}`, [`p-not-key:error:${Buffer.from('not a key at all').toString('base64')}`]],
  ['p truncated', `k=rsa; p=${RSA_1024.slice(0, 100)}`, [`p-not-key:error:${RSA_1024.slice(0, 100)}`]],
  ['unknown key type', `k=dsa; p=${RSA_1024}`, ['bad-k:error:dsa']],
  ['k=ed25519 with an RSA key', `k=ed25519; p=${RSA_1024}`, [`key-type-mismatch:error:${RSA_1024}`]],
  ['k=rsa with a raw Ed25519 key', `k=rsa; p=${ED25519_RAW}`, [`key-type-mismatch:error:${ED25519_RAW}`]],
  ['Ed25519 key wrapped in SPKI', `k=ed25519; p=${ED25519_SPKI.toString('base64')}`, [`p-not-key:error:${ED25519_SPKI.toString('base64')}`]],
  ['SPKI Ed25519 key without k', `p=${ED25519_SPKI.toString('base64')}`, [`key-type-mismatch:error:${ED25519_SPKI.toString('base64')}`]],
  ['h with a bad name', `h=sha256:-x; p=${RSA_1024}`, ['bad-h:error:sha256:-x']],
  ['h=sha1 only', `h=sha1; p=${RSA_1024}`, ['sha1-only:warning:sha1']],
  ['s without email', `s=tlsrpt; p=${RSA_1024}`, ['not-for-email:error:tlsrpt']],
  ['s with a bad entry', `s=email:@; p=${RSA_1024}`, ['bad-s:error:email:@']],
  ['t empty', `t=; p=${RSA_1024}`, ['bad-t:error:t=']],
  ['t with a bad flag', `t=y:1; p=${RSA_1024}`, ['bad-t:error:y:1']],
  ['duplicate p', `p=${RSA_1024}; p=${RSA_2048}`, ['duplicate:error:p']],
  ['a pair without =', `k=rsa; junk; p=${RSA_1024}`, ['missing-equals:error:junk']],
];

for (const [name, text, expected] of invalid) {
  test(`DKIM invalid: ${name}`, () => assert.deepEqual(kinds(text), expected));
}

test('DKIM: problem messages cite the RFC', () => {
  for (const problem of parseDkimRecord(`v=DKIM2; k=rsa; p=`).problems) assert.match(problem.message, /RFC 6376/);
});

const comparisons: Array<[string, string, string, boolean]> = [
  ['identical', `k=rsa; p=${RSA_1024}`, `k=rsa; p=${RSA_1024}`, true],
  ['whitespace around ; and =', `k=rsa; p=${RSA_1024}`, `k = rsa ;p= ${RSA_1024} ;`, true],
  ['whitespace inside p', `k=rsa; p=${RSA_1024}`, `k=rsa; p=${RSA_1024.slice(0, 50)} ${RSA_1024.slice(50)}`, true],
  ['leading v=DKIM1 on the actual side', `k=rsa; p=${RSA_1024}`, `v=DKIM1; k=rsa; p=${RSA_1024}`, true],
  ['leading v=DKIM1 on the expected side', `v=DKIM1; k=rsa; p=${RSA_1024}`, `k=rsa; p=${RSA_1024}`, true],
  ['k=rsa against no k', `k=rsa; p=${RSA_1024}`, `v=DKIM1; p=${RSA_1024}`, true],
  ['another key', `k=rsa; p=${RSA_1024}`, `k=rsa; p=${RSA_2048}`, false],
  ['a truncated key', `k=rsa; p=${RSA_1024}`, `k=rsa; p=${RSA_1024.slice(0, -4)}`, false],
  ['an extra tag', `k=rsa; p=${RSA_1024}`, `k=rsa; t=y; p=${RSA_1024}`, false],
  ['another key type', `k=rsa; p=${RSA_1024}`, `k=ed25519; p=${RSA_1024}`, false],
  ['v=DKIM1 not leading', `k=rsa; p=${RSA_1024}`, `k=rsa; v=DKIM1; p=${RSA_1024}`, false],
];

for (const [name, expected, actual, equal] of comparisons) {
  test(`compareDkimValues: ${name}`, () => assert.equal(compareDkimValues(expected, actual).equal, equal));
}

test('compareDkimValues lists the differing tags', () => {
  const result = compareDkimValues(`k=rsa; p=${RSA_1024}`, `k=rsa; t=y; p=${RSA_2048}`);
  assert.deepEqual(result.differences, [
    { tag: 'p', expected: RSA_1024, actual: RSA_2048 },
    { tag: 't', actual: 'y' },
  ]);
});
