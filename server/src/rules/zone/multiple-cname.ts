// zone/multiple-cname: more than one CNAME at a name. An alias points at exactly one name
// (RFC 2181 §10.1); BIND rejects a second, different one ("multiple RRs of singleton type").
import { singletonTypeRule } from './singleton-type';

export const multipleCname = singletonTypeRule({
  code: 'zone/multiple-cname',
  summary: 'A name with more than one CNAME record.',
  type: 'CNAME',
  reason: 'a name can be an alias for one name only (RFC 2181 §10.1)',
});
