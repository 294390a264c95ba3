// zone/ns-missing: an apex SOA but no NS records at the apex. RFC 1035 §5.2 requires them and
// named-checkzone rejects the zone ("has no NS records"). Without an SOA, zone/missing-soa
// speaks first, as BIND does.
import type { Rule } from '../rule';
import { displayName, findingAt, recordsAt, typeAnchor } from './record-helpers';

export const nsMissing: Rule = {
  code: 'zone/ns-missing',
  summary: 'The zone apex has no NS records.',
  severity: 'error',
  check(zone) {
    const apex = recordsAt(zone, zone.origin);
    const soa = apex.find((record) => record.type === 'SOA');
    if (!soa || apex.some((record) => record.type === 'NS')) return [];
    return [
      findingAt(nsMissing, soa.file, typeAnchor(soa), `Zone '${displayName(zone.origin)}' has no NS records at its apex; a zone must list its name servers (RFC 1035 §5.2), and named-checkzone rejects it.`),
    ];
  },
};
