// zone/wildcard-ns: an NS record at a wildcard name (`*.example.com`). A delegation cannot be
// synthesised from a wildcard (RFC 4592 §4.2); BIND refuses the record ("invalid NS owner name
// (wildcard)"). A first label that is one asterisk makes a wildcard, however it is written: `\*`
// and `\042` are the same octet on the wire, and BIND treats them alike; `a.*.b` is no wildcard.
import { splitLabels } from '../../zone/names';
import { decodeText } from '../../zone/text-value';
import type { Rule } from '../rule';
import { displayName, findingAt, ownerAnchor, recordsOfTypes } from './record-helpers';

const nsRecords = recordsOfTypes('NS');

export const wildcardNs: Rule = {
  code: 'zone/wildcard-ns',
  summary: 'An NS record at a wildcard name, which cannot be a delegation.',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    return nsRecords(zone)
      .filter((record) => isWildcard(record.owner.name))
      .map((record) =>
        findingAt(
          wildcardNs,
          record.file,
          ownerAnchor(record),
          `NS record at the wildcard '${displayName(record.owner)}': a wildcard cannot be a delegation point (RFC 4592 §4.2), and BIND rejects the record. Delegate each name with its own NS records.`,
        ),
      );
  },
};

function isWildcard(name: string): boolean {
  const first = splitLabels(name).labels[0];
  return first === '*' || (first !== undefined && first.startsWith('\\') && decodeText(first).value === '*');
}

