// zone/txt-string-too-long: character-strings hold at most 255 octets (RFC 1035 §3.3).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const txtStringTooLong = parserReported('zone/txt-string-too-long', 'A TXT character-string longer than 255 octets.', 'error');
