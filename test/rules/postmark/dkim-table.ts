// Shared by the postmark/dkim-* tests (helper, not a test file): real keys made with node:crypto,
// Postmark-shaped selectors and values, and the rule context postmark-zone.json would give.
import { generateKeyPairSync } from 'node:crypto';
import type { DkimExpectation } from '../../../server/src/config/expectations';
import type { RuleContext } from '../../../server/src/rules/rule';

function rsaKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** Base64 SubjectPublicKeyInfo of fresh RSA keys, as Postmark publishes them. */
export const RSA_1024 = rsaKey(1024);
export const RSA_1024_OTHER = rsaKey(1024);
export const RSA_2048 = rsaKey(2048);
export const RSA_768 = rsaKey(768);
/** The raw 32-byte Ed25519 key (RFC 8463 §4.2): the SPKI form minus its 12-byte header. */
export const ED25519 = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');

export const SELECTOR = '20231012123456pm';
export const PENDING_SELECTOR = '20240301090000pm';
export const HOST = `${SELECTOR}._domainkey`;

/** Postmark's value shape: `k=rsa; p=<key>`. */
export const postmarkValue = (key: string = RSA_1024): string => `k=rsa; p=${key}`;

/** Expectations for example.com with these DKIM hosts and values. */
export function configured(dkim: DkimExpectation[], domain = 'example.com'): RuleContext {
  return { postmark: [{ domain, dkim }] };
}
