// Binary search over records in offset order (one file's records, as the parser reads them), or
// in the order of another non-decreasing key (a zone's records by ReadOrder.mainOffset).
import type { ZoneRecord } from './model';

const start = (record: ZoneRecord): number => record.start;

/** The index of the first record whose `key` (its start) is at or after `offset` (`records.length` when none is). */
export function firstStartingAtOrAfter(records: readonly ZoneRecord[], offset: number, key: (record: ZoneRecord) => number = start): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(records[middle]) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
