// Renaming a domain name: every place it is written (the owners of its records and the names in
// record data pointing at it, in $INCLUDE'd files too) gets the new name, each in the form it
// was written in: relative to the origin in effect there when it was relative and the new name
// lies under that origin, absolute otherwise. Records whose owner is inherited from the line
// above follow along. The new name is read as the renamed text would be: relative to the origin
// at that place unless it ends with a dot.
import type { Zone } from '../zone/model';
import { Lexer } from '../zone/lexer';
import { exactName, isAtOrBelow, nameProblem, relativeTo, resolveName, sameName } from '../zone/names';
import type { TextEdit } from '../rules/rule';
import { nameAt, occurrencesOf } from './name-navigation';

export type RenameTarget = { start: number; end: number; placeholder: string } | { error: string };

/** The name at the offset that can be renamed, with its written text; or why it cannot be. */
export function prepareRename(zone: Zone, file: string, text: string, offset: number): RenameTarget | undefined {
  const at = nameAt(zone, file, offset);
  if (!at) return undefined;
  if (sameName(at.ref.name, zone.origin)) return { error: "The zone's own name (its apex) cannot be renamed: it is the zone's name, not a host in it." };
  if (occurrencesOf(zone, at.key).some((o) => o.record.generatedBy)) return { error: `'${at.ref.written}' is also made or pointed at by a $GENERATE line; rename it there by hand.` };
  return { start: at.ref.start, end: at.ref.end, placeholder: text.slice(at.ref.start, at.ref.end) };
}

/** The edits that rename the name at the offset to `newName`; or why they cannot be made. */
export function renameEdits(zone: Zone, file: string, text: string, offset: number, newName: string): TextEdit[] | { error: string } {
  const target = prepareRename(zone, file, text, offset);
  if (!target) return { error: 'There is no domain name here to rename.' };
  if ('error' in target) return target;
  const at = nameAt(zone, file, offset)!;
  const problem = writtenNameProblem(newName);
  if (problem) return { error: problem };
  const renamed = resolveName(newName, at.record.origin).name;
  const invalid = nameProblem(renamed);
  if (invalid) return { error: `'${newName}' is not a usable name: ${invalid.message}` };
  if (sameName(renamed, zone.origin)) return { error: `'${newName}' is the zone's own name (its apex); records cannot be moved there by a rename.` };
  const occurrences = occurrencesOf(zone, at.key);
  if (!isAtOrBelow(renamed, zone.origin) && occurrences.some((o) => o.isOwner)) {
    return { error: `'${newName}' means '${renamed}', outside the zone '${zone.origin}': its records would leave the zone. Write a name inside it (or end it with a dot only for a full name).` };
  }
  if (exactName(renamed) === exactName(at.ref.name)) return [];
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const { record, ref } of occurrences) {
    const origin = record.origin;
    const written = ref.relative && isAtOrBelow(renamed, origin) ? relativeTo(renamed, origin) : renamed;
    const where = `${record.file}\u0000${ref.start}`;
    if (seen.has(where)) continue;
    seen.add(where);
    edits.push({ file: record.file, start: ref.start, end: ref.end, newText: written });
  }
  return edits;
}

/** Why the text cannot stand as one name in a zone file (a blank, a comment, quotes...), if it cannot. */
function writtenNameProblem(newName: string): string | undefined {
  if (newName === '') return 'The new name is empty.';
  const lexer = new Lexer(newName);
  if (!lexer.next() || lexer.kind !== 'word' || lexer.end !== newName.length) {
    return `'${newName}' cannot be written as one name: escape blanks, ';', '(', ')' and '"' with a backslash (\\032 for a blank).`;
  }
  if (newName.startsWith('$')) return `'${newName}' would start a line as a directive; write it as '\\${newName}'.`;
  if (/(?:^|[^\\])(?:\\\\)*\\$/.test(newName)) return `'${newName}' ends with a lone backslash, which escapes nothing.`;
  return undefined;
}
