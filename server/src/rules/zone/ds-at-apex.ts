// zone/ds-at-apex: a DS record at the zone's own name. A zone's DS records live in its parent,
// at the delegation (RFC 4034 §5; RFC 4035 §2.4); BIND rejects a zone with one at its top ("DS
// record at top of zone"). CDS, the child's copy for the parent to pick up, is the one that
// belongs here (RFC 7344 §4).
import { sameName } from '../../zone/names';
import type { Rule } from '../rule';
import { displayName, findingAt, recordsOfTypes, typeAnchor } from './record-helpers';

const dsRecords = recordsOfTypes('DS');

export const dsAtApex: Rule = {
  code: 'zone/ds-at-apex',
  summary: 'A DS record at the zone apex, where only the parent zone may have one.',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    if (zone.origin === '.' && zone.originSource === 'none') return [];
    return dsRecords(zone)
      .filter((record) => sameName(record.owner.name, zone.origin))
      .map((record) =>
        findingAt(
          dsAtApex,
          record.file,
          typeAnchor(record),
          `A DS record at '${displayName(zone.origin)}', the top of this zone: a zone's DS records go in its parent zone, at the delegation (RFC 4034 §5), and BIND rejects the zone. To hand the parent a new DS, publish it as CDS (RFC 7344).`,
        ),
      );
  },
};
