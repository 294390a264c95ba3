// TXT character-strings written by fixes: a value split into strings of at most 255 octets
// (RFC 1035 §3.3; split before escaping, so never inside an escape), written quoted, and the
// edits that replace a record's strings with a new value while keeping its layout.
import type { Field } from '../../zone/model';
import type { TextEdit } from '../rule';
import { utf8Length } from '../../zone/text-value';
import { MAX_STRING_OCTETS } from '../../zone/rdata/fields';

export { MAX_STRING_OCTETS };

/**
 * The value cut into pieces of at most `max` octets each (whole characters); `['']` for ''.
 * With `breakBefore`, a piece ends before the last such character that fits (so SPF terms stay
 * whole when they can), else at the limit.
 */
export function splitTxtValue(value: string, max = MAX_STRING_OCTETS, breakBefore?: string): string[] {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  let breakAt = -1; // where the last `breakBefore` in `current` (not its first character) starts
  let octetsBeforeBreak = 0;
  for (const ch of value) {
    const size = utf8Length(ch);
    while (octets + size > max && current !== '') {
      const whole = ch === breakBefore || breakAt <= 0;
      chunks.push(whole ? current : current.slice(0, breakAt));
      current = whole ? '' : current.slice(breakAt);
      octets = whole ? 0 : octets - octetsBeforeBreak;
      breakAt = -1;
    }
    if (ch === breakBefore && current !== '') {
      breakAt = current.length;
      octetsBeforeBreak = octets;
    }
    current += ch;
    octets += size;
  }
  chunks.push(current);
  return chunks;
}

/** One character-string in quotes: `"` and `\` escaped, control characters as `\DDD`. */
export function quoteCharacterString(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (code < 0x20 || code === 0x7f) out += '\\' + String(code).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

/** TXT rdata for a value: its quoted strings separated by one blank (see splitTxtValue). */
export function txtRdata(value: string, breakBefore?: string): string {
  return splitTxtValue(value, MAX_STRING_OCTETS, breakBefore).map(quoteCharacterString).join(' ');
}

/** Words that can stay unquoted: nothing a zone file would read as a separator or special. */
const BARE_WORD = /^[A-Za-z0-9+/=_.:,!-]+$/;

/**
 * Edits turning a TXT record's strings (`fields`, in file order) into `value`: each string is
 * rewritten in place (unquoted ones stay unquoted when the new text allows it), extra pieces
 * follow the last string with the record's own separator, and surplus strings are removed.
 * Undefined when the strings are not where the file text says they are.
 */
export function replaceTxtStringsEdits(file: string, fileText: string, fields: readonly Field[], value: string): TextEdit[] | undefined {
  if (fields.length === 0) return undefined;
  for (const field of fields) {
    const written = fileText.slice(field.start, field.end);
    if (written !== (field.quoted ? `"${field.raw}"` : field.raw)) return undefined;
  }
  const chunks = splitTxtValue(value);
  const edits: TextEdit[] = [];
  const shared = Math.min(chunks.length, fields.length);
  for (let i = 0; i < shared; i++) {
    const field = fields[i];
    const newText = field.quoted || !BARE_WORD.test(chunks[i]) ? quoteCharacterString(chunks[i]) : chunks[i];
    if (newText !== fileText.slice(field.start, field.end)) edits.push({ file, start: field.start, end: field.end, newText });
  }
  const last = fields[fields.length - 1];
  if (chunks.length > fields.length) {
    const separator = fields.length >= 2 ? gapBetween(fileText, fields[fields.length - 2], last) : ' ';
    const extra = chunks.slice(fields.length).map((chunk) => separator + quoteCharacterString(chunk)).join('');
    edits.push({ file, start: last.end, end: last.end, newText: extra });
  } else if (chunks.length < fields.length) {
    edits.push(...removalEdits(file, fileText, fields, chunks.length));
  }
  return edits;
}

/** The blanks (and line break with indentation, inside parentheses) between two strings, else one blank. */
function gapBetween(text: string, a: Field, b: Field): string {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) && gap !== '' ? gap : ' ';
}

/** Removes fields[keep..] and the blanks between them, leaving comments in place. */
function removalEdits(file: string, text: string, fields: readonly Field[], keep: number): TextEdit[] {
  const from = fields[keep - 1].end;
  const to = fields[fields.length - 1].end;
  let rest = text.slice(from, to);
  for (let i = fields.length - 1; i >= keep; i--) {
    const field = fields[i];
    rest = rest.slice(0, field.start - from) + rest.slice(field.end - from);
  }
  if (/^\s*$/.test(rest)) return [{ file, start: from, end: to, newText: '' }];
  // A comment sits between them: take each string with the blanks before it on its line.
  return fields.slice(keep).map((field) => {
    const blanks = /[ \t]*$/.exec(text.slice(0, field.start))![0].length;
    return { file, start: field.start - blanks, end: field.end, newText: '' };
  });
}

/**
 * A character-string as written (escapes kept, no quotes) cut into pieces of at most `max`
 * octets: an escape (`\X`, `\DDD`) and a multi-byte character are never cut apart.
 */
export function splitWrittenString(raw: string, max = MAX_STRING_OCTETS): string[] {
  const chunks: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < raw.length; ) {
    let end: number;
    let size: number;
    if (raw[i] === '\\' && /^\d{3}$/.test(raw.slice(i + 1, i + 4))) {
      end = i + 4;
      size = 1;
    } else {
      const at = raw[i] === '\\' && i + 1 < raw.length ? i + 1 : i;
      const ch = String.fromCodePoint(raw.codePointAt(at)!);
      end = at + ch.length;
      size = utf8Length(ch);
    }
    if (octets + size > max && i > start) {
      chunks.push(raw.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i = end;
  }
  chunks.push(raw.slice(start));
  return chunks;
}
