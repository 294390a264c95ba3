// DS/CDS (RFC 4034 §5, RFC 7344) and DNSKEY/CDNSKEY (RFC 4034 §2) rdata, with the mnemonics
// BIND 9.18 accepts for algorithms, digest types, protocols and key flags. Digests are hex and
// keys base64, both may be split across fields; known digest types fix the digest length.
import type { Field, Rdata, RdataContext, RdataParser } from './context';
import { checkFieldCount, checkHexLength, readBase64, readCodeOrMnemonic, readHex, readNumber } from './fields';

/** DNSSEC algorithm mnemonics (BIND's dns_secalg_fromtext). */
export const ALGORITHMS: Readonly<Record<string, number>> = {
  RSAMD5: 1, DH: 2, DSA: 3, RSASHA1: 5, NSEC3DSA: 6, NSEC3RSASHA1: 7, RSASHA256: 8, RSASHA512: 10,
  ECCGOST: 12, ECDSAP256SHA256: 13, ECDSAP384SHA384: 14, ED25519: 15, ED448: 16,
  INDIRECT: 252, PRIVATEDNS: 253, PRIVATEOID: 254,
};

const DIGEST_TYPES: Readonly<Record<string, number>> = {
  'SHA-1': 1, SHA1: 1, 'SHA-256': 2, SHA256: 2, GOST: 3, 'SHA-384': 4, SHA384: 4,
};

/** Digest lengths BIND checks (GOST, type 3, is not checked by BIND 9.18). */
export const DIGEST_OCTETS: Readonly<Record<number, { name: string; octets: number }>> = {
  1: { name: 'SHA-1', octets: 20 },
  2: { name: 'SHA-256', octets: 32 },
  4: { name: 'SHA-384', octets: 48 },
};

export const PROTOCOLS: Readonly<Record<string, number>> = { NONE: 0, TLS: 1, EMAIL: 2, DNSSEC: 3, IPSEC: 4, ALL: 255 };

/** KEY/DNSKEY flag mnemonics (RFC 2535 §7), joined with `|`. */
const KEY_FLAGS: ReadonlyArray<readonly [string, number]> = [
  ['NOCONF', 0x4000], ['NOAUTH', 0x8000], ['NOKEY', 0xc000], ['FLAG2', 0x2000], ['EXTEND', 0x1000],
  ['FLAG4', 0x0800], ['FLAG5', 0x0400], ['USER', 0x0000], ['ZONE', 0x0100], ['HOST', 0x0200],
  ['NTYP3', 0x0300], ['FLAG8', 0x0080], ['FLAG9', 0x0040], ['FLAG10', 0x0020], ['FLAG11', 0x0010],
  ...Array.from({ length: 16 }, (_, n) => [`SIG${n}`, n] as const),
  ['KSK', 0x0001],
];

/** DS and the types written like it: CDS, TA (DNSSEC trust anchors) and DLV (RFC 4431, retired). */
export function dsParser(type: 'DS' | 'CDS' | 'TA' | 'DLV'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['key tag', 'algorithm', 'digest type', 'digest'], true);
    if (count === 'missing') return undefined;
    const keyTag = readNumber(fields[0], ctx, 16, 'key tag');
    const algorithm = readCodeOrMnemonic(fields[1], ctx, ALGORITHMS, 'algorithm');
    const digestType = readCodeOrMnemonic(fields[2], ctx, DIGEST_TYPES, 'digest type');
    const digestFields = fields.slice(3);
    const digest = readHex(digestFields, ctx, 'digest');
    if (keyTag === undefined || algorithm === undefined || digestType === undefined || digest === undefined) return undefined;
    if (!checkHexLength(digest, digestFields, ctx, DIGEST_OCTETS[digestType], `digest (type ${digestType})`)) return undefined;
    return { type: 'DS', keyTag, algorithm, digestType, digest };
  };
}

export function dnskeyParser(type: 'DNSKEY' | 'CDNSKEY'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['flags', 'protocol', 'algorithm', 'public key'], true);
    if (count === 'missing') return undefined;
    const flags = readKeyFlags(fields[0], ctx);
    const protocol = readCodeOrMnemonic(fields[1], ctx, PROTOCOLS, 'protocol');
    const algorithm = readCodeOrMnemonic(fields[2], ctx, ALGORITHMS, 'algorithm');
    const publicKey = readBase64(fields.slice(3), ctx, 'public key');
    if (flags === undefined || protocol === undefined || algorithm === undefined || publicKey === undefined) return undefined;
    return { type: 'DNSKEY', flags, protocol, algorithm, publicKey };
  };
}

/** Flags as BIND reads them: decimal, hex when it starts with a digit (`0x101`, `0c000`), or mnemonics (`ZONE|KSK`). */
export function readKeyFlags(field: Field, ctx: RdataContext): number | undefined {
  const text = field.raw;
  let value: number | undefined;
  if (field.quoted) value = undefined;
  else if (/^\d+$/.test(text)) value = Number(text);
  else if (/^(?:0[xX][0-9a-fA-F]+|\d[0-9a-fA-F]*)$/.test(text)) value = parseInt(text.replace(/^0[xX]/, ''), 16);
  else if (!/^\d/.test(text)) value = mnemonicFlags(text);
  if (value === undefined) {
    ctx.report('zone/invalid-rdata', field, `The key flags '${text}' are not a number (like 256 or 257) or flag names (like ZONE|KSK).`);
    return undefined;
  }
  if (value > 0xffff) {
    ctx.report('zone/invalid-rdata', field, `The key flags ${text} are out of range (0-65535).`);
    return undefined;
  }
  return value;
}

/** `ZONE|KSK` -> 257. BIND matches each name by prefix (`ZO` is ZONE), in table order. */
function mnemonicFlags(text: string): number | undefined {
  let value = 0;
  // Like BIND, a trailing `|` ends the list (and an empty piece elsewhere matches the first name).
  for (const piece of text.replace(/\|$/, '').split('|')) {
    const upper = piece.toUpperCase();
    const flag = KEY_FLAGS.find(([name]) => name.startsWith(upper));
    if (!flag) return undefined;
    value |= flag[1];
  }
  return value;
}
