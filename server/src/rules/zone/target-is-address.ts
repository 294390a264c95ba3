// zone/target-is-address: an MX exchange or NS server written as an IP address. Both name a host
// (RFC 1035 §3.3.9, §3.3.11), so `MX 10 192.0.2.25` points at the name 192.0.2.25.example.com.
// (or, with a trailing dot, at a name under a top-level domain "25"), never at the address.
// named-checkzone warns ("MX is an address", "NS record '...' appears to be an address").
import type { ZoneRecord } from '../../zone/model';
import { isIpv4, isIpv6 } from '../../zone/rdata/address';
import type { Finding, Rule } from '../rule';
import { perRecordList } from '../memo';
import { findingAt, isInZone, targetOf } from './record-helpers';

/** MX and NS records whose target is written as an address, kept across edits (one string test per record). */
const writtenAsAddress = perRecordList((record) => {
  const target = targetOf(record);
  return target && looksLikeAddress(target.written) ? target : undefined;
}, ['MX', 'NS']);

export const targetIsAddress: Rule = {
  code: 'zone/target-is-address',
  summary: 'An MX or NS record naming its host by an IP address instead of a name.',
  severity: 'warning',
  // Each finding depends on the record alone.
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const { record, value: target } of writtenAsAddress(zone)) {
      if (isInZone(record, zone)) findings.push(findingAt(targetIsAddress, record.file, target, message(record, target.written, target.name)));
    }
    return findings;
  },
};

function looksLikeAddress(written: string): boolean {
  const text = written.endsWith('.') ? written.slice(0, -1) : written;
  // Cheap test first: an address starts with a digit or holds a colon.
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && !text.includes(':')) return false;
  return isIpv4(text) || isIpv6(text);
}

function message(record: ZoneRecord, written: string, name: string): string {
  const what = record.type === 'MX' ? 'An MX names its mail server by host name (RFC 1035 §3.3.9)' : 'An NS names its server by host name (RFC 1035 §3.3.11)';
  const bind = record.type === 'MX' ? 'MX is an address' : 'appears to be an address';
  return `'${written}' is an IP address, but here it is read as the name '${name}'. ${what}: give the address a name (an A or AAAA record) and point the ${record.type} at that. named-checkzone warns ("${bind}").`;
}
