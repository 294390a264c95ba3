// Which domains of a zone the Postmark rules check, with what the configuration expects of each:
// the configured domains at or below the apex, or else the apex itself when the zone shows a
// Postmark marker. Also: configured hosts as names (and the records there), a domain's Postmark
// records, and where a finding about a record that is missing points.
import type { Span, Zone, ZoneRecord } from '../zone/model';
import type { RuleContext } from '../rules/rule';
import type { DomainExpectations } from './expectations';
import { ensureAbsolute, isAbsolute, isAtOrBelow, nameKey, sameName } from '../zone/names';
import { DEFAULT_RETURN_PATH_HOST, isInboundTarget, isReturnPathTarget, usesPostmark } from '../mail/postmark';
import { perAnalysis, perRecordList } from '../rules/memo';

export interface PostmarkDomain {
  /** Absolute, with the trailing dot. */
  domain: string;
  expectations: DomainExpectations;
  /** Named by postmark-zone.json (or settings), rather than found from markers. */
  configured: boolean;
}

export const postmarkDomains = perAnalysis((zone: Zone, context: RuleContext): PostmarkDomain[] => {
  if (zone.origin === '.') return [];
  const configured: PostmarkDomain[] = [];
  const seen = new Set<string>();
  for (const expectations of context.postmark ?? []) {
    if (!expectations.domain) continue;
    const domain = ensureAbsolute(expectations.domain);
    if (!isAtOrBelow(domain, zone.origin) || seen.has(nameKey(domain))) continue;
    seen.add(nameKey(domain));
    configured.push({ domain, expectations, configured: true });
  }
  if (configured.length > 0) return configured;
  if (!usesPostmark(zone, context).uses) return [];
  return [{ domain: zone.origin, expectations: { domain: zone.origin }, configured: false }];
});

/** A configured host as an absolute name: `@` is the domain, relative hosts sit below it. */
export function hostName(host: string, domain: string): string {
  if (host === '@') return domain;
  if (isAbsolute(host)) return host;
  return domain === '.' ? `${host}.` : `${host}.${domain}`;
}

export interface ConfiguredHost<K extends 'inbound' | 'tracking'> {
  entry: PostmarkDomain;
  setting: NonNullable<DomainExpectations[K]>;
  /** The configured host as an absolute name in this zone. */
  host: string;
  /** The records at the host. */
  atHost: readonly ZoneRecord[];
}

/** The hosts the checked domains configure for `key` (inbound MX, link tracking) that lie in this zone. */
export function configuredHosts<K extends 'inbound' | 'tracking'>(zone: Zone, context: RuleContext, key: K): ConfiguredHost<K>[] {
  const hosts: ConfiguredHost<K>[] = [];
  for (const entry of postmarkDomains(zone, context)) {
    const setting = entry.expectations[key] as NonNullable<DomainExpectations[K]> | undefined;
    if (!setting) continue;
    const host = hostName(setting.host, entry.domain);
    if (isAtOrBelow(host, zone.origin)) hosts.push({ entry, setting, host, atHost: zone.byOwner.get(nameKey(host)) ?? [] });
  }
  return hosts;
}

/** The Return-Path host a domain expects (configured, else Postmark's `pm-bounces`). */
export function returnPathHostName(entry: PostmarkDomain): string {
  return hostName(entry.expectations.returnPath?.host ?? DEFAULT_RETURN_PATH_HOST, entry.domain);
}

/** TXT records at names with a `_domainkey` label, CNAMEs to the Return-Path target, MX to Postmark's inbound host. */
const domainkeyTxts = perRecordList((r) => (r.type === 'TXT' && r.owner.name.includes('_') && /_domainkey/i.test(r.owner.name) ? true : undefined), ['TXT']);
const returnPathCnameList = perRecordList((r) => (r.rdata?.type === 'CNAME' && isReturnPathTarget(r.rdata.target.name, r.origin) ? true : undefined), ['CNAME']);
const inboundMxList = perRecordList((r) => (r.rdata?.type === 'MX' && isInboundTarget(r.rdata.exchange.name) ? true : undefined), ['MX']);

function recordsIn(list: Array<{ record: ZoneRecord }>, keep: (record: ZoneRecord) => boolean): ZoneRecord[] {
  const kept: ZoneRecord[] = [];
  for (const { record } of list) if (keep(record)) kept.push(record);
  return kept;
}

/** DKIM TXT records at `<selector>._domainkey.<domain>`. */
export function dkimRecords(zone: Zone, domain: string): ZoneRecord[] {
  const keys = `_domainkey.${domain}`;
  return recordsIn(domainkeyTxts(zone), (r) => isAtOrBelow(r.owner.name, keys) && !sameName(r.owner.name, keys));
}

/** CNAMEs at or below the domain whose target is Postmark's Return-Path target. */
export function returnPathCnames(zone: Zone, domain: string): ZoneRecord[] {
  return recordsIn(returnPathCnameList(zone), (r) => isAtOrBelow(r.owner.name, domain));
}

/** MX records at or below the domain whose exchange is Postmark's inbound server. */
export function inboundMxRecords(zone: Zone, domain: string): ZoneRecord[] {
  return recordsIn(inboundMxList(zone), (r) => isAtOrBelow(r.owner.name, domain));
}

/** The domain's Postmark records (DKIM, Return-Path, inbound MX): new ones go next to them. */
export function postmarkRecords(zone: Zone, domain: string): ZoneRecord[] {
  return [...dkimRecords(zone, domain), ...returnPathCnames(zone, domain), ...inboundMxRecords(zone, domain)];
}

/** Where a finding about a missing record points: the SOA's owner, else the first record. */
export function missingRecordAnchor(zone: Zone): Span & { file: string } {
  let record: ZoneRecord | undefined;
  for (const r of zone.records) {
    if (r.file !== zone.mainFile) continue;
    record ??= r;
    if (r.type === 'SOA') {
      record = r;
      break;
    }
  }
  record ??= zone.records.find((r) => r.type === 'SOA');
  if (!record) return { file: zone.mainFile, start: 0, end: 0 };
  const written = record.ownerWritten && record.owner.end > record.owner.start;
  const span = written ? record.owner : record.typeSpan;
  return { file: record.file, start: span.start, end: span.end };
}
