// Derived data several rules need (does this zone use Postmark? where are its DKIM hosts?),
// computed once per analysis: analyze() hands every rule the same zone and context objects.
import type { Zone, ZoneRecord } from '../zone/model';
import { replaceRange } from '../zone/replace-range';
import { readOrder } from '../zone/read-order';
import { firstAtOrAfterPlace } from '../zone/record-search';
import type { RuleContext } from './rule';

export function perAnalysis<T>(compute: (zone: Zone, context: RuleContext) => T): (zone: Zone, context: RuleContext) => T {
  const cache = new WeakMap<Zone, WeakMap<RuleContext, T>>();
  return (zone, context) => {
    let byContext = cache.get(zone);
    if (!byContext) cache.set(zone, (byContext = new WeakMap()));
    if (byContext.has(context)) return byContext.get(context)!;
    const value = compute(zone, context);
    byContext.set(context, value);
    return value;
  };
}

export function perZone<T>(compute: (zone: Zone) => T): (zone: Zone) => T {
  const cache = new WeakMap<Zone, T>();
  return (zone) => {
    if (cache.has(zone)) return cache.get(zone)!;
    const value = compute(zone);
    cache.set(zone, value);
    return value;
  };
}

export interface Derived<T> {
  record: ZoneRecord;
  value: T;
}

type Derive<T> = (record: ZoneRecord, zone: Zone) => T | undefined;

interface RecordList {
  derive: Derive<unknown>;
  /** Record types `derive` can give a value for; any type when absent. */
  types?: readonly string[];
  cache: WeakMap<Zone, Derived<unknown>[]>;
}

/** Every list, so that one pass over a new zone's records fills them all (see scan). */
const lists: RecordList[] = [];

/**
 * The records for which `derive` gives a value, with that value, in file order. On a zone made
 * by re-parsing an edit (Zone.edit) the list is the previous zone's minus the removed records
 * plus the added ones, so a long list costs little per keystroke. `derive` may read only the
 * record and what an incremental edit never changes (the zone's origin and main file). `types`
 * (record types outside which `derive` gives nothing) lets a pass skip records early.
 */
export function perRecordList<T>(derive: Derive<T>, types?: readonly string[]): (zone: Zone) => Derived<T>[] {
  const list: RecordList = { derive, types, cache: new WeakMap() };
  lists.push(list);
  return (zone) => {
    const cached = list.cache.get(zone);
    if (cached) return cached as Derived<T>[];
    const edit = zone.partOf ? undefined : zone.edit;
    const previous = edit && list.cache.get(edit.previous);
    let items: Derived<unknown>[];
    if (edit && previous) {
      // The removed records' items sit together where the edit was: replace them in place.
      // A zone made by re-parsing has a reading order (incremental-parse.ts makes no other).
      const from = firstAtOrAfterPlace(previous, { file: edit.file, start: edit.from }, readOrder(zone)!, (item) => item.record);
      let to = from;
      while (to < previous.length && edit.removed.has(previous[to].record)) to++;
      items = replaceRange(previous, from, to, scan(zone, edit.added, [list]).get(list)!);
    } else {
      // A zone read afresh: fill every list that cannot be updated, in one pass over its records.
      const fresh = lists.filter((other) => !other.cache.has(zone) && !(edit && other.cache.has(edit.previous)));
      for (const [other, found] of scan(zone, zone.records, fresh)) other.cache.set(zone, found);
      items = list.cache.get(zone)!;
    }
    list.cache.set(zone, items);
    return items as Derived<T>[];
  };
}

/** perRecordList's values alone, in file order, as one array per zone. */
export function perRecordValues<T>(derive: Derive<T>, types?: readonly string[]): (zone: Zone) => T[] {
  const list = perRecordList(derive, types);
  return perZone((zone) => list(zone).map((item) => item.value));
}

/** The items of each of `wanted` among `records`, reading each record once. */
function scan(zone: Zone, records: readonly ZoneRecord[], wanted: readonly RecordList[]): Map<RecordList, Derived<unknown>[]> {
  const found = new Map<RecordList, Derived<unknown>[]>();
  const byType = new Map<string, RecordList[]>();
  const anyType: RecordList[] = [];
  for (const list of wanted) {
    found.set(list, []);
    if (!list.types) anyType.push(list);
    else for (const type of list.types) byType.set(type, [...(byType.get(type) ?? []), list]);
  }
  const take = (list: RecordList, record: ZoneRecord) => {
    const value = list.derive(record, zone);
    if (value !== undefined) found.get(list)!.push({ record, value });
  };
  for (const record of records) {
    const typed = byType.get(record.type);
    if (typed) for (const list of typed) take(list, record);
    for (const list of anyType) take(list, record);
  }
  return found;
}

