// Canonical rdata keys (helper, not a rule): two records carry the same RR when their keys are
// equal. Names compare case-insensitively (RFC 4343), TXT by decoded strings, numbers by value,
// IPv6 addresses by their 16 bytes, hex and base64 without blanks.
import type { Rdata, ZoneRecord } from '../../zone/model';
import { nameKey } from '../../zone/names';

/**
 * Each record's key, once: a record's rdata never changes (an edit makes new records), and the
 * rules that compare whole RRsets ask again after every keystroke (20k records at one name: ~10 ms).
 */
const keys = new WeakMap<ZoneRecord, string | undefined>();

/** A key for the record's rdata, or undefined when the rdata did not parse. */
export function rdataKey(record: ZoneRecord): string | undefined {
  if (keys.has(record)) return keys.get(record);
  const rdata = record.rdata;
  const key = rdata ? JSON.stringify(canonicalParts(rdata)) : undefined;
  keys.set(record, key);
  return key;
}

function canonicalParts(rdata: Rdata): unknown[] {
  switch (rdata.type) {
    case 'A':
      return [rdata.address.split('.').map((part) => Number(part)).join('.')];
    case 'AAAA':
      return [canonicalIpv6(rdata.address)];
    case 'NS':
    case 'CNAME':
    case 'PTR':
    case 'DNAME':
      return [nameKey(rdata.target.name)];
    case 'MX':
      return [rdata.preference, nameKey(rdata.exchange.name)];
    case 'TXT':
    case 'SPF':
      return rdata.strings.map((field) => field.value);
    case 'SOA':
      return [nameKey(rdata.mname.name), nameKey(rdata.rname.name), rdata.serial, rdata.refresh, rdata.retry, rdata.expire, rdata.minimum];
    case 'SRV':
      return [rdata.priority, rdata.weight, rdata.port, nameKey(rdata.target.name)];
    case 'CAA':
      return [rdata.flags, rdata.tag.toLowerCase(), rdata.value];
    case 'DS':
      return [rdata.keyTag, rdata.algorithm, rdata.digestType, compact(rdata.digest).toLowerCase()];
    case 'DNSKEY':
      return [rdata.flags, rdata.protocol, rdata.algorithm, compact(rdata.publicKey)];
    case 'TLSA':
      return [rdata.usage, rdata.selector, rdata.matchingType, compact(rdata.data).toLowerCase()];
    case 'SSHFP':
      return [rdata.algorithm, rdata.fingerprintType, compact(rdata.fingerprint).toLowerCase()];
    case 'NAPTR':
      return [rdata.order, rdata.preference, rdata.flags.toLowerCase(), rdata.service, rdata.regexp, nameKey(rdata.replacement.name)];
    case 'HTTPS':
    case 'SVCB':
      return [rdata.priority, nameKey(rdata.target.name), rdata.params.map((p) => [p.key.toLowerCase(), p.value ?? null])];
    case 'HINFO':
      return [rdata.cpu, rdata.os];
    case 'RP':
      return [nameKey(rdata.mailbox.name), nameKey(rdata.txt.name)];
    case 'AFSDB':
    case 'KX':
      return [rdata.value, nameKey(rdata.target.name)];
    case 'URI':
      return [rdata.priority, rdata.weight, rdata.target];
    case 'OPENPGPKEY':
      return [compact(rdata.key)];
    case 'EUI48':
    case 'EUI64':
      return [rdata.address.toLowerCase()];
    case 'NID':
    case 'L32':
    case 'L64':
      return [rdata.preference, rdata.value.toLowerCase()];
    case 'LP':
      return [rdata.value, nameKey(rdata.target.name)];
    case 'DHCID':
      return [compact(rdata.data)];
    case 'ZONEMD':
      return [rdata.serial, rdata.scheme, rdata.hashAlgorithm, rdata.digest];
    case 'CSYNC':
      return [rdata.serial, rdata.flags, rdata.types];
    case 'NSEC':
    case 'NXT':
      return [nameKey(rdata.target.name), rdata.types];
    case 'CERT':
      return [rdata.certType, rdata.keyTag, rdata.algorithm, compact(rdata.data)];
    case 'LOC':
      return [rdata.text];
    case 'APL':
      return rdata.items;
    case 'NSEC3PARAM':
      return [rdata.hashAlgorithm, rdata.flags, rdata.iterations, rdata.salt];
    case 'NSEC3':
      return [rdata.hashAlgorithm, rdata.flags, rdata.iterations, rdata.salt, rdata.next, rdata.types];
    case 'WKS':
      return [rdata.address, rdata.protocol, rdata.services];
    case 'IPSECKEY':
      return [rdata.precedence, rdata.gatewayType, rdata.algorithm, rdata.gatewayType === 3 ? nameKey(rdata.gateway) : rdata.gateway.toLowerCase(), compact(rdata.key)];
    case 'RRSIG':
    case 'SIG':
      return [rdata.covered, rdata.algorithm, rdata.labels, rdata.originalTtl, rdata.expiration, rdata.inception, rdata.keyTag, nameKey(rdata.target.name), compact(rdata.signature)];
    case 'GENERIC':
      return [rdata.typeCode, rdata.length, compact(rdata.hex).toLowerCase()];
    default:
      // The rare types (rdata/rare-types.ts) keep parts already canonical but for names.
      return rdata.parts.map((part) => (typeof part === 'object' ? nameKey(part.name) : part));
  }
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The eight 16-bit groups as lower-case hex; the text as is when it is not an IPv6 address. */
export function canonicalIpv6(address: string): string {
  const text = address.toLowerCase();
  let tail: number[] = [];
  let body = text;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const bytes = dotted[1].split('.').map(Number);
    tail = [(bytes[0] << 8) | bytes[1], (bytes[2] << 8) | bytes[3]];
    body = text.slice(0, -dotted[1].length);
    if (body.endsWith(':') && !body.endsWith('::')) body = body.slice(0, -1);
  }
  const halves = body.split('::');
  if (halves.length > 2) return text;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 1 && explicit !== 8) return text;
  const zeros = halves.length === 2 ? new Array(Math.max(0, 8 - explicit)).fill(0) : [];
  const groups = [...head, ...zeros, ...rest, ...tail];
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return text;
  return groups.map((g) => g.toString(16)).join(':');
}
