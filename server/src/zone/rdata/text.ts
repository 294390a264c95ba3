// TXT and SPF rdata (RFC 1035 §3.3.14, RFC 7208 §3.3): one or more character-strings, quoted or
// not, each at most 255 octets. `text` joins the decoded strings with no separator, as SPF and
// DKIM consumers read them.
import type { Field, Rdata, RdataParser } from './context';
import { checkFieldCount, readCharacterString } from './fields';

function textParser(type: 'TXT' | 'SPF'): RdataParser {
  const what = `${type} string`;
  return (fields, ctx, whole): Rdata | undefined => {
    if (checkFieldCount(fields, ctx, whole, type, ['character-string'], true) === 'missing') return undefined;
    if (fields.length === 1) {
      const text = readCharacterString(fields[0], ctx, what);
      return text === undefined ? undefined : { type, strings: fields, text };
    }
    const values = fields.map((field: Field) => readCharacterString(field, ctx, what));
    if (values.some((value) => value === undefined)) return undefined;
    return { type, strings: fields, text: values.join('') };
  };
}

export const parseTxt = textParser('TXT');
export const parseSpf = textParser('SPF');
