// zone/missing-soa: a zone without any SOA record. named-checkzone rejects it ("has no SOA
// record"); RFC 1035 §5.2 requires exactly one SOA at the top of the zone.
import { Lexer } from '../../zone/lexer';
import type { Span, Zone } from '../../zone/model';
import type { Rule } from '../rule';
import { displayName, findingAt, soaRecords } from './record-helpers';

export const missingSoa: Rule = {
  code: 'zone/missing-soa',
  summary: 'The zone has no SOA record.',
  severity: 'error',
  check(zone) {
    if (soaRecords(zone).length > 0) return [];
    const where = zone.origin === '.' ? 'The zone' : `Zone '${displayName(zone.origin)}'`;
    return [
      findingAt(missingSoa, zone.mainFile, startOfFile(zone), `${where} has no SOA record; every zone needs one at its apex (RFC 1035 §5.2), and named-checkzone rejects it.`),
    ];
  },
};

/** The first token of the main file when it is a word (a directive or owner), else offset 0. */
export function startOfFile(zone: Zone): Span {
  const main = zone.files.find((file) => file.file === zone.mainFile);
  // The Lexer, not main.tokens: that list would hold every token of a big file from now on.
  const first = main && new Lexer(main.text);
  return first?.next() && first.kind === 'word' ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}
