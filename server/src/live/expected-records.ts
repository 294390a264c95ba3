// What live DNS should show, taken from the analysed zone and the Postmark expectations (pure):
// per domain the DKIM TXT of each Postmark selector (current and pending), the Return-Path
// CNAME, the inbound MX, the tracking CNAME, the DMARC TXT and the SPF TXT at the domain.
import type { Zone, ZoneRecord } from '../zone/model';
import type { RuleContext } from '../rules/rule';
import { ensureAbsolute, nameKey, sameName, splitLabels } from '../zone/names';
import { INBOUND_MX_PREFERENCE, INBOUND_MX_TARGET, RETURN_PATH_TARGET, isPostmarkDkimSelector } from '../mail/postmark';
import { dkimRecords, hostName, inboundMxRecords, postmarkDomains, returnPathCnames } from '../config/postmark-domains';
import { displayOctets, textToOctets, zoneTxtOctets } from './dns-answers';
import type { ExpectedRecord, RecordKind, ZoneLocation } from './report-types';

const SPF_TEXT = /^v=spf1(?: |$)/i;
const DMARC_TEXT = /^\s*v\s*=\s*DMARC1/i;

/** Does a TXT value (octets) belong to a check of this kind? SPF and DMARC ignore other TXT at the name. */
export function isRelevantTxt(kind: RecordKind, text: string): boolean {
  if (kind === 'spf') return SPF_TEXT.test(text);
  if (kind === 'dmarc') return DMARC_TEXT.test(text);
  return true;
}

export function expectedRecords(zone: Zone, context: RuleContext = {}): ExpectedRecord[] {
  if (zone.origin === '.') return [];
  const found = new Map<string, ExpectedRecord>();
  const add = (kind: RecordKind, name: string, type: ExpectedRecord['type'], records: ZoneRecord[]) => {
    if (records.length === 0) return;
    const id = `${kind} ${nameKey(name)} ${type}`;
    if (found.has(id)) return;
    const values = records.map((r) => valueOf(r));
    found.set(id, { id, kind, name: records[0].owner.name, type, values, display: values.map((v, i) => displayOf(records[i], v)), locations: records.map(locationOf), source: 'zone' });
  };
  const addConfigured = (kind: RecordKind, name: string, type: ExpectedRecord['type'], value: string, display: string) => {
    const id = `${kind} ${nameKey(name)} ${type}`;
    if (!found.has(id)) found.set(id, { id, kind, name, type, values: [value], display: [display], locations: [], source: 'configuration' });
  };
  const domains = postmarkDomains(zone, context);
  const entries = domains.length > 0 ? domains : [{ domain: zone.origin, expectations: { domain: zone.origin }, configured: false }];

  for (const { domain, expectations } of entries) {
    // DKIM: every Postmark selector in the zone, and the configured hosts.
    const dkim = dkimRecords(zone, domain).filter((r) => r.rdata?.type === 'TXT');
    const configuredDkim = (expectations.dkim ?? []).map((d) => hostName(d.host, domain));
    for (const owner of distinctOwners(dkim)) {
      const selector = splitLabels(owner).labels[0] ?? '';
      if (isPostmarkDkimSelector(selector) || configuredDkim.some((host) => sameName(host, owner))) {
        add('dkim', owner, 'TXT', dkim.filter((r) => sameName(r.owner.name, owner)));
      }
    }
    for (const expectation of expectations.dkim ?? []) {
      if (expectation.value) addConfigured('dkim', hostName(expectation.host, domain), 'TXT', textToOctets(expectation.value), expectation.value);
    }

    // Return-Path: any CNAME to pm.mtasv.net. below the domain, and the configured host.
    for (const record of returnPathCnames(zone, domain)) add('return-path', record.owner.name, 'CNAME', atOwner(zone, record.owner.name, 'CNAME'));
    if (expectations.returnPath) {
      const host = hostName(expectations.returnPath.host, domain);
      add('return-path', host, 'CNAME', atOwner(zone, host, 'CNAME'));
      addConfigured('return-path', host, 'CNAME', RETURN_PATH_TARGET, RETURN_PATH_TARGET);
    }

    // Inbound: the whole MX RRset at each owner that points at Postmark's inbound host.
    for (const owner of distinctOwners(inboundMxRecords(zone, domain))) add('inbound-mx', owner, 'MX', atOwner(zone, owner, 'MX'));
    if (expectations.inbound) {
      const host = hostName(expectations.inbound.host, domain);
      add('inbound-mx', host, 'MX', atOwner(zone, host, 'MX'));
      const value = `${INBOUND_MX_PREFERENCE} ${INBOUND_MX_TARGET}`;
      addConfigured('inbound-mx', host, 'MX', value, value);
    }

    // Tracking: only the configuration says which host it is.
    if (expectations.tracking) {
      const host = hostName(expectations.tracking.host, domain);
      const target = ensureAbsolute(expectations.tracking.target);
      add('tracking', host, 'CNAME', atOwner(zone, host, 'CNAME'));
      addConfigured('tracking', host, 'CNAME', target, target);
    }

    // DMARC and SPF: the policy records the zone publishes for the domain.
    const dmarcName = `_dmarc.${domain}`;
    add('dmarc', dmarcName, 'TXT', atOwner(zone, dmarcName, 'TXT').filter((r) => r.rdata?.type === 'TXT' && isRelevantTxt('dmarc', r.rdata.text)));
    add('spf', domain, 'TXT', atOwner(zone, domain, 'TXT').filter((r) => r.rdata?.type === 'TXT' && isRelevantTxt('spf', r.rdata.text)));
  }
  return [...found.values()];
}

function atOwner(zone: Zone, name: string, type: string): ZoneRecord[] {
  return (zone.byOwner.get(nameKey(name)) ?? []).filter((r) => r.type === type && r.rdata !== undefined);
}

function distinctOwners(records: ZoneRecord[]): string[] {
  const seen = new Map<string, string>();
  for (const record of records) if (!seen.has(nameKey(record.owner.name))) seen.set(nameKey(record.owner.name), record.owner.name);
  return [...seen.values()];
}

function valueOf(record: ZoneRecord): string {
  const rdata = record.rdata!;
  switch (rdata.type) {
    case 'TXT':
    case 'SPF':
      return zoneTxtOctets(rdata.strings);
    case 'CNAME':
      return rdata.target.name;
    case 'MX':
      return `${rdata.preference} ${rdata.exchange.name}`;
    default:
      return '';
  }
}

function displayOf(record: ZoneRecord, value: string): string {
  return record.rdata?.type === 'TXT' ? displayOctets(value) : value;
}

function locationOf(record: ZoneRecord): ZoneLocation {
  return { file: record.file, start: record.start, end: record.end };
}
