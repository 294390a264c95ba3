// zone/srv-target-no-address: an SRV whose target is a name in this zone without an A or AAAA
// record (RFC 2782: the target must have address records). Clients find no host to connect to;
// named-checkzone -i local warns. A target of "." says the service is not offered: left alone.
import { targetNoAddressRule } from './target-no-address';

export const srvTargetNoAddress = targetNoAddressRule({
  code: 'zone/srv-target-no-address',
  summary: 'An SRV record whose target is a name in this zone with no A or AAAA record.',
  type: 'SRV',
  role: 'target',
});
