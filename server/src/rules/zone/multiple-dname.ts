// zone/multiple-dname: more than one DNAME at a name. A DNAME redirects one subtree to one other
// (RFC 6672 §2.4); BIND rejects a second, different one ("multiple RRs of singleton type").
import { singletonTypeRule } from './singleton-type';

export const multipleDname = singletonTypeRule({
  code: 'zone/multiple-dname',
  summary: 'A name with more than one DNAME record.',
  type: 'DNAME',
  reason: 'the names below it can be redirected to one place only (RFC 6672 §2.4)',
});
