// zone/invalid-ttl: TTLs BIND rejects or clamps (RFC 2181 §8).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const invalidTtl = parserReported('zone/invalid-ttl', 'A TTL that is not a number of seconds or units, or is over 2^31-1.', 'error');
