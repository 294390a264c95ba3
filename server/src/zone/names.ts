// Domain names in presentation format (RFC 1035 §5.1, RFC 4343 for case): resolving relative
// names against the origin, wire-length limits (RFC 1035 §2.3.4: label <= 63, name <= 255
// octets) and case-insensitive comparison keys.
import { decodeText, ellipsize } from './text-value';

const NON_ASCII = /[^\x00-\x7f]/;

export const MAX_LABEL_OCTETS = 63;
export const MAX_NAME_OCTETS = 255;

/** Splits at unescaped dots. `a\.b.c.` -> labels [`a\.b`, `c`], absolute. */
export function splitLabels(name: string): { labels: string[]; absolute: boolean } {
  if (name === '.') return { labels: [], absolute: true };
  const labels: string[] = [];
  let current = '';
  let absolute = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\' && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === '.') {
      labels.push(current);
      current = '';
      if (i === name.length - 1) absolute = true;
    } else {
      current += ch;
    }
  }
  if (!absolute) labels.push(current);
  return { labels, absolute };
}

/** True when the name ends with an unescaped dot. */
export function isAbsolute(name: string): boolean {
  // Called for every name read: look at the end only. The final dot counts unless an odd
  // number of backslashes escapes it.
  if (name.charCodeAt(name.length - 1) !== 46) return false;
  let backslashes = 0;
  for (let i = name.length - 2; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** The absolute name a written name stands for: `@` is the origin; relative names get it appended. */
export function resolveName(written: string, origin: string): { name: string; relative: boolean } {
  if (written === '@') return { name: origin, relative: true };
  if (isAbsolute(written)) return { name: written, relative: false };
  return { name: origin === '.' ? `${written}.` : `${written}.${origin}`, relative: true };
}

/** A message when the name breaks a length rule or has an empty label, else undefined. */
export function nameProblem(name: string): { code: 'zone/name-too-long' | 'zone/invalid-rdata'; message: string } | undefined {
  // Hot path: a short ASCII name without escapes or empty labels is fine.
  if (name.length > 0 && name.length <= 64 && !name.includes('\\') && !name.includes('..') && !NON_ASCII.test(name) && (name === '.' || name[0] !== '.')) return undefined;
  const { labels } = splitLabels(name);
  let wire = 1;
  for (const label of labels) {
    if (label === '') return { code: 'zone/invalid-rdata', message: `Empty label in name '${name}'.` };
    const octets = decodeText(label).octets;
    if (octets > MAX_LABEL_OCTETS) {
      return { code: 'zone/name-too-long', message: `Label '${ellipsize(label, 20)}' is ${octets} octets long; a label may have at most ${MAX_LABEL_OCTETS} (RFC 1035 §2.3.4).` };
    }
    wire += octets + 1;
  }
  if (wire > MAX_NAME_OCTETS) {
    return { code: 'zone/name-too-long', message: `Name is ${wire} octets long in wire format; a name may have at most ${MAX_NAME_OCTETS} (RFC 1035 §2.3.4).` };
  }
  return undefined;
}

/** Comparison key: decoded labels, ASCII letters lower-cased, re-escaped canonically. */
export function nameKey(name: string): string {
  // Hot path (called for every record by several rules): without escapes, lower-casing is all.
  if (!name.includes('\\')) return name.toLowerCase();
  const { labels, absolute } = splitLabels(name);
  if (labels.length === 0) return '.';
  const key = labels.map(canonicalLabel).join('.');
  return absolute ? `${key}.` : key;
}

function canonicalLabel(label: string): string {
  if (!label.includes('\\')) return label.toLowerCase();
  let out = '';
  for (const ch of decodeText(label).value) {
    const code = ch.charCodeAt(0);
    if (ch === '.' || ch === '\\') out += '\\' + ch;
    else if (code <= 32 || code >= 127) out += '\\' + String(code).padStart(3, '0');
    else out += ch.toLowerCase();
  }
  return out;
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** True when `name` equals `parent` or lies below it. Both absolute. */
export function isAtOrBelow(name: string, parent: string): boolean {
  const n = nameKey(name);
  const p = nameKey(parent);
  if (p === '.') return true;
  return n === p || n.endsWith('.' + p);
}

/** The shortest way to write `name` in a file whose origin is `origin`: `@`, relative, or absolute. */
export function relativeTo(name: string, origin: string): string {
  if (sameName(name, origin)) return '@';
  if (origin !== '.' && isAtOrBelow(name, origin)) {
    const keep = splitLabels(name).labels.length - splitLabels(origin).labels.length;
    return splitLabels(name).labels.slice(0, keep).join('.');
  }
  return name;
}

/** Makes `example.com` absolute (`example.com.`); leaves `.` and absolute names alone. */
export function ensureAbsolute(name: string): string {
  return isAbsolute(name) ? name : `${name}.`;
}
