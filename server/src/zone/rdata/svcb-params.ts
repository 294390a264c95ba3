// SVCB/HTTPS SvcParams (RFC 9460 §2.1, §7 and Appendix A) as BIND 9.18 reads them: the key
// names it knows (mandatory ... dohpath) or keyNNNNN, each value decoded by its key's rules,
// and the wire-format checks BIND applies to values given in keyNNNNN or RFC 3597 form.
import { isIpv4, isIpv6 } from './address';
import { base64Problem } from './fields';

type Encoding = 'keylist' | 'alpn' | 'empty' | 'port' | 'ipv4s' | 'base64' | 'ipv6s' | 'dohpath';

const SVC_KEYS: ReadonlyArray<{ name: string; code: number; encoding: Encoding }> = [
  { name: 'mandatory', code: 0, encoding: 'keylist' },
  { name: 'alpn', code: 1, encoding: 'alpn' },
  { name: 'no-default-alpn', code: 2, encoding: 'empty' },
  { name: 'port', code: 3, encoding: 'port' },
  { name: 'ipv4hint', code: 4, encoding: 'ipv4s' },
  { name: 'ech', code: 5, encoding: 'base64' },
  { name: 'ipv6hint', code: 6, encoding: 'ipv6s' },
  { name: 'dohpath', code: 7, encoding: 'dohpath' },
];

const UTF8 = new TextEncoder();

const MANDATORY_KEY = 0;
const ALPN_KEY = 1;
const NO_DEFAULT_ALPN_KEY = 2;

export interface SvcParam {
  /** Canonical key name (`alpn`) or `keyNNNNN` for keys without one. */
  key: string;
  code: number;
  /** The value as written (escapes kept), undefined for a bare key. */
  value?: string;
  /** For `mandatory`: the key numbers it lists. */
  mandatoryKeys?: number[];
}

/** Canonical name of a key number. */
export function svcKeyName(code: number): string {
  return SVC_KEYS.find((k) => k.code === code)?.name ?? `key${code}`;
}

/** A key name (any case) or keyNNNNN (no leading zeros, at most 65535) -> its number, or why not. */
export function svcKeyCode(text: string): number | string {
  const known = SVC_KEYS.find((k) => k.name === text.toLowerCase());
  if (known) return known.code;
  const numbered = /^key(0|[1-9]\d*)$/.exec(text);
  if (!numbered) return `Unknown SvcParamKey '${text}': use ${SVC_KEYS.map((k) => k.name).join(', ')} or keyNNNNN.`;
  const code = Number(numbered[1]);
  return code <= 0xffff ? code : `SvcParamKey '${text}' is out of range (key0-key65535).`;
}

/** Parses one `key=value` (or bare `key`) as written; a string says why it is refused. */
export function parseSvcParam(text: string): SvcParam | string {
  const equals = text.indexOf('=');
  const keyText = equals < 0 ? text : text.slice(0, equals);
  const value = equals < 0 ? undefined : text.slice(equals + 1);
  const written = value ?? '';
  // The exact lower-case names use their own syntax; other spellings read the value as octets.
  const typed = SVC_KEYS.find((k) => k.name === keyText);
  if (typed) {
    const checked = checkTypedValue(typed.encoding, written);
    if (typeof checked === 'string') return `Bad ${typed.name} value: ${checked}`;
    return { key: typed.name, code: typed.code, value, ...checked };
  }
  const code = svcKeyCode(keyText);
  if (typeof code === 'string') return code;
  const octets = written === '' ? [] : decodeOctets(written);
  if (typeof octets === 'string') return `Bad ${keyText} value: ${octets}`;
  const wireProblem = svcValueProblem(code, octets);
  if (wireProblem) return `Bad ${keyText} value: ${wireProblem}`;
  return { key: svcKeyName(code), code, value, ...(code === MANDATORY_KEY ? { mandatoryKeys: keyPairs(octets) } : {}) };
}

/** Checks a value written for a named key; a string says why it is refused. */
function checkTypedValue(encoding: Encoding, value: string): { mandatoryKeys?: number[] } | string {
  const problem = (message: string | undefined) => message ?? {};
  switch (encoding) {
    case 'keylist': {
      const keys = readKeyList(value);
      return typeof keys === 'string' ? keys : { mandatoryKeys: keys };
    }
    case 'alpn': {
      const ids = decodeAlpn(value);
      return typeof ids === 'string' ? ids : {};
    }
    case 'empty':
      return problem(value === '' ? undefined : 'this key takes no value.');
    case 'port':
      if (!/^\d+$/.test(value)) return `'${value}' is not a port number.`;
      return problem(Number(value) <= 0xffff ? undefined : `port ${value} is out of range (0-65535).`);
    case 'ipv4s':
      return problem(value.split(',').every(isIpv4) ? undefined : `'${value}' is not a comma-separated list of IPv4 addresses.`);
    case 'ipv6s':
      return problem(value.split(',').every(isIpv6) ? undefined : `'${value}' is not a comma-separated list of IPv6 addresses.`);
    case 'base64':
      // Like BIND's isc_base64_decodestring, white space inside a quoted value is skipped.
      return problem(base64Problem([value.replace(/\s/g, '')])?.message);
    case 'dohpath': {
      const octets = decodeOctets(value);
      return typeof octets === 'string' ? octets : problem(svcValueProblem(7, octets));
    }
  }
}

function readKeyList(value: string): number[] | string {
  if (value === '') return 'mandatory needs a comma-separated list of keys.';
  const codes: number[] = [];
  for (const piece of value.split(',')) {
    if (piece === '') return 'empty key in the list.';
    const code = svcKeyCode(piece);
    if (typeof code === 'string') return code;
    if (codes.includes(code)) return `'${piece}' is listed twice.`;
    codes.push(code);
  }
  return codes.sort((a, b) => a - b);
}

/**
 * The ALPN ids of an alpn value. Escapes are decoded first; then `,` separates ids and `\`
 * escapes the next octet, so a literal comma is written `\\,` (RFC 9460 Appendix A.1).
 */
export function decodeAlpn(value: string): string[] | string {
  const octets = decodeOctets(value);
  if (typeof octets === 'string') return octets;
  const ids: number[][] = [[]];
  for (let i = 0; i < octets.length; i++) {
    let octet = octets[i];
    if (octet === 0x2c) {
      ids.push([]);
      continue;
    }
    if (octet === 0x5c) {
      if (i + 1 >= octets.length) return 'it ends with an escaping backslash.';
      octet = octets[++i];
    }
    ids[ids.length - 1].push(octet);
  }
  if (ids.some((id) => id.length === 0)) return 'an ALPN id is empty (check for stray commas).';
  if (ids.some((id) => id.length > 255)) return 'an ALPN id is longer than 255 octets.';
  return ids.map((id) => String.fromCharCode(...id));
}

/** Presentation text to octets: `\DDD` is one octet, `\X` is X, other characters are UTF-8. */
export function decodeOctets(text: string): number[] | string {
  const octets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      if (i + 1 >= text.length) return 'a backslash at the end escapes nothing.';
      const digits = text.slice(i + 1, i + 4);
      if (/^\d/.test(digits)) {
        if (!/^\d{3}$/.test(digits) || Number(digits) > 255) return `'\\${digits}' is not a valid \\DDD escape.`;
        octets.push(Number(digits));
        i += 3;
        continue;
      }
      i++;
    }
    const codePoint = text.codePointAt(i)!;
    if (codePoint > 0xffff) i++;
    octets.push(...UTF8.encode(String.fromCodePoint(codePoint)));
  }
  return octets;
}

function keyPairs(octets: number[]): number[] {
  const keys: number[] = [];
  for (let i = 0; i + 1 < octets.length; i += 2) keys.push((octets[i] << 8) | octets[i + 1]);
  return keys;
}

/**
 * Problems across the params of one record, by the index of the param to blame: a key given
 * twice, a mandatory key that is missing (or "mandatory" itself), no-default-alpn without alpn.
 */
export function paramSetProblems(params: ReadonlyArray<Pick<SvcParam, 'code' | 'key' | 'mandatoryKeys'>>): Array<{ index: number; message: string }> {
  const problems: Array<{ index: number; message: string }> = [];
  const indexByCode = new Map<number, number>();
  params.forEach((param, index) => {
    if (indexByCode.has(param.code)) problems.push({ index, message: `The SvcParam '${param.key}' appears more than once.` });
    else indexByCode.set(param.code, index);
  });
  const mandatory = indexByCode.get(MANDATORY_KEY);
  for (const code of mandatory === undefined ? [] : params[mandatory].mandatoryKeys ?? []) {
    if (code === MANDATORY_KEY) problems.push({ index: mandatory!, message: '"mandatory" cannot list itself.' });
    else if (!indexByCode.has(code)) problems.push({ index: mandatory!, message: `"mandatory" lists '${svcKeyName(code)}', but that SvcParam is missing.` });
  }
  const noDefaultAlpn = indexByCode.get(NO_DEFAULT_ALPN_KEY);
  if (noDefaultAlpn !== undefined && !indexByCode.has(ALPN_KEY)) {
    problems.push({ index: noDefaultAlpn, message: '"no-default-alpn" needs an "alpn" SvcParam too (RFC 9460 §7.1.1).' });
  }
  return problems;
}

/** The params of SVCB/HTTPS wire data after the target name, or why they are malformed. */
export function wireParams(octets: number[]): Array<Pick<SvcParam, 'code' | 'key' | 'mandatoryKeys'>> | string {
  const params: Array<Pick<SvcParam, 'code' | 'key' | 'mandatoryKeys'>> = [];
  let at = 0;
  while (at < octets.length) {
    if (at + 4 > octets.length) return 'a SvcParam is cut short.';
    const code = (octets[at] << 8) | octets[at + 1];
    const length = (octets[at + 2] << 8) | octets[at + 3];
    const value = octets.slice(at + 4, at + 4 + length);
    if (value.length < length) return 'a SvcParam value is cut short.';
    if (params.length > 0 && params[params.length - 1].code >= code) return 'SvcParams must be in increasing key order, once each.';
    const problem = svcValueProblem(code, value);
    if (problem) return `${svcKeyName(code)}: ${problem}`;
    params.push({ code, key: svcKeyName(code), ...(code === MANDATORY_KEY ? { mandatoryKeys: keyPairs(value) } : {}) });
    at += 4 + length;
  }
  return params;
}

/** BIND's wire-format check of a value by key number (svcb_validate); undefined when fine. */
export function svcValueProblem(code: number, octets: number[]): string | undefined {
  switch (code) {
    case 0: {
      if (octets.length === 0 || octets.length % 2 !== 0) return 'a key list needs one or more 2-octet keys.';
      const keys = keyPairs(octets);
      return keys.every((key, i) => i === 0 || keys[i - 1] < key) ? undefined : 'the keys must be listed in increasing order, once each.';
    }
    case 1: {
      if (octets.length === 0) return 'an ALPN list needs at least one id.';
      let at = 0;
      while (at < octets.length) {
        const length = octets[at];
        if (length === 0 || at + 1 + length > octets.length) return 'the ALPN ids are not length-prefixed non-empty strings.';
        at += 1 + length;
      }
      return undefined;
    }
    case 2:
      return octets.length === 0 ? undefined : 'no-default-alpn takes no value.';
    case 3:
      return octets.length === 2 ? undefined : 'a port is 2 octets.';
    case 4:
      return octets.length > 0 && octets.length % 4 === 0 ? undefined : 'IPv4 hints are one or more 4-octet addresses.';
    case 6:
      return octets.length > 0 && octets.length % 16 === 0 ? undefined : 'IPv6 hints are one or more 16-octet addresses.';
    case 7: {
      const text = String.fromCharCode(...octets);
      if (octets.length < 7 || text[0] !== '/') return 'dohpath must be a relative URI template starting with "/" (RFC 9461).';
      if (!isValidUtf8(octets)) return 'dohpath must be UTF-8.';
      return text.includes('{?dns}') ? undefined : 'dohpath must contain "{?dns}" (RFC 9461).';
    }
    default:
      return undefined;
  }
}

function isValidUtf8(octets: number[]): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(octets));
    return true;
  } catch {
    return false;
  }
}
