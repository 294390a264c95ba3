// zone/missing-ttl: a record with no TTL and no $TTL default before it (RFC 2308 §4).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const missingTtl = parserReported('zone/missing-ttl', 'A record without a TTL when no $TTL default is set.', 'warning');
