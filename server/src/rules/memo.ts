// Derived data several rules need (does this zone use Postmark? where are its DKIM hosts?),
// computed once per analysis: analyze() hands every rule the same zone and context objects.
import type { Zone, ZoneRecord } from '../zone/model';
import { replaceRange } from '../zone/replace-range';
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
      // The removed records' items sit together where the edit was: replace them in place.
      list = previous;
      const from = firstAtOrAfter(list, edit.from);
      let to = from;
      while (to < list.length && edit.removed.has(list[to].record)) to++;
      const added = scan(zone, edit.added);
      list = replaceRange(list, from, to, added);
    } else {
      list = scan(zone, zone.records);
    }
    cache.set(zone, list);
    return list;
  };
}

/** Index of the first item whose record starts at or after `offset` (items sorted by record start). */
function firstAtOrAfter<T>(list: Derived<T>[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle].record.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
