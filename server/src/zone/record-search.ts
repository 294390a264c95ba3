// Binary searches over records: one file's records by offset (as the parser reads them), or a
// zone's records in reading order (zone/read-order.ts).
import type { ZoneRecord } from './model';
import type { Place, ReadOrder } from './read-order';

/** The index of the first record starting at or after `offset` (`records.length` when none does). */
export function firstStartingAtOrAfter(records: readonly ZoneRecord[], offset: number): number {
  return firstAtOrAfterPlace(records, { file: '', start: offset }, (a, b) => a.start - b.start);
}

/**
 * The index of the first of `items` (in reading order) read at or after `place` (`items.length`
 * when none is); `placeOf` gives an item's place (the item itself, or its record).
 */
export function firstAtOrAfterPlace<T>(items: readonly T[], place: Place, order: ReadOrder, placeOf: (item: T) => Place = (item) => item as Place): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (order(placeOf(items[middle]), place) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
