// Where a fragment of a text is, as an LSP range: what the language server tests compare with.
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-protocol';

/** Range of the n-th occurrence of `fragment` in a text. */
export function rangeOf(text: string, fragment: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(fragment, at + 1);
  assert.ok(at >= 0, `'${fragment}' is in the text`);
  const position = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  return { start: position(at), end: position(at + fragment.length) };
}
