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
  if (!name.includes('\\')) {
    // No escapes: every dot separates, and a final one only makes the name absolute.
    const pieces = name.split('.');
    const absolute = pieces.length > 1 && pieces[pieces.length - 1] === '';
    if (absolute) pieces.pop();
    return { labels: pieces, absolute };
  }
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
  // Called for every name read: look at the end only.
  return endsLabelAt(name, name.length - 1);
}

/** The absolute name a written name stands for: `@` is the origin; relative names get it appended. */
export function resolveName(written: string, origin: string): { name: string; relative: boolean } {
  if (written === '@') return { name: origin, relative: true };
  if (isAbsolute(written)) return { name: written, relative: false };
  return { name: appendOrigin(written, origin), relative: true };
}

/**
 * `written.origin`, flattened now: a name is hashed and compared many times, and V8 leaves a
 * concatenation as a pair of strings that the first such use must copy into one.
 */
function appendOrigin(written: string, origin: string): string {
  const name = origin === '.' ? `${written}.` : `${written}.${origin}`;
  name.charCodeAt(0); // reading a character flattens the concatenation
  return name;
}

/**
 * A fast check for the usual name: true when the name `written` stands for against `origin`
 * (see resolveName) surely has no nameProblem, because both parts are short plain ASCII without
 * escapes or empty labels. False says nothing: then ask nameProblem.
 */
export function isPlainName(written: string, origin: string): boolean {
  if (written === '@') return isPlainOrigin(origin);
  const length = written.length;
  if (length === 0 || length > 64) return false;
  let previous = 46; // a leading dot is an empty label
  for (let i = 0; i < length; i++) {
    const code = written.charCodeAt(i);
    if (code === 92 || code > 127 || (code === 46 && previous === 46)) return false;
    previous = code;
  }
  if (previous === 46) return length > 1 && length <= 64; // absolute: the name is `written`
  return origin === '.' ? length < 64 : length + 1 + origin.length <= 64 && isPlainOrigin(origin);
}

let plainOrigin = '';
let plainOriginResult = false;

/** Whether an origin passes nameProblem's fast path (cached: the origin rarely changes). */
function isPlainOrigin(origin: string): boolean {
  if (origin !== plainOrigin) {
    plainOrigin = origin;
    plainOriginResult = origin === '.' || (origin.length > 1 && origin.length <= 64 && !origin.includes('\\') && !origin.includes('..') && !NON_ASCII.test(origin) && origin[0] !== '.' && isAbsolute(origin));
  }
  return plainOriginResult;
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
  return canonicalName(name, true);
}

/**
 * The name with its escapes written canonically but its case kept: two names with the same
 * octets compare equal, `Mail` and `mail` do not. BIND's loader compares owners this way
 * (dns_name_caseequal) to tell where a run of records at one name ends.
 */
export function exactName(name: string): string {
  return name.includes('\\') ? canonicalName(name, false) : name;
}

function canonicalName(name: string, lowerCase: boolean): string {
  const { labels, absolute } = splitLabels(name);
  if (labels.length === 0) return '.';
  const key = labels.map((label) => canonicalLabel(label, lowerCase)).join('.');
  return absolute ? `${key}.` : key;
}

function canonicalLabel(label: string, lowerCase: boolean): string {
  if (!label.includes('\\')) return lowerCase ? label.toLowerCase() : label;
  let out = '';
  for (const ch of decodeText(label).value) {
    const code = ch.charCodeAt(0);
    if (ch === '.' || ch === '\\') out += '\\' + ch;
    else if (code <= 32 || code >= 127) out += '\\' + String(code).padStart(3, '0');
    else out += lowerCase ? ch.toLowerCase() : ch;
  }
  return out;
}

export function sameName(a: string, b: string): boolean {
  return a === b || nameKey(a) === nameKey(b);
}

/** True when `name` equals `parent` or lies below it. Both absolute. */
export function isAtOrBelow(name: string, parent: string): boolean {
  // Rules ask this of every record against the origin, usually spelled the same way: then the
  // name's own text decides, without making its key.
  if (name === parent || (name.endsWith(parent) && endsLabelAt(name, name.length - parent.length - 1))) return true;
  const n = nameKey(name);
  const p = parentKey(parent);
  if (p === '.') return true;
  // n ends with '.' + p, without building that string on every call
  return n === p || (n.endsWith(p) && endsLabelAt(n, n.length - p.length - 1));
}

/**
 * True when the character at `dot` is a dot that ends a label: not an escaped `\.` inside one
 * (`a\.example.com.` is below com., not below example.com.), as an odd number of backslashes
 * before it would make it.
 */
function endsLabelAt(name: string, dot: number): boolean {
  if (dot < 0 || name.charCodeAt(dot) !== 46) return false;
  let backslashes = 0;
  for (let i = dot - 1; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

let lastParent = '';
let lastParentKey = '';

/** nameKey of a parent name: rules ask about the same parent (the origin) record after record. */
function parentKey(parent: string): string {
  if (parent !== lastParent) {
    lastParentKey = nameKey(parent);
    lastParent = parent;
  }
  return lastParentKey;
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
