// SPF's macro-string and domain-spec grammar (RFC 7208 §7.1, §12): `%{` letter digits `r`
// delimiters `}`, `%%`, `%_`, `%-`, and the rule that a domain-spec ends with a macro or with
// "." and a valid top label. Offsets in problems are relative to the checked text.

export interface MacroProblem {
  /** Offsets into the checked text. */
  start: number;
  end: number;
  message: string;
}

interface MacroItem {
  kind: 'macro' | 'literal';
  start: number;
  end: number;
}

const MACRO_LETTERS = 'slodiphcrtv';
/** Only explanation text (the TXT record exp= points at) may use these (RFC 7208 §7.1). */
const EXPLANATION_ONLY_LETTERS = 'crt';
const DELIMITERS = '.-+,/_=';

/** Splits a macro-string into macros and literal characters; the first problem stops it. */
function scanMacroString(text: string, allowExplanationLetters: boolean): { items: MacroItem[]; problem?: MacroProblem } {
  const items: MacroItem[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '%') {
      const code = ch.charCodeAt(0);
      if (code < 0x21 || code > 0x7e) {
        return { items, problem: { start: i, end: i + 1, message: `Character ${describeChar(ch)} is not allowed here: SPF text is printable ASCII (RFC 7208 §7.1).` } };
      }
      items.push({ kind: 'literal', start: i, end: i + 1 });
      continue;
    }
    const next = text[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      items.push({ kind: 'macro', start: i, end: i + 2 });
      i++;
      continue;
    }
    if (next !== '{') {
      return {
        items,
        problem: { start: i, end: Math.min(i + 2, text.length), message: `A '%' must be followed by '{', '%', '_' or '-' (RFC 7208 §7.1); write '%%' for a literal percent sign.` },
      };
    }
    const close = text.indexOf('}', i + 2);
    if (close < 0) {
      return { items, problem: { start: i, end: text.length, message: `Macro '${text.slice(i)}' has no closing '}' (RFC 7208 §7.1).` } };
    }
    const body = text.slice(i + 2, close);
    const problem = macroBodyProblem(body, allowExplanationLetters);
    if (problem) return { items, problem: { start: i, end: close + 1, message: problem } };
    items.push({ kind: 'macro', start: i, end: close + 1 });
    i = close;
  }
  return { items };
}

/** `letter *DIGIT ["r"] *delimiter`, e.g. `d2r.` or `ir`. */
function macroBodyProblem(body: string, allowExplanationLetters: boolean): string | undefined {
  const match = /^([A-Za-z])([0-9]*)([rR]?)(.*)$/.exec(body);
  const letter = match?.[1].toLowerCase();
  if (!match || !letter || !MACRO_LETTERS.includes(letter)) {
    const shown = body === '' ? 'an empty macro' : `'%{${body}}'`;
    return `Invalid macro: ${shown} must start with one of the letters s, l, o, d, i, p, h, v (RFC 7208 §7.1).`;
  }
  if (!allowExplanationLetters && EXPLANATION_ONLY_LETTERS.includes(letter)) {
    return `Macro letter '${match[1]}' is only allowed in explanation text, not in a domain (RFC 7208 §7.1).`;
  }
  if (match[2] !== '' && Number(match[2]) === 0) return `Macro '%{${body}}': the number of labels must be nonzero (RFC 7208 §7.1).`;
  for (const ch of match[4]) {
    if (!DELIMITERS.includes(ch)) return `Macro '%{${body}}': '${ch}' is not a delimiter (allowed: ${DELIMITERS.split('').join(' ')}) (RFC 7208 §7.1).`;
  }
  return undefined;
}

/** An unknown modifier's value: any macro-string, including the empty one. */
export function macroStringProblem(text: string): MacroProblem | undefined {
  return scanMacroString(text, true).problem;
}

/** Top label (RFC 7208 §7.1): letters/digits with inner dashes, not all numeric. */
const TOPLABEL = /^(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9])$/;

/**
 * A domain-spec (target of include, a, mx, ptr, exists, redirect, exp). Besides the grammar,
 * reports empty or over-long labels written literally: no DNS query can be made for them.
 */
export function domainSpecProblem(text: string): MacroProblem | undefined {
  if (text === '') return { start: 0, end: 0, message: 'A domain is required here (RFC 7208 §7.1: a domain-spec cannot be empty).' };
  const { items, problem } = scanMacroString(text, false);
  if (problem) return problem;
  const last = items[items.length - 1];
  if (last.kind === 'macro') return labelProblem(text, items);
  // The literal tail after the last macro holds the domain end: "." toplabel ["."].
  let tailStart = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].kind === 'macro') {
      tailStart = items[i].end;
      break;
    }
  }
  const tail = text.slice(tailStart);
  const body = tail.endsWith('.') ? tail.slice(0, -1) : tail;
  const dot = body.lastIndexOf('.');
  const whole = { start: 0, end: text.length };
  if (dot < 0) {
    return { ...whole, message: `'${text}' is not a valid domain: it must end with a macro or with '.' and a top-level label, like 'example.com' (RFC 7208 §7.1).` };
  }
  const label = body.slice(dot + 1);
  const labelSpan = { start: tailStart + dot + 1, end: tailStart + dot + 1 + label.length };
  if (label === '') return { ...whole, message: `'${text}' ends with an empty label (RFC 7208 §7.1).` };
  if (!TOPLABEL.test(label)) {
    let why = 'a top label has only letters, digits and inner dashes';
    if (/^[0-9]+$/.test(label)) why = 'a top label cannot be all digits (an IP address belongs in ip4:)';
    else if (label.startsWith('-') || label.endsWith('-')) why = 'a top label cannot start or end with a dash';
    else if (/\/[0-9]*$/.test(label)) why = 'this mechanism takes no CIDR length here';
    return { ...labelSpan, message: `'${text}' is not a valid domain: '${label}' is not a valid top-level label (${why}; RFC 7208 §7.1).` };
  }
  return labelProblem(text, items);
}

/** Empty or over-63-octet labels made only of literal characters. */
function labelProblem(text: string, items: MacroItem[]): MacroProblem | undefined {
  const trimmed = text.endsWith('.') ? text.length - 1 : text.length;
  let start = 0;
  for (let i = 0; i <= trimmed; i++) {
    if (i < trimmed && text[i] !== '.') continue;
    const hasMacro = items.some((item) => item.kind === 'macro' && item.start < i && item.end > start);
    if (!hasMacro) {
      if (i === start) return { start, end: Math.min(i + 1, text.length), message: `'${text}' has an empty label: no DNS query can be made for it (RFC 1035 §2.3.1).` };
      if (i - start > 63) return { start, end: i, message: `Label '${text.slice(start, i)}' is ${i - start} characters long; a DNS label has at most 63 (RFC 1035 §2.3.4).` };
    }
    start = i + 1;
  }
  return undefined;
}

export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
