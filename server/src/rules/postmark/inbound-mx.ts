// postmark/inbound-mx: the configured inbound host must have `MX 10 inbound.postmarkapp.com.` so
// Postmark receives its mail: missing MX, a wrong exchange (also the forgotten final dot), other
// MX records splitting the mail; a hint when the preference is not the 10 Postmark shows.
import type { Finding, Fix, Rule } from '../rule';
import type { ZoneRecord } from '../../zone/model';
import { INBOUND_MX_PREFERENCE, INBOUND_MX_TARGET, isInboundTarget } from '../../mail/postmark';
import { configuredHosts, missingRecordAnchor, postmarkRecords } from '../../config/postmark-domains';
import { insertRecordEdit } from '../edit/insert-record';
import { deleteRecords, replaceSpanEdit } from '../edit/line-edits';
import { isMissingDot, nameFix } from '../edit/name-fix';
import { displayName, findingAt } from '../zone/record-helpers';

export const inboundMx: Rule = {
  code: 'postmark/inbound-mx',
  summary: "The configured inbound host lacks Postmark's MX 10 inbound.postmarkapp.com.",
  severity: 'error',
  check(zone, context) {
    const findings: Finding[] = [];
    for (const { entry, host, atHost } of configuredHosts(zone, context, 'inbound')) {
      const mxs = atHost.filter((r): r is ZoneRecord & { rdata: { type: 'MX' } } => r.rdata?.type === 'MX');
      if (mxs.length === 0) {
        findings.push(missingFinding(zone, host, atHost, postmarkRecords(zone, entry.domain)));
        continue;
      }
      const toInbound = mxs.filter((r) => isInbound(r));
      for (const record of mxs) {
        const { exchange, preference } = record.rdata;
        if (isInbound(record)) {
          if (preference !== INBOUND_MX_PREFERENCE && record.fields[0]) findings.push(preferenceFinding(record, host));
          if (!isInboundTarget(exchange.name)) {
            const message = `'${exchange.written}' has no trailing dot, so this MX points to '${exchange.name}'; Postmark's inbound needs '${INBOUND_MX_TARGET}'.`;
            findings.push(findingAt(inboundMx, record.file, exchange, message, { fixes: [nameFix(record.file, exchange, INBOUND_MX_TARGET, 'inbound-mx-target')] }));
          }
          continue;
        }
        if (toInbound.length === 0) {
          const message = `The MX of inbound host '${displayName(host)}' points to '${exchange.name}'; Postmark's inbound processing needs '${INBOUND_MX_TARGET}'.`;
          const safe = mxs.length === 1; // with several, setting each to Postmark would only duplicate them
          findings.push(findingAt(inboundMx, record.file, exchange, message, { fixes: [nameFix(record.file, exchange, INBOUND_MX_TARGET, 'inbound-mx-target', safe)] }));
        } else {
          const deletion = deleteRecords(zone, [record]);
          const fixes: Fix[] | undefined = deletion && [{ id: 'delete-record', title: `Delete the MX to '${exchange.name}'`, safe: false, ...deletion }];
          const message = `Inbound host '${displayName(host)}' also has an MX to '${exchange.name}', so some of its mail may not reach Postmark; every MX of an inbound host should be '${INBOUND_MX_TARGET}'.`;
          findings.push(findingAt(inboundMx, record.file, exchange, message, { fixes }));
        }
      }
    }
    return findings;
  },
};

/** Its exchange is Postmark's inbound server (or is it but for the final dot). */
function isInbound(record: ZoneRecord & { rdata: { type: 'MX' } }): boolean {
  return isInboundTarget(record.rdata.exchange.name) || isMissingDot(record.rdata.exchange, INBOUND_MX_TARGET);
}

function missingFinding(zone: Parameters<Rule['check']>[0], host: string, atHost: readonly ZoneRecord[], near: ZoneRecord[]): Finding {
  const anchor = missingRecordAnchor(zone);
  const rdata = `${INBOUND_MX_PREFERENCE} ${INBOUND_MX_TARGET}`;
  const canInsert = !atHost.some((r) => r.type === 'CNAME'); // an MX beside a CNAME would break both
  const fixes: Fix[] | undefined = canInsert
    ? [
        {
          id: 'insert-inbound-mx',
          title: `Add the inbound MX: ${displayName(host)} MX ${rdata}`,
          safe: true,
          isPreferred: true,
          edits: [insertRecordEdit(zone, { owner: host, type: 'MX', rdata, near: atHost.length > 0 ? atHost : near })],
        },
      ]
    : undefined;
  const message = `Inbound host '${displayName(host)}' has no MX record: Postmark's inbound processing needs 'MX ${rdata}' there.`;
  return findingAt(inboundMx, anchor.file, anchor, message, { fixes });
}

function preferenceFinding(record: ZoneRecord & { rdata: { type: 'MX' } }, host: string): Finding {
  const field = record.fields[0];
  return findingAt(
    inboundMx,
    record.file,
    field,
    `Postmark shows preference ${INBOUND_MX_PREFERENCE} for the inbound MX of '${displayName(host)}'; this one has ${record.rdata.preference}.`,
    {
      severity: 'hint',
      fixes: [{ id: 'inbound-mx-preference', title: `Set the preference to ${INBOUND_MX_PREFERENCE}`, safe: false, edits: [replaceSpanEdit(record.file, field, String(INBOUND_MX_PREFERENCE))] }],
    },
  );
}
