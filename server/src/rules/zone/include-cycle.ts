// zone/include-cycle: $INCLUDE chains that loop.
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const includeCycle = parserReported('zone/include-cycle', 'An $INCLUDE that includes itself, directly or through other files.', 'error');
