// postmark/dkim-missing: a domain sending through Postmark has no DKIM key TXT record (at any
// `*pm._domainkey.<domain>`, or at a configured DKIM host). Fixes insert the configured record,
// run a client command that asks for host and value, or add the dot a pasted full host lacks.
import type { Zone, ZoneRecord } from '../../zone/model';
import type { Finding, Fix, Rule, RuleContext } from '../rule';
import { missingRecordAnchor, postmarkDomains, postmarkRecords, type PostmarkDomain } from '../../config/postmark-domains';
import { usesPostmark } from '../../mail/postmark';
import { isAtOrBelow, sameName } from '../../zone/names';
import { insertRecordEdit } from '../edit/insert-record';
import { checkDkimValue, dkimRecordData } from '../record-input';
import { displayName, findingAt, recordsAt } from '../zone/record-helpers';
import { configuredDkimHosts, dkimNamedRecords, isPostmarkLikeSelector, splitDkimName, type ConfiguredDkimHost } from './dkim-records';

export const INSERT_DKIM_COMMAND = 'postmarkZone.insertDkimRecord';

/** Types that wrongly stand where the key should be: postmark/dkim-wrong-type reports them. */
const WRONG_TYPES = ['CNAME', 'SPF'];

export const dkimMissing: Rule = {
  code: 'postmark/dkim-missing',
  summary: 'A domain sending through Postmark has no DKIM key (TXT at <selector>._domainkey).',
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    const configured = configuredDkimHosts(zone, context);
    for (const entry of postmarkDomains(zone, context)) {
      if (entry.configured && (entry.expectations.dkim?.length ?? 0) > 0) {
        for (const host of configured.filter((h) => sameName(h.entry.domain, entry.domain))) {
          const finding = missingHost(zone, host);
          if (finding) findings.push(finding);
        }
      } else {
        const finding = missingKey(zone, context, entry);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

/** A configured DKIM host without a TXT record. */
function missingHost(zone: Zone, host: ConfiguredDkimHost): Finding | undefined {
  const records = recordsAt(zone, host.name);
  if (records.some((r) => r.type === 'TXT' || WRONG_TYPES.includes(r.type))) return undefined;
  const anchor = missingRecordAnchor(zone);
  const message =
    `No DKIM key at '${displayName(host.name)}': postmark-zone.json names this Postmark selector for '${displayName(host.entry.domain)}'. ` +
    `Publish the TXT record Postmark shows (k=rsa; p=...) so receivers can verify its signatures and Postmark can verify the domain (RFC 6376 §3.6.2.1).`;
  return findingAt(dkimMissing, anchor.file, anchor, message, { fixes: [host.value !== undefined ? insertFix(zone, host.entry, host.name, host.value) : askFix(zone, host.entry, host.name)] });
}

/** No Postmark-looking DKIM TXT for the domain (below it too, when the domain was only inferred). */
function missingKey(zone: Zone, context: RuleContext, entry: PostmarkDomain): Finding | undefined {
  const inScopeSplit = (split: { selector: string; domain: string }) => {
    if (!isPostmarkLikeSelector(split.selector)) return false;
    return entry.configured ? sameName(split.domain, entry.domain) : isAtOrBelow(split.domain, entry.domain) && !doubledOrigin(zone, split.domain);
  };
  const inScope = (name: string) => {
    const split = splitDkimName(name);
    return split !== undefined && inScopeSplit(split);
  };
  // Only records at `<selector>._domainkey` names can be in scope, misplaced ones included.
  const named = dkimNamedRecords(zone);
  if (named.some(({ record, value }) => (record.type === 'TXT' || WRONG_TYPES.includes(record.type)) && inScopeSplit(value))) return undefined;
  // A key whose full host lost its final dot: with the dot, it would be the key looked for.
  const misplaced = named
    .filter(({ record, value }) => record.type === 'TXT' && isMisplaced(zone, record, value) && inScope(`${record.owner.written}.`))
    .map((item) => item.record);
  const why = entry.configured ? 'postmark-zone.json names it' : usesPostmark(zone, context).markers[0];
  let message =
    `'${displayName(entry.domain)}' sends mail through Postmark (${why}) but publishes no DKIM key: add the TXT record Postmark's DNS settings show, ` +
    `at '<selector>._domainkey' with a selector like 20231012123456pm. Postmark verifies the domain and receivers check its signatures with it (RFC 6376 §3.6.2.1).`;
  const fixes: Fix[] = [];
  if (misplaced.length > 0) {
    const record = misplaced[0];
    message += ` The key at '${displayName(record.owner.name)}' looks like a full host name written without its final dot, so the origin was appended (RFC 1035 §5.1).`;
    fixes.push({
      id: 'add-trailing-dot',
      title: `Add the final dot: ${record.owner.written}.`,
      safe: true,
      isPreferred: true,
      edits: [{ file: record.file, start: record.owner.end, end: record.owner.end, newText: '.' }],
    });
  }
  fixes.push(askFix(zone, entry));
  const anchor = missingRecordAnchor(zone);
  return findingAt(dkimMissing, anchor.file, anchor, message, { fixes });
}

/** A name ending in the origin twice (`... .example.com.example.com.`). */
function doubledOrigin(zone: Zone, name: string): boolean {
  return zone.origin !== '.' && isAtOrBelow(name, `${zone.origin.slice(0, -1)}.${zone.origin}`);
}

/** A Postmark-looking key whose written owner is a full name that lost its final dot. */
function isMisplaced(zone: Zone, record: ZoneRecord, split: { selector: string; domain: string }): boolean {
  if (!record.ownerWritten || !record.owner.relative || record.owner.end <= record.owner.start) return false;
  return isPostmarkLikeSelector(split.selector) && doubledOrigin(zone, split.domain);
}

function insertFix(zone: Zone, entry: PostmarkDomain, name: string, value: string): Fix {
  const valid = checkDkimValue(value).ok;
  return {
    id: 'insert-dkim',
    title: `Insert the configured DKIM record at ${displayName(name)}`,
    safe: valid,
    isPreferred: valid,
    edits: [insertRecordEdit(zone, { owner: name, type: 'TXT', rdata: dkimRecordData(value), near: postmarkRecords(zone, entry.domain) })],
  };
}

/** Runs the client command that asks for the host and value Postmark shows. */
function askFix(zone: Zone, entry: PostmarkDomain, host?: string): Fix {
  const argument: Record<string, string> = { uri: zone.mainFile, origin: zone.origin };
  if (!sameName(entry.domain, zone.origin)) argument.domain = entry.domain;
  if (host !== undefined) argument.host = host;
  return {
    id: 'insert-dkim',
    title: host ? `Insert the DKIM record at ${displayName(host)} (asks for the value)` : 'Insert the DKIM record Postmark shows (asks for host and value)',
    edits: [],
    command: { command: INSERT_DKIM_COMMAND, title: 'Insert a DKIM record', arguments: [argument] },
  };
}
