// Completion in a zone file, from what the current line holds before the cursor:
// - at the start of a line: the directives ($ORIGIN, $TTL, $INCLUDE, $GENERATE) and owner names
//   (the zone's own, and Postmark's pm-bounces and _dmarc);
// - where the type goes (after the owner, TTL and class): the record types, and the class IN;
// - in a field that holds a domain name (a CNAME, NS, PTR or DNAME target, an MX exchange, an
//   SRV target): the zone's names, written relative to the origin in effect when they can be,
//   and Postmark's targets (pm.mtasv.net. for a CNAME, inbound.postmarkapp.com. for an MX).
// Lines continued inside parentheses get nothing: their fields are not on the line (counted
// from the text, so a record being typed, which has not parsed yet, counts too).
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { Zone } from '../zone/model';
import { Lexer } from '../zone/lexer';
import { nameKey } from '../zone/names';
import { originAt } from '../zone/origin-at';
import { parseTtl } from '../zone/ttl';
import { INBOUND_MX_TARGET, RETURN_PATH_TARGET } from '../mail/postmark';
import type { FileLocator } from './file-locator';
import { RECORD_CLASSES, RECORD_TYPES } from './record-types';

/** More names than this are cut, and the list marked incomplete (the client asks again as you type). */
export const MAX_NAME_ITEMS = 200;

const DIRECTIVES: ReadonlyArray<[string, string]> = [
  ['$ORIGIN', 'the origin for relative names from here on'],
  ['$TTL', 'the TTL of records written without one'],
  ['$INCLUDE', 'reads another file here'],
  ['$GENERATE', 'makes records from a range and a template'],
];

/** Types offered first, in this order; the others follow alphabetically. */
const COMMON_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS', 'SRV', 'CAA', 'PTR', 'SOA'];

/** Which rdata field (0-based) holds a domain name, by type. */
const NAME_FIELD: Readonly<Record<string, number>> = { CNAME: 0, NS: 0, PTR: 0, DNAME: 0, MX: 1, SRV: 3 };

interface LineContext {
  /** The word being typed: [start, cursor). */
  start: number;
  prefix: string;
  /** The complete words before it on the line (the owner first unless the line starts with a blank). */
  words: string[];
  startsWithBlank: boolean;
}

export function completionsAt(zone: Zone, locator: FileLocator, text: string, offset: number): CompletionList {
  const empty: CompletionList = { isIncomplete: false, items: [] };
  const line = lineContext(zone, locator.mainFile, text, offset);
  if (!line) return empty;
  const origin = originAt(zone, locator.mainFile, offset);
  const range = locator.range(locator.mainFile, line.start, offset);
  const item = (label: string, kind: CompletionItemKind, detail: string, sortText?: string): CompletionItem => ({
    label,
    kind,
    detail,
    textEdit: { range, newText: label },
    ...(sortText ? { sortText } : {}),
  });

  if (line.words.length === 0 && !line.startsWithBlank) {
    const items = DIRECTIVES.map(([name, detail]) => item(name, CompletionItemKind.Keyword, detail, `0${name}`));
    if (line.prefix.startsWith('$')) return { isIncomplete: false, items };
    const postmark = [item('pm-bounces', CompletionItemKind.Value, "Postmark's Return-Path host (a CNAME to pm.mtasv.net.)", '1'), item('_dmarc', CompletionItemKind.Value, 'where the DMARC policy goes (a TXT record)', '1')];
    const names = nameItems(zone, origin, line.prefix, (label) => item(label, CompletionItemKind.Reference, 'a name in this zone', `2${label}`));
    return { isIncomplete: names.cut, items: [...items, ...postmark, ...names.items] };
  }
  if (line.words[0]?.startsWith('$') && !line.startsWithBlank) return empty;

  const fields = line.startsWithBlank ? line.words : line.words.slice(1);
  let typeAt = -1;
  let hasClass = false;
  for (let i = 0; i < fields.length && i < 3; i++) {
    const upper = fields[i].toUpperCase();
    if (upper in RECORD_CLASSES || /^CLASS\d+$/.test(upper)) hasClass = true;
    else if (/^\d/.test(fields[i]) && parseTtl(fields[i]) !== undefined) continue;
    else {
      typeAt = i;
      break;
    }
  }
  if (typeAt < 0) {
    if (fields.length >= 3) return empty;
    const types = typeOrder().map(([type, info], index) => item(type, CompletionItemKind.Keyword, `${info.name} (${info.rfc})`, `1${String(index).padStart(3, '0')}`));
    return { isIncomplete: false, items: hasClass ? types : [item('IN', CompletionItemKind.Keyword, 'the Internet class', '0'), ...types] };
  }

  const type = fields[typeAt].toUpperCase();
  const field = fields.length - typeAt - 1;
  if (NAME_FIELD[type] !== field) return empty;
  const items: CompletionItem[] = [];
  if (type === 'CNAME') items.push(item(RETURN_PATH_TARGET, CompletionItemKind.Value, "Postmark's Return-Path target (at pm-bounces)", '0'));
  if (type === 'MX') items.push(item(INBOUND_MX_TARGET, CompletionItemKind.Value, "Postmark's inbound mail server", '0'));
  const names = nameItems(zone, origin, line.prefix, (label) => item(label, CompletionItemKind.Reference, 'a name in this zone', `1${label}`));
  return { isIncomplete: names.cut, items: [...items, ...names.items] };
}

/** The word being typed and the words before it on the cursor's line; undefined in a comment, a string or parentheses. */
function lineContext(zone: Zone, file: string, text: string, offset: number): LineContext | undefined {
  const lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  // A line inside a record's parentheses: its fields are not on the line.
  if (continuesParentheses(zone, file, text, lineStart)) return undefined;
  const lexer = new Lexer(text);
  lexer.end = lineStart;
  const words: string[] = [];
  let start = offset;
  while (lexer.next() && lexer.start < offset) {
    const kind = lexer.kind;
    if (kind === 'comment' || kind === 'quoted' || kind === 'open' || kind === 'close') return undefined;
    if (kind !== 'word') continue;
    if (lexer.end >= offset) {
      start = lexer.start;
      break;
    }
    words.push(text.slice(lexer.start, lexer.end));
  }
  const first = text.charCodeAt(lineStart);
  return { start, prefix: text.slice(start, offset), words, startsWithBlank: first === 32 || first === 9 };
}

/**
 * True when a parenthesis opened on an earlier line is still open at `lineStart`: counted from the
 * end of the last record or directive read before the line (a record being typed, or one that
 * did not parse, is not among them, so its text is counted).
 */
function continuesParentheses(zone: Zone, file: string, text: string, lineStart: number): boolean {
  let from = 0;
  const before = (item: { file: string; start: number; end: number }) => item.file === file && item.start < lineStart;
  for (const record of zone.records) {
    if (record.generatedBy || !before(record)) continue;
    if (record.end > lineStart) return true;
    from = Math.max(from, record.end);
  }
  for (const directive of zone.directives) if (before(directive)) from = Math.max(from, directive.end);
  const lexer = new Lexer(text);
  lexer.end = from;
  let depth = 0;
  while (lexer.next() && lexer.start < lineStart) {
    if (lexer.kind === 'open') depth++;
    else if (lexer.kind === 'close' && depth > 0) depth--;
  }
  return depth > 0;
}


function typeOrder(): Array<[string, (typeof RECORD_TYPES)[string]]> {
  const common = COMMON_TYPES.filter((type) => type in RECORD_TYPES).map((type): [string, (typeof RECORD_TYPES)[string]] => [type, RECORD_TYPES[type]]);
  const rest = Object.entries(RECORD_TYPES)
    .filter(([type]) => !COMMON_TYPES.includes(type))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return [...common, ...rest];
}

/**
 * The zone's names (lower-case, as the owner index keeps them) starting with the prefix, relative
 * to `origin` when below it; at most MAX_NAME_ITEMS. String tests only: a big zone has 100k names.
 */
function nameItems(zone: Zone, origin: string, prefix: string, make: (label: string) => CompletionItem): { items: CompletionItem[]; cut: boolean } {
  const wanted = prefix.toLowerCase();
  const originKey = nameKey(origin);
  const suffix = originKey === '.' ? '.' : `.${originKey}`;
  const labels = new Set<string>();
  let cut = false;
  for (const key of zone.byOwner.keys()) {
    if (key === originKey) continue;
    const label = key.endsWith(suffix) ? key.slice(0, key.length - suffix.length) : key;
    if (!label.startsWith(wanted)) continue;
    if (labels.size >= MAX_NAME_ITEMS) {
      cut = true;
      break;
    }
    labels.add(label);
  }
  return { items: [...labels].sort().map(make), cut };
}
