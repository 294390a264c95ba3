// CAA rdata (RFC 8659): flags 0-255, an unquoted alphanumeric tag of 1-255 characters, and a
// value (quoted or not). BIND does not limit the value to 255 octets, so neither do we.
import type { Rdata, RdataParser } from './context';
import { MAX_STRING_OCTETS, checkFieldCount, readNumber, readText } from './fields';

export const parseCaa: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'CAA', ['flags', 'tag', 'value']);
  if (count === 'missing') return undefined;
  const flags = readNumber(fields[0], ctx, 8, 'CAA flags');
  const tagField = fields[1];
  let tag: string | undefined = tagField.raw;
  if (tagField.quoted || !/^[A-Za-z0-9]+$/.test(tag)) {
    ctx.report('zone/invalid-rdata', tagField, `The CAA tag '${tag}' must be unquoted letters and digits only (like issue, issuewild, iodef).`);
    tag = undefined;
  } else if (tag.length > MAX_STRING_OCTETS) {
    ctx.report('zone/invalid-rdata', tagField, `The CAA tag is ${tag.length} characters long; at most ${MAX_STRING_OCTETS} are allowed.`);
    tag = undefined;
  }
  const value = readText(fields[2], ctx, 'CAA value');
  if (flags === undefined || tag === undefined || value === undefined || count !== 'ok') return undefined;
  return { type: 'CAA', flags, tag, value };
};
