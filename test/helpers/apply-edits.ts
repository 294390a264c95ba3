// Applies a fix's text edits to one file's text, as an editor would: all offsets refer to the
// original text, so edits are applied from the end. Overlapping edits are a bug in the fix.
import type { TextEdit } from '../../server/src/rules/rule';

/** The text after the edits (only those for `file`, when given). Throws on overlapping edits. */
export function applyFixEdits(text: string, edits: readonly TextEdit[], file?: string): string {
  const mine = edits.filter((edit) => file === undefined || edit.file === file);
  const sorted = [...mine].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = text.length;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.start > edit.end || edit.end > text.length) {
      throw new Error(`edit [${edit.start}, ${edit.end}) is outside the text (length ${text.length})`);
    }
    if (edit.end > limit) throw new Error(`edits overlap at [${edit.start}, ${edit.end})`);
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}
