// zone/no-final-newline: a zone file whose last line has no line end. BIND reads it all the same
// but warns ("file does not end with newline"), and tools that read line by line (or append to
// the file) may lose or merge that line. The finding is at the very end of the file (where the
// line end goes, and wherever a fix elsewhere leaves it). The fix adds the line end the file uses.
import type { Finding, Rule } from '../rule';
import { findingAt } from './record-helpers';

const SEMICOLON = 59;

export const noFinalNewline: Rule = {
  code: 'zone/no-final-newline',
  summary: 'A zone file whose last line has no line end.',
  severity: 'warning',
  check(zone) {
    const findings: Finding[] = [];
    for (const { file, text } of zone.files) {
      // As BIND: a file ending in a bare CR, or in a comment line (";" in its first column), is fine.
      if (text === '' || text.endsWith('\n') || text.endsWith('\r') || text.charCodeAt(text.lastIndexOf('\n') + 1) === SEMICOLON) continue;
      const newline = text.includes('\r\n') ? '\r\n' : '\n';
      findings.push(
        findingAt(noFinalNewline, file, { start: text.length, end: text.length }, 'The file does not end with a line end; named-checkzone warns ("file does not end with newline"), and tools that read or append line by line may lose this line.', {
          fixes: [{ id: 'add-final-newline', title: 'Add a line end at the end of the file', edits: [{ file, start: text.length, end: text.length, newText: newline }], safe: true }],
        }),
      );
    }
    return findings;
  },
};
