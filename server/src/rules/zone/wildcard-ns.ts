// zone/wildcard-ns: an NS record at a wildcard name (`*.example.com`). A delegation cannot be
// synthesised from a wildcard (RFC 4592 §4.2); BIND refuses the record ("invalid NS owner name
// (wildcard)"). A first label that is one asterisk makes a wildcard, however it is written: `\*`
// and `\042` are the same octet on the wire, and BIND treats them alike; `a.*.b` is no wildcard.
import { splitLabels } from '../../zone/names';
import { decodeText } from '../../zone/text-value';
import { displayName, ownerAnchor } from './record-helpers';
import { misplacedTypeRule } from './misplaced-type';

export const wildcardNs = misplacedTypeRule({
  code: 'zone/wildcard-ns',
  summary: 'An NS record at a wildcard name, which cannot be a delegation.',
  type: 'NS',
  misplaced: (record) => isWildcard(record.owner.name),
  anchor: ownerAnchor,
  message: (record) =>
    `NS record at the wildcard '${displayName(record.owner)}': a wildcard cannot be a delegation point (RFC 4592 §4.2), and BIND rejects the record. Delegate each name with its own NS records.`,
});

function isWildcard(name: string): boolean {
  const first = splitLabels(name).labels[0];
  return first === '*' || (first !== undefined && first.startsWith('\\') && decodeText(first).value === '*');
}
