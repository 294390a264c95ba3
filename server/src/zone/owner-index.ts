// Records by lower-cased owner name (Zone.byOwner), built for a million names:
// - Most names own one record, so such a record is stored bare instead of in a one-element
//   array: a million fewer long-lived arrays, about 0.4 s of the CLI's time at 1M records.
// - The names are spread over 64 Maps by a cheap hash of the name: one Map of a million keys
//   took twice as long to fill (its table outgrows the caches and is re-hashed as it grows).
// Reads still hand out arrays (for a name with one record, a new one per read, which dies
// young). Iteration goes Map by Map, so names come in no particular order.
import type { ZoneRecord } from './model';

type Entry = ZoneRecord | ZoneRecord[];

const SHARDS = 64;

/** Spreads names over the Maps by their length and three of their characters. */
function shardOf(key: string): number {
  const length = key.length;
  return (length * 31 + key.charCodeAt(0) * 7 + key.charCodeAt(length >> 1) * 3 + key.charCodeAt(length - 2)) & (SHARDS - 1);
}

export class OwnerIndex implements ReadonlyMap<string, readonly ZoneRecord[]> {
  private readonly shards: Map<string, Entry>[] = Array.from({ length: SHARDS }, () => new Map<string, Entry>());
  /** The record lists of names with more than one record, so shared() need not look at every name. */
  private readonly sharedLists = new Set<ZoneRecord[]>();

  get size(): number {
    let size = 0;
    for (const shard of this.shards) size += shard.size;
    return size;
  }

  get [Symbol.toStringTag](): string {
    return 'OwnerIndex';
  }

  /** The records at the name, in file order; undefined when it has none. */
  get(key: string): readonly ZoneRecord[] | undefined {
    const entry = this.shards[shardOf(key)].get(key);
    return entry === undefined ? undefined : listOf(entry);
  }

  has(key: string): boolean {
    return this.shards[shardOf(key)].has(key);
  }

  /** The name's first record for which `test` holds, without making an array. */
  find(key: string, test: (record: ZoneRecord) => boolean): ZoneRecord | undefined {
    const entry = this.shards[shardOf(key)].get(key);
    if (entry === undefined) return undefined;
    return Array.isArray(entry) ? entry.find(test) : test(entry) ? entry : undefined;
  }

  /** How many records the name has, without making an array. */
  count(key: string): number {
    const entry = this.shards[shardOf(key)].get(key);
    return entry === undefined ? 0 : Array.isArray(entry) ? entry.length : 1;
  }

  *keys(): MapIterator<string> {
    for (const shard of this.shards) yield* shard.keys();
  }

  *values(): MapIterator<readonly ZoneRecord[]> {
    for (const shard of this.shards) for (const entry of shard.values()) yield listOf(entry);
  }

  *entries(): MapIterator<[string, readonly ZoneRecord[]]> {
    for (const shard of this.shards) for (const [key, entry] of shard) yield [key, listOf(entry)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly ZoneRecord[]]> {
    return this.entries();
  }

  /** The records of each name that has more than one, without touching the others. */
  shared(): Iterable<readonly ZoneRecord[]> {
    return this.sharedLists;
  }

  forEach(callback: (records: readonly ZoneRecord[], key: string, index: ReadonlyMap<string, readonly ZoneRecord[]>) => void, thisArg?: unknown): void {
    for (const [key, records] of this.entries()) callback.call(thisArg, records, key, this);
  }

  /** Appends a record (records are added in file order). */
  add(key: string, record: ZoneRecord): void {
    const shard = this.shards[shardOf(key)];
    const entry = shard.get(key);
    if (entry === undefined) shard.set(key, record);
    else if (Array.isArray(entry)) entry.push(record);
    else this.makeList(shard, key, [entry, record]);
  }

  /** Adds a record where it belongs among the name's records: after those `compare` puts before it. */
  insertInOrder(key: string, record: ZoneRecord, compare: (a: ZoneRecord, b: ZoneRecord) => number): void {
    const shard = this.shards[shardOf(key)];
    const entry = shard.get(key);
    if (entry === undefined) {
      shard.set(key, record);
      return;
    }
    const list = Array.isArray(entry) ? entry : [entry];
    let index = list.length;
    while (index > 0 && compare(list[index - 1], record) > 0) index--;
    list.splice(index, 0, record);
    if (list !== entry) this.makeList(shard, key, list);
  }

  remove(key: string, record: ZoneRecord): void {
    const shard = this.shards[shardOf(key)];
    const entry = shard.get(key);
    if (entry === record) {
      shard.delete(key);
    } else if (Array.isArray(entry)) {
      const index = entry.indexOf(record);
      if (index >= 0) entry.splice(index, 1);
      if (entry.length > 1) return;
      this.sharedLists.delete(entry);
      if (entry.length === 1) shard.set(key, entry[0]);
      else shard.delete(key);
    }
  }

  private makeList(shard: Map<string, Entry>, key: string, list: ZoneRecord[]): void {
    shard.set(key, list);
    this.sharedLists.add(list);
  }
}

function listOf(entry: Entry): readonly ZoneRecord[] {
  return Array.isArray(entry) ? entry : [entry];
}
