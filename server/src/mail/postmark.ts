// Postmark's published DNS facts (hosts, targets, selector shapes, DMARC digest addresses) and
// the one answer every Postmark rule starts from: does this zone send mail through Postmark?
import type { Zone, ZoneRecord } from '../zone/model';
import type { RuleContext } from '../rules/rule';
import { ensureAbsolute, isAtOrBelow, sameName, splitLabels } from '../zone/names';
import { perAnalysis, perRecordValues } from '../rules/memo';

/** CNAME target of the Return-Path (bounce) host. */
export const RETURN_PATH_TARGET = 'pm.mtasv.net.';
/** MX exchange for inbound processing. */
export const INBOUND_MX_TARGET = 'inbound.postmarkapp.com.';
export const INBOUND_MX_PREFERENCE = 10;
/** SPF include Postmark used to require at the apex (no longer needed: the Return-Path carries SPF). */
export const SPF_INCLUDE = 'spf.mtasv.net';
/** Return-Path host Postmark suggests, relative to the sending domain. */
export const DEFAULT_RETURN_PATH_HOST = 'pm-bounces';
/** Current DKIM selectors: a 14-digit timestamp followed by `pm` (e.g. `20231012123456pm`). */
export const DKIM_SELECTOR = /^\d{14}pm$/i;
/** The selector older Postmark domains may still use. */
export const LEGACY_DKIM_SELECTOR = 'pm';
/** Domains of Postmark's DMARC digest rua addresses (`mailto:re+<token>@dmarc.postmarkapp.com`). */
export const DMARC_DIGEST_DOMAINS = ['dmarc.postmarkapp.com', 'inbound.dmarcdigests.com'] as const;

export interface PostmarkUsage {
  uses: boolean;
  /** What gave it away, one line each (e.g. `CNAME pm-bounces.example.com. -> pm.mtasv.net.`). */
  markers: string[];
}

/** True for a selector Postmark issues (timestamped or legacy `pm`). */
export function isPostmarkDkimSelector(selector: string): boolean {
  return DKIM_SELECTOR.test(selector) || selector.toLowerCase() === LEGACY_DKIM_SELECTOR;
}

/** True for `mailto:...@dmarc.postmarkapp.com` and the other digest domains. */
export function isPostmarkDmarcRua(uri: string): boolean {
  const match = /^mailto:[^@]*@([^!?]+)/i.exec(uri.trim());
  return match !== null && DMARC_DIGEST_DOMAINS.some((d) => sameName(ensureAbsolute(match[1]), `${d}.`));
}

/**
 * Cheap tests that skip the name comparisons for most names: a name that means the target
 * spells its letters in some case (the `u` flag also folds the Kelvin sign to `k`, as
 * toLowerCase does) or is written with escapes.
 */
function mayBeReturnPathTarget(target: string): boolean {
  return /mtasv/iu.test(target) || target.includes('\\');
}

function mayBeInboundTarget(exchange: string): boolean {
  return /inbound\.postmarkapp/iu.test(exchange) || exchange.includes('\\');
}

/** An MX exchange that is Postmark's inbound server. */
export function isInboundTarget(exchange: string): boolean {
  return mayBeInboundTarget(exchange) && sameName(exchange, INBOUND_MX_TARGET);
}

/** A CNAME target that means `pm.mtasv.net.`, also when the trailing dot was forgotten. */
export function isReturnPathTarget(target: string, origin: string): boolean {
  if (!mayBeReturnPathTarget(target)) return false;
  return sameName(target, RETURN_PATH_TARGET) || (origin !== '.' && sameName(target, `pm.mtasv.net.${origin}`));
}

const recordMarkers = perRecordValues((record, zone) => recordMarker(record, zone.origin), ['TXT', 'CNAME', 'MX']);

/** Whether the zone uses Postmark, and why: always judged on the whole zone. */
export const usesPostmark = perAnalysis((part: Zone, context: RuleContext): PostmarkUsage => {
  const zone = part.partOf?.zone ?? part;
  const markers = [...recordMarkers(zone)];
  for (const expectation of context.postmark ?? []) {
    if (!expectation.domain) continue;
    const domain = ensureAbsolute(expectation.domain);
    if (zone.origin !== '.' && isAtOrBelow(domain, zone.origin)) markers.push(`configuration names ${domain}`);
  }
  return { uses: markers.length > 0, markers };
});

function recordMarker(record: ZoneRecord, zoneOrigin: string): string | undefined {
  const rdata = record.rdata;
  if (!rdata) return undefined;
  const owner = record.owner.name;
  if (rdata.type === 'TXT') {
    // Cheap substring tests first: this runs for every TXT record of the zone.
    if (/_domainkey/i.test(owner)) {
      const labels = splitLabels(owner).labels;
      if (labels.length >= 2 && /pm$/i.test(labels[0]) && labels[1].toLowerCase() === '_domainkey') return `DKIM TXT at ${owner}`;
    }
    if (/spf\.mtasv\.net/i.test(rdata.text) && /^v=spf1(\s|$)/i.test(rdata.text) && rdata.text.split(/\s+/).some((term) => /^[+~?-]?include:spf\.mtasv\.net\.?$/i.test(term))) {
      return `SPF include:${SPF_INCLUDE} at ${owner}`;
    }
    // Any v=DMARC1 tag, first or not: a misordered record still shows the domain uses Postmark.
    if (/DMARC1/i.test(rdata.text) && /(?:^|;)\s*v\s*=\s*DMARC1\s*(?:;|$)/i.test(rdata.text)) {
      const rua = /(?:^|;)\s*rua\s*=([^;]*)/i.exec(rdata.text);
      const uri = rua?.[1].split(',').find((u) => isPostmarkDmarcRua(u));
      if (uri) return `Postmark DMARC rua ${uri.trim()} at ${owner}`;
    }
  } else if (rdata.type === 'CNAME') {
    if (isReturnPathTarget(rdata.target.name, record.origin) || isReturnPathTarget(rdata.target.name, zoneOrigin)) {
      return `CNAME ${owner} -> ${rdata.target.name}`;
    }
  } else if (rdata.type === 'MX') {
    if (isInboundTarget(rdata.exchange.name)) return `MX ${owner} -> ${rdata.exchange.name}`;
  }
  return undefined;
}
