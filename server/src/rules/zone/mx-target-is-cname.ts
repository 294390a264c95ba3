// zone/mx-target-is-cname: an MX whose exchange is a name in this zone that owns a CNAME.
// RFC 2181 §10.3: MX must point at a name with address records, never an alias;
// named-checkzone warns by default ("MX '...' is a CNAME (illegal)", -M warn).
import { displayName } from './record-helpers';
import { targetIsCnameRule } from './target-is-cname';

export const mxTargetIsCname = targetIsCnameRule({
  code: 'zone/mx-target-is-cname',
  summary: 'An MX record whose mail exchanger is an alias (CNAME) in this zone.',
  severity: 'warning',
  type: 'MX',
  describe: (exchange) => ({ message: `MX exchange '${displayName(exchange)}' is an alias (CNAME); an MX must name a host with A/AAAA records (RFC 2181 §10.3).` }),
});
