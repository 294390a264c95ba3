// Helpers shared by the zone/ rules (not a rule itself): where to point a finding at a record,
// how to build findings, and lookups of records by name and type.
import type { NameRef, Span, Zone, ZoneRecord } from '../../zone/model';
import { isAtOrBelow, nameKey } from '../../zone/names';
import { firstStartingAtOrAfter } from '../../zone/record-search';
import { replaceRange } from '../../zone/replace-range';
import type { Finding, Fix, RelatedLocation, Rule, Severity } from '../rule';
import { perRecordList, perRecordValues, perZone, type Derived } from '../memo';

/** The written owner name, or the type when the owner was inherited (its span is empty). */
export function ownerAnchor(record: ZoneRecord): Span {
  const { owner } = record;
  return record.ownerWritten && owner.end > owner.start ? { start: owner.start, end: owner.end } : typeAnchor(record);
}

export function typeAnchor(record: ZoneRecord): Span {
  return { start: record.typeSpan.start, end: record.typeSpan.end };
}

/** The rdata as written: from the first field to the last (the type when there are none). */
export function rdataSpan(record: ZoneRecord): Span {
  const fields = record.fields;
  if (fields.length === 0) return typeAnchor(record);
  return { start: fields[0].start, end: fields[fields.length - 1].end };
}

/** A finding of `rule` (with the rule's severity unless `extra.severity` says otherwise). */
export function findingAt(
  rule: Pick<Rule, 'code' | 'severity'>,
  file: string,
  span: Span,
  message: string,
  extra: { fixes?: Fix[]; related?: RelatedLocation[]; severity?: Severity } = {},
): Finding {
  const finding: Finding = { code: rule.code, severity: extra.severity ?? rule.severity, message, file, start: span.start, end: span.end };
  if (extra.fixes && extra.fixes.length > 0) finding.fixes = extra.fixes;
  if (extra.related && extra.related.length > 0) finding.related = extra.related;
  return finding;
}

export function relatedRecord(record: ZoneRecord, message: string, span: Span = typeAnchor(record)): RelatedLocation {
  return { file: record.file, start: span.start, end: span.end, message };
}

export function fileText(zone: Zone, file: string): string | undefined {
  return zone.files.find((f) => f.file === file)?.text;
}

/** True for a record BIND keeps: at or below the zone's name (it ignores the others, "out-of-zone data"). */
export function isInZone(record: ZoneRecord, zone: Zone): boolean {
  // A name written relative to an origin inside the zone is inside too: one test per origin.
  if (record.owner.relative) {
    if (record.origin !== lastOrigin || zone.origin !== lastZoneOrigin) {
      lastOrigin = record.origin;
      lastZoneOrigin = zone.origin;
      lastOriginInside = isAtOrBelow(record.origin, zone.origin);
    }
    if (lastOriginInside) return true;
  }
  return isAtOrBelow(record.owner.name, zone.origin);
}

let lastOrigin = '';
let lastZoneOrigin = '';
let lastOriginInside = false;

/**
 * The records of each name that has more than one, among the owners the rules are looking at
 * (all of them, or those of a partial zone): the checks that compare a name's records need only
 * these, and most names have one record. Out-of-zone names are among them: a rule that would
 * report one asks isInZone first (BIND drops their records before any other check), only then,
 * since asking for every name would cost more than the rules themselves.
 */
export function* sharedOwners(zone: Zone): Iterable<readonly ZoneRecord[]> {
  if (!zone.partOf) {
    yield* zone.byOwner.shared();
    return;
  }
  for (const key of zone.partOf.owners) {
    const records = zone.byOwner.get(key);
    if (records && records.length > 1) yield records;
  }
}

const listsByTypes = new Map<string, (zone: Zone) => ZoneRecord[]>();

/**
 * A function giving the zone's records of these types, in file order, from a list kept across
 * edits: for rules that look at a few types, instead of walking every record. Call it when a
 * module loads, so that a new zone's lists are all filled in one pass.
 */
export function recordsOfTypes(...types: string[]): (zone: Zone) => ZoneRecord[] {
  // One list per set of types: every list costs the one pass that fills them all (rules/memo.ts).
  const key = [...types].sort().join(' ');
  let list = listsByTypes.get(key);
  if (!list) listsByTypes.set(key, (list = perRecordValues((record) => record, types)));
  return list;
}

/** Every SOA record, wherever it is, in file order (kept up to date across edits). */
export const soaRecords = perRecordList((record) => (record.type === 'SOA' ? record : undefined), ['SOA']);

/** The record types that point at a host, and the field that names it. */
export type TargetType = 'NS' | 'MX' | 'SRV';

/** The host an NS, MX or SRV record points at. */
export function targetOf(record: ZoneRecord): NameRef | undefined {
  const rdata = record.rdata;
  if (rdata?.type === 'MX') return rdata.exchange;
  return rdata?.type === 'NS' || rdata?.type === 'SRV' ? rdata.target : undefined;
}

/** The record's target with its key when it lies inside the zone (not the root, "none"). */
export function inZoneTarget(record: ZoneRecord, zone: Zone): { target: NameRef; key: string } | undefined {
  const target = targetOf(record);
  return target && target.name !== '.' && isAtOrBelow(target.name, zone.origin) ? { target, key: nameKey(target.name) } : undefined;
}

const targetLists = new Map<TargetType, (zone: Zone) => Derived<{ target: NameRef; key: string }>[]>();

/**
 * The records of a type whose target lies inside the zone, each with its target and the
 * target's key, kept across edits: rules that look every target up ran at each keystroke, and
 * lower-casing thousands of names each time cost more than the lookups. Targets outside the zone
 * (and the root, "none") are never looked up, so they are left out.
 */
export function inZoneTargets(type: TargetType): (zone: Zone) => Derived<{ target: NameRef; key: string }>[] {
  let list = targetLists.get(type);
  if (!list) {
    list = perRecordList(inZoneTarget, [type]);
    targetLists.set(type, list);
  }
  return list;
}

const byFileOfZone = new WeakMap<Zone, Map<string, ZoneRecord[]>>();

/**
 * Each file's records sorted by start ($GENERATE's included), computed once per zone. After an
 * edit (Zone.edit) the previous zone's lists are taken over, the edited file's updated in place:
 * a keystroke in a zone with $INCLUDE costs no pass over every record.
 */
export function recordsByFile(zone: Zone): Map<string, readonly ZoneRecord[]> {
  // One file without $GENERATE (every zone the editor re-analyses in part): already in order.
  if (zone.files.length === 1 && !zone.directives.some((d) => d.name === '$GENERATE')) return new Map([[zone.mainFile, zone.records]]);
  let byFile = byFileOfZone.get(zone);
  if (byFile) return byFile;
  const edit = zone.partOf ? undefined : zone.edit;
  const previous = edit && byFileOfZone.get(edit.previous);
  if (edit && previous) {
    byFile = previous;
    const edited = byFile.get(edit.file) ?? [];
    // The removed records sit together where the edit was (a file's records are in offset order).
    const from = firstStartingAtOrAfter(edited, edit.from);
    let to = from;
    while (to < edited.length && edit.removed.has(edited[to])) to++;
    byFile.set(edit.file, replaceRange(edited, from, to, edit.added));
  } else {
    byFile = new Map<string, ZoneRecord[]>();
    for (const record of zone.records) {
      const list = byFile.get(record.file);
      if (list) list.push(record);
      else byFile.set(record.file, [record]);
    }
    for (const list of byFile.values()) list.sort((a, b) => a.start - b.start);
  }
  byFileOfZone.set(zone, byFile);
  return byFile;
}

/** Records at a name (any case), in file order. */
export function recordsAt(zone: Zone, name: string): readonly ZoneRecord[] {
  return zone.byOwner.get(nameKey(name)) ?? [];
}

export function recordsOfType(zone: Zone, name: string, type: string): ZoneRecord[] {
  return recordsAt(zone, name).filter((record) => record.type === type);
}

/** `www.example.com.` -> `www.example.com`, for messages. */
export function displayName(name: string | NameRef): string {
  const text = typeof name === 'string' ? name : name.name;
  return text.length > 1 && text.endsWith('.') && !text.endsWith('\\.') ? text.slice(0, -1) : text;
}

/**
 * RRsets with more than one record (owner, class and type), computed once per zone: the rules
 * that compare records of a set need only these, and most sets have one record.
 */
export const sharedRRsets = perZone((zone: Zone): ZoneRecord[][] => {
  const shared: ZoneRecord[][] = [];
  // zone.byOwner already groups by owner (in zone order).
  for (const records of sharedOwners(zone)) {
    const groups = new Map<string, ZoneRecord[]>();
    for (const record of records) {
      const key = `${record.class} ${record.type}`;
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    for (const group of groups.values()) if (group.length > 1 && isInZone(group[0], zone)) shared.push(group);
  }
  return shared;
});

/**
 * An owner-scoped error rule made from its code, summary and check: the shape the zone/ rule
 * factories (singleton-type.ts, misplaced-type.ts) share. `check` gets the rule for findingAt.
 */
export function ownerScopedErrorRule(spec: Pick<Rule, 'code' | 'summary'>, check: (rule: Rule, zone: Zone) => Finding[]): Rule {
  const rule: Rule = { code: spec.code, summary: spec.summary, severity: 'error', scope: 'owner', check: (zone) => check(rule, zone) };
  return rule;
}
