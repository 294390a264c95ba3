// TLSA/SMIMEA (RFC 6698, RFC 8162) and SSHFP (RFC 4255, RFC 6594) rdata: small numbers followed
// by hex data that may be split across fields. BIND fixes the length of SHA-1 and SHA-256 SSH
// fingerprints only; TLSA data is not length-checked.
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, checkHexLength, readHex, readNumber } from './fields';

/** SSHFP fingerprint lengths BIND checks, by fingerprint type. */
export const FINGERPRINT_OCTETS: Readonly<Record<number, { name: string; octets: number }>> = {
  1: { name: 'SHA-1', octets: 20 },
  2: { name: 'SHA-256', octets: 32 },
};

export function tlsaParser(type: 'TLSA' | 'SMIMEA'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, ['usage', 'selector', 'matching type', 'data'], true);
    if (count === 'missing') return undefined;
    const usage = readNumber(fields[0], ctx, 8, 'certificate usage');
    const selector = readNumber(fields[1], ctx, 8, 'selector');
    const matchingType = readNumber(fields[2], ctx, 8, 'matching type');
    const data = readHex(fields.slice(3), ctx, 'certificate association data');
    if (usage === undefined || selector === undefined || matchingType === undefined || data === undefined) return undefined;
    return { type: 'TLSA', usage, selector, matchingType, data };
  };
}

export const parseSshfp: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  // BIND: a fingerprint type it does not know (not 1 or 2) may come with no fingerprint at all.
  const known = fields.length >= 2 && FINGERPRINT_OCTETS[Number(fields[1].raw)] !== undefined;
  const count = checkFieldCount(fields, ctx, whole, 'SSHFP', known || fields.length !== 2 ? ['algorithm', 'fingerprint type', 'fingerprint'] : ['algorithm', 'fingerprint type'], true);
  if (count === 'missing') return undefined;
  const algorithm = readNumber(fields[0], ctx, 8, 'SSHFP algorithm');
  const fingerprintType = readNumber(fields[1], ctx, 8, 'fingerprint type');
  const hexFields = fields.slice(2);
  const fingerprint = hexFields.length === 0 ? '' : readHex(hexFields, ctx, 'fingerprint');
  if (algorithm === undefined || fingerprintType === undefined || fingerprint === undefined) return undefined;
  if (!checkHexLength(fingerprint, hexFields, ctx, FINGERPRINT_OCTETS[fingerprintType], `fingerprint (type ${fingerprintType})`)) return undefined;
  return { type: 'SSHFP', algorithm, fingerprintType, fingerprint };
};
