// DMARC policy records (RFC 7489 §6.3-6.4 and RFC 9989, which removed pct/rf/ri and added
// np/psd/t): parses the tag list and checks each known tag's value, with offsets into the text.
import type { Span } from '../zone/model';
import { findTag, parseTagList, type TagListProblemKind, type TagSpec } from './tag-list';

export type DmarcProblemKind =
  | TagListProblemKind
  | 'missing-version'
  | 'version-not-first'
  | 'bad-version'
  | 'missing-p'
  | 'bad-policy'
  | 'bad-alignment'
  | 'bad-fo'
  | 'bad-pct'
  | 'bad-ri'
  | 'bad-rf'
  | 'bad-uri'
  | 'bad-yes-no'
  | 'unknown-tag';

export interface DmarcProblem extends Span {
  kind: DmarcProblemKind;
  /** `hint` only for unknown tags, which receivers ignore. */
  severity: 'error' | 'hint';
  message: string;
  /** The tag concerned, when there is one. */
  tag?: string;
}

export interface DmarcUri extends Span {
  /** The URI without its `!size` suffix. */
  uri: string;
  /** The `!size` suffix as written (e.g. `!10m`), if any. */
  size?: string;
}

export interface DmarcRecord {
  tags: TagSpec[];
  problems: DmarcProblem[];
  /** True when the first tag is exactly `v=DMARC1`: receivers only consider such records. */
  startsWithVersion: boolean;
  /** The `v` tag wherever it is. */
  version?: TagSpec;
  /** Tags RFC 9989 removed (pct, rf, ri) that the record still carries. */
  removedTags: TagSpec[];
  rua: DmarcUri[];
  ruf: DmarcUri[];
}

export const DMARC_VERSION = 'DMARC1';
export const REMOVED_DMARC_TAGS = ['pct', 'rf', 'ri'] as const;
const KNOWN_TAGS = new Set(['v', 'p', 'sp', 'np', 'adkim', 'aspf', 'fo', 'rua', 'ruf', 'psd', 't', 'pct', 'rf', 'ri']);
const POLICIES = ['none', 'quarantine', 'reject'];

/** Tag names are matched ignoring case (ABNF strings); values likewise, except the exact `DMARC1`. */
export function parseDmarcRecord(text: string): DmarcRecord {
  const list = parseTagList(text, { caseInsensitiveNames: true });
  const tags = list.tags;
  const problems: DmarcProblem[] = list.problems.map((p) => ({ ...p, severity: 'error' as const }));
  const add = (kind: DmarcProblemKind, span: Span, message: string, tag?: string, severity: 'error' | 'hint' = 'error') =>
    problems.push({ kind, start: span.start, end: span.end, message, tag, severity });
  const tag = (name: string) => findTag(tags, name, true);
  const valueSpan = (t: TagSpec): Span => (t.valueSpan.start === t.valueSpan.end ? t : t.valueSpan);

  const version = tag('v');
  if (!version) {
    add('missing-version', { start: 0, end: text.length }, 'A DMARC record must start with "v=DMARC1"; receivers ignore this one (RFC 7489 §6.3).');
  } else {
    if (tags[0] !== version) add('version-not-first', version, '"v=DMARC1" must be the first tag; receivers ignore a record that does not start with it (RFC 7489 §6.3).', 'v');
    if (version.value !== DMARC_VERSION) add('bad-version', valueSpan(version), `The version must be exactly "DMARC1" (upper case), not "${version.value}"; receivers ignore this record (RFC 7489 §6.3).`, 'v');
  }

  const policy = tag('p');
  if (!policy) add('missing-p', { start: 0, end: text.length }, 'The "p=" tag (the policy: none, quarantine or reject) is required (RFC 7489 §6.3).');
  for (const name of ['p', 'sp', 'np']) {
    const t = tag(name);
    if (t && !POLICIES.includes(t.value.toLowerCase())) {
      add('bad-policy', valueSpan(t), `"${t.name}=" must be none, quarantine or reject, not "${t.value}" (RFC 7489 §6.3, RFC 9989).`, name);
    }
  }
  for (const name of ['adkim', 'aspf']) {
    const t = tag(name);
    if (t && !['r', 's'].includes(t.value.toLowerCase())) {
      add('bad-alignment', valueSpan(t), `"${t.name}=" must be "r" (relaxed) or "s" (strict), not "${t.value}" (RFC 7489 §6.3).`, name);
    }
  }
  for (const [name, allowed] of [['psd', ['y', 'n', 'u']], ['t', ['y', 'n']]] as const) {
    const t = tag(name);
    if (t && !(allowed as readonly string[]).includes(t.value.toLowerCase())) {
      add('bad-yes-no', valueSpan(t), `"${t.name}=" must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not "${t.value}" (RFC 9989).`, name);
    }
  }

  const fo = tag('fo');
  if (fo && !fo.value.split(':').every((option) => /^[01ds]$/i.test(option.trim()))) {
    add('bad-fo', valueSpan(fo), `"fo=" must be a colon-separated list of 0, 1, d and s, not "${fo.value}" (RFC 7489 §6.3).`, 'fo');
  }
  const pct = tag('pct');
  if (pct && !(/^\d{1,3}$/.test(pct.value) && Number(pct.value) <= 100)) {
    add('bad-pct', valueSpan(pct), `"pct=" must be a whole number from 0 to 100, not "${pct.value}" (RFC 7489 §6.3).`, 'pct');
  }
  const ri = tag('ri');
  if (ri && !/^\d+$/.test(ri.value)) add('bad-ri', valueSpan(ri), `"ri=" must be a number of seconds, not "${ri.value}" (RFC 7489 §6.3).`, 'ri');
  const rf = tag('rf');
  if (rf && !rf.value.split(':').every((format) => /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(format.trim()))) {
    add('bad-rf', valueSpan(rf), `"rf=" must be a colon-separated list of report formats such as "afrf", not "${rf.value}" (RFC 7489 §6.3).`, 'rf');
  }

  const rua = parseUriList(tag('rua'), add);
  const ruf = parseUriList(tag('ruf'), add);

  for (const t of tags) {
    if (!KNOWN_TAGS.has(t.name.toLowerCase())) {
      add('unknown-tag', t.nameSpan, `Unknown DMARC tag "${t.name}": receivers ignore it (RFC 9989). A typo?`, t.name, 'hint');
    }
  }

  return {
    tags,
    problems,
    startsWithVersion: tags.length > 0 && tags[0] === version && version.value === DMARC_VERSION && tags[0].segment.start === 0,
    version,
    removedTags: tags.filter((t) => (REMOVED_DMARC_TAGS as readonly string[]).includes(t.name.toLowerCase())),
    rua,
    ruf,
  };
}

type Add = (kind: DmarcProblemKind, span: Span, message: string, tag?: string) => void;

/** rua/ruf: comma-separated `mailto:` URIs, each with an optional `!size` (RFC 7489 §6.4). */
function parseUriList(tag: TagSpec | undefined, add: Add): DmarcUri[] {
  if (!tag) return [];
  const uris: DmarcUri[] = [];
  let offset = tag.valueSpan.start;
  const name = tag.name;
  if (tag.value === '') {
    add('bad-uri', tag, `"${name}=" is empty; give one or more mailto: addresses (RFC 7489 §6.3).`, name.toLowerCase());
    return uris;
  }
  for (const item of tag.value.split(',')) {
    const lead = item.length - item.trimStart().length;
    const written = item.trim();
    const span = { start: offset + lead, end: offset + lead + written.length };
    offset += item.length + 1;
    const bang = written.lastIndexOf('!');
    const uri = bang === -1 ? written : written.slice(0, bang);
    const size = bang === -1 ? undefined : written.slice(bang);
    uris.push({ ...span, uri, size });
    const problem = uriProblem(uri, size);
    // An empty entry has no text of its own: point at the comma before it.
    const at = span.start === span.end ? { start: Math.max(tag.valueSpan.start, span.start - 1), end: Math.max(tag.valueSpan.start, span.start - 1) + 1 } : span;
    if (problem) add('bad-uri', at, `"${written}" in "${name}=": ${problem}`, name.toLowerCase());
  }
  return uris;
}

function uriProblem(uri: string, size: string | undefined): string | undefined {
  if (uri === '') return 'an empty entry; separate addresses with single commas (RFC 7489 §6.4).';
  if (!/^mailto:/i.test(uri)) return 'reports are only sent to mailto: URIs (RFC 7489 §6.2, RFC 9989).';
  const address = uri.slice('mailto:'.length).split('?')[0];
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (at <= 0 || !/^[^\s@]+$/.test(local) || !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\.?$/.test(domain)) {
    return 'not a mailto: URI with an address like "mailto:dmarc@example.com" (RFC 6068).';
  }
  if (size !== undefined && !/^!\d+[kmgt]?$/i.test(size)) return `the size limit "${size}" must be digits with an optional k, m, g or t unit (RFC 7489 §6.4).`;
  return undefined;
}
