// The shapes of postmark-zone.json as written (kept in step with schemas/postmark-zone.schema.json)
// and of the checked configuration the rules use, plus the patterns both the schema and the
// hand-written validator apply, so the two cannot drift apart (a test compares them).
import type { Severity } from '../rules/rule';
import type { DkimExpectation, DomainExpectations } from './expectations';

export const CONFIG_FILE_NAME = 'postmark-zone.json';

export type ConfigSeverity = Severity | 'off';
export const CONFIG_SEVERITIES: readonly ConfigSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

/** One domain's entry under `domains`, as written. */
export interface DomainEntry {
  /** One DKIM record or several (current and pending selector during a key rotation). */
  dkim?: DkimExpectation | DkimExpectation[];
  returnPath?: { host: string };
  inbound?: { host: string };
  tracking?: { host: string; target: string };
  dmarc?: { rua?: string };
}

/** The whole file, as written. */
export interface PostmarkZoneFile {
  $schema?: string;
  /** Keyed by domain name (`example.com` or `example.com.`). */
  domains?: Record<string, DomainEntry>;
  /** Per rule code: a severity, or `off` to drop the rule. */
  severities?: Record<string, ConfigSeverity>;
}

/** The file after checking: domains absolute with a trailing dot, DKIM always a list. */
export interface PostmarkConfig {
  /** Path of the file it came from, when there was one. */
  file?: string;
  domains: DomainExpectations[];
  severities: Record<string, ConfigSeverity>;
}

export const EMPTY_CONFIG: PostmarkConfig = { domains: [], severities: {} };

/** A problem in the file, with offsets into its text (end exclusive). */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

// Patterns shared with the JSON schema (ECMAScript syntax, no flags).
const LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?';
/** A domain name: labels of letters, digits, `_` and inner `-`, with an optional final dot. */
export const DOMAIN_PATTERN = `^${LABEL}(?:\\.${LABEL})*\\.?$`;
/** A host: `@` (the domain itself), a name relative to the domain, or an absolute name. */
export const HOST_PATTERN = `^(?:@|${LABEL}(?:\\.${LABEL})*\\.?)$`;
/** An inbound host may also be a wildcard (`*`, `*.inbound`): Postmark routes every name below. */
export const INBOUND_HOST_PATTERN = `^(?:@|(?:\\*|${LABEL})(?:\\.${LABEL})*\\.?)$`;
/** A DKIM host has `_domainkey` as its second label: `<selector>._domainkey`. */
export const DKIM_HOST_PATTERN = `^${LABEL}\\._[dD][oO][mM][aA][iI][nN][kK][eE][yY](?:\\.${LABEL})*\\.?$`;
/** A DKIM value is a `tag=value` list (RFC 6376 §3.2) without quotes. */
export const DKIM_TAG_LIST_PATTERN = '^\\s*[A-Za-z][A-Za-z0-9_]*\\s*=[^;"]*(?:;\\s*[A-Za-z][A-Za-z0-9_]*\\s*=[^;"]*)*;?\\s*$';
/** ... with a `p=` tag holding base64 (the public key). */
export const DKIM_KEY_PATTERN = '(?:^|;)\\s*p\\s*=\\s*[A-Za-z0-9+/][A-Za-z0-9+/\\s]*=*\\s*(?:;|$)';
/** One or more `mailto:` URIs separated by commas (RFC 7489 §6.4). */
export const RUA_PATTERN = '^\\s*[mM][aA][iI][lL][tT][oO]:[^,\\s]+(?:\\s*,\\s*[mM][aA][iI][lL][tT][oO]:[^,\\s]+)*\\s*$';
/** A rule code: `family/kebab-name`. */
export const CODE_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$';
export const MAX_NAME_LENGTH = 254;
