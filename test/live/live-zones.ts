// Zone texts for the live tests: the zone file a user edits (what verify expects) and variants
// a test server serves (an older DKIM key, records missing, a CNAME at the selector, ...).
import { generateKeyPairSync } from 'node:crypto';

/** A DKIM `p=` value: a real RSA public key (SubjectPublicKeyInfo, base64). */
export function rsaPublicKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** `"k=rsa; p=..."` split into quoted strings of at most 255 characters. */
export function dkimStrings(key: string): string {
  const value = `k=rsa; p=${key}`;
  return (value.match(/.{1,255}/g) ?? []).map((chunk) => `"${chunk}"`).join(' ');
}

export const SELECTOR = '20240101000000pm';

export interface ZoneParts {
  key: string;
  /** Extra lines appended at the end. */
  extra?: string[];
  /** Lines of the default body to leave out, by their first word(s). */
  omit?: string[];
  /** Replaces the DKIM line. */
  dkimLine?: string;
  /** NS records instead of `@ NS ns1` + glue. */
  nsLines?: string[];
  spf?: string;
  dmarc?: string;
}

/** example.com with every Postmark record; the first lines keep the record offsets predictable. */
export function exampleZone(parts: ZoneParts): string {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 300',
    '@ IN SOA ns1 hostmaster 2024010101 3600 600 86400 300',
    ...(parts.nsLines ?? ['@ IN NS ns1', 'ns1 IN A 127.0.0.1']),
    '@ IN MX 10 inbound.postmarkapp.com.',
    `@ IN TXT "${parts.spf ?? 'v=spf1 include:spf.mtasv.net ~all'}"`,
    `_dmarc IN TXT "${parts.dmarc ?? 'v=DMARC1; p=none; rua=mailto:dmarc@reports.test'}"`,
    parts.dkimLine ?? `${SELECTOR}._domainkey IN TXT ${dkimStrings(parts.key)}`,
    'pm-bounces IN CNAME pm.mtasv.net.',
    ...(parts.extra ?? []),
  ];
  return `${lines.filter((line) => !(parts.omit ?? []).some((prefix) => line.startsWith(prefix))).join('\n')}\n`;
}

/** reports.test authorises DMARC reports for example.com (RFC 7489 §7.1) unless told otherwise. */
export function reportsZone(authorize: boolean): string {
  return [
    '$ORIGIN reports.test.',
    '$TTL 300',
    '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
    '@ IN NS ns1',
    'ns1 IN A 127.0.0.1',
    authorize ? 'example.com._report._dmarc IN TXT "v=DMARC1"' : 'other.example._report._dmarc IN TXT "v=DMARC1"',
    '',
  ].join('\n');
}

/** A zone `name` whose apex has an A, an MX and the given SPF text. */
export function spfZone(name: string, spf: string): string {
  return [
    `$ORIGIN ${name}.`,
    '$TTL 300',
    '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
    '@ IN NS ns1',
    'ns1 IN A 127.0.0.1',
    '@ IN A 192.0.2.1',
    '@ IN MX 10 mail',
    'mail IN A 192.0.2.2',
    `@ IN TXT "${spf}"`,
    '',
  ].join('\n');
}
