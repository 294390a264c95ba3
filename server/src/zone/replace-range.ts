// Replacing a run of a long array after an edit: in place when the replacement is small (no
// 100k-element copy per keystroke), by building a new array when a spread would be too long
// for one call's arguments.
export function replaceRange<T>(list: T[], from: number, to: number, items: readonly T[]): T[] {
  if (items.length > 10_000) return [...list.slice(0, from), ...items, ...list.slice(to)];
  list.splice(from, to - from, ...items);
  return list;
}
