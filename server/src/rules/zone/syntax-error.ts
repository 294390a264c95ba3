// zone/syntax-error: text the master-file grammar does not accept (RFC 1035 §5.1).
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const syntaxError = parserReported('zone/syntax-error', 'A line that is not a valid directive or resource record.', 'error');
