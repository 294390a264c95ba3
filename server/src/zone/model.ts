// The shapes every layer shares: spans (offsets into a file's text), tokens, records and the
// analysed zone. Offsets are UTF-16 code-unit indexes into the file text, end exclusive;
// only the LSP glue and the CLI printer turn them into line/character positions.
import type { Finding } from '../rules/rule';
import type { OwnerIndex } from './owner-index';

export interface Span {
  start: number;
  end: number;
}

/** Every byte of a file belongs to exactly one token (whitespace and comments included). */
export type TokenKind =
  | 'space' // blanks and tabs
  | 'newline' // "\n" or "\r\n" (a lone "\r" is a space)
  | 'comment' // from ";" to the end of the line, newline excluded
  | 'word' // a run of non-special characters, backslash escapes kept as written
  | 'quoted' // a "..." string including its quotes (may be unterminated: then it ends at the line end)
  | 'open' // "("
  | 'close'; // ")"

export interface Token extends Span {
  kind: TokenKind;
}

/** A word or quoted string of a record's rdata, with its decoded value. */
export interface Field extends Span {
  quoted: boolean;
  /** Presentation text as written, without surrounding quotes. Escapes are kept. */
  raw: string;
  /** Decoded text: `\X` becomes X and `\DDD` the character with that code (0-255). */
  value: string;
  /** Length in octets of the decoded value (UTF-8 for characters over 127 written literally). */
  octets: number;
}

/** A domain name found in the file: where it was written and the absolute name it stands for. */
export interface NameRef extends Span {
  /** Absolute name in presentation format with the trailing dot, case as written. */
  name: string;
  /** As written in the file. */
  written: string;
  /** True when written without a trailing dot (so the origin was appended). */
  relative: boolean;
}

/** Parsed rdata for the types we understand; `fields` on the record always holds the raw form. */
export type Rdata =
  | { type: 'A'; address: string }
  | { type: 'AAAA'; address: string }
  | { type: 'NS' | 'CNAME' | 'PTR' | 'DNAME'; target: NameRef }
  | { type: 'MX'; preference: number; exchange: NameRef }
  | { type: 'TXT' | 'SPF'; strings: Field[]; text: string }
  | {
      type: 'SOA';
      mname: NameRef;
      rname: NameRef;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: NameRef }
  | { type: 'CAA'; flags: number; tag: string; value: string }
  | { type: 'DS'; keyTag: number; algorithm: number; digestType: number; digest: string }
  | { type: 'DNSKEY'; flags: number; protocol: number; algorithm: number; publicKey: string }
  | { type: 'TLSA'; usage: number; selector: number; matchingType: number; data: string }
  | { type: 'SSHFP'; algorithm: number; fingerprintType: number; fingerprint: string }
  | {
      type: 'NAPTR';
      order: number;
      preference: number;
      flags: string;
      service: string;
      regexp: string;
      replacement: NameRef;
    }
  | { type: 'HTTPS' | 'SVCB'; priority: number; target: NameRef; params: Array<{ key: string; value?: string }> }
  | { type: 'HINFO'; cpu: string; os: string }
  | { type: 'RP'; mailbox: NameRef; txt: NameRef }
  | { type: 'AFSDB' | 'KX'; value: number; target: NameRef }
  | { type: 'URI'; priority: number; weight: number; target: string }
  | { type: 'OPENPGPKEY'; key: string }
  | { type: 'EUI48' | 'EUI64'; address: string }
  | { type: 'NID' | 'L32' | 'L64'; preference: number; value: string }
  | { type: 'LP'; value: number; target: NameRef }
  | { type: 'DHCID'; data: string }
  | { type: 'ZONEMD'; serial: number; scheme: number; hashAlgorithm: number; digest: string }
  | { type: 'CSYNC'; serial: number; flags: number; types: string[] }
  | { type: 'NSEC' | 'NXT'; target: NameRef; types: string[] }
  | { type: 'CERT'; certType: number; keyTag: number; algorithm: number; data: string }
  | {
      type: 'RRSIG' | 'SIG';
      covered: string;
      algorithm: number;
      labels: number;
      originalTtl: number;
      expiration: string;
      inception: string;
      keyTag: number;
      /** The signer's name. */
      target: NameRef;
      signature: string;
    }
  | { type: 'LOC'; text: string }
  | { type: 'APL'; items: string[] }
  | { type: 'NSEC3PARAM'; hashAlgorithm: number; flags: number; iterations: number; salt: string }
  | { type: 'NSEC3'; hashAlgorithm: number; flags: number; iterations: number; salt: string; next: string; types: string[] }
  | { type: 'WKS'; address: string; protocol: string; services: string[] }
  | { type: 'IPSECKEY'; precedence: number; gatewayType: number; algorithm: number; gateway: string; key: string }
  | { type: 'GENERIC'; typeCode: number; length: number; hex: string }
  | { type: RareRdataType; parts: RdataPart[] };

/** Types no rule looks inside (rdata/rare-types.ts): their fields are kept in order as parts. */
export type RareRdataType =
  | 'MB' | 'MG' | 'MR' | 'NSAP-PTR' | 'MINFO' | 'TALINK' | 'RT' | 'PX' | 'X25' | 'ISDN' | 'GPOS'
  | 'NINFO' | 'AVC' | 'RESINFO' | 'WALLET' | 'EID' | 'NIMLOC' | 'HHIT' | 'BRID' | 'NSAP' | 'ATMA'
  | 'A6' | 'SINK' | 'HIP' | 'DOA' | 'AMTRELAY' | 'DSYNC' | 'KEY' | 'RKEY' | 'KEYDATA';

/** A number, decoded text (hex lower-cased, base64 without blanks) or a domain name. */
export type RdataPart = number | string | NameRef;

export type DirectiveName = '$ORIGIN' | '$TTL' | '$INCLUDE' | '$GENERATE';

export interface Directive extends Span {
  file: string;
  name: DirectiveName;
  nameSpan: Span;
  args: Field[];
  /** For an $INCLUDE whose file was read: that file, as the include reader named it. */
  included?: string;
}

export interface ZoneRecord extends Span {
  /** File the record was read from (the main file or an $INCLUDE'd one). */
  file: string;
  owner: NameRef;
  /** False when the line started with blanks and the owner was inherited (then owner's span is empty). */
  ownerWritten: boolean;
  ttl: number;
  ttlSpan?: Span;
  class: string;
  classSpan?: Span;
  /** Upper-case mnemonic (`TXT`) or `TYPEnnn` for a type known only by number. */
  type: string;
  typeSpan: Span;
  fields: Field[];
  /** Undefined when the rdata did not parse (a finding says why). */
  rdata?: Rdata;
  /** The origin in effect for this record, used to write relative names in fixes. */
  origin: string;
  /** Set on records produced by $GENERATE: the directive's span. */
  generatedBy?: Span;
  /** The whole record's text spans one or more parenthesised lines. */
  multiline: boolean;
}

export type OriginSource = 'option' | '$ORIGIN' | 'file name' | 'SOA owner' | 'none';

export interface ParsedFile {
  file: string;
  text: string;
  /** Every token of the file, made on first use. */
  readonly tokens: Token[];
}

export interface Zone {
  /** The apex, absolute with trailing dot (e.g. `example.com.`); `.` when none could be found. */
  origin: string;
  originSource: OriginSource;
  mainFile: string;
  /** Every file read, the main one first, with its tokens. */
  files: ParsedFile[];
  records: ZoneRecord[];
  directives: Directive[];
  /** Findings made while reading the text (syntax, rdata, includes). */
  parseFindings: Finding[];
  /** Records by lower-cased owner name. */
  byOwner: OwnerIndex;
  /**
   * Set when rules see part of a zone (incremental analysis re-runs owner-scoped rules for the
   * owners an edit touched): `records` then holds all the records of `owners` and nothing else,
   * while byOwner and everything else are the whole zone's.
   */
  partOf?: { zone: Zone; owners: ReadonlySet<string> };
  /**
   * Set on a zone made by re-parsing an edit: the zone before (whose records this one took over,
   * moved), the records the edit removed and the ones it added. Lets per-record lists be updated
   * instead of recomputed (rules/memo.ts perRecordList).
   */
  edit?: {
    previous: Zone;
    /** The file the edit was in: the main file, or an included one (checked as part of its zone). */
    file: string;
    /**
     * Records of this zone read before this offset of `file` were untouched (and unmoved) by the
     * edit, in reading order (zone/read-order.ts: a record of an included file sits where its
     * $INCLUDE line is).
     */
    from: number;
    removed: ReadonlySet<ZoneRecord>;
    added: readonly ZoneRecord[];
  };
}
