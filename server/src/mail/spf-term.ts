// One SPF term (RFC 7208 §4.6.1, §5, §6, §12): a mechanism or modifier, its qualifier, name,
// value and target, and the grammar problems of that term alone. Offsets are into the record text.
import type { Span } from '../zone/model';
import { cidrProblem, dualCidrProblem, isIp4Network, isIp6Network } from './spf-ip';
import { describeChar, domainSpecProblem, macroStringProblem, type MacroProblem } from './spf-macro';

export type SpfQualifier = '+' | '-' | '~' | '?';

export const SPF_MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export const SPF_MODIFIERS = ['redirect', 'exp'] as const;

export interface SpfTerm extends Span {
  kind: 'mechanism' | 'modifier';
  /** As written; undefined when omitted (then `+` applies, RFC 7208 §4.6.2). */
  qualifier?: SpfQualifier;
  /** Lower-cased name (`include`, `ip4`, `redirect`, or an unknown one as written but lower-cased). */
  name: string;
  /** Everything after the name and its `:` or `=`, CIDR lengths included; '' when absent. */
  value: string;
  /** The target for include, exists, a, mx, ptr, redirect and exp, without CIDR lengths. */
  domainSpec?: string;
  /** False when the term has a problem. */
  valid: boolean;
}

export interface SpfProblem extends Span {
  message: string;
  /** `run-together`: two strings of the record joined without a space (RFC 7208 §3.3). */
  kind?: 'run-together';
  /** For `run-together`: the text offset where the second string begins. */
  boundary?: number;
}

/** Checks one space-free token as a term; `offset` is where it starts in the record text. */
export function parseTerm(token: string, offset: number): { term: SpfTerm; problems: SpfProblem[] } {
  const at = (start: number, end: number, message: string): SpfProblem => ({ start: offset + start, end: offset + end, message });
  const qualifier = '+-~?'.includes(token[0]) ? (token[0] as SpfQualifier) : undefined;
  const bodyStart = qualifier ? 1 : 0;
  const body = token.slice(bodyStart);
  const modifierName = /^[A-Za-z][A-Za-z0-9_.-]*/.exec(body)?.[0] ?? '';
  const isModifier = body[modifierName.length] === '=' && modifierName !== '';
  const mechanismName = /^[A-Za-z][A-Za-z0-9]*/.exec(body)?.[0] ?? '';
  const name = (isModifier ? modifierName : mechanismName).toLowerCase();
  const term: SpfTerm = {
    kind: isModifier ? 'modifier' : 'mechanism',
    qualifier,
    name,
    value: '',
    start: offset,
    end: offset + token.length,
    valid: true,
  };
  const problems: SpfProblem[] = [];
  const index = firstNonPrintable(token);
  if (index >= 0) {
    const ch = String.fromCodePoint(token.codePointAt(index)!);
    problems.push(at(index, index + ch.length, `Character ${describeChar(ch)} is not allowed in an SPF record: terms are printable ASCII separated by spaces only (RFC 7208 §3.1, §4.6.1).`));
  } else if (isModifier) {
    term.value = body.slice(modifierName.length + 1);
    problems.push(...modifierProblems(term, offset + bodyStart + modifierName.length + 1));
    if (qualifier) problems.unshift(at(0, 1, `A qualifier cannot precede the modifier '${modifierName}=' (RFC 7208 §4.6.1).`));
  } else if (mechanismName === '') {
    const equals = body.indexOf('=');
    if (equals === 0) problems.push(at(0, token.length, `Modifier name is empty: a modifier is name=value with a name starting with a letter (RFC 7208 §12).`));
    else if (equals > 0 && /^[0-9]/.test(body)) problems.push(at(bodyStart, bodyStart + equals, `Modifier name '${body.slice(0, equals)}' must start with a letter (RFC 7208 §12).`));
    else problems.push(at(0, token.length, `'${token}' is not a mechanism or a modifier (RFC 7208 §12).`));
  } else {
    const argStart = bodyStart + mechanismName.length;
    term.value = body.slice(mechanismName.length).replace(/^:/, '');
    const valueOffset = offset + argStart + (body[mechanismName.length] === ':' ? 1 : 0);
    problems.push(...mechanismProblems(term, body.slice(mechanismName.length), token, valueOffset, offset + argStart));
  }
  term.valid = problems.length === 0;
  return { term, problems };
}

/** UTF-16 index of the first character outside printable ASCII (0x21-0x7e), or -1. */
function firstNonPrintable(token: string): number {
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return i;
  }
  return -1;
}

function modifierProblems(term: SpfTerm, valueOffset: number): SpfProblem[] {
  const shift = (p: MacroProblem | undefined): SpfProblem[] => (p ? [{ start: valueOffset + p.start, end: valueOffset + p.end, message: p.message }] : []);
  const whole = { start: term.start, end: term.end };
  if (term.name === 'redirect' || term.name === 'exp') {
    term.domainSpec = term.value;
    if (term.value === '') return [{ ...whole, message: `'${term.name}=' needs a domain (RFC 7208 §6.${term.name === 'redirect' ? 1 : 2}).` }];
    return shift(domainSpecProblem(term.value));
  }
  if ((SPF_MECHANISMS as readonly string[]).includes(term.name)) {
    const written = term.name === 'all' ? 'all' : `${term.name}:${term.value}`;
    return [{ ...whole, message: `'${term.name}' is a mechanism, written with ':' not '=': '${written}' (RFC 7208 §5).` }];
  }
  return shift(macroStringProblem(term.value));
}

/** `arg` is the text after the mechanism name (starting with ':' or '/' when present). */
function mechanismProblems(term: SpfTerm, arg: string, token: string, valueOffset: number, argOffset: number): SpfProblem[] {
  const whole = { start: term.start, end: term.end };
  const argSpan = { start: argOffset, end: argOffset + arg.length };
  const shift = (p: MacroProblem | undefined, base: number): SpfProblem[] => (p ? [{ start: base + p.start, end: base + p.end, message: p.message }] : []);
  const name = term.name;
  switch (name) {
    case 'all':
      return arg === '' ? [] : [{ ...argSpan, message: `'all' takes no argument; '${arg}' after it is not allowed (RFC 7208 §5.1).` }];
    case 'include':
    case 'exists': {
      if (!arg.startsWith(':') || arg === ':') {
        return [{ ...whole, message: `'${name}' needs ':' and a domain, e.g. '${name}:example.com' (RFC 7208 §5.${name === 'include' ? 2 : 7}).` }];
      }
      term.domainSpec = term.value;
      return shift(domainSpecProblem(term.value), valueOffset);
    }
    case 'ptr': {
      if (arg === '') return [];
      if (!arg.startsWith(':')) return [{ ...argSpan, message: `'ptr' takes only ':' and a domain; '${arg}' is not allowed (RFC 7208 §5.5).` }];
      term.domainSpec = term.value;
      if (term.value === '') return [{ ...whole, message: `'ptr:' needs a domain after the colon (RFC 7208 §5.5).` }];
      return shift(domainSpecProblem(term.value), valueOffset);
    }
    case 'a':
    case 'mx': {
      if (arg === '' || arg.startsWith('/')) return arg === '' ? [] : cidrOnly(dualCidrProblem(arg), argSpan);
      if (!arg.startsWith(':')) return [{ ...whole, message: `Unknown mechanism '${name}${arg.split(/[:/]/)[0]}' (RFC 7208 §5).` }];
      if (term.value === '') return [{ ...whole, message: `'${name}:' needs a domain after the colon (RFC 7208 §5.${name === 'a' ? 3 : 4}).` }];
      const { domain, cidr } = splitDualCidr(term.value);
      term.domainSpec = domain;
      if (domain === '') return [{ ...whole, message: `'${name}:' needs a domain after the colon (RFC 7208 §5.${name === 'a' ? 3 : 4}).` }];
      const domainProblem = shift(domainSpecProblem(domain), valueOffset);
      if (domainProblem.length > 0) return domainProblem;
      return cidrOnly(dualCidrProblem(cidr), { start: valueOffset + domain.length, end: term.end });
    }
    case 'ip4':
    case 'ip6': {
      if (!arg.startsWith(':') || arg === ':') {
        return [{ ...whole, message: `'${name}' needs ':' and an address, e.g. '${name === 'ip4' ? 'ip4:192.0.2.0/24' : 'ip6:2001:db8::/32'}' (RFC 7208 §5.6).` }];
      }
      const slash = term.value.indexOf('/');
      const address = slash < 0 ? term.value : term.value.slice(0, slash);
      const valid = name === 'ip4' ? isIp4Network(address) : isIp6Network(address);
      if (!valid) {
        const hint = name === 'ip4' && /^[0-9.]+:[0-9]*$/.test(address) ? ' (a port is not allowed)' : name === 'ip4' && /^[0-9.]+$/.test(address) ? ' (all four parts, no leading zeros; use a CIDR length for a range)' : name === 'ip4' && isIp6Network(address) ? ' (an IPv6 address belongs in ip6:)' : name === 'ip6' && isIp4Network(address) ? ' (an IPv4 address belongs in ip4:)' : '';
        return [{ start: valueOffset, end: valueOffset + address.length, message: `'${address}' is not a valid ${name === 'ip4' ? 'IPv4' : 'IPv6'} address${hint} (RFC 7208 §5.6).` }];
      }
      if (slash < 0) return [];
      const cidr = term.value.slice(slash + 1);
      const cidrSpan = { start: valueOffset + slash, end: term.end };
      if (cidr.startsWith('/')) return [{ ...cidrSpan, message: `'${name}' takes a single CIDR length ('/${cidr.slice(1)}'); the dual form is only for a and mx (RFC 7208 §5.6).` }];
      return cidrOnly(cidrProblem(cidr, name === 'ip4' ? 32 : 128), cidrSpan);
    }
    default: {
      if ((SPF_MODIFIERS as readonly string[]).includes(name)) {
        return [{ ...whole, message: `'${name}' is a modifier, written with '=': '${name}=${term.value}' (RFC 7208 §6).` }];
      }
      const shown = /^[^:/=]*/.exec(token.replace(/^[-+~?]/, ''))?.[0] ?? name;
      return [{ ...whole, message: `Unknown mechanism '${shown}': known are all, include, a, mx, ptr, ip4, ip6, exists; a modifier is written name=value (RFC 7208 §5, §12).` }];
    }
  }
}

function cidrOnly(problem: string | undefined, span: Span): SpfProblem[] {
  return problem ? [{ ...span, message: problem }] : [];
}

/** `example.com/24//64` -> domain and CIDR text; a domain may itself contain '/' (RFC 7208 §7.1). */
function splitDualCidr(value: string): { domain: string; cidr: string } {
  for (let i = value.indexOf('/'); i >= 0; i = value.indexOf('/', i + 1)) {
    const rest = value.slice(i);
    if (/^(?:\/[0-9]+)?(?:\/\/[0-9]+)?$/.test(rest) || /^\/[0-9]+\/[0-9]+$/.test(rest)) return { domain: value.slice(0, i), cidr: rest };
  }
  return { domain: value, cidr: '' };
}

