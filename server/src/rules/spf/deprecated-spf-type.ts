// spf/deprecated-spf-type: a record of type SPF (99). RFC 7208 §3.1 and §14.1 removed it:
// receivers query only TXT, so an SPF-type record is ignored. The fix turns it into TXT, or
// deletes it when the name already has the TXT policy (safe when the text is the same).
import type { ZoneRecord } from '../../zone/model';
import { nameKey } from '../../zone/names';
import type { Finding, Fix, Rule } from '../rule';
import { displayName, findingAt, typeAnchor } from '../zone/record-helpers';
import { deleteRecords } from '../edit/line-edits';
import { txtPoliciesAt } from './spf-policies';

export const spfDeprecatedSpfType: Rule = {
  code: 'spf/deprecated-spf-type',
  summary: 'A record of the obsolete SPF type; receivers read SPF policies only from TXT.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    const spfRecords = zone.records.filter((record) => record.type === 'SPF');
    for (const record of spfRecords) {
      const fix = spfToTxtFix(zone, record, spfRecords);
      findings.push(
        findingAt(spfDeprecatedSpfType, record.file, typeAnchor(record), `The SPF record type is obsolete and ignored by receivers, which look only at TXT records (RFC 7208 §3.1, §14.1). Publish the policy for '${displayName(record.owner)}' as TXT.`, {
          fixes: fix ? [fix] : [],
        }),
      );
    }
    return findings;
  },
};

function spfToTxtFix(zone: Parameters<Rule['check']>[0], record: ZoneRecord, spfRecords: ZoneRecord[]): Fix | undefined {
  const text = textOf(record);
  const key = nameKey(record.owner.name);
  const txtAtOwner = (zone.byOwner.get(key) ?? []).filter((other) => other.type === 'TXT');
  if (text !== undefined && txtAtOwner.some((other) => textOf(other) === text)) {
    return deleteFix(zone, record, 'Delete the SPF-type record (the same TXT record exists)', true);
  }
  if (txtPoliciesAt(zone, record.owner.name).length > 0) {
    // Receivers already use the TXT policy; converting would make two policies (permerror).
    return deleteFix(zone, record, 'Delete the SPF-type record (receivers use the TXT policy at this name)', false);
  }
  const earlier = spfRecords.filter((other) => other !== record && nameKey(other.owner.name) === key && (other.file !== record.file || other.start < record.start));
  if (text !== undefined && earlier.some((other) => textOf(other) === text)) {
    return deleteFix(zone, record, 'Delete the duplicate SPF-type record', true);
  }
  const written = zone.files.find((file) => file.file === record.file)?.text.slice(record.typeSpan.start, record.typeSpan.end);
  if (written === undefined || written.toUpperCase() !== 'SPF') return undefined;
  return {
    id: 'spf-rr-to-txt',
    title: 'Change the record type from SPF to TXT',
    safe: earlier.length === 0,
    isPreferred: earlier.length === 0,
    edits: [{ file: record.file, start: record.typeSpan.start, end: record.typeSpan.end, newText: written === 'SPF' ? 'TXT' : written === 'spf' ? 'txt' : 'TXT' }],
  };
}

function deleteFix(zone: Parameters<Rule['check']>[0], record: ZoneRecord, title: string, safe: boolean): Fix | undefined {
  const deletion = deleteRecords(zone, [record]);
  if (!deletion) return undefined;
  return { id: 'spf-rr-to-txt', title, safe, isPreferred: safe, ...deletion };
}

function textOf(record: ZoneRecord): string | undefined {
  const rdata = record.rdata;
  return rdata && (rdata.type === 'TXT' || rdata.type === 'SPF') ? rdata.text : undefined;
}
