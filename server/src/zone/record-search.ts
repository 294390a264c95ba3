// Binary search over records in offset order (one file's records, as the parser reads them).
import type { ZoneRecord } from './model';

/** The index of the first record starting at or after `offset` (`records.length` when none does). */
export function firstStartingAtOrAfter(records: readonly ZoneRecord[], offset: number): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (records[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
