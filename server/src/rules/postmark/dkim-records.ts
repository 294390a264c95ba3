// Shared by the postmark/dkim-* rules (not a rule): which names hold Postmark DKIM keys, the
// records there, the configured hosts and values, each TXT's parsed key (parsed once), spans
// in the file for parts of the key text, and values shortened for messages.
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import type { RuleContext } from '../rule';
import { parseDkimRecord, type DkimRecord } from '../../mail/dkim';
import { usesPostmark } from '../../mail/postmark';
import { textSpanToFile } from '../../mail/txt-spans';
import { hostName, postmarkDomains, type PostmarkDomain } from '../../config/postmark-domains';
import { isAtOrBelow, nameKey, splitLabels } from '../../zone/names';
import { normalizePastedTxt } from '../record-input';
import { rdataSpan, recordsAt } from '../zone/record-helpers';
import { perAnalysis, perRecordList } from '../memo';

export interface ConfiguredDkimHost {
  entry: PostmarkDomain;
  /** Absolute owner name, e.g. `20231012123456pm._domainkey.example.com.` */
  name: string;
  /** The value Postmark shows, unquoted; undefined when only the host is configured. */
  value?: string;
}

export interface DkimHost {
  /** Absolute owner name. */
  name: string;
  /** The label before `_domainkey`, as written. */
  selector: string;
  /** Every record at the name, in file order. */
  records: readonly ZoneRecord[];
  configured?: ConfiguredDkimHost;
}

/** `<selector>._domainkey.<domain>` split up, or undefined for another kind of name. */
export function splitDkimName(name: string): { selector: string; domain: string } | undefined {
  // Most names: no need to split them (a search for '_' is cheaper than the expression).
  if (!name.includes('_') || !/_domainkey/i.test(name)) return undefined;
  const { labels } = splitLabels(name);
  if (labels.length < 2 || labels[1].toLowerCase() !== '_domainkey') return undefined;
  const domain = labels.slice(2).join('.');
  return { selector: labels[0], domain: domain === '' ? '.' : `${domain}.` };
}

/** Records at `<selector>._domainkey.<domain>` names, with the name split up, in file order. */
export const dkimNamedRecords = perRecordList((record: ZoneRecord) => splitDkimName(record.owner.name));

/** Selectors ending in `pm`: Postmark's (`20231012123456pm`, legacy `pm`) and near misses of them. */
export function isPostmarkLikeSelector(selector: string): boolean {
  return /pm$/i.test(selector);
}

/** DKIM hosts named in the configuration for domains of this zone. */
export function configuredDkimHosts(zone: Zone, context: RuleContext): ConfiguredDkimHost[] {
  const hosts: ConfiguredDkimHost[] = [];
  for (const entry of postmarkDomains(zone, context)) {
    if (!entry.configured) continue;
    for (const dkim of entry.expectations.dkim ?? []) {
      const name = hostName(dkim.host, entry.domain);
      if (!isAtOrBelow(name, zone.origin)) continue;
      const value = dkim.value === undefined ? undefined : normalizePastedTxt(dkim.value);
      hosts.push({ entry, name, value: value === '' ? undefined : value });
    }
  }
  return hosts;
}

/**
 * The names the DKIM rules look at, when the zone uses Postmark: every `*pm._domainkey` name
 * with records, and every configured DKIM host (with or without records).
 */
export const dkimHosts = perAnalysis((zone: Zone, context: RuleContext): DkimHost[] => {
  if (!usesPostmark(zone, context).uses) return [];
  const hosts = new Map<string, DkimHost>();
  for (const configured of configuredDkimHosts(zone, context)) {
    const key = nameKey(configured.name);
    if (hosts.has(key)) continue;
    const split = splitDkimName(configured.name);
    hosts.set(key, { name: configured.name, selector: split?.selector ?? '', records: recordsAt(zone, configured.name), configured });
  }
  for (const { record, value: split } of dkimNamedRecords(zone)) {
    if (!isPostmarkLikeSelector(split.selector)) continue;
    const key = nameKey(record.owner.name);
    if (!hosts.has(key)) hosts.set(key, { name: record.owner.name, selector: split.selector, records: recordsAt(zone, record.owner.name) });
  }
  return [...hosts.values()];
});

/** TXT records at the host whose text parsed. */
export function txtRecords(host: DkimHost): ZoneRecord[] {
  return host.records.filter((record) => record.rdata?.type === 'TXT');
}

const parsed = new WeakMap<ZoneRecord, DkimRecord>();

/** The record's text parsed as a DKIM key record (cached per record: three rules read it). */
export function dkimRecordOf(record: ZoneRecord): DkimRecord | undefined {
  const rdata = record.rdata;
  if (rdata?.type !== 'TXT') return undefined;
  let result = parsed.get(record);
  if (!result) {
    result = parseDkimRecord(rdata.text);
    parsed.set(record, result);
  }
  return result;
}

/** A span of the record's joined text in the file; the whole rdata for an empty or whole-text span. */
export function textSpanInFile(record: ZoneRecord, span: Span): Span {
  const rdata = record.rdata;
  if (rdata?.type !== 'TXT') return rdataSpan(record);
  if (span.start >= span.end || (span.start === 0 && span.end >= rdata.text.length)) return rdataSpan(record);
  return textSpanToFile(rdata.strings, span.start, span.end);
}


const KEEP = 8;

/**
 * A DKIM value with a long `p=` shortened in the middle (`p=MIGfMA0G...wIDAQAB`). When `other`
 * has a different key that would shorten the same way, the part where they differ is kept.
 */
export function abbreviateDkimValue(value: string, other?: string): string {
  const match = /(^|;)(\s*p\s*=\s*)([^;]*)/.exec(value);
  if (!match) return value;
  const key = match[3].trimEnd();
  if (key.length <= 3 * KEEP) return value;
  const otherKey = other === undefined ? undefined : /(?:^|;)\s*p\s*=\s*([^;]*)/.exec(other)?.[1].trimEnd();
  let short = `${key.slice(0, KEEP)}...${key.slice(-KEEP)}`;
  if (otherKey !== undefined && otherKey !== key && otherKey.length > 3 * KEEP && short === `${otherKey.slice(0, KEEP)}...${otherKey.slice(-KEEP)}`) {
    let differs = 0;
    while (key[differs] === otherKey[differs]) differs++;
    short = `${key.slice(0, KEEP)}...${key.slice(differs - 2, differs + KEEP)}...${key.slice(-KEEP)}`;
  }
  const start = match.index + match[1].length + match[2].length;
  return value.slice(0, start) + short + value.slice(start + key.length);
}
