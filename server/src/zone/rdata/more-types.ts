// Rdata of less common types that BIND checks and zones still carry: HINFO (RFC 1035 §3.3.2),
// RP and AFSDB (RFC 1183), KX (RFC 2230), URI (RFC 7553) and OPENPGPKEY (RFC 7929). Shapes and
// messages follow named-checkzone 9.18 (test/zone/rdata-bind.test.ts compares them).
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, readBase64, readCharacterString, readName, readNumber } from './fields';

export const parseHinfo: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'HINFO', ['cpu', 'os']);
  if (count === 'missing') return undefined;
  const cpu = readCharacterString(fields[0], ctx, 'HINFO cpu');
  const os = readCharacterString(fields[1], ctx, 'HINFO os');
  return cpu === undefined || os === undefined || count !== 'ok' ? undefined : { type: 'HINFO', cpu, os };
};

export const parseRp: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'RP', ['mailbox', 'TXT name']);
  if (count === 'missing') return undefined;
  const mailbox = readName(fields[0], ctx, 'RP mailbox');
  const txt = readName(fields[1], ctx, 'RP TXT name');
  return mailbox && txt && count === 'ok' ? { type: 'RP', mailbox, txt } : undefined;
};

/** AFSDB and KX: a 16-bit number, then a host name. */
function numberAndHost(type: 'AFSDB' | 'KX', number: string, host: string): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, [number, host]);
    if (count === 'missing') return undefined;
    const value = readNumber(fields[0], ctx, 16, `${type} ${number}`);
    const target = readName(fields[1], ctx, `${type} ${host}`);
    return value !== undefined && target && count === 'ok' ? { type, value, target } : undefined;
  };
}

export const parseAfsdb = numberAndHost('AFSDB', 'subtype', 'hostname');
export const parseKx = numberAndHost('KX', 'preference', 'exchanger');

export const parseUri: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'URI', ['priority', 'weight', 'target']);
  if (count === 'missing') return undefined;
  const priority = readNumber(fields[0], ctx, 16, 'URI priority');
  const weight = readNumber(fields[1], ctx, 16, 'URI weight');
  const field = fields[2];
  // RFC 7553 §4.5: the target is one quoted string, of any length (BIND: a syntax error unquoted).
  if (!field.quoted) return void ctx.report('zone/invalid-rdata', field, `The URI target must be a quoted string: "${field.raw}".`);
  return priority !== undefined && weight !== undefined && count === 'ok' ? { type: 'URI', priority, weight, target: field.value } : undefined;
};

export const parseOpenpgpkey: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  if (checkFieldCount(fields, ctx, whole, 'OPENPGPKEY', ['public key'], true) === 'missing') return undefined;
  const key = readBase64(fields, ctx, 'OPENPGPKEY public key');
  return key === undefined ? undefined : { type: 'OPENPGPKEY', key };
};
