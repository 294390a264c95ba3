// RFC 3597 rdata for any type: `\# <length> <hex ...>`. The hex may be split across fields and
// must hold exactly <length> octets (`\# 0` has none); for known types the octets must also be
// valid wire data of that type, as BIND checks.
import type { Field, Rdata, RdataContext, Span } from './context';
import { checkFieldCount, readHex, readNumber, reportExtra, spanOf } from './fields';
import { wireProblem } from './generic-wire';
import { typeName } from '../types';

const TXT = 16;

/**
 * True when the fields use the `\#` form. For TXT, BIND reads `\#` as the text "#" unless a
 * number follows it.
 */
export function usesGenericForm(fields: Field[], typeCode: number): boolean {
  if (fields.length === 0 || fields[0].quoted || fields[0].raw !== '\\#') return false;
  return typeCode !== TXT || (fields.length > 1 && !fields[1].quoted && /^\d+$/.test(fields[1].raw));
}

export function parseUnknownForm(fields: Field[], ctx: RdataContext, whole: Span, typeCode: number): Rdata | undefined {
  const type = typeName(typeCode);
  if (checkFieldCount(fields, ctx, whole, `${type} (RFC 3597 form)`, ['\\#', 'length'], true) === 'missing') return undefined;
  const length = readNumber(fields[1], ctx, 16, 'rdata length');
  const hexFields = fields.slice(2);
  if (length === 0 && hexFields.length > 0) {
    reportExtra(hexFields, ctx, `${type} with length 0`);
    return undefined;
  }
  const hex = readHex(hexFields, ctx, 'rdata');
  if (length === undefined || hex === undefined) return undefined;
  const octets = hex.length / 2;
  if (octets !== length) {
    ctx.report('zone/invalid-rdata', spanOf(fields.slice(1)), `The length says ${length} octet(s) but the hex data has ${octets}.`);
    return undefined;
  }
  const problem = wireProblem(typeCode, hexToOctets(hex));
  if (problem) {
    ctx.report('zone/invalid-rdata', spanOf(fields.slice(1)), `Not valid ${type} rdata: ${problem}`);
    return undefined;
  }
  return { type: 'GENERIC', typeCode, length, hex };
}

function hexToOctets(hex: string): number[] {
  const octets: number[] = [];
  for (let i = 0; i < hex.length; i += 2) octets.push(parseInt(hex.slice(i, i + 2), 16));
  return octets;
}
