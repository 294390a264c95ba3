// Derived data several rules need (does this zone use Postmark? where are its DKIM hosts?),
// computed once per analysis: analyze() hands every rule the same zone and context objects.
import type { Zone, ZoneRecord } from '../zone/model';
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

/**
 * The records for which `derive` gives a value, with that value, in file order. On a zone made
 * by re-parsing an edit (Zone.edit) the list is the previous zone's minus the removed records
 * plus the added ones, so a long list costs little per keystroke. `derive` may read only the
 * record and what an incremental edit never changes (the zone's origin and main file).
 */
export function perRecordList<T>(derive: (record: ZoneRecord, zone: Zone) => T | undefined): (zone: Zone) => Derived<T>[] {
  const cache = new WeakMap<Zone, Derived<T>[]>();
  const scan = (zone: Zone, records: readonly ZoneRecord[]) => {
    const found: Derived<T>[] = [];
    for (const record of records) {
      const value = derive(record, zone);
      if (value !== undefined) found.push({ record, value });
    }
    return found;
  };
  return (zone) => {
    let list = cache.get(zone);
    if (list) return list;
    const edit = zone.partOf ? undefined : zone.edit;
    const previous = edit && cache.get(edit.previous);
    if (edit && previous) {
      list = previous.filter((item) => !edit.removed.has(item.record));
      const added = scan(zone, edit.added);
      if (added.length > 0) list.splice(insertionIndex(list, added[0].record.start), 0, ...added);
    } else {
      list = scan(zone, zone.records);
    }
    cache.set(zone, list);
    return list;
  };
}

/** Where a record starting at `start` goes in a list sorted by record start. */
function insertionIndex<T>(list: Derived<T>[], start: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].record.start <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}
