// The NAPTR regexp field as BIND 9.18 checks it (RFC 3403 §3.2): empty, or
// <delim>pattern<delim>replacement<delim>flags with only `i` as a flag, back-references \1-\9
// within the pattern's group count, and a pattern that is a valid POSIX extended regex.

/** Why a decoded NAPTR regexp is refused, or undefined when it is fine. */
export function naptrRegexpProblem(text: string): string | undefined {
  if (text === '') return undefined;
  const delimiter = text[0];
  if (/[0-9\\i\0]/.test(delimiter)) return `'${delimiter}' cannot be the delimiter (digits, backslash and 'i' are not allowed).`;
  let part: 'pattern' | 'replacement' | 'flags' = 'pattern';
  let pattern = '';
  let highestReference = 0;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\0') return 'It contains a NUL octet.';
    if (ch === delimiter) {
      if (part === 'flags') return `It has more than three '${delimiter}' delimiters.`;
      part = part === 'pattern' ? 'replacement' : 'flags';
      continue;
    }
    if (part === 'flags') {
      if (ch !== 'i') return `Unknown flag '${ch}': only 'i' is allowed.`;
      continue;
    }
    if (part === 'pattern') pattern += ch;
    if (ch !== '\\') continue;
    // An escaped character never ends a part.
    const escaped = text[++i];
    if (escaped === undefined) return 'It ends with a backslash.';
    if (escaped === '\0') return 'It contains a NUL octet.';
    if (part === 'pattern') pattern += escaped;
    else if (escaped === '0') return '\\0 is not a valid back-reference.';
    else if (/[1-9]/.test(escaped)) highestReference = Math.max(highestReference, Number(escaped));
  }
  if (part !== 'flags') return `It needs the form ${delimiter}pattern${delimiter}replacement${delimiter}flags.`;
  const groups = posixRegexGroups(pattern);
  if (groups < 0) return `'${pattern}' is not a valid POSIX extended regular expression.`;
  if (highestReference > groups) return `The replacement uses \\${highestReference} but the pattern has ${groups} group(s).`;
  return undefined;
}

const CHARACTER_CLASSES = new Set([':alnum:', ':digit:', ':punct:', ':alpha:', ':graph:', ':space:', ':blank:', ':lower:', ':upper:', ':cntrl:', ':print:', ':xdigit:']);

type State = 'atoms' | 'bracket' | 'bound' | 'collating' | 'equivalence' | 'class';

/** Number of groups in a POSIX extended regex, or -1 when BIND's validator refuses it. */
export function posixRegexGroups(regex: string): number {
  if (regex === '') return -1;
  let state: State = 'atoms';
  let haveAtom = false;
  let wasRepeat = false; // the last item was a repetition (or an anchor), so it cannot be repeated
  let emptyGroupOk = false;
  let depth = 0;
  let groups = 0;
  let seenChar = false; // bracket: a member was seen (so `]` closes and `-` makes a range)
  let negated = false;
  let range = 0; // 2 right after `-`, counting down as range ends are read
  let rangeStart = 0;
  let seenElement = false; // inside [. .] or [= =]
  let classStart = 0;
  let seenComma = false;
  let seenHigh = false;
  let low = 0;
  let high = 0;
  let i = 0;
  while (i < regex.length) {
    const ch = regex[i];
    if (state === 'atoms') {
      if (ch === '\\') {
        const next = regex[i + 1];
        if (next === undefined) return -1;
        if (/[1-9]/.test(next) && Number(next) > groups) return -1;
        haveAtom = true;
        wasRepeat = false;
        i += 2;
      } else if (ch === '[') {
        negated = false;
        wasRepeat = false;
        seenChar = false;
        state = 'bracket';
        i++;
      } else if (ch === '{' && /\d/.test(regex[i + 1] ?? '')) {
        if (!haveAtom || wasRepeat) return -1;
        seenComma = seenHigh = false;
        low = high = 0;
        haveAtom = wasRepeat = true;
        state = 'bound';
        i++;
      } else if (ch === '(') {
        haveAtom = wasRepeat = false;
        emptyGroupOk = true;
        depth++;
        groups++;
        i++;
      } else if (ch === ')') {
        if (depth > 0 && !haveAtom && !emptyGroupOk) return -1;
        haveAtom = true;
        wasRepeat = false;
        if (depth > 0) depth--;
        i++;
      } else if (ch === '|') {
        if (!haveAtom) return -1;
        haveAtom = emptyGroupOk = wasRepeat = false;
        i++;
      } else if (ch === '^' || ch === '$') {
        haveAtom = wasRepeat = true;
        i++;
      } else if (ch === '+' || ch === '*' || ch === '?') {
        if (wasRepeat || !haveAtom) return -1;
        haveAtom = wasRepeat = true;
        i++;
      } else {
        haveAtom = true;
        wasRepeat = false;
        i++;
      }
    } else if (state === 'bound') {
      if (/\d/.test(ch)) {
        if (!seenComma) low = low * 10 + Number(ch);
        else {
          seenHigh = true;
          high = high * 10 + Number(ch);
        }
        if (low > 255 || high > 255) return -1;
      } else if (ch === ',') {
        if (seenComma) return -1;
        seenComma = true;
      } else if (ch === '}') {
        if (seenHigh && low > high) return -1;
        state = 'atoms';
      } else {
        return -1;
      }
      i++;
    } else if (state === 'bracket') {
      if (ch === '^' && !seenChar && !negated) {
        negated = true;
        i++;
      } else if (ch === '-' && range !== 2 && seenChar) {
        if (range === 1) return -1;
        range = 2;
        i++;
      } else if (ch === '[') {
        const kind = regex[++i];
        if (kind === '.') {
          if (range > 0) range--;
          state = 'collating';
          seenElement = false;
          i++;
        } else if (kind === '=' || kind === ':') {
          if (range === 2) return -1;
          state = kind === '=' ? 'equivalence' : 'class';
          seenElement = false;
          classStart = i++;
        }
        seenChar = true;
      } else if (ch === ']' && seenChar) {
        range = 0;
        haveAtom = true;
        state = 'atoms';
        i++;
      } else {
        if (ch === ']' && i + 1 >= regex.length) return -1;
        const code = ch.charCodeAt(0) & 0xff;
        if (range === 2 && code < rangeStart) return -1;
        if (range > 0) range--;
        rangeStart = code;
        seenChar = true;
        i++;
      }
    } else {
      // Inside [. .], [= =] or [: :]: read to the closing pair.
      const closer = state === 'collating' ? '.' : state === 'equivalence' ? '=' : ':';
      if (ch === closer && regex[i + 1] === ']') {
        if (state === 'class' && !CHARACTER_CLASSES.has(regex.slice(classStart, i + 1))) return -1;
        if (state !== 'class' && !seenElement) return -1;
        state = 'bracket';
        i += 2;
        continue;
      }
      if (state === 'collating') rangeStart = seenElement ? 256 : ch.charCodeAt(0);
      seenElement = true;
      i++;
    }
  }
  if (depth !== 0 || state !== 'atoms' || !haveAtom) return -1;
  return groups;
}
