// A pure parser of SPF record text (RFC 7208 §4.5, §4.6.1, §5, §6, §12): the version, each
// term (mechanism or modifier) with its offsets in the record text, and every grammar problem.
// Problems are found for the whole record, as §4.6 requires ("detected anywhere").
import { SPF_MODIFIERS, parseTerm, type SpfProblem, type SpfTerm } from './spf-term';
import { runTogetherProblem } from './spf-split';

export * from './spf-term';

export interface SpfParse {
  /** True when the text is an SPF record per RFC 7208 §4.5: `v=spf1` (any case), then a space or the end. */
  isSpf: boolean;
  terms: SpfTerm[];
  problems: SpfProblem[];
}

export interface SpfParseOptions {
  /** Offsets in the text where one character-string of the TXT record ends and the next begins. */
  boundaries?: number[];
}

const VERSION = 'v=spf1';

export function parseSpf(text: string, options: SpfParseOptions = {}): SpfParse {
  const boundaries = options.boundaries ?? [];
  const problems: SpfProblem[] = [];
  const terms: SpfTerm[] = [];
  if (text.slice(0, VERSION.length).toLowerCase() !== VERSION) {
    problems.push({ start: 0, end: Math.min(text.length, tokenEnd(text, 0)), message: `An SPF record starts with '${VERSION}' (RFC 7208 §4.5).` });
    return { isSpf: false, terms, problems };
  }
  let isSpf = true;
  let pos = VERSION.length;
  if (pos < text.length && text[pos] !== ' ') {
    isSpf = false;
    const split = boundaries.includes(pos) ? runTogetherProblem(text, pos) : undefined;
    if (split) {
      problems.push(split);
    } else {
      problems.push({ start: 0, end: tokenEnd(text, 0), message: `'${VERSION}' must be followed by a space or the end of the record (RFC 7208 §4.5); this text is not an SPF record.` });
      return { isSpf, terms, problems };
    }
  }
  while (pos < text.length) {
    if (text[pos] === ' ') {
      pos++;
      continue;
    }
    const end = tokenEnd(text, pos);
    const term = parseTerm(text.slice(pos, end), pos);
    terms.push(term.term);
    const joined = boundaries
      .filter((b) => b > pos && b < end)
      .map((b) => runTogetherProblem(text, b))
      .find((problem) => problem !== undefined);
    if (joined) problems.push(joined);
    else problems.push(...term.problems);
    pos = end;
  }
  problems.push(...duplicateModifierProblems(terms));
  return { isSpf, terms, problems };
}

/** The terms a receiver evaluates: those before and including the first `all` (RFC 7208 §5.1). */
export function effectiveMechanisms(terms: SpfTerm[]): SpfTerm[] {
  const out: SpfTerm[] = [];
  for (const term of terms) {
    if (term.kind !== 'mechanism') continue;
    out.push(term);
    if (term.name === 'all') break;
  }
  return out;
}

/** `redirect` and `exp` may appear once each (RFC 7208 §6). */
function duplicateModifierProblems(terms: SpfTerm[]): SpfProblem[] {
  const problems: SpfProblem[] = [];
  for (const name of SPF_MODIFIERS) {
    const found = terms.filter((term) => term.kind === 'modifier' && term.name === name);
    for (const extra of found.slice(1)) {
      extra.valid = false;
      problems.push({ start: extra.start, end: extra.end, message: `'${name}=' appears more than once; it may appear at most once (RFC 7208 §6).` });
    }
  }
  return problems;
}

function tokenEnd(text: string, from: number): number {
  const space = text.indexOf(' ', from);
  return space < 0 ? text.length : space;
}
