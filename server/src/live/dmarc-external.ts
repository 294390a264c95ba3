// External report destinations (RFC 7489 §7.1): when a DMARC rua/ruf address is outside the
// domain, receivers send reports only if `<domain>._report._dmarc.<destination>` has a TXT record
// starting with `v=DMARC1`. Each outside destination is looked up; a missing one is a warning.
import { parseDmarcRecord } from '../mail/dmarc';
import { ensureAbsolute, isAtOrBelow, nameKey, splitLabels } from '../zone/names';
import type { DnsServer } from './dns-client';
import { describeFailure, type Querier } from './querier';
import type { ExternalReportCheck, ZoneLocation } from './report-types';

export interface DmarcPolicy {
  /** The domain the policy is for (the owner without `_dmarc.`), absolute. */
  domain: string;
  /** The policy text (octets, one character each). */
  text: string;
  location?: ZoneLocation;
}

/** The report destinations of a policy that lie outside `organization` (the zone's apex). */
export function externalDestinations(policy: DmarcPolicy, organization: string): Array<{ uri: string; ruaDomain: string }> {
  const record = parseDmarcRecord(policy.text);
  const seen = new Set<string>();
  const found: Array<{ uri: string; ruaDomain: string }> = [];
  for (const entry of [...record.rua, ...record.ruf]) {
    const address = /^mailto:([^?]*)/i.exec(entry.uri)?.[1] ?? '';
    const at = address.lastIndexOf('@');
    if (at <= 0) continue;
    const ruaDomain = ensureAbsolute(address.slice(at + 1).toLowerCase());
    if (isAtOrBelow(ruaDomain, organization) || isAtOrBelow(ruaDomain, policy.domain)) continue;
    if (seen.has(nameKey(ruaDomain))) continue;
    seen.add(nameKey(ruaDomain));
    found.push({ uri: entry.uri, ruaDomain });
  }
  return found;
}

/** `example.com.` reporting to `dmarc.postmarkapp.com.` -> `example.com._report._dmarc.dmarc.postmarkapp.com.` */
export function authorizationName(domain: string, ruaDomain: string): string {
  const labels = splitLabels(domain).labels.join('.');
  return `${labels}._report._dmarc.${ruaDomain}`;
}

export async function checkExternalDestinations(policy: DmarcPolicy, organization: string, servers: readonly DnsServer[], querier: Querier): Promise<ExternalReportCheck[]> {
  return Promise.all(
    externalDestinations(policy, organization).map(async ({ uri, ruaDomain }): Promise<ExternalReportCheck> => {
      const queried = authorizationName(policy.domain, ruaDomain);
      const base = { domain: policy.domain, ruaDomain, uri, queried, location: policy.location };
      const result = await querier.askFirst(servers, queried, 'TXT');
      if (!result.ok || (result.rcode !== 'NOERROR' && result.rcode !== 'NXDOMAIN')) {
        return { ...base, status: 'undetermined', detail: `Whether ${ruaDomain} accepts reports for ${policy.domain} could not be determined: ${describeFailure(result)}.` };
      }
      const authorized = result.answers.some((a) => a.type === 'TXT' && /^v=DMARC1(?:;|\s|$)/i.test(a.text ?? ''));
      if (authorized) return { ...base, status: 'authorized', detail: `${queried} authorises reports for ${policy.domain} to ${ruaDomain}.` };
      const why = result.rcode === 'NXDOMAIN' ? 'does not exist' : 'has no v=DMARC1 TXT record';
      return {
        ...base,
        status: 'missing',
        detail: `${queried} ${why}: receivers will not send reports for ${policy.domain} to ${uri} (RFC 7489 §7.1).`,
      };
    }),
  );
}
