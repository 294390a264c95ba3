// zone/invalid-rdata: rdata fields missing, extra or malformed for the type.
// Reported by the parser while reading the text; this rule selects those findings.
import { parserReported } from '../parser-reported';

export const invalidRdata = parserReported('zone/invalid-rdata', 'Record data that does not fit the type of its record.', 'error');
