// The shapes of a live DNS verification: what is expected, which servers are asked, and the
// result of every check. Types only (no I/O), so the CLI, the language server and the VS Code
// client all read the same report.

/** Where a check's expectation comes from in the zone: the record's span in its file. */
export interface ZoneLocation {
  file: string;
  start: number;
  end: number;
}

export type RecordKind = 'dkim' | 'return-path' | 'inbound-mx' | 'tracking' | 'dmarc' | 'spf';

export interface ExpectedRecord {
  /** Stable within a report, e.g. `dkim 20231012123456pm._domainkey.example.com. TXT`. */
  id: string;
  kind: RecordKind;
  /** Absolute owner name with the trailing dot. */
  name: string;
  type: 'TXT' | 'CNAME' | 'MX';
  /**
   * The RRset (of this kind) the zone says is published: TXT as octets (one character each),
   * CNAME targets absolute, MX as `preference exchange.`.
   */
  values: string[];
  /** The same values for people. */
  display: string[];
  /** The zone records the values come from; empty when only the configuration names them. */
  locations: ZoneLocation[];
  source: 'zone' | 'configuration';
}

export type ServerRole = 'authoritative' | 'resolver' | 'given';

export interface ServerTarget {
  /** `ns1.example.com. (192.0.2.53)`, `127.0.0.1:5300`. */
  label: string;
  host: string;
  port: number;
  role: ServerRole;
  /** How it was found: `zone NS`, `live NS`, `system resolver`, `setting`, `--server`. */
  source: string;
  /** The NS name, for authoritative servers. */
  nsName?: string;
}

export type CheckStatus =
  | 'match'
  | 'mismatch'
  | 'missing-nxdomain'
  | 'missing-nodata'
  | 'cname-instead'
  | 'timeout'
  | 'servfail'
  | 'refused'
  | 'error'
  | 'cancelled';

/** One record asked of one server. */
export interface CheckResult {
  /** ExpectedRecord.id. */
  record: string;
  kind: RecordKind;
  name: string;
  type: string;
  /** ServerTarget.label. */
  server: string;
  serverRole: ServerRole;
  status: CheckStatus;
  /** As people read them (TXT joined, names with the trailing dot). */
  expected: string[];
  actual: string[];
  /** Why, in one sentence, when the status alone does not say it. */
  detail?: string;
  /** The first zone record the check is about (undefined for configuration-only checks). */
  location?: ZoneLocation;
  rcode?: string;
  aa?: boolean;
  viaTcp?: boolean;
  elapsedMs: number;
}

export type RecordStatus = CheckStatus | 'inconsistent';

/** One expected record with its checks on every server. */
export interface RecordResult {
  record: ExpectedRecord;
  /** `match` only when every server that answered matched; `inconsistent` when servers differ. */
  status: RecordStatus;
  checks: CheckResult[];
  detail?: string;
}

export interface SpfNode {
  domain: string;
  /** The term that led here (`include:spf.mtasv.net`, `redirect=_spf.example.com`), `root` at the top. */
  via: string;
  /** The SPF policy text found there. */
  record?: string;
  status: 'ok' | 'no-record' | 'multiple-records' | 'undetermined' | 'loop' | 'not-followed';
  detail?: string;
  /** DNS-querying terms of this record itself (RFC 7208 §4.6.4). */
  lookups: number;
  /** Void lookups caused by this record's terms (NXDOMAIN or no answer). */
  voidLookups: number;
  /** The querying terms, as written. */
  terms: string[];
  children: SpfNode[];
}

export interface SpfTreeReport {
  domain: string;
  location?: ZoneLocation;
  root: SpfNode;
  /** Lookups counted over the whole tree (a lower bound when `undetermined` is not empty). */
  lookups: number;
  voidLookups: number;
  /** True when the counted (lower-bound) lookups or void lookups already exceed a limit, or a loop. */
  overLimit: boolean;
  /** Lookups that could not be made (timeouts, refusals, macros), one line each. */
  undetermined: string[];
  message: string;
}

export interface ExternalReportCheck {
  /** The DMARC domain (`example.com.`) and the report address's domain. */
  domain: string;
  ruaDomain: string;
  uri: string;
  /** `<domain>._report._dmarc.<rua-domain>.` */
  queried: string;
  status: 'authorized' | 'missing' | 'undetermined';
  detail: string;
  location?: ZoneLocation;
}

export interface VerifyReport {
  origin: string;
  mainFile: string;
  servers: ServerTarget[];
  records: RecordResult[];
  /** Every check of every record, flattened (records[i].checks in order). */
  checks: CheckResult[];
  spf: SpfTreeReport[];
  dmarcExternal: ExternalReportCheck[];
  /** Things that could not be determined or need a look, one sentence each. */
  warnings: string[];
  cancelled: boolean;
  elapsedMs: number;
  /** 0 all match, 1 a mismatch/missing record or an SPF limit exceeded, 3 no server answered. */
  exitCode: 0 | 1 | 3;
}
