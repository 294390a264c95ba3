// zone/include-not-found: $INCLUDE of a file that does not exist or cannot be read.
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const includeNotFound = parserReported('zone/include-not-found', 'An $INCLUDE file that cannot be read.', 'error');
