// SOA rdata (RFC 1035 §3.3.13): two names, a 32-bit serial (digits only, as BIND reads it) and
// four 32-bit timers that BIND also accepts in TTL form (`1h`, `2w`).
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, readDuration, readName, readNumber } from './fields';

const SOA_FIELDS = ['mname', 'rname', 'serial', 'refresh', 'retry', 'expire', 'minimum'];

export const parseSoa: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'SOA', SOA_FIELDS);
  if (count === 'missing') return undefined;
  const mname = readName(fields[0], ctx, 'primary name server (mname)');
  const rname = readName(fields[1], ctx, 'responsible mailbox (rname)');
  const serial = readNumber(fields[2], ctx, 32, 'SOA serial');
  const [refresh, retry, expire, minimum] = fields.slice(3, 7).map((field, i) => readDuration(field, ctx, `SOA ${SOA_FIELDS[i + 3]}`));
  if (!mname || !rname || serial === undefined || count !== 'ok') return undefined;
  if (refresh === undefined || retry === undefined || expire === undefined || minimum === undefined) return undefined;
  return { type: 'SOA', mname, rname, serial, refresh, retry, expire, minimum };
};
