// DNS data in one comparable form for both sides: records decoded from the wire (dns-packet) and
// TXT values written in the zone file. TXT text is kept as octets (one JS character per octet),
// so what the file says and what a server sends are compared byte for byte (RFC 1035 §3.3.14).
import type * as dnsPacket from 'dns-packet';
import type { Field } from '../zone/model';
import { ensureAbsolute } from '../zone/names';

export interface DnsAnswer {
  /** Owner, absolute with the trailing dot, case as received. */
  name: string;
  type: string;
  ttl: number;
  /** TXT: the character-strings joined, one character per octet. */
  text?: string;
  /** TXT: how many character-strings the record has. */
  strings?: number;
  /** CNAME, NS, DNAME and PTR targets, MX exchanges: absolute with the trailing dot. */
  target?: string;
  preference?: number;
  address?: string;
  /** Presentation form for people (a TXT as its joined text, an MX as `10 host.`). */
  display: string;
}

export function toDnsAnswer(record: dnsPacket.Answer): DnsAnswer[] {
  const name = absolute(record.name);
  const ttl = 'ttl' in record ? (record.ttl ?? 0) : 0;
  switch (record.type) {
    case 'TXT': {
      const strings = txtStrings(record.data);
      const text = Buffer.concat(strings).toString('latin1');
      return [{ name, type: 'TXT', ttl, text, strings: strings.length, display: displayOctets(text) }];
    }
    case 'CNAME':
    case 'NS':
    case 'DNAME':
    case 'PTR': {
      const target = absolute(record.data);
      return [{ name, type: record.type, ttl, target, display: target }];
    }
    case 'MX': {
      const target = absolute(record.data.exchange);
      const preference = record.data.preference ?? 0;
      return [{ name, type: 'MX', ttl, target, preference, display: `${preference} ${target}` }];
    }
    case 'A':
    case 'AAAA':
      return [{ name, type: record.type, ttl, address: record.data, display: record.data }];
    case 'SOA':
      return [{ name, type: 'SOA', ttl, display: `${absolute(record.data.mname)} ${absolute(record.data.rname)} ${record.data.serial ?? 0}` }];
    case 'OPT':
      return [];
    default:
      return [{ name, type: record.type, ttl, display: `(${record.type} record)` }];
  }
}

function txtStrings(data: dnsPacket.TxtData): Buffer[] {
  const list = Array.isArray(data) ? data : [data];
  return list.map((item) => (typeof item === 'string' ? Buffer.from(item, 'utf8') : item));
}

function absolute(name: string): string {
  return name === '' || name === '.' ? '.' : ensureAbsolute(name);
}

/**
 * The octets a TXT record of the zone file puts on the wire, one character per octet: `\DDD` is
 * that octet, `\X` and literal characters are their UTF-8 encoding (RFC 1035 §5.1).
 */
export function zoneTxtOctets(strings: readonly Field[]): string {
  return strings.map((field) => rawToOctets(field.raw)).join('');
}

function rawToOctets(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && i + 1 < raw.length) {
      const digits = raw.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(digits)) {
        out += String.fromCharCode(Number(digits) & 0xff);
        i += 3;
        continue;
      }
      const cp = raw.codePointAt(i + 1)!;
      out += Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1');
      i += String.fromCodePoint(cp).length;
      continue;
    }
    const cp = raw.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    out += Buffer.from(char, 'utf8').toString('latin1');
    i += char.length - 1;
  }
  return out;
}

/** Octets as text for people: UTF-8 when they are valid UTF-8; control and invalid bytes as `\DDD`. */
export function displayOctets(octets: string): string {
  const bytes = Buffer.from(octets, 'latin1');
  const utf8 = bytes.toString('utf8');
  const source = Buffer.from(utf8, 'utf8').equals(bytes) ? utf8 : octets;
  let out = '';
  for (const ch of source) {
    const code = ch.codePointAt(0)!;
    const invalidByte = source === octets && code >= 0x80;
    out += code < 0x20 || code === 0x7f || invalidByte ? `\\${String(code).padStart(3, '0')}` : ch;
  }
  return out;
}

/** Text (one character per octet) from a JS string typed by a person, e.g. a configured value. */
export function textToOctets(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
