// zone/srv-target-is-cname: an SRV whose target is a name in this zone that owns a CNAME.
// RFC 2782: the target must not be an alias; named-checkzone warns by default (-S warn).
import { displayName } from './record-helpers';
import { targetIsCnameRule } from './target-is-cname';

export const srvTargetIsCname = targetIsCnameRule({
  code: 'zone/srv-target-is-cname',
  summary: 'An SRV record whose target is an alias (CNAME) in this zone.',
  severity: 'warning',
  type: 'SRV',
  describe: (target) => ({ message: `SRV target '${displayName(target)}' is an alias (CNAME); the target must be a host with A/AAAA records (RFC 2782).` }),
});
