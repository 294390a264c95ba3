// zone/name-too-long: name length limits (RFC 1035 §2.3.4).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const nameTooLong = parserReported('zone/name-too-long', 'A label over 63 octets or a name over 255 octets.', 'error');
