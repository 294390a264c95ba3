// zone/ns-target-is-cname: an NS whose target is a name in this zone that owns a CNAME.
// RFC 2181 §10.3 forbids NS pointing at an alias. BIND rejects the zone when an apex NS does
// ("NS '...' is a CNAME (illegal)") and only warns for a delegation's NS: so do we.
import { sameName } from '../../zone/names';
import { displayName } from './record-helpers';
import { targetIsCnameRule } from './target-is-cname';

export const nsTargetIsCname = targetIsCnameRule({
  code: 'zone/ns-target-is-cname',
  summary: 'An NS record whose name server is an alias (CNAME) in this zone.',
  severity: 'error',
  type: 'NS',
  describe: (target, record, zone) => {
    const atApex = sameName(record.owner.name, zone.origin);
    const consequence = atApex ? 'BIND rejects the zone' : 'BIND loads the zone but resolvers may fail to follow the delegation';
    return {
      message: `Name server '${displayName(target)}' is an alias (CNAME); NS records must name the server itself (RFC 2181 §10.3), and ${consequence}.`,
      severity: atApex ? undefined : 'warning',
    };
  },
});
