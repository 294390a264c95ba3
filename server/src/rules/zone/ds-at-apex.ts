// zone/ds-at-apex: a DS record at the zone's own name. A zone's DS records live in its parent,
// at the delegation (RFC 4034 §5; RFC 4035 §2.4); BIND rejects a zone with one at its top ("DS
// record at top of zone"). CDS, the child's copy for the parent to pick up, is the one that
// belongs here (RFC 7344 §4).
import { sameName } from '../../zone/names';
import { displayName, typeAnchor } from './record-helpers';
import { misplacedTypeRule } from './misplaced-type';

export const dsAtApex = misplacedTypeRule({
  code: 'zone/ds-at-apex',
  summary: 'A DS record at the zone apex, where only the parent zone may have one.',
  type: 'DS',
  // Without a zone name there is no apex to compare with.
  misplaced: (record, zone) => !(zone.origin === '.' && zone.originSource === 'none') && sameName(record.owner.name, zone.origin),
  anchor: typeAnchor,
  message: (_record, zone) =>
    `A DS record at '${displayName(zone.origin)}', the top of this zone: a zone's DS records go in its parent zone, at the delegation (RFC 4034 §5), and BIND rejects the zone. To hand the parent a new DS, publish it as CDS (RFC 7344).`,
});
