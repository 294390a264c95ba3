// zone/txt-string-too-long: character-strings hold at most 255 octets (RFC 1035 §3.3).
// Reported by the parser while reading the text; this rule selects those findings and adds
// the fix: split the string, as written, into several strings of at most 255 octets.
import type { Fix, Rule } from '../rule';
import { parserReported } from '../parser-reported';
import { splitWrittenString } from '../edit/txt-strings';
import { fileText } from './record-helpers';

const reported = parserReported('zone/txt-string-too-long', 'A TXT character-string longer than 255 octets.', 'error');

export const txtStringTooLong: Rule = {
  ...reported,
  check(zone, context) {
    return reported.check(zone, context).map((finding) => {
      const text = fileText(zone, finding.file);
      const written = text?.slice(finding.start, finding.end);
      if (written === undefined || written === '') return finding;
      const quoted = written.startsWith('"') && written.endsWith('"') && written.length >= 2;
      const raw = quoted ? written.slice(1, -1) : written;
      const newText = splitWrittenString(raw).map((chunk) => `"${chunk}"`).join(' ');
      const fix: Fix = {
        id: 'split-txt-string',
        title: 'Split into strings of at most 255 octets',
        safe: true,
        isPreferred: true,
        edits: [{ file: finding.file, start: finding.start, end: finding.end, newText }],
      };
      return { ...finding, fixes: [fix] };
    });
  },
};
