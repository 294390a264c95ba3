// RFC 7208 §3.3: the character-strings of a TXT record are joined with no separator, so a
// record split between two terms without a space reads as one run-together token. Finds the
// tell-tale: the text before the split ends a complete term, the text after starts a new one.
import { SPF_MECHANISMS, SPF_MODIFIERS, parseTerm, type SpfProblem } from './spf-term';

const KNOWN_NAMES: readonly string[] = [...SPF_MECHANISMS, ...SPF_MODIFIERS];

/**
 * A problem when `boundary` (an offset where one string ends and the next begins) falls
 * inside a token and splitting the token there gives two valid terms (or the version and a
 * term) while the joined token is invalid or the second part is plainly a `name:`/`name=` term.
 */
export function runTogetherProblem(text: string, boundary: number): SpfProblem | undefined {
  if (boundary <= 0 || boundary >= text.length || text[boundary - 1] === ' ' || text[boundary] === ' ') return undefined;
  const start = text.lastIndexOf(' ', boundary - 1) + 1;
  const spaceAfter = text.indexOf(' ', boundary);
  const end = spaceAfter < 0 ? text.length : spaceAfter;
  const left = text.slice(start, boundary);
  const right = text.slice(boundary, end);
  const joined = text.slice(start, end);
  const isVersion = start === 0;
  const leftValid = isVersion ? left.toLowerCase() === 'v=spf1' : parseTerm(left, 0).problems.length === 0;
  if (!leftValid) return undefined;
  const second = parseTerm(right, 0);
  if (second.problems.length > 0 || !KNOWN_NAMES.includes(second.term.name)) return undefined;
  const joinedValid = !isVersion && parseTerm(joined, 0).problems.length === 0;
  // A valid join with a bare second part ("a:host.example.c" + "a") is more likely a split
  // inside a name than two terms; "name:" or "name=" after the split is not.
  if (joinedValid && !/[:=]/.test(right)) return undefined;
  return {
    start,
    end,
    kind: 'run-together',
    boundary,
    message:
      `The record's strings are joined without a space (RFC 7208 §3.3), so '${left}' and '${right}' run together as '${joined}'` +
      (isVersion ? ', and the record is not read as SPF at all' : '') +
      `. Add a space at the end of the first string or the start of the next.`,
  };
}
