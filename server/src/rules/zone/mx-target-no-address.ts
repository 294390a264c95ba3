// zone/mx-target-no-address: an MX whose mail server is a name in this zone without an A or AAAA
// record (RFC 5321 §5.1: mail goes to the exchange's addresses). Mail for the domain then cannot
// be delivered there; named-checkzone -i local warns.
import { targetNoAddressRule } from './target-no-address';

export const mxTargetNoAddress = targetNoAddressRule({
  code: 'zone/mx-target-no-address',
  summary: 'An MX record whose mail server is a name in this zone with no A or AAAA record.',
  type: 'MX',
  role: 'mail server',
});
