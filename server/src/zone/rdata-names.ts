// The domain names parsed out of a record's rdata (each its own NameRef object, with its span).
import type { NameRef, ZoneRecord } from './model';

const NO_NAMES: NameRef[] = [];

/** Every type whose rdata holds domain names: the ones rdataNames gives names for. */
export const TYPES_WITH_NAMES: readonly string[] = [
  'NS', 'CNAME', 'PTR', 'DNAME', 'MX', 'SRV', 'SOA', 'RP', 'AFSDB', 'KX', 'LP', 'NAPTR', 'HTTPS', 'SVCB',
  'NSEC', 'NXT', 'RRSIG', 'SIG', 'MB', 'MG', 'MR', 'MINFO', 'RT', 'PX', 'NSAP-PTR', 'TALINK', 'A6', 'HIP',
  'AMTRELAY', 'DSYNC',
];

export function rdataNames(record: ZoneRecord): NameRef[] {
  // An address holds no name, and asking a record for it makes one (read-record.ts READ_ADDRESS).
  if (record.type === 'A' || record.type === 'AAAA') return NO_NAMES;
  const rdata = record.rdata;
  if (!rdata) return NO_NAMES;
  switch (rdata.type) {
    case 'NS':
    case 'CNAME':
    case 'PTR':
    case 'DNAME':
    case 'SRV':
    case 'HTTPS':
    case 'SVCB':
      return [rdata.target];
    case 'MX':
      return [rdata.exchange];
    case 'SOA':
      return [rdata.mname, rdata.rname];
    case 'NAPTR':
      return [rdata.replacement];
    case 'RP':
      return [rdata.mailbox, rdata.txt];
    case 'AFSDB':
    case 'KX':
    case 'LP':
    case 'NSEC':
    case 'NXT':
    case 'RRSIG':
    case 'SIG':
      return [rdata.target];
    case 'GENERIC':
      return NO_NAMES;
    default:
      if (!('parts' in rdata)) return NO_NAMES;
      return rdata.parts.filter((part): part is NameRef => typeof part === 'object');
  }
}
