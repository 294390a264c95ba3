// Reads postmark-zone.json text (pure: no file access): checks it against the rules of
// schemas/postmark-zone.schema.json with exact offsets for each problem, keeps every valid part,
// and selects the domain expectations that apply to a zone.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DkimExpectation, DomainExpectations } from './expectations';
import { CODE_PATTERN, CONFIG_SEVERITIES, type ConfigProblem, type ConfigSeverity, type PostmarkConfig } from './config-types';
import { dkimHostProblem, dkimValueProblem, domainProblem, hostProblem, ruaProblem } from './config-values';
import { ensureAbsolute, isAbsolute, isAtOrBelow, nameKey } from '../zone/names';

export interface ParseConfigOptions {
  /** Registered rule codes: a severity for another code is reported. */
  knownCodes?: readonly string[];
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'A property name in double quotes is expected.',
  ValueExpected: 'A value is expected.',
  ColonExpected: "A ':' is expected.",
  CommaExpected: "A ',' is expected.",
  CloseBraceExpected: "A '}' is expected.",
  CloseBracketExpected: "A ']' is expected.",
  EndOfFileExpected: 'Unexpected text after the end of the JSON value.',
  InvalidCommentToken: 'Comments are not allowed in JSON.',
  UnexpectedEndOfComment: 'Unterminated comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unterminated number.',
  InvalidUnicode: 'Invalid \\u escape.',
  InvalidEscapeCharacter: 'Invalid escape character.',
  InvalidCharacter: 'Invalid character in a string.',
};

export function parsePostmarkConfig(text: string, file?: string, options: ParseConfigOptions = {}): { config: PostmarkConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: PostmarkConfig = { domains: [], severities: {} };
  if (file !== undefined) config.file = file;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  let lastOffset = -1;
  for (const error of errors) {
    if (error.offset === lastOffset) continue; // the parser's follow-up complaint about the same spot
    lastOffset = error.offset;
    problems.push(syntaxProblem(text, error, root === undefined));
  }
  if (!root) return { config, problems };
  const checker = new ConfigChecker(problems, options);
  const top = checker.properties(root, 'The configuration', ['$schema', 'domains', 'severities'], []);
  if (!top) return { config, problems };
  const schema = top.get('$schema');
  if (schema) checker.string(schema.value, "'$schema'");
  const domains = top.get('domains');
  if (domains) config.domains = checker.domains(domains.value);
  const severities = top.get('severities');
  if (severities) config.severities = checker.severities(severities.value);
  return { config, problems };
}

function syntaxProblem(text: string, error: ParseError, noValue: boolean): ConfigProblem {
  const name = printParseErrorCode(error.error);
  if (name === 'ValueExpected' && noValue && text.trim() === '') return { message: 'The file is empty: it should hold a JSON object.', start: 0, end: 0 };
  const comma = /,\s*$/.exec(text.slice(0, error.offset));
  if ((name === 'PropertyNameExpected' || name === 'ValueExpected') && comma && (text[error.offset] === '}' || text[error.offset] === ']')) {
    return { message: `Trailing comma: JSON allows no ',' before '${text[error.offset]}'.`, start: comma.index, end: comma.index + 1 };
  }
  return { message: SYNTAX_MESSAGES[name] ?? 'Invalid JSON.', start: error.offset, end: error.offset + error.length };
}

/** The expectations for domains at or below the zone's origin (`.` when unknown: all). */
export function expectationsFor(config: PostmarkConfig, zoneOrigin: string): DomainExpectations[] {
  return config.domains.filter((entry) => isAtOrBelow(entry.domain, ensureAbsolute(zoneOrigin)));
}

interface Property {
  key: Node;
  value: Node;
}

class ConfigChecker {
  constructor(
    private readonly problems: ConfigProblem[],
    private readonly options: ParseConfigOptions,
  ) {}

  report(node: Node, message: string): void {
    this.problems.push({ message, start: node.offset, end: node.offset + node.length });
  }

  /** An object's properties by key; reports a non-object, unknown, duplicate and missing keys. */
  properties(node: Node, what: string, allowed: readonly string[] | 'any', required: readonly string[]): Map<string, Property> | undefined {
    if (node.type !== 'object') {
      this.report(node, `${what} must be an object.`);
      return undefined;
    }
    const found = new Map<string, Property>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || !value) continue; // a syntax error was reported
      const name = String(key.value);
      if (found.has(name)) {
        this.report(key, `Duplicate key '${name}' in ${lower(what)}.`);
        continue;
      }
      if (allowed !== 'any' && !allowed.includes(name)) {
        this.report(key, `Unknown key '${name}' in ${lower(what)} (expected ${list(allowed)}).`);
        continue;
      }
      found.set(name, { key, value });
    }
    const missing = required.filter((name) => !found.has(name));
    if (missing.length > 0) this.report(anchorOf(node), `${what} needs ${list(missing, 'and')}.`);
    return found;
  }

  string(node: Node, what: string): string | undefined {
    if (node.type === 'string') return node.value as string;
    this.report(node, `${what} must be a string.`);
    return undefined;
  }

  domains(node: Node): DomainExpectations[] {
    const entries = this.properties(node, "'domains'", 'any', []);
    const result: DomainExpectations[] = [];
    const seen = new Map<string, string>();
    for (const [name, { key, value }] of entries ?? []) {
      const problem = domainProblem(name);
      if (problem) {
        this.report(key, problem);
        continue;
      }
      const domain = ensureAbsolute(name);
      const earlier = seen.get(nameKey(domain));
      if (earlier !== undefined) {
        this.report(key, `'${name}' names the same domain as '${earlier}'.`);
        continue;
      }
      seen.set(nameKey(domain), name);
      const entry = this.domain(value, name, domain);
      if (entry) result.push(entry);
    }
    return result;
  }

  private domain(node: Node, name: string, domain: string): DomainExpectations | undefined {
    const what = `The entry for '${name}'`;
    const fields = this.properties(node, what, ['dkim', 'returnPath', 'inbound', 'tracking', 'dmarc'], []);
    if (!fields) return undefined;
    const entry: DomainExpectations = { domain };
    const dkim = fields.get('dkim');
    if (dkim) {
      const records = this.dkim(dkim.value, domain);
      if (records.length > 0) entry.dkim = records;
    }
    const returnPath = fields.get('returnPath');
    if (returnPath) {
      const host = this.hostObject(returnPath.value, "'returnPath'", 'Return-Path host', domain);
      if (host !== undefined) entry.returnPath = { host };
    }
    const inbound = fields.get('inbound');
    if (inbound) {
      const host = this.hostObject(inbound.value, "'inbound'", 'inbound host', domain, true);
      if (host !== undefined) entry.inbound = { host };
    }
    const tracking = fields.get('tracking');
    if (tracking) {
      const parts = this.properties(tracking.value, "'tracking'", ['host', 'target'], ['host', 'target']);
      const host = parts?.get('host') && this.host(parts.get('host')!.value, 'tracking host', domain);
      const target = parts?.get('target') && this.string(parts.get('target')!.value, "The tracking 'target'");
      const targetProblem = target === undefined ? undefined : domainProblem(target);
      if (targetProblem) this.report(parts!.get('target')!.value, `The tracking target: ${targetProblem}`);
      else if (host !== undefined && target !== undefined) entry.tracking = { host, target: ensureAbsolute(target) };
    }
    const dmarc = fields.get('dmarc');
    if (dmarc) {
      const rua = this.properties(dmarc.value, "'dmarc'", ['rua'], [])?.get('rua');
      const text = rua && this.string(rua.value, "'rua'");
      const problem = text === undefined ? undefined : ruaProblem(text);
      if (problem) this.report(rua!.value, problem);
      else if (text !== undefined) entry.dmarc = { rua: text.trim() };
    }
    return entry;
  }

  /** `dkim` is one `{host, value}` object or a list of them. */
  private dkim(node: Node, domain: string): DkimExpectation[] {
    if (node.type !== 'object' && node.type !== 'array') {
      this.report(node, "'dkim' must be an object ({\"host\": ..., \"value\": ...}) or a list of them.");
      return [];
    }
    const items = node.type === 'array' ? (node.children ?? []) : [node];
    const records: DkimExpectation[] = [];
    for (const item of items) {
      const fields = this.properties(item, 'A DKIM entry', ['host', 'value'], ['host']);
      if (!fields) continue;
      const hostNode = fields.get('host');
      const host = hostNode && this.string(hostNode.value, "The DKIM 'host'");
      const hostIssue = host === undefined ? undefined : dkimHostProblem(host);
      if (hostIssue) this.report(hostNode!.value, hostIssue);
      const valueNode = fields.get('value');
      const value = valueNode && this.string(valueNode.value, "The DKIM 'value'");
      const valueIssue = value === undefined ? undefined : dkimValueProblem(value);
      if (valueIssue) this.report(valueNode!.value, valueIssue);
      if (host === undefined || hostIssue) continue;
      const record: DkimExpectation = { host: normalizeHost(host, domain) };
      if (value !== undefined && !valueIssue) record.value = value.trim();
      records.push(record);
    }
    return records;
  }

  private hostObject(node: Node, what: string, hostWhat: string, domain: string, wildcard = false): string | undefined {
    const host = this.properties(node, what, ['host'], ['host'])?.get('host');
    return host && this.host(host.value, hostWhat, domain, wildcard);
  }

  private host(node: Node, what: string, domain: string, wildcard = false): string | undefined {
    const host = this.string(node, `The ${what}`);
    if (host === undefined) return undefined;
    const problem = hostProblem(host, what, wildcard);
    if (problem) {
      this.report(node, problem);
      return undefined;
    }
    return normalizeHost(host, domain);
  }

  severities(node: Node): Record<string, ConfigSeverity> {
    const result: Record<string, ConfigSeverity> = {};
    const codePattern = new RegExp(CODE_PATTERN);
    for (const [code, { key, value }] of this.properties(node, "'severities'", 'any', []) ?? []) {
      if (!codePattern.test(code)) {
        this.report(key, `'${code}' is not a rule code (like 'postmark/return-path-missing').`);
        continue;
      }
      if (this.options.knownCodes && !this.options.knownCodes.includes(code)) {
        this.report(key, `No rule has the code '${code}'.`);
        continue;
      }
      if (value.type !== 'string' || !CONFIG_SEVERITIES.includes(value.value as ConfigSeverity)) {
        this.report(value, `The severity of '${code}' must be one of ${list(CONFIG_SEVERITIES.map(String))}.`);
        continue;
      }
      result[code] = value.value as ConfigSeverity;
    }
    return result;
  }
}

/**
 * Hosts are relative to the domain unless they end with a dot; one written in full without the
 * dot (`pm-bounces.example.com` under `example.com`) is taken as the full name it obviously is.
 */
function normalizeHost(host: string, domain: string): string {
  if (host !== '@' && !isAbsolute(host) && isAtOrBelow(`${host}.`, domain)) return `${host}.`;
  return host;
}

/** Where to report a missing key: the key of the property holding the object, else the object. */
function anchorOf(node: Node): Node {
  const parent = node.parent;
  return parent?.type === 'property' && parent.children?.[0] ? parent.children[0] : node;
}

function list(names: readonly string[], last = 'or'): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

function lower(what: string): string {
  return what.startsWith('The ') || what.startsWith('A ') ? what[0].toLowerCase() + what.slice(1) : what;
}
