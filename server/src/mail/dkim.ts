// DKIM key records (RFC 6376 §3.6.1, Ed25519 keys per RFC 8463): parses the tag list, checks each
// tag Postmark's verification depends on, decodes `p` into a real public key with node:crypto,
// and compares a published value with the one Postmark shows.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Span } from '../zone/model';
import { findTag, isTagListSpace, parseTagList, type TagListProblemKind, type TagSpec } from './tag-list';

export type DkimProblemKind =
  | TagListProblemKind
  | 'version-not-first'
  | 'bad-version'
  | 'missing-p'
  | 'revoked'
  | 'p-not-base64'
  | 'p-not-key'
  | 'key-type-mismatch'
  | 'pkcs1-key'
  | 'bad-k'
  | 'bad-h'
  | 'sha1-only'
  | 'bad-s'
  | 'not-for-email'
  | 'bad-t';

export interface DkimProblem extends Span {
  kind: DkimProblemKind;
  /** `warning` for records verifiers may still use; everything else makes the key unusable. */
  severity: 'error' | 'warning';
  message: string;
}

export interface DkimKey {
  type: 'rsa' | 'ed25519';
  /** RSA modulus length; 256 for Ed25519. */
  bits: number;
  /** How `p` was encoded: SubjectPublicKeyInfo (the norm for RSA), bare PKCS#1, or raw Ed25519. */
  format: 'spki' | 'pkcs1' | 'raw';
}

export interface DkimRecord {
  tags: TagSpec[];
  problems: DkimProblem[];
  /** The decoded public key, when `p` holds one. */
  key?: DkimKey;
}

/** `hyphenated-word` of RFC 6376 §2.10: ALPHA [ *(ALPHA / DIGIT / "-") (ALPHA / DIGIT) ]. */
const HYPHENATED_WORD = /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** SubjectPublicKeyInfo header for an Ed25519 key (RFC 8410): prefixed to the raw 32 bytes. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function parseDkimRecord(text: string): DkimRecord {
  const list = parseTagList(text);
  const problems: DkimProblem[] = list.problems.map((p) => ({ ...p, severity: 'error' as const }));
  const tags = list.tags;
  const add = (kind: DkimProblemKind, span: Span, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ kind, start: span.start, end: span.end, message, severity });

  const version = findTag(tags, 'v');
  if (version) {
    if (tags[0] !== version) add('version-not-first', version, '"v=DKIM1" must be the first tag of a DKIM key record when present (RFC 6376 §3.6.1).');
    if (version.value !== 'DKIM1') add('bad-version', version.valueSpan.start === version.valueSpan.end ? version : version.valueSpan, `The version must be exactly "DKIM1", not "${version.value}" (RFC 6376 §3.6.1).`);
  }

  const keyType = findTag(tags, 'k');
  let expectedType: 'rsa' | 'ed25519' | undefined = 'rsa';
  if (keyType) {
    const k = keyType.value.toLowerCase();
    if (k === 'rsa' || k === 'ed25519') expectedType = k;
    else {
      expectedType = undefined;
      add('bad-k', keyType.valueSpan.start === keyType.valueSpan.end ? keyType : keyType.valueSpan, `Key type "${keyType.value}" is not one verifiers know; use "rsa" or "ed25519" (RFC 6376 §3.6.1, RFC 8463).`);
    }
  }

  checkHashes(findTag(tags, 'h'), add);
  checkServices(findTag(tags, 's'), add);
  checkFlags(findTag(tags, 't'), add);

  let key: DkimKey | undefined;
  const publicKey = findTag(tags, 'p');
  if (!publicKey) {
    add('missing-p', { start: 0, end: text.length }, 'The "p=" tag (the public key) is required (RFC 6376 §3.6.1).');
  } else {
    const base64 = publicKey.value.replace(/[ \t\r\n]+/g, '');
    if (base64 === '') {
      add('revoked', publicKey, 'An empty "p=" means the key has been revoked: signatures with this selector fail (RFC 6376 §3.6.1).');
    } else if (!BASE64.test(base64) || base64.length % 4 === 1) {
      add('p-not-base64', publicKey.valueSpan, 'The "p=" value is not base64 (RFC 6376 §3.6.1).');
    } else {
      const decoded = decodeKey(Buffer.from(base64, 'base64'), expectedType);
      if ('problem' in decoded) add(decoded.problem, publicKey.valueSpan, decoded.message, decoded.severity);
      else {
        key = decoded.key;
        if (decoded.warning) add(decoded.warning.kind, publicKey.valueSpan, decoded.warning.message, 'warning');
      }
    }
  }
  return { tags, problems, key };
}

type Decoded =
  | { key: DkimKey; warning?: { kind: DkimProblemKind; message: string } }
  | { problem: DkimProblemKind; message: string; severity?: 'error' | 'warning' };

function decodeKey(der: Buffer, expected: 'rsa' | 'ed25519' | undefined): Decoded {
  if (expected === 'ed25519') {
    if (der.length === 32) {
      const key = tryKey(Buffer.concat([ED25519_SPKI_PREFIX, der]), 'spki');
      if (key?.asymmetricKeyType === 'ed25519') return { key: { type: 'ed25519', bits: 256, format: 'raw' } };
    }
    const wrapped = tryKey(der, 'spki');
    if (wrapped?.asymmetricKeyType === 'ed25519') {
      return { problem: 'p-not-key', message: 'An Ed25519 "p=" must be the raw 32-byte key, not a SubjectPublicKeyInfo structure (RFC 8463 §4.2).' };
    }
    if (wrapped?.asymmetricKeyType === 'rsa') {
      return { problem: 'key-type-mismatch', message: '"k=ed25519" but "p=" holds an RSA key; use "k=rsa" (RFC 6376 §3.6.1).' };
    }
    return { problem: 'p-not-key', message: `"p=" decodes to ${der.length} bytes, not a 32-byte Ed25519 public key (RFC 8463 §4.2).` };
  }
  const spki = tryKey(der, 'spki');
  if (spki) {
    if (spki.asymmetricKeyType === 'rsa') return { key: rsaKey(spki, 'spki') };
    if (spki.asymmetricKeyType === 'ed25519') {
      return { problem: 'key-type-mismatch', message: '"p=" holds an Ed25519 key but the key type is RSA; add "k=ed25519" and publish the raw 32-byte key (RFC 8463).' };
    }
    return { problem: 'p-not-key', message: `"p=" holds a ${spki.asymmetricKeyType ?? 'unknown'} key; DKIM uses RSA or Ed25519 keys (RFC 6376 §3.6.1, RFC 8463).` };
  }
  const pkcs1 = tryKey(der, 'pkcs1');
  if (pkcs1?.asymmetricKeyType === 'rsa') {
    return {
      key: rsaKey(pkcs1, 'pkcs1'),
      warning: { kind: 'pkcs1-key', message: '"p=" holds a bare RSAPublicKey (PKCS#1); most verifiers expect a SubjectPublicKeyInfo ("MIGf..."/"MIIB..."), RFC 6376 erratum 3017.' },
    };
  }
  if (der.length === 32 && expected === 'rsa') {
    const ed = tryKey(Buffer.concat([ED25519_SPKI_PREFIX, der]), 'spki');
    if (ed) return { problem: 'key-type-mismatch', message: '"p=" looks like a raw Ed25519 key; add "k=ed25519" (RFC 8463).' };
  }
  return { problem: 'p-not-key', message: '"p=" is base64 but does not decode to an RSA or Ed25519 public key.' };
}

function tryKey(der: Buffer, type: 'spki' | 'pkcs1'): KeyObject | undefined {
  try {
    return createPublicKey({ key: der, format: 'der', type });
  } catch {
    return undefined;
  }
}

function rsaKey(key: KeyObject, format: 'spki' | 'pkcs1'): DkimKey {
  return { type: 'rsa', bits: key.asymmetricKeyDetails?.modulusLength ?? 0, format };
}

type Add = (kind: DkimProblemKind, span: Span, message: string, severity?: 'error' | 'warning') => void;

/** Splits a colon-separated value, dropping FWS around the colons (RFC 6376 §3.6.1 h/s/t). */
function colonList(tag: TagSpec): string[] {
  return tag.value.split(':').map((item) => trimSpace(item));
}

function valueSpanOrTag(tag: TagSpec): Span {
  return tag.valueSpan.start === tag.valueSpan.end ? tag : tag.valueSpan;
}

function checkHashes(tag: TagSpec | undefined, add: Add): void {
  if (!tag) return;
  const algorithms = colonList(tag);
  const bad = algorithms.find((a) => !HYPHENATED_WORD.test(a));
  if (bad !== undefined) {
    add('bad-h', valueSpanOrTag(tag), `"h=" must be a colon-separated list of hash names such as "sha256"; "${bad}" is not one (RFC 6376 §3.6.1).`);
  } else if (!algorithms.some((a) => a.toLowerCase() === 'sha256')) {
    add('sha1-only', tag.valueSpan, `"h=${tag.value}" does not allow sha256; signers must use rsa-sha256 (RFC 8301), so no signature can verify with this key.`, 'warning');
  }
}

function checkServices(tag: TagSpec | undefined, add: Add): void {
  if (!tag) return;
  const services = colonList(tag);
  const bad = services.find((s) => s !== '*' && !HYPHENATED_WORD.test(s));
  if (bad !== undefined) {
    add('bad-s', valueSpanOrTag(tag), `"s=" must be a colon-separated list of service types ("email" or "*"); "${bad}" is not one (RFC 6376 §3.6.1).`);
  } else if (!services.some((s) => s === '*' || s.toLowerCase() === 'email')) {
    add('not-for-email', tag.valueSpan, `"s=${tag.value}" excludes email, so verifiers must not use this key for mail (RFC 6376 §3.6.1).`);
  }
}

function checkFlags(tag: TagSpec | undefined, add: Add): void {
  if (!tag) return;
  const bad = colonList(tag).find((f) => !HYPHENATED_WORD.test(f));
  if (bad !== undefined) {
    add('bad-t', valueSpanOrTag(tag), `"t=" must be a colon-separated list of flags such as "y" or "s"; "${bad}" is not one (RFC 6376 §3.6.1).`);
  }
}

export interface DkimDifference {
  tag: string;
  expected?: string;
  actual?: string;
}

/**
 * Compares a published DKIM value with the expected one (e.g. Postmark's `k=rsa; p=MIGf...`).
 * Not differences: whitespace around `;`/`=`, whitespace inside `p`, tag order, a leading
 * `v=DKIM1` on either side, and a missing `k` against `k=rsa` (its default).
 */
export function compareDkimValues(expected: string, actual: string): { equal: boolean; differences: DkimDifference[] } {
  const want = normalizedTags(expected);
  const have = normalizedTags(actual);
  const differences: DkimDifference[] = [];
  for (const [tag, value] of want) {
    if (have.get(tag) !== value) differences.push({ tag, expected: value, actual: have.get(tag) });
  }
  for (const [tag, value] of have) {
    if (!want.has(tag)) differences.push({ tag, actual: value });
  }
  return { equal: differences.length === 0, differences };
}

function normalizedTags(text: string): Map<string, string> {
  const { tags } = parseTagList(text);
  const map = new Map<string, string>();
  tags.forEach((tag, index) => {
    if (map.has(tag.name)) return;
    if (index === 0 && tag.name === 'v' && tag.value === 'DKIM1') return;
    map.set(tag.name, tag.name === 'p' ? tag.value.replace(/[ \t\r\n]+/g, '') : normalizeSpaces(tag.value));
  });
  if (map.get('k')?.toLowerCase() === 'rsa') map.delete('k');
  return map;
}

function normalizeSpaces(value: string): string {
  return value.replace(/[ \t\r\n]*:[ \t\r\n]*/g, ':').replace(/[ \t\r\n]+/g, ' ');
}

function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isTagListSpace(s[start])) start++;
  while (end > start && isTagListSpace(s[end - 1])) end--;
  return s.slice(start, end);
}
