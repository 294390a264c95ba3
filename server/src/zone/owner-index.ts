// Records by lower-cased owner name (Zone.byOwner). Most names own one record, so such a record
// is stored bare instead of in a one-element array: at a million records that is a million
// fewer long-lived arrays, about 0.4 s of the CLI's time (a Map of one-element arrays takes
// 2.4x as long to build as a Map of the records). Reads still hand out arrays; for a name with
// one record a new one per read, which is cheap because it dies young.
import type { ZoneRecord } from './model';

type Entry = ZoneRecord | ZoneRecord[];

export class OwnerIndex implements ReadonlyMap<string, readonly ZoneRecord[]> {
  private readonly entriesByKey = new Map<string, Entry>();
  /** The keys with more than one record, so shared() need not look at every name. */
  private readonly sharedKeys = new Set<string>();

  get size(): number {
    return this.entriesByKey.size;
  }

  get [Symbol.toStringTag](): string {
    return 'OwnerIndex';
  }

  /** The records at the name, in file order; undefined when it has none. */
  get(key: string): readonly ZoneRecord[] | undefined {
    const entry = this.entriesByKey.get(key);
    return entry === undefined ? undefined : listOf(entry);
  }

  has(key: string): boolean {
    return this.entriesByKey.has(key);
  }

  /** How many records the name has, without making an array. */
  count(key: string): number {
    const entry = this.entriesByKey.get(key);
    return entry === undefined ? 0 : Array.isArray(entry) ? entry.length : 1;
  }

  keys(): MapIterator<string> {
    return this.entriesByKey.keys();
  }

  *values(): MapIterator<readonly ZoneRecord[]> {
    for (const entry of this.entriesByKey.values()) yield listOf(entry);
  }

  *entries(): MapIterator<[string, readonly ZoneRecord[]]> {
    for (const [key, entry] of this.entriesByKey) yield [key, listOf(entry)];
  }

  [Symbol.iterator](): MapIterator<[string, readonly ZoneRecord[]]> {
    return this.entries();
  }

  /** The records of each name that has more than one, without touching the others. */
  *shared(): Generator<readonly ZoneRecord[]> {
    for (const key of this.sharedKeys) yield this.entriesByKey.get(key) as ZoneRecord[];
  }

  forEach(callback: (records: readonly ZoneRecord[], key: string, index: ReadonlyMap<string, readonly ZoneRecord[]>) => void, thisArg?: unknown): void {
    for (const [key, entry] of this.entriesByKey) callback.call(thisArg, listOf(entry), key, this);
  }

  /** Appends a record (records are added in file order). */
  add(key: string, record: ZoneRecord): void {
    const entry = this.entriesByKey.get(key);
    if (entry === undefined) this.entriesByKey.set(key, record);
    else if (Array.isArray(entry)) entry.push(record);
    else {
      this.entriesByKey.set(key, [entry, record]);
      this.sharedKeys.add(key);
    }
  }

  /** Adds a record where it belongs by position among the name's records. */
  insertInOrder(key: string, record: ZoneRecord): void {
    const entry = this.entriesByKey.get(key);
    if (entry === undefined) {
      this.entriesByKey.set(key, record);
      return;
    }
    const list = Array.isArray(entry) ? entry : [entry];
    let index = list.length;
    while (index > 0 && list[index - 1].start > record.start) index--;
    list.splice(index, 0, record);
    this.entriesByKey.set(key, list);
    this.sharedKeys.add(key);
  }

  remove(key: string, record: ZoneRecord): void {
    const entry = this.entriesByKey.get(key);
    if (entry === record) {
      this.entriesByKey.delete(key);
    } else if (Array.isArray(entry)) {
      const index = entry.indexOf(record);
      if (index >= 0) entry.splice(index, 1);
      if (entry.length === 1) this.entriesByKey.set(key, entry[0]);
      else if (entry.length === 0) this.entriesByKey.delete(key);
      if (entry.length < 2) this.sharedKeys.delete(key);
    }
  }
}

function listOf(entry: Entry): readonly ZoneRecord[] {
  return Array.isArray(entry) ? entry : [entry];
}
