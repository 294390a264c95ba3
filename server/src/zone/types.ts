// The record-type table: every mnemonic BIND 9.18 named-checkzone knows (the IANA DNS RR TYPE
// registry plus BIND's private KEYDATA), `TYPEnnn` (RFC 3597) for the rest, and which types may
// not appear in a zone (meta-types) or are obsolete.

const TYPE_CODES: ReadonlyArray<readonly [string, number]> = [
  ['A', 1], ['NS', 2], ['MD', 3], ['MF', 4], ['CNAME', 5], ['SOA', 6], ['MB', 7], ['MG', 8],
  ['MR', 9], ['NULL', 10], ['WKS', 11], ['PTR', 12], ['HINFO', 13], ['MINFO', 14], ['MX', 15],
  ['TXT', 16], ['RP', 17], ['AFSDB', 18], ['X25', 19], ['ISDN', 20], ['RT', 21], ['NSAP', 22],
  ['NSAP-PTR', 23], ['SIG', 24], ['KEY', 25], ['PX', 26], ['GPOS', 27], ['AAAA', 28], ['LOC', 29],
  ['NXT', 30], ['EID', 31], ['NIMLOC', 32], ['SRV', 33], ['ATMA', 34], ['NAPTR', 35], ['KX', 36],
  ['CERT', 37], ['A6', 38], ['DNAME', 39], ['SINK', 40], ['OPT', 41], ['APL', 42], ['DS', 43],
  ['SSHFP', 44], ['IPSECKEY', 45], ['RRSIG', 46], ['NSEC', 47], ['DNSKEY', 48], ['DHCID', 49],
  ['NSEC3', 50], ['NSEC3PARAM', 51], ['TLSA', 52], ['SMIMEA', 53], ['HIP', 55], ['NINFO', 56],
  ['RKEY', 57], ['TALINK', 58], ['CDS', 59], ['CDNSKEY', 60], ['OPENPGPKEY', 61], ['CSYNC', 62],
  ['ZONEMD', 63], ['SVCB', 64], ['HTTPS', 65], ['DSYNC', 66], ['HHIT', 67], ['BRID', 68],
  ['SPF', 99], ['UINFO', 100], ['UID', 101], ['GID', 102], ['UNSPEC', 103], ['NID', 104],
  ['L32', 105], ['L64', 106], ['LP', 107], ['EUI48', 108], ['EUI64', 109], ['TKEY', 249],
  ['TSIG', 250], ['IXFR', 251], ['AXFR', 252], ['MAILB', 253], ['MAILA', 254], ['ANY', 255],
  ['URI', 256], ['CAA', 257], ['AVC', 258], ['DOA', 259], ['AMTRELAY', 260], ['RESINFO', 261],
  ['WALLET', 262], ['TA', 32768], ['DLV', 32769], ['KEYDATA', 65533],
];

const CODE_BY_NAME = new Map(TYPE_CODES.map(([name, code]) => [name, code]));
const NAME_BY_CODE = new Map(TYPE_CODES.map(([name, code]) => [code, name]));

/** Type number for a mnemonic (any case) or `TYPEnnn` (1-5 digits, at most 65535, as BIND reads it). */
export function typeCode(mnemonic: string): number | undefined {
  const written = CODE_BY_NAME.get(mnemonic); // usually written in upper case already
  if (written !== undefined) return written;
  const upper = mnemonic.toUpperCase();
  const known = CODE_BY_NAME.get(upper);
  if (known !== undefined) return known;
  const numeric = /^TYPE(\d{1,5})$/.exec(upper);
  if (!numeric) return undefined;
  const code = Number(numeric[1]);
  return code <= 0xffff ? code : undefined;
}

/** The mnemonic for a type number, or `TYPEnnn` when it has none. */
export function typeName(code: number): string {
  return NAME_BY_CODE.get(code) ?? `TYPE${code}`;
}

/** True for a number the table names (so `TYPE1` and `A` are the same known type). */
export function isKnownType(code: number): boolean {
  return NAME_BY_CODE.has(code);
}

/**
 * Types that may not appear in a zone file. BIND treats type 0, OPT and the whole 128-255 range
 * (TKEY, TSIG, IXFR, AXFR, MAILB, MAILA, ANY and the unassigned ones) as meta-types.
 */
export function isMetaType(code: number): boolean {
  return code === 0 || code === 41 || (code >= 128 && code <= 255);
}

/** MD and MF (RFC 973): BIND refuses them with "type 'MD': obsolete". */
export function isObsoleteType(code: number): boolean {
  return code === 3 || code === 4;
}

/** NULL (RFC 1035 §3.3.10) and the reserved UINFO, UID, GID and UNSPEC: BIND reads them only in RFC 3597 form. */
export function hasTextForm(code: number): boolean {
  return code !== 10 && (code < 100 || code > 103);
}
