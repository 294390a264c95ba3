// The order in which the parser meets records when a zone spans files: the main file's records
// by offset, and at each $INCLUDE line the records of the file it reads (nested includes the
// same way). Zone.records is in this order; offsets alone give it only within one file. Editing
// a file of a zone with $INCLUDE (incremental-parse.ts) needs it to find where the edited
// lines' records sit among the others.
import type { Zone, ZoneRecord } from './model';

/** A place in a file of the zone: a record, or where an edit starts. */
export type Place = Pick<ZoneRecord, 'file' | 'start'>;

/** Negative when `a` is read before `b`, positive when after, 0 for the same place. */
export type ReadOrder = (a: Place, b: Place) => number;

/** Offsets of the $INCLUDE lines a file was read through, from the main file down; [] for the main file. */
type IncludePath = readonly number[];

const NO_PATH: IncludePath = [];

const singleFile: ReadOrder = (a, b) => a.start - b.start;

const orders = new WeakMap<Zone, ReadOrder | undefined>();

/**
 * The zone's reading order; undefined when a file was read more than once (by two $INCLUDE
 * lines), since its records then have no one place.
 */
export function readOrder(zone: Zone): ReadOrder | undefined {
  if (orders.has(zone)) return orders.get(zone);
  const order = zone.files.length === 1 ? singleFile : includeOrder(zone);
  orders.set(zone, order);
  return order;
}

function includeOrder(zone: Zone): ReadOrder | undefined {
  const paths = new Map<string, IncludePath>([[zone.mainFile, NO_PATH]]);
  // Directives are in reading order: a file's own $INCLUDE lines come after the line that read it.
  for (const directive of zone.directives) {
    const included = directive.included;
    if (included === undefined) continue;
    const parent = paths.get(directive.file);
    if (parent === undefined || paths.has(included)) return undefined;
    paths.set(included, [...parent, directive.start]);
  }
  if (paths.size !== zone.files.length) return undefined;
  const pathOf = (place: Place): IncludePath => paths.get(place.file) ?? NO_PATH;
  return (a, b) => {
    const pathA = pathOf(a);
    const pathB = pathOf(b);
    const depth = Math.min(pathA.length, pathB.length);
    for (let i = 0; i < depth; i++) if (pathA[i] !== pathB[i]) return pathA[i] - pathB[i];
    // One file, or one read inside the other: a place against the $INCLUDE line of the deeper file.
    const placeA = pathA.length > depth ? pathA[depth] : a.start;
    const placeB = pathB.length > depth ? pathB[depth] : b.start;
    return placeA - placeB;
  };
}
