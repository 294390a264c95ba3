// Analysis that follows edits (the language server's). After an edit only the lines it touched
// are parsed again (zone/incremental-parse.ts); owner-scoped rules run again only for the owners
// whose records changed and the owners whose records point at them; the other rules run on the
// whole zone, and the per-record work they share is cached on the records, which survive edits.
// The result equals analyze() on the new text: test/incremental-analysis.test.ts holds it to that
// over chains of random edits. Zones with $GENERATE are analysed in full each time, and so are
// edits that zone/incremental-parse.ts cannot follow (e.g. of an $INCLUDE line).
import type { Finding } from './rules/rule';
import type { Zone, ZoneRecord } from './zone/model';
import { rules } from './rules/index';
import { runRules, sortFindings, type Analysis, type AnalyzeOptions } from './analyze';
import { reparse, trackedParse, trackedParseOf, type TextChange, type TrackedParse } from './zone/incremental-parse';
import { rdataNames } from './zone/rdata-names';
import { nameKey } from './zone/names';
import { readOrder, type Place, type ReadOrder } from './zone/read-order';
import { firstAtOrAfterPlace } from './zone/record-search';

const ownerRules = rules.filter((rule) => rule.scope === 'owner');
const zoneRules = rules.filter((rule) => rule.scope !== 'owner');

export interface TrackedAnalysis extends Analysis {
  parse: TrackedParse;
  /** What the next edit needs to go on incrementally; absent when it must be a full analysis. */
  carry?: Carry;
}

interface Carry {
  /** The options the findings were computed with. */
  settings: string;
  /** Findings of the owner-scoped rules, by owner key. */
  ownerFindings: Map<string, Finding[]>;
  /** For each name that rdata points at: the owners pointing at it, with how many records do. */
  referrers: Map<string, Map<string, number>>;
}

export function analyzeTracked(text: string, options: AnalyzeOptions): TrackedAnalysis {
  return analysisOf(trackedParse(text, options), options);
}

/**
 * The analysis of the zone whose main file is `text`, following the edits of `file`, a file it
 * $INCLUDEs (open in the editor on its own); undefined when the zone does not read that file.
 */
export function analyzeTrackedOf(text: string, options: AnalyzeOptions, file: string): TrackedAnalysis | undefined {
  const parse = trackedParseOf(text, options, file);
  return parse && analysisOf(parse, options);
}

function analysisOf(parse: TrackedParse, options: AnalyzeOptions): TrackedAnalysis {
  const zone = parse.zone;
  const fromOwnerRules = runRules(zone, options, ownerRules);
  const findings = sortFindings(zone, [...runRules(zone, options, zoneRules), ...fromOwnerRules]);
  const analysis: TrackedAnalysis = { zone, findings, parse };
  const ownerFindings = continuable(zone) ? byOwner(zone, fromOwnerRules) : undefined;
  if (ownerFindings) {
    const referrers = new Map<string, Map<string, number>>();
    countReferrers(referrers, zone.records, 1);
    analysis.carry = { settings: settingsKey(options), ownerFindings, referrers };
  }
  return analysis;
}

/**
 * The analysis after `change` to the file the previous analysis follows (the main file, or an
 * included one: see analyzeTrackedOf), whose text is now `text`; `full` is the full analysis it
 * falls back to. The previous analysis is consumed (its records move over to the new one).
 */
export function reanalyze(previous: TrackedAnalysis, text: string, change: TextChange, options: AnalyzeOptions): TrackedAnalysis;
export function reanalyze<T>(previous: TrackedAnalysis, text: string, change: TextChange, options: AnalyzeOptions, full: () => T): TrackedAnalysis | T;
export function reanalyze(
  previous: TrackedAnalysis,
  text: string,
  change: TextChange,
  options: AnalyzeOptions,
  full: () => TrackedAnalysis | undefined = () => analyzeTracked(text, options),
): TrackedAnalysis | undefined {
  const carry = previous.carry;
  if (!carry || carry.settings !== settingsKey(options)) return full();
  const result = reparse(previous.parse, text, change);
  if (!result || !continuable(result.parse.zone)) return full();
  const zone = result.parse.zone;
  const order = readOrder(zone)!; // continuable
  const edited = result.parse.file;

  const changed = new Set<string>();
  for (const record of result.removed) changed.add(nameKey(record.owner.name));
  for (const record of result.added) changed.add(nameKey(record.owner.name));
  countReferrers(carry.referrers, result.removed, -1);
  countReferrers(carry.referrers, result.added, 1);
  const affected = new Set(changed);
  for (const key of changed) for (const owner of carry.referrers.get(key)?.keys() ?? []) affected.add(owner);
  // A fix that deletes a record writes out the owner of the next record when that one inherited
  // it and the record before would give it another (rules/edit/line-edits.ts): the records just
  // before and just after the re-read lines have new neighbours.
  for (const neighbour of neighboursOf(zone, order, result.added.length)) affected.add(nameKey(neighbour.owner.name));

  // The other owners' findings stay; those after the edit move with the text.
  const { ownerFindings } = carry;
  for (const key of affected) ownerFindings.delete(key);
  shiftFindings(ownerFindings.values(), change, edited);

  const records: ZoneRecord[] = [];
  for (const key of affected) records.push(...(zone.byOwner.get(key) ?? []));
  records.sort(order);
  const fresh = byOwner(zone, runRules({ ...zone, records, partOf: { zone, owners: affected } }, options, ownerRules));
  if (!fresh) return full();
  for (const [key, list] of fresh) ownerFindings.set(key, list);

  const findings = runRules(zone, options, zoneRules);
  for (const list of ownerFindings.values()) findings.push(...list);
  return { zone, findings: sortFindings(zone, findings), parse: result.parse, carry };
}

/** The records right before and right after the ones a re-parse read (`added` of them), in reading order. */
function neighboursOf(zone: Zone, order: ReadOrder, added: number): ZoneRecord[] {
  const records = zone.records;
  const first = zone.edit ? firstAtOrAfterPlace(records, { file: zone.edit.file, start: zone.edit.from }, order) : 0;
  return [records[first - 1], records[first + added]].filter((record) => record !== undefined);
}

/** No $GENERATE (each record's span is its own) and each file read once (records have a reading order). */
function continuable(zone: Zone): boolean {
  return !zone.directives.some((d) => d.name === '$GENERATE') && readOrder(zone) !== undefined;
}

function settingsKey(options: AnalyzeOptions): string {
  return JSON.stringify([options.file, options.origin, options.context, options.severities]);
}

/** Findings by the owner of the record each lies in; undefined when one lies in no record. */
function byOwner(zone: Zone, findings: Finding[]): Map<string, Finding[]> | undefined {
  const owners = new Map<string, Finding[]>();
  const order = readOrder(zone)!; // continuable
  for (const finding of findings) {
    const record = recordAt(zone.records, finding, order);
    if (!record) return undefined;
    const key = nameKey(record.owner.name);
    const list = owners.get(key);
    if (list) list.push(finding);
    else owners.set(key, [finding]);
  }
  return owners;
}

/** The record (of `records`, in reading order, not overlapping) whose span holds the start of `place`. */
function recordAt(records: readonly ZoneRecord[], place: Place, order: ReadOrder): ZoneRecord | undefined {
  const found = records[firstAtOrAfterPlace(records, { file: place.file, start: place.start + 1 }, order) - 1];
  return found && found.file === place.file && place.start <= found.end ? found : undefined;
}

function countReferrers(referrers: Map<string, Map<string, number>>, records: readonly ZoneRecord[], step: 1 | -1): void {
  for (const record of records) {
    const names = rdataNames(record);
    if (names.length === 0) continue;
    const owner = nameKey(record.owner.name);
    for (const name of names) {
      const target = nameKey(name.name);
      let counts = referrers.get(target);
      if (!counts) referrers.set(target, (counts = new Map()));
      const count = (counts.get(owner) ?? 0) + step;
      if (count > 0) counts.set(owner, count);
      else counts.delete(owner);
      if (counts.size === 0) referrers.delete(target);
    }
  }
}

/** Moves every offset of the main file at or after the edited range by the change in length (each object once). */
function shiftFindings(lists: Iterable<Finding[]>, change: TextChange, mainFile: string): void {
  const delta = change.newEnd - change.oldEnd;
  if (delta === 0) return;
  const moved = new Set<object>();
  const move = (span: { file: string; start: number; end: number }) => {
    if (span.file !== mainFile || moved.has(span)) return;
    moved.add(span);
    if (span.start >= change.oldEnd) span.start += delta;
    if (span.end >= change.oldEnd) span.end += delta;
  };
  for (const list of lists) {
    for (const finding of list) {
      move(finding);
      for (const related of finding.related ?? []) move(related);
      for (const fix of finding.fixes ?? []) {
        for (const edit of fix.edits) move(edit);
        for (const kept of fix.keeps ?? []) move(kept);
      }
    }
  }
}
