// The "tag=value" list shared by DKIM key records and DMARC records (RFC 6376 §3.2): splits the
// text at `;`, checks tag names and values, reports duplicates, and keeps offsets into the text
// for every tag, value and separator so rules can point at them and edit them.
import type { Span } from '../zone/model';
import { ellipsize } from '../zone/text-value';

export interface TagSpec extends Span {
  /** As written (case kept). `start`/`end` run from the name's first character to the value's last. */
  name: string;
  /** As written, without the whitespace around it. */
  value: string;
  nameSpan: Span;
  /** Empty (start === end, just after `=`) when the value is empty. */
  valueSpan: Span;
  /** From just after the previous `;` (or the text start) to just before this spec's `;` (or the text end). */
  segment: Span;
  /** Offset of the `;` that ends this spec; undefined for a last spec without one. */
  separator?: number;
}

export type TagListProblemKind = 'missing-equals' | 'bad-name' | 'bad-value' | 'empty-spec' | 'duplicate';

export interface TagListProblem extends Span {
  kind: TagListProblemKind;
  message: string;
  /** The tag concerned, when there is one. */
  tag?: string;
}

export interface TagList {
  tags: TagSpec[];
  problems: TagListProblem[];
}

export interface TagListOptions {
  /** DMARC's ABNF spells tag names as case-insensitive strings; DKIM's tags are case-sensitive. */
  caseInsensitiveNames?: boolean;
}

const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** FWS in a DNS text value: blanks, and CR/LF when written as escapes. */
export function isTagListSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';
}

/** VALCHAR (RFC 6376 §3.2): %x21-3A / %x3C-7E, i.e. printable ASCII except `;`. */
function isValueChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0x21 && code <= 0x7e && code !== 0x3b;
}

export function parseTagList(text: string, options: TagListOptions = {}): TagList {
  const tags: TagSpec[] = [];
  const problems: TagListProblem[] = [];
  const seen = new Map<string, TagSpec>();
  let segmentStart = 0;

  while (segmentStart <= text.length) {
    const semicolon = text.indexOf(';', segmentStart);
    const segmentEnd = semicolon === -1 ? text.length : semicolon;
    const separator = semicolon === -1 ? undefined : semicolon;
    const [contentStart, contentEnd] = trimmed(text, segmentStart, segmentEnd);

    if (contentStart === contentEnd) {
      // Only a trailing `;` (or an empty text) may leave an empty segment.
      if (separator !== undefined) {
        problems.push({
          kind: 'empty-spec',
          start: separator,
          end: separator + 1,
          message: 'Empty tag between two ";" separators; only one trailing ";" is allowed (RFC 6376 §3.2).',
        });
      }
    } else {
      const spec = parseSpec(text, contentStart, contentEnd, { start: segmentStart, end: segmentEnd }, separator, problems);
      if (spec) {
        const key = options.caseInsensitiveNames ? spec.name.toLowerCase() : spec.name;
        if (seen.has(key)) {
          problems.push({
            kind: 'duplicate',
            start: spec.nameSpan.start,
            end: spec.nameSpan.end,
            tag: spec.name,
            message: `Tag "${spec.name}" appears more than once; a duplicate tag makes the whole tag list invalid (RFC 6376 §3.2).`,
          });
        } else {
          seen.set(key, spec);
        }
        tags.push(spec);
      }
    }
    if (semicolon === -1) break;
    segmentStart = semicolon + 1;
  }
  return { tags, problems };
}

function parseSpec(
  text: string,
  start: number,
  end: number,
  segment: Span,
  separator: number | undefined,
  problems: TagListProblem[],
): TagSpec | undefined {
  const equals = text.indexOf('=', start);
  if (equals === -1 || equals >= end) {
    problems.push({
      kind: 'missing-equals',
      start,
      end,
      message: `"${ellipsize(text.slice(start, end), 40)}" is not a tag=value pair (RFC 6376 §3.2).`,
    });
    return undefined;
  }
  const [nameStart, nameEnd] = trimmed(text, start, equals);
  const name = text.slice(nameStart, nameEnd);
  if (!TAG_NAME.test(name)) {
    problems.push({
      kind: 'bad-name',
      start: nameStart,
      end: Math.max(nameEnd, equals + 1),
      tag: name,
      message:
        name === ''
          ? 'A tag name is missing before "=" (RFC 6376 §3.2).'
          : `"${ellipsize(name, 40)}" is not a valid tag name: a letter followed by letters, digits or "_" (RFC 6376 §3.2).`,
    });
    return undefined;
  }
  const [valueStart, valueEnd] = equals + 1 >= end ? [end, end] : trimmed(text, equals + 1, end);
  for (let i = valueStart; i < valueEnd; i++) {
    const ch = text[i];
    if (!isTagListSpace(ch) && !isValueChar(ch)) {
      problems.push({
        kind: 'bad-value',
        start: i,
        end: i + 1,
        tag: name,
        message: `The value of "${name}" contains ${describeChar(ch)}, which a tag value may not contain (RFC 6376 §3.2: printable ASCII only).`,
      });
      break;
    }
  }
  return {
    name,
    value: text.slice(valueStart, valueEnd),
    start: nameStart,
    end: valueEnd > valueStart ? valueEnd : equals + 1,
    nameSpan: { start: nameStart, end: nameEnd },
    valueSpan: { start: valueStart, end: valueEnd },
    segment,
    separator,
  };
}

/** The first tag with this name (exact, or ignoring case when asked). */
export function findTag(list: TagList | TagSpec[], name: string, ignoreCase = false): TagSpec | undefined {
  const tags = Array.isArray(list) ? list : list.tags;
  return tags.find((t) => (ignoreCase ? t.name.toLowerCase() === name.toLowerCase() : t.name === name));
}

/**
 * Text ranges that remove the given specs and their separators, leaving every other character
 * as it was: a run of removed specs goes with its own `;` when a spec follows, else with the
 * `;` before it (so `a=1; b=2` minus b is `a=1`, and `a=1; b=2;` minus b is `a=1;`).
 */
export function removalRanges(text: string, tags: TagSpec[], remove: Set<TagSpec>): Span[] {
  const ranges: Span[] = [];
  let i = 0;
  while (i < tags.length) {
    if (!remove.has(tags[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tags.length && remove.has(tags[j + 1])) j++;
    const first = tags[i];
    const last = tags[j];
    if (j + 1 < tags.length) {
      ranges.push({ start: first.segment.start, end: tags[j + 1].segment.start });
    } else if (last.separator !== undefined) {
      ranges.push({ start: first.segment.start, end: last.separator + 1 });
    } else if (first.segment.start > 0) {
      ranges.push({ start: first.segment.start - 1, end: last.end });
    } else {
      ranges.push({ start: 0, end: text.length });
    }
    i = j + 1;
  }
  return ranges;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && isTagListSpace(text[start])) start++;
  while (end > start && isTagListSpace(text[end - 1])) end--;
  return [start, end];
}

function describeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `a control character (code ${code})` : `"${ch}"`;
}
