// Reads the openspf RFC 7208 test suite (test/fixtures/spf/rfc7208-tests.yml) into zone files,
// one per scenario, and derives from each test what it says about the SPF record it evaluates:
// permerror for syntax, for a processing limit, for multiple records, for the target of an
// include/redirect, a valid record, or either (the suite accepts permerror or another result).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '../../../server/src/zone/names';

export const SUITE_FILE = join(__dirname, '..', '..', 'fixtures', 'spf', 'rfc7208-tests.yml');

export type Expectation = 'syntax' | 'limit' | 'multiple' | 'target' | 'valid' | 'either';

export interface SuiteTest {
  name: string;
  spec: string;
  description: string;
  helo: string;
  mailfrom: string;
  results: string[];
}

export interface SuiteRecord {
  domain: string;
  type: 'TXT' | 'SPF';
  text: string;
  /** Offsets of the record's line in the scenario's zone text. */
  start: number;
  end: number;
}

export interface Scenario {
  description: string;
  tests: SuiteTest[];
  records: SuiteRecord[];
  zoneText: string;
  origin: string;
}

type ZoneEntry = string | Record<string, unknown>;

/** `yaml` is passed in so a missing package can be reported as a skip, not a crash. */
export function loadSuite(parseAllDocuments: (text: string) => Array<{ toJS(): unknown }>): Scenario[] {
  const documents = parseAllDocuments(readFileSync(SUITE_FILE, 'utf8')).map((doc) => doc.toJS() as Record<string, unknown>);
  return documents.map((doc) => {
    const rawTests = doc.tests as Record<string, Record<string, unknown>>;
    const tests = Object.entries(rawTests).map(([name, t]) => ({
      name,
      spec: String(t.spec ?? ''),
      description: String(t.description ?? ''),
      helo: String(t.helo ?? ''),
      mailfrom: String(t.mailfrom ?? ''),
      results: (Array.isArray(t.result) ? t.result : [t.result]).map(String),
    }));
    const zonedata = doc.zonedata as Record<string, ZoneEntry[]>;
    const { text, records } = zoneOf(zonedata);
    const origin = commonSuffix(records.map((record) => record.domain));
    return { description: String(doc.description), tests, records, zoneText: text, origin };
  });
}

/**
 * SPF and TXT policy entries as zone records. As the suite's header says, drivers serve SPF
 * entries as TXT too; a name with any TXT entry (even `TXT: NONE`) keeps its SPF entries as type
 * SPF, which is how the "Record lookup" and "Selecting records" sections are meant to be read.
 * Only texts starting with `v=spf` are written: other TXT data is no SPF rule's business.
 */
function zoneOf(zonedata: Record<string, ZoneEntry[]>): { text: string; records: SuiteRecord[] } {
  let text = '';
  const records: SuiteRecord[] = [];
  for (const [domain, entries] of Object.entries(zonedata)) {
    const hasTxt = entries.some((entry) => typeof entry === 'object' && entry !== null && 'TXT' in entry);
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null) continue;
      for (const [key, value] of Object.entries(entry)) {
        if ((key !== 'SPF' && key !== 'TXT') || value === 'NONE') continue;
        const strings = (Array.isArray(value) ? value : [value]).map(String);
        const joined = strings.join('');
        if (strings.length === 0 || !/^v=spf/i.test(joined)) continue;
        const type = key === 'SPF' && !hasTxt ? 'TXT' : (key as 'TXT' | 'SPF');
        const line = `${domain}. 3600 IN ${type} ${strings.map(quote).join(' ')}\n`;
        records.push({ domain, type, text: joined, start: text.length, end: text.length + line.length });
        text += line;
      }
    }
  }
  return { text, records };
}

/** A zone-file character-string: `"` and `\` escaped, anything outside printable ASCII as \DDD. */
function quote(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (code > 255) throw new Error(`character U+${code.toString(16)} cannot be written as one octet`);
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (code < 0x20 || code > 0x7e) out += '\\' + String(code).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

/** The zone's origin: the longest common parent (two labels or more) of the policy names, else the root. */
function commonSuffix(domains: string[]): string {
  const split = domains.map((domain) => domain.toLowerCase().split('.').reverse());
  const common: string[] = [];
  for (let i = 0; split.every((labels) => i < labels.length && labels[i] === split[0][i]); i++) common.push(split[0][i]);
  return common.length >= 2 ? `${common.reverse().join('.')}.` : '.';
}

/** check_host() runs on the MAIL FROM domain, or on the HELO name when MAIL FROM is empty (RFC 7208 §2.4). */
export function evaluatedDomain(test: SuiteTest): string | undefined {
  const at = test.mailfrom.lastIndexOf('@');
  const domain = at >= 0 ? test.mailfrom.slice(at + 1) : test.mailfrom === '' ? test.helo : '';
  return domain === '' || domain.startsWith('[') ? undefined : domain;
}

/**
 * What a test says about the record at its domain, from its result and the section of RFC 7208
 * it cites: 4.5 is record selection (several records), 4.6.4 the lookup limits, 5.2/9 and 6.1/4
 * the result of the include or redirect target; any other section cited by a permerror test is
 * the grammar of the record itself (§3.1, §4.6, §4.6.1, §5.x/1-2, §5.6, §6, §7.1, appendix A).
 */
export function classify(test: SuiteTest): Expectation {
  if (test.results.length > 1) return test.results.includes('permerror') ? 'either' : 'valid';
  if (test.results[0] !== 'permerror') return 'valid';
  const section = test.spec.split(',')[0].trim();
  if (section.startsWith('4.5/')) return 'multiple';
  if (section.startsWith('4.6.4')) return 'limit';
  if (section === '5.2/9' || section === '6.1/4') return 'target';
  return 'syntax';
}

/** The policy records (TXT, `v=spf1` then space or end, any case) at a domain: RFC 7208 §4.5. */
export function policiesAt(scenario: Scenario, domain: string): SuiteRecord[] {
  return scenario.records.filter((record) => record.type === 'TXT' && nameKey(record.domain + '.') === nameKey(domain + '.') && /^v=spf1( |$)/i.test(record.text));
}
