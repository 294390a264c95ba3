// NAPTR rdata (RFC 3403 §4.1): order and preference (16-bit), flags, services and regexp as
// character-strings (quoted or not, at most 255 octets), and a replacement name.
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, readCharacterString, readName, readNumber } from './fields';
import { naptrRegexpProblem } from './naptr-regexp';

export const parseNaptr: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'NAPTR', ['order', 'preference', 'flags', 'services', 'regexp', 'replacement']);
  if (count === 'missing') return undefined;
  const order = readNumber(fields[0], ctx, 16, 'NAPTR order');
  const preference = readNumber(fields[1], ctx, 16, 'NAPTR preference');
  const flags = readCharacterString(fields[2], ctx, 'NAPTR flags string');
  const service = readCharacterString(fields[3], ctx, 'NAPTR services string');
  let regexp = readCharacterString(fields[4], ctx, 'NAPTR regexp string');
  const regexpProblem = regexp === undefined ? undefined : naptrRegexpProblem(regexp);
  if (regexpProblem) {
    ctx.report('zone/invalid-rdata', fields[4], `Bad NAPTR regexp: ${regexpProblem}`);
    regexp = undefined;
  }
  const replacement = readName(fields[5], ctx, 'NAPTR replacement');
  if (order === undefined || preference === undefined || flags === undefined || service === undefined) return undefined;
  if (regexp === undefined || !replacement || count !== 'ok') return undefined;
  return { type: 'NAPTR', order, preference, flags, service, regexp, replacement };
};
