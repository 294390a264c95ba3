// Judges one server's answer against what the zone says (pure): match, mismatch with both
// values, missing (NXDOMAIN apart from NODATA), a CNAME where data was expected, or the failure;
// and one status per record over all servers, `inconsistent` when name servers disagree.
import { sameName } from '../zone/names';
import { compareDkimValues } from '../mail/dkim';
import type { DnsAnswer } from './dns-answers';
import type { QueryResult } from './dns-client';
import { isRelevantTxt } from './expected-records';
import type { CheckResult, CheckStatus, ExpectedRecord, RecordStatus } from './report-types';
import { ellipsize } from '../zone/text-value';

export interface Comparison {
  status: CheckStatus;
  actual: string[];
  detail?: string;
}

export function compareAnswer(expected: ExpectedRecord, result: QueryResult): Comparison {
  if (!result.ok) {
    const status: CheckStatus = result.error === 'timeout' ? 'timeout' : result.error === 'cancelled' ? 'cancelled' : 'error';
    return { status, actual: [], detail: result.message };
  }
  switch (result.rcode) {
    case 'NOERROR':
      break;
    case 'NXDOMAIN':
      return { status: 'missing-nxdomain', actual: [], detail: `${expected.name} does not exist (NXDOMAIN).` };
    case 'SERVFAIL':
      return { status: 'servfail', actual: [], detail: 'The server answered SERVFAIL: it could not serve the zone (not loaded, expired or broken).' };
    case 'REFUSED':
      return { status: 'refused', actual: [], detail: 'The server answered REFUSED: it does not serve this zone to us.' };
    default:
      return { status: 'error', actual: [], detail: `The server answered ${result.rcode}.` };
  }
  const atName = result.answers.filter((a) => sameName(a.name, expected.name));
  const ofType = atName.filter((a) => a.type === expected.type);
  const cname = atName.find((a) => a.type === 'CNAME');
  if (ofType.length === 0 && cname) {
    return { status: 'cname-instead', actual: [`CNAME ${cname.target}`], detail: `${expected.name} is a CNAME to ${cname.target}, so it cannot hold a ${expected.type} record of its own.` };
  }
  if (ofType.length === 0) {
    return { status: 'missing-nodata', actual: [], detail: `${expected.name} exists but has no ${expected.type} record (NODATA).` };
  }
  const relevant = expected.type === 'TXT' ? ofType.filter((a) => isRelevantTxt(expected.kind, a.text ?? '')) : ofType;
  if (relevant.length === 0) {
    const what = expected.kind === 'spf' ? 'v=spf1' : 'v=DMARC1';
    return { status: 'mismatch', actual: ofType.map((a) => a.display), detail: `No ${what} record among the TXT records at ${expected.name}.` };
  }
  const actual = relevant.map((a) => a.display);
  const difference = setDifference(expected, relevant);
  return difference === undefined ? { status: 'match', actual } : { status: 'mismatch', actual, detail: difference };
}

/** undefined when the answer's RRset equals the expected one (order aside); else what differs. */
function setDifference(expected: ExpectedRecord, answers: DnsAnswer[]): string | undefined {
  const remaining = [...answers];
  const unmatched: string[] = [];
  expected.values.forEach((value, i) => {
    const index = remaining.findIndex((answer) => sameValue(expected, value, answer));
    if (index >= 0) remaining.splice(index, 1);
    else unmatched.push(expected.display[i]);
  });
  if (unmatched.length === 0 && remaining.length === 0) return undefined;
  if (expected.kind === 'dkim' && expected.values.length === 1 && answers.length === 1) {
    const differences = compareDkimValues(expected.values[0], answers[0].text ?? '').differences;
    const tags = differences.map((d) => (d.expected === undefined ? `'${d.tag}' is extra` : d.actual === undefined ? `'${d.tag}' is missing` : `'${d.tag}' differs`));
    return `The published DKIM key differs from the zone file's: ${tags.join(', ')}.`;
  }
  const parts: string[] = [];
  if (unmatched.length > 0) parts.push(`not served: ${unmatched.join(' | ')}`);
  if (remaining.length > 0) parts.push(`served but not in the zone file: ${remaining.map((a) => a.display).join(' | ')}`);
  return `The served ${expected.type} records differ from the zone file's (${parts.join('; ')}).`;
}

function sameValue(expected: ExpectedRecord, value: string, answer: DnsAnswer): boolean {
  switch (expected.type) {
    case 'TXT':
      if (answer.text === undefined) return false;
      return expected.kind === 'dkim' ? compareDkimValues(value, answer.text).equal : value === answer.text;
    case 'CNAME':
      return answer.target !== undefined && sameName(value, answer.target);
    case 'MX': {
      const [preference, exchange] = value.split(' ');
      return answer.preference === Number(preference) && answer.target !== undefined && sameName(exchange ?? '', answer.target);
    }
  }
}

const DEFINITIVE: ReadonlySet<CheckStatus> = new Set(['match', 'mismatch', 'missing-nxdomain', 'missing-nodata', 'cname-instead']);
/** Worst first: what a record's status shows when servers answered differently or failed. */
const SEVERITY: readonly CheckStatus[] = ['mismatch', 'cname-instead', 'missing-nxdomain', 'missing-nodata', 'servfail', 'refused', 'error', 'timeout', 'cancelled', 'match'];

export function isDefinitive(status: CheckStatus): boolean {
  return DEFINITIVE.has(status);
}

/** The record's status over all its checks; name servers (not resolvers) must agree. */
export function summarizeRecord(checks: readonly CheckResult[]): { status: RecordStatus; detail?: string } {
  if (checks.length === 0) return { status: 'error', detail: 'No server was asked.' };
  const servers = checks.filter((c) => c.serverRole !== 'resolver' && isDefinitive(c.status));
  const signatures = new Map<string, string[]>();
  for (const check of servers) {
    const values = [...check.actual].map((v) => (check.type === 'TXT' ? v : v.toLowerCase())).sort();
    const signature = [check.status, ...values].join('\u0000');
    signatures.set(signature, [...(signatures.get(signature) ?? []), check.server]);
  }
  if (signatures.size > 1) {
    const groups = [...signatures.entries()].map(([signature, names]) => `${names.join(', ')}: ${describeSignature(signature)}`);
    return { status: 'inconsistent', detail: `The name servers disagree (${groups.join('; ')}).` };
  }
  const worst = SEVERITY.find((status) => checks.some((c) => c.status === status)) ?? 'error';
  return { status: worst };
}

function describeSignature(signature: string): string {
  const [status, ...values] = signature.split('\u0000');
  return values.length === 0 ? status : `${status} ${values.map((v) => ellipsize(v, 60)).join(' | ')}`;
}
