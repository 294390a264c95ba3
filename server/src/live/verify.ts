// Runs a live verification of an analysed zone: picks the servers, asks each one for each
// expected record (concurrently, with a bound, cancellable), follows the SPF tree, checks
// external DMARC destinations, and returns one report with every check and the exit code.
import type { Zone } from '../zone/model';
import type { Finding, RuleContext } from '../rules/rule';
import { isAtOrBelow } from '../zone/names';
import type { DnsServer } from './dns-client';
import { expectedRecords } from './expected-records';
import { compareAnswer, summarizeRecord } from './compare';
import { Querier, type QuerierOptions } from './querier';
import { authoritativeServers, resolveServerSpecs, systemResolverSpecs, type HostLookup } from './servers';
import { buildSpfTree } from './spf-tree';
import { checkExternalDestinations } from './dmarc-external';
import type { CheckResult, CheckStatus, ExpectedRecord, ExternalReportCheck, RecordResult, ServerTarget, SpfTreeReport, VerifyReport } from './report-types';

export interface VerifyOptions extends QuerierOptions {
  /** Postmark expectations (postmark-zone.json or settings). */
  context?: RuleContext;
  /** Servers the user named (`--server`): only these are asked, for everything. */
  servers?: readonly string[];
  /** Resolvers to ask besides the zone's name servers (`postmarkZone.resolvers`); default the system's. */
  resolvers?: readonly string[];
  /** Called as checks finish. */
  onProgress?: (done: number, total: number, message: string) => void;
  /** Host-name lookup for servers given by name (tests inject one). */
  lookupHost?: HostLookup;
}

const PROBLEMS: ReadonlySet<CheckStatus> = new Set(['mismatch', 'missing-nxdomain', 'missing-nodata', 'cname-instead', 'servfail', 'refused']);

/**
 * The findings that make a zone unfit to verify: error-severity parse findings (syntax, rdata,
 * includes), since named would not load such a file. Empty when the zone can be verified.
 */
export function refusalFindings(zone: Zone, findings: readonly Finding[]): Finding[] {
  const parseCodes = new Set(zone.parseFindings.map((f) => f.code));
  return findings.filter((f) => f.severity === 'error' && parseCodes.has(f.code));
}

export async function verifyZone(zone: Zone, options: VerifyOptions = {}): Promise<VerifyReport> {
  const started = performance.now();
  const querier = new Querier(options);
  const warnings: string[] = [];
  const expected = expectedRecords(zone, options.context);

  let servers: ServerTarget[];
  let lookupServers: DnsServer[];
  if (options.servers && options.servers.length > 0) {
    const given = await resolveServerSpecs(options.servers, 'given', '--server', options.lookupHost);
    warnings.push(...given.problems);
    servers = given.servers;
    lookupServers = given.servers;
  } else {
    const specs = options.resolvers && options.resolvers.length > 0 ? options.resolvers : systemResolverSpecs();
    const resolvers = await resolveServerSpecs(specs, 'resolver', options.resolvers?.length ? 'setting' : 'system resolver', options.lookupHost);
    warnings.push(...resolvers.problems);
    const authoritative = expected.length > 0 ? await authoritativeServers(zone, resolvers.servers, querier) : { servers: [], warnings: [] };
    warnings.push(...authoritative.warnings);
    servers = [...authoritative.servers, ...resolvers.servers];
    lookupServers = resolvers.servers;
  }

  const spfRecords = expected.filter((r) => r.kind === 'spf' && r.values.length > 0);
  const dmarcRecords = expected.filter((r) => r.kind === 'dmarc' && r.source === 'zone');
  const total = expected.length * servers.length + spfRecords.length + dmarcRecords.length;
  let done = 0;
  const progress = (message: string) => options.onProgress?.(++done, total, message);

  const checkRuns = expected.map((record) =>
    Promise.all(
      servers.map(async (server) => {
        const check = await runCheck(record, server, querier);
        progress(`${record.name} ${record.type} from ${server.label}: ${check.status}`);
        return check;
      }),
    ),
  );
  const spfRuns = lookupServers.length === 0 ? [] : spfRecords.map(async (record): Promise<SpfTreeReport> => {
    const tree = await buildSpfTree(record.name, record.values[0], lookupServers, querier, record.locations[0]);
    progress(`SPF tree of ${record.name}: ${tree.lookups} lookups`);
    return tree;
  });
  const dmarcRuns = lookupServers.length === 0 ? [] : dmarcRecords.map(async (record): Promise<ExternalReportCheck[]> => {
    const domain = record.name.replace(/^_dmarc\./i, '');
    const checks = await Promise.all(record.values.map((text, i) => checkExternalDestinations({ domain, text, location: record.locations[i] }, zone.origin, lookupServers, querier)));
    progress(`DMARC report destinations of ${domain}`);
    return checks.flat();
  });

  const [checkLists, spf, dmarcLists] = await Promise.all([Promise.all(checkRuns), Promise.all(spfRuns), Promise.all(dmarcRuns)]);
  const records: RecordResult[] = expected.map((record, i) => ({ record, checks: checkLists[i], ...summarizeRecord(checkLists[i]) }));
  const checks = records.flatMap((r) => r.checks);
  const dmarcExternal = dmarcLists.flat();

  warnings.push(...collectWarnings(zone, servers, expected, checks, spf, dmarcExternal));
  const cancelled = options.signal?.aborted ?? false;
  const exitCode = exitCodeOf(records, checks, spf, servers);
  return { origin: zone.origin, mainFile: zone.mainFile, servers, records, checks, spf, dmarcExternal, warnings, cancelled, elapsedMs: Math.round(performance.now() - started), exitCode };
}

async function runCheck(record: ExpectedRecord, server: ServerTarget, querier: Querier): Promise<CheckResult> {
  const result = await querier.ask(server, record.name, record.type, server.role !== 'authoritative');
  const comparison = compareAnswer(record, result);
  return {
    record: record.id,
    kind: record.kind,
    name: record.name,
    type: record.type,
    server: server.label,
    serverRole: server.role,
    status: comparison.status,
    expected: record.display,
    actual: comparison.actual,
    detail: comparison.detail,
    location: record.locations[0],
    rcode: result.ok ? result.rcode : undefined,
    aa: result.ok ? result.aa : undefined,
    viaTcp: result.ok ? result.viaTcp : undefined,
    elapsedMs: result.elapsedMs,
  };
}

function exitCodeOf(records: RecordResult[], checks: CheckResult[], spf: SpfTreeReport[], servers: ServerTarget[]): 0 | 1 | 3 {
  if (servers.length === 0) return 3;
  const answered = checks.some((c) => c.rcode !== undefined);
  if (checks.length > 0 && !answered) return 3;
  const problem = checks.some((c) => PROBLEMS.has(c.status)) || records.some((r) => r.status === 'inconsistent') || spf.some((t) => t.overLimit);
  return problem ? 1 : 0;
}

function collectWarnings(zone: Zone, servers: ServerTarget[], expected: ExpectedRecord[], checks: CheckResult[], spf: SpfTreeReport[], dmarc: ExternalReportCheck[]): string[] {
  const warnings: string[] = [];
  if (servers.length === 0) warnings.push('No server to ask: give --server HOST[:PORT] or configure resolvers.');
  if (expected.length === 0) warnings.push(`Nothing to verify: the zone ${zone.origin} has no Postmark, SPF or DMARC records.`);
  const silent = new Set(checks.filter((c) => c.status === 'timeout').map((c) => c.server));
  for (const server of silent) warnings.push(`${server} did not answer in time.`);
  const failed = new Set(checks.filter((c) => c.status === 'error').map((c) => `${c.server}: ${c.detail ?? 'error'}`));
  for (const line of failed) warnings.push(line);
  const lame = new Set(checks.filter((c) => c.serverRole === 'authoritative' && c.rcode === 'NOERROR' && c.aa === false).map((c) => c.server));
  for (const server of lame) warnings.push(`${server} answered without the AA bit: it does not serve ${zone.origin} authoritatively (a lame delegation?).`);
  for (const tree of spf) {
    for (const line of tree.undetermined) warnings.push(`SPF of ${tree.domain}: could not determine ${line}.`);
    const broken = collectBroken(tree.root);
    for (const line of broken) warnings.push(`SPF of ${tree.domain}: ${line}`);
  }
  for (const check of dmarc) {
    if (check.status !== 'authorized') warnings.push(check.detail);
  }
  const configOnly = expected.filter((r) => r.source === 'configuration' && !isAtOrBelow(r.name, zone.origin));
  for (const record of configOnly) warnings.push(`${record.name} is outside the zone ${zone.origin}.`);
  return warnings;
}

function collectBroken(node: SpfTreeReport['root']): string[] {
  const here = node.status === 'no-record' || node.status === 'multiple-records' ? [`${node.via} -> ${node.detail ?? node.status}`] : [];
  return [...here, ...node.children.flatMap(collectBroken)];
}
