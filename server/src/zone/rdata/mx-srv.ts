// MX (RFC 1035 §3.3.9) and SRV (RFC 2782) rdata: 16-bit numbers followed by a target name.
import type { Rdata, RdataParser } from './context';
import { checkFieldCount, readName, readNumber } from './fields';

export const parseMx: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'MX', ['preference', 'exchange']);
  if (count === 'missing') return undefined;
  const preference = readNumber(fields[0], ctx, 16, 'MX preference');
  const exchange = readName(fields[1], ctx, 'mail exchange');
  if (preference === undefined || !exchange || count !== 'ok') return undefined;
  return { type: 'MX', preference, exchange };
};

export const parseSrv: RdataParser = (fields, ctx, whole): Rdata | undefined => {
  const count = checkFieldCount(fields, ctx, whole, 'SRV', ['priority', 'weight', 'port', 'target']);
  if (count === 'missing') return undefined;
  const priority = readNumber(fields[0], ctx, 16, 'SRV priority');
  const weight = readNumber(fields[1], ctx, 16, 'SRV weight');
  const port = readNumber(fields[2], ctx, 16, 'SRV port');
  const target = readName(fields[3], ctx, 'SRV target');
  if (priority === undefined || weight === undefined || port === undefined || !target || count !== 'ok') return undefined;
  return { type: 'SRV', priority, weight, port, target };
};
