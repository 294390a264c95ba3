// Helpers shared by the spf/ rules (not a rule itself): the TXT and SPF-type records that hold
// SPF text, parsed once per zone, and the mapping of their text offsets to file spans.
import type { Field, Span, Zone, ZoneRecord } from '../../zone/model';
import { nameKey } from '../../zone/names';
import { parseSpf, type SpfParse } from '../../mail/spf';
import { stringBoundaries, textOffsetToFile, textSpanToFile } from '../../mail/txt-spans';
import { rdataSpan, recordsAt } from '../zone/record-helpers';
import { perRecordValues, perZone } from '../memo';

export interface SpfPolicy {
  record: ZoneRecord;
  type: 'TXT' | 'SPF';
  strings: Field[];
  text: string;
  parse: SpfParse;
}

/** Every TXT or SPF-type record whose text starts with `v=spf1` (any case), in file order. */
export const spfCandidates = perRecordValues((record: ZoneRecord): SpfPolicy | undefined => {
  const rdata = record.rdata;
  if (!rdata || (rdata.type !== 'TXT' && rdata.type !== 'SPF')) return undefined;
  if (rdata.text.slice(0, 6).toLowerCase() !== 'v=spf1') return undefined;
  const parse = parseSpf(rdata.text, { boundaries: stringBoundaries(rdata.strings) });
  return { record, type: rdata.type, strings: rdata.strings, text: rdata.text, parse };
}, ['TXT', 'SPF']);

/** TXT records that receivers read as SPF policies (RFC 7208 §3.1, §4.5). */
export const txtPolicies = perZone((zone: Zone): SpfPolicy[] => spfCandidates(zone).filter((policy) => policy.type === 'TXT' && policy.parse.isSpf));

export function txtPoliciesAt(zone: Zone, name: string): SpfPolicy[] {
  const key = nameKey(name);
  return recordsAt(zone, name).length === 0 ? [] : txtPolicies(zone).filter((policy) => nameKey(policy.record.owner.name) === key);
}

/**
 * Policies whose content the term rules check: every TXT policy, and an SPF-type policy only
 * where its owner has no TXT policy (then it is the text the user means to publish).
 */
export const contentPolicies = perZone((zone: Zone): SpfPolicy[] => checkedCandidates(zone).filter((policy) => policy.parse.isSpf));

/** Candidates minus SPF-type records whose name has a TXT policy (receivers never read them). */
export const checkedCandidates = perZone((zone: Zone): SpfPolicy[] => {
  const candidates = spfCandidates(zone);
  if (!candidates.some((policy) => policy.type === 'SPF')) return candidates; // the usual case
  const txtOwners = new Set(txtPolicies(zone).map((policy) => nameKey(policy.record.owner.name)));
  return candidates.filter((policy) => policy.type === 'TXT' || !txtOwners.has(nameKey(policy.record.owner.name)));
});

/** File span of the text span [start, end) of a policy; at least one character wide when possible. */
export function fileSpan(policy: SpfPolicy, start: number, end: number): Span {
  if (end <= start) end = Math.min(start + 1, policy.text.length);
  if (end <= start) return rdataSpan(policy.record);
  return textSpanToFile(policy.strings, start, end);
}

/**
 * The file span of [start, end) when it lies inside one quoted or unquoted string, so an edit
 * there cannot touch quotes or the space between strings.
 */
export function spanInOneString(policy: SpfPolicy, start: number, end: number): Span | undefined {
  let base = 0;
  for (const field of policy.strings) {
    const length = field.value.length;
    if (start >= base && end <= base + length && (start < base + length || length === 0 || end === start)) {
      return { start: textOffsetToFile(policy.strings, start), end: textSpanToFile(policy.strings, start, end).end };
    }
    base += length;
  }
  return undefined;
}

/** The term or text as written in the record text. */
export function textOf(policy: SpfPolicy, span: Span): string {
  return policy.text.slice(span.start, span.end);
}
