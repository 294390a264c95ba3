// Deterministic benchmark zones (seeded PRNG): SOA and NS at the apex, then A/AAAA/MX/CNAME/TXT
// hosts with comments, DKIM-like 2048-bit keys in two strings over parenthesised lines,
// $ORIGIN switches into subdomains, relative and absolute names. Valid for named-checkzone.
import { createWriteStream, existsSync, openSync, readSync, closeSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { once } from 'node:events';

export const GENERATOR_VERSION = 5;
const SEED = 20261128;

/** Mulberry32: small, fast and the same on every machine. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// The DER prefix every 2048-bit RSA SubjectPublicKeyInfo starts with, and its exponent suffix.
const SPKI_PREFIX = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
const SPKI_SUFFIX = 'IDAQAB';
const SPKI_LENGTH = 392;
// A real 2048-bit RSA public key for the apex's Postmark DKIM record (the others are random).
const POSTMARK_DKIM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAnaj7U7U47QrtocIsmSb4p3v+jeohXxyNhAb+wqa8uWzt7uUBAKuK2YZq/HmoSbqPAz1Zx2IDNJLpxenq7efVGr68q7N+CDCZD54XUXD7qMxp2dDeiqqgLKwUzDkpql0jbO8N+X7tF0MkIPIYWXFl+hozFHRuOSkXcRHRcabIbH5fCt/XasX4vz/gHonQFSCmA19B1FG10m6H+b0Hl/QvHcmzdDihi7qkYG2Gjia/6sYCk7xVQiunv6ugR6Xg4kLGDYtzt7rO5/R7IB39+UXudQ26oX41HuNC0cNtoOB2nH0DtVaOvEKOCpTlVfHrq1zPa3/c7Yi0Dp7slixSD9PidwIDAQAB';

export function zoneOriginFor(records) {
  return `bench${records >= 1_000_000 ? `${records / 1_000_000}m` : `${records / 1000}k`}.example.`;
}

export function zoneHeaderFor(records) {
  return `; postmark-zone benchmark zone: ${records} records, seed ${SEED}, generator v${GENERATOR_VERSION}`;
}

/** True when `path` holds the zone this generator version makes for `records`. */
export function isCurrent(path, records) {
  if (!existsSync(path)) return false;
  const header = zoneHeaderFor(records);
  const buffer = Buffer.alloc(header.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8') === header;
}

/** Lines of a zone with exactly `records` resource records, generated lazily. */
export function* zoneLines(records) {
  const random = createRandom(SEED + records);
  const pick = (items) => items[Math.floor(random() * items.length)];
  const byte = () => Math.floor(random() * 256);
  const hex = () => Math.floor(random() * 65536).toString(16);
  const apex = zoneOriginFor(records);
  let count = 0;

  yield zoneHeaderFor(records);
  yield '$TTL 3600';
  yield `$ORIGIN ${apex}`;
  yield '@       IN SOA  ns1 hostmaster (';
  yield '                2026112801 ; serial';
  yield '                2h         ; refresh';
  yield '                30m        ; retry';
  yield '                2w         ; expire';
  yield '                1h )       ; negative-caching TTL';
  yield '        IN NS   ns1';
  yield '        IN NS   ns2.example.net.';
  yield '        IN MX   10 mail';
  yield '        IN A    192.0.2.1';
  yield '        IN TXT  "v=spf1 mx include:spf.mtasv.net ~all"';
  yield `_dmarc  IN TXT  "v=DMARC1; p=none; rua=mailto:dmarc-reports@${apex.slice(0, -1)}"`;
  yield '; Postmark: DKIM key (two strings) and Return-Path';
  yield `20231012123456pm._domainkey IN TXT ( "k=rsa; p=${POSTMARK_DKIM_KEY.slice(0, 200)}"`;
  yield `        "${POSTMARK_DKIM_KEY.slice(200)}" )`;
  yield 'pm-bounces IN CNAME pm.mtasv.net.';
  yield 'ns1     IN A    192.0.2.53';
  yield `mail.${apex} IN A 192.0.2.25`;
  count += 11;

  let origin = apex;
  let addressHosts = []; // relative names with A/AAAA under the current origin
  let host = 0;
  let block = 0;
  while (count < records) {
    // A new $ORIGIN every 1200 hosts (~1300 records): alternately a subdomain and back to the apex.
    if (host > 0 && host % 1200 === 0) {
      block++;
      origin = block % 2 === 1 ? `sub${block}.${apex}` : apex;
      addressHosts = [];
      yield '';
      yield `; block ${block}`;
      yield `$ORIGIN ${origin}`;
    }
    host++;
    if (host % 25 === 0) yield `; hosts ${host} to ${host + 24}`;
    const left = records - count;
    const roll = random();
    const name = (prefix) => (random() < 0.1 ? `${prefix}${host}.${origin}` : `${prefix}${host}`); // some absolute owners
    const target = () =>
      addressHosts.length === 0 || random() < 0.2
        ? `h${Math.floor(random() * 1000)}.cdn.example.net.`
        : random() < 0.5
          ? pick(addressHosts)
          : `${pick(addressHosts)}.${origin}`;
    if (roll < 0.3) {
      const owner = `h${host}`;
      yield `${name('h')} IN A 10.${byte()}.${byte()}.${byte()}`;
      count++;
      if (left > 1 && random() < 0.5) {
        yield `        IN AAAA 2001:db8:${hex()}::${hex()} ; same owner`;
        count++;
      }
      addressHosts.push(owner);
    } else if (roll < 0.4) {
      yield `h${host} 300 IN AAAA 2001:db8:${hex()}:${hex()}::${hex()}`;
      addressHosts.push(`h${host}`);
      count++;
    } else if (roll < 0.52) {
      yield `${name('c')} IN CNAME ${target()}`;
      count++;
    } else if (roll < 0.62) {
      yield `${name('m')} IN MX ${pick([5, 10, 20])} ${target()}`;
      count++;
    } else if (roll < 0.67) {
      yield `p${host}    IN MX (  ${pick([10, 20])} ; preference`;
      yield `                ${target()} )`;
      count++;
    } else if (roll < 0.82) {
      const text = random() < 0.5 ? `"v=spf1 ip4:192.0.2.${byte()} -all"` : `"site-verification=${hex()}${hex()}${hex()}" "second string"`;
      yield `${name('t')} IN TXT ${text}${random() < 0.3 ? ' ; verification' : ''}`;
      count++;
    } else if (roll < 0.87) {
      let key = SPKI_PREFIX;
      while (key.length < SPKI_LENGTH - SPKI_SUFFIX.length) key += BASE64[Math.floor(random() * 64)];
      const value = `v=DKIM1; k=rsa; p=${key}${SPKI_SUFFIX}`;
      yield `s${host}._domainkey IN TXT ( "${value.slice(0, 250)}" ; 2048-bit key`;
      yield `        "${value.slice(250)}" )`;
      count++;
    } else {
      yield `h${host} IN A 192.0.2.${byte()}`;
      addressHosts.push(`h${host}`);
      count++;
    }
  }
}

/** Writes the zone to `path`; resolves when the file is complete. */
export async function writeZone(path, records) {
  const out = createWriteStream(path);
  let chunk = [];
  for (const line of zoneLines(records)) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? `${chunk.join('\n')}\n` : '');
  await once(out, 'finish');
}

/**
 * The zone `text` spread over two files: the lines from the `$ORIGIN` switch 35% in to the one
 * 65% in move to `hosts.zone` beside `mainPath`, read back by an `$INCLUDE` line (the layout of
 * big zones kept as a main file and included parts). Both start and end at `$ORIGIN` lines, so
 * the split zone holds the same records. Returns the main file's text.
 */
export function writeIncludeSplit(text, mainPath) {
  const lines = text.split('\n');
  const originLineAt = (fraction) => {
    for (let i = Math.floor(lines.length * fraction); i < lines.length; i++) if (lines[i].startsWith('$ORIGIN')) return i;
    throw new Error('no $ORIGIN line to split the zone at');
  };
  const from = originLineAt(0.35);
  const to = originLineAt(0.65);
  writeFileSync(join(dirname(mainPath), 'hosts.zone'), `${lines.slice(from, to).join('\n')}\n`);
  const main = [...lines.slice(0, from), '$INCLUDE hosts.zone', ...lines.slice(to)].join('\n');
  writeFileSync(mainPath, main);
  return main;
}
