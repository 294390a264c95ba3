// NS, CNAME, PTR and DNAME rdata: a single domain name (relative names take the origin).
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, readName } from './fields';

function targetParser(type: 'NS' | 'CNAME' | 'PTR' | 'DNAME', what: string): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    const count = checkFieldCount(fields, ctx, whole, type, [what]);
    if (count === 'missing') return undefined;
    const target = readName(fields[0], ctx, what);
    return target && count === 'ok' ? { type, target } : undefined;
  };
}

export const parseNs = targetParser('NS', 'name server');
export const parseCname = targetParser('CNAME', 'canonical name');
export const parsePtr = targetParser('PTR', 'pointer target');
export const parseDname = targetParser('DNAME', 'redirection target');
