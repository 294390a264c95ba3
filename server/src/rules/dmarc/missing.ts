// dmarc/missing: a zone that sends through Postmark has no DMARC record at `_dmarc.<origin>`.
// Postmark recommends one (start with p=none and a rua address for its DMARC digests). Fix
// `insert-dmarc` inserts the configured record, or runs a client command that asks for the rua.
import type { Span, Zone } from '../../zone/model';
import type { Fix, Rule, RuleContext } from '../rule';
import { ensureAbsolute, isAtOrBelow, sameName } from '../../zone/names';
import { quoteText } from '../../zone/text-value';
import { usesPostmark } from '../../mail/postmark';
import { displayName, findingAt, ownerAnchor } from '../zone/record-helpers';
import { insertRecordEdit } from '../edit/insert-record';

export const INSERT_DMARC_COMMAND = 'postmarkZone.insertDmarcRecord';

export const dmarcMissing: Rule = {
  code: 'dmarc/missing',
  summary: 'A zone that sends through Postmark has no DMARC record at _dmarc.<domain>.',
  severity: 'warning',
  check(zone, context) {
    if (zone.origin === '.') return [];
    const name = `_dmarc.${zone.origin}`;
    // A CNAME (a DMARC service) or a delegation also publishes the policy.
    const published = zone.records.some((r) => sameName(r.owner.name, name) && ['TXT', 'CNAME', 'NS', 'DNAME'].includes(r.type));
    if (published) return [];
    const usage = usesPostmark(zone, context);
    if (!usage.uses) return [];
    const { file, span } = anchor(zone);
    const message =
      `No DMARC record at ${displayName(name)}. This zone sends through Postmark (${usage.markers[0]}), and Postmark recommends ` +
      `publishing DMARC, starting with "v=DMARC1; p=none; rua=mailto:..." to receive reports (RFC 7489 §6.1).`;
    return [findingAt(dmarcMissing, file, span, message, { fixes: [insertDmarcFix(zone, context)] })];
  },
};

/** The SOA record's owner, else the first record's; the start of the main file in an empty zone. */
function anchor(zone: Zone): { file: string; span: Span } {
  const record = zone.records.find((r) => r.type === 'SOA') ?? zone.records[0];
  return record ? { file: record.file, span: ownerAnchor(record) } : { file: zone.mainFile, span: { start: 0, end: 0 } };
}

function insertDmarcFix(zone: Zone, context: RuleContext): Fix {
  const rua = configuredRua(zone, context);
  if (rua) {
    // Next to the domain's other TXT records (SPF, verification strings).
    const near = zone.records.filter((r) => r.type === 'TXT' && isAtOrBelow(r.owner.name, zone.origin));
    const edit = insertRecordEdit(zone, { owner: `_dmarc.${zone.origin}`, type: 'TXT', rdata: quoteText(`v=DMARC1; p=none; rua=${rua}`), near });
    return { id: 'insert-dmarc', title: `Insert a DMARC record at _dmarc (p=none, reports to ${rua})`, safe: false, edits: [edit] };
  }
  return {
    id: 'insert-dmarc',
    title: 'Insert a DMARC record at _dmarc (asks for the report address)',
    safe: false,
    edits: [],
    command: { command: INSERT_DMARC_COMMAND, title: 'Insert a DMARC record', arguments: [{ uri: zone.mainFile, origin: zone.origin }] },
  };
}

/** The configured rua for the zone's domain, as mailto: URIs, if it can go into a record as is. */
function configuredRua(zone: Zone, context: RuleContext): string | undefined {
  const expectation = context.postmark?.find((d) => d.domain && sameName(ensureAbsolute(d.domain), zone.origin));
  const rua = expectation?.dmarc?.rua?.trim();
  if (!rua) return undefined;
  const uris = rua.split(',').map((u) => u.trim()).filter((u) => u !== '');
  const withScheme = uris.map((u) => (/^mailto:/i.test(u) ? u : `mailto:${u}`));
  if (withScheme.length === 0 || withScheme.some((u) => !/^mailto:[^\s;,"\\]+@[^\s;,"\\]+$/i.test(u))) return undefined;
  return withScheme.join(',');
}
