// What people type into the insert-DKIM and insert-DMARC input boxes: hosts, values and report
// addresses accepted in the shapes Postmark shows them, refused with a reason otherwise.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { checkDkimHost, checkDkimValue, checkDmarcRua, dkimRecordData, dmarcRecordData, normalizePastedTxt } from '../../server/src/rules/record-input';

const key = (bits: number, type: 'spki' | 'pkcs1' = 'spki') =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }).toString('base64');
const RSA_1024 = key(1024);
const ORIGIN = 'example.com.';

const ok = (value: string) => ({ ok: true, value });
const refused = (check: { ok: boolean; message?: string }, pattern: RegExp) => {
  assert.equal(check.ok, false);
  assert.match((check as { message: string }).message, pattern);
};

describe('normalizePastedTxt', () => {
  test('plain text is trimmed', () => assert.equal(normalizePastedTxt('  k=rsa; p=AB \n'), 'k=rsa; p=AB'));
  test('quoted strings from a zone file are unquoted and joined', () => {
    assert.equal(normalizePastedTxt('"k=rsa; " "p=A\\"B\\059"'), 'k=rsa; p=A"B;');
  });
  test('unbalanced quotes are left alone', () => assert.equal(normalizePastedTxt('"k=rsa; p=AB'), '"k=rsa; p=AB'));
});

describe('checkDkimHost', () => {
  const host = (input: string, domain = ORIGIN) => checkDkimHost(input, domain, ORIGIN);
  test('relative to the domain, as Postmark shows it', () => assert.deepEqual(host('20231012123456pm._domainkey'), ok('20231012123456pm._domainkey.example.com.')));
  test('the full name, with or without the final dot', () => {
    assert.deepEqual(host(' 20231012123456pm._domainkey.example.com '), ok('20231012123456pm._domainkey.example.com.'));
    assert.deepEqual(host('20231012123456pm._domainkey.example.com.'), ok('20231012123456pm._domainkey.example.com.'));
  });
  test('a bare selector', () => assert.deepEqual(host('pm'), ok('pm._domainkey.example.com.')));
  test('relative to a subdomain that sends', () => assert.deepEqual(host('20231012123456pm._domainkey', 'mail.example.com.'), ok('20231012123456pm._domainkey.mail.example.com.')));
  test('empty', () => refused(host('  '), /Enter the DKIM host/));
  test('no _domainkey label', () => refused(host('mail.example.com'), /is not a DKIM host/));
  test('_domainkey without a selector', () => refused(host('_domainkey'), /is not a DKIM host/));
  test('a selector with other characters', () => refused(host('2023_pm._domainkey'), /'2023_pm' is not a valid selector/));
  test('a URL or quoted text', () => {
    refused(host('https://example.com/x._domainkey'), /is not a host name/);
    refused(host('"pm._domainkey"'), /is not a host name/);
  });
  test('outside the zone', () => refused(host('pm._domainkey.example.org.'), /is outside this zone \(example\.com\.\)/));
  test('a label too long', () => refused(host(`${'a'.repeat(64)}._domainkey`), /at most 63/));
});

describe('checkDkimValue', () => {
  test("Postmark's value", () => assert.deepEqual(checkDkimValue(`k=rsa; p=${RSA_1024}`), ok(`k=rsa; p=${RSA_1024}`)));
  test('pasted with quotes from a zone file', () => {
    assert.deepEqual(checkDkimValue(`"v=DKIM1; k=rsa; " "p=${RSA_1024}"`), ok(`v=DKIM1; k=rsa; p=${RSA_1024}`));
  });
  test('a bare PKCS#1 key is accepted (a warning elsewhere, not an error)', () => assert.equal(checkDkimValue(`k=rsa; p=${key(1024, 'pkcs1')}`).ok, true));
  test('empty', () => refused(checkDkimValue(''), /Enter the DKIM value/));
  test('no p=', () => refused(checkDkimValue('k=rsa'), /"p=" tag \(the public key\) is required/));
  test('not a key', () => refused(checkDkimValue('k=rsa; p=bm90IGEga2V5'), /does not decode to an RSA or Ed25519 public key/));
  test('not a tag list', () => refused(checkDkimValue('MIGfMA0GCSqGSIb3DQEB'), /is not a tag=value pair/));
});

describe('checkDmarcRua', () => {
  test('an address gets mailto:', () => assert.deepEqual(checkDmarcRua(' re+abc123@dmarc.postmarkapp.com '), ok('mailto:re+abc123@dmarc.postmarkapp.com')));
  test('several, with and without the scheme, and a size limit', () => {
    assert.deepEqual(checkDmarcRua('MAILTO:a@example.com, b@example.org!10m'), ok('mailto:a@example.com,mailto:b@example.org!10m'));
  });
  test('empty', () => refused(checkDmarcRua(' '), /Enter an address/));
  test('an empty item', () => refused(checkDmarcRua('a@example.com,,b@example.com'), /An address is empty/));
  test('not an address', () => {
    refused(checkDmarcRua('example.com'), /'example\.com' is not an e-mail address/);
    refused(checkDmarcRua('a;b@example.com'), /is not an e-mail address/);
    refused(checkDmarcRua('a@localhost'), /is not an e-mail address/);
  });
});

describe('record data', () => {
  test('a DKIM value over 255 octets becomes two strings', () => {
    const value = `k=rsa; p=${key(2048)}`;
    assert.equal(dkimRecordData(value), `"${value.slice(0, 255)}" "${value.slice(255)}"`);
  });
  test('a starter DMARC policy', () => {
    assert.equal(dmarcRecordData('mailto:re+x@dmarc.postmarkapp.com'), '"v=DMARC1; p=none; rua=mailto:re+x@dmarc.postmarkapp.com"');
  });
});
