// zone/unknown-type: a type BIND does not know (RFC 3597 allows TYPEnnn).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const unknownType = parserReported('zone/unknown-type', 'A record type that is neither a known mnemonic nor TYPEnnn.', 'error');
