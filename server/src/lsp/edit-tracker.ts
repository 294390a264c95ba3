// What changed in each open document since its last analysis, as one replaced range, so the
// next analysis can re-parse just that part (incremental-analysis.ts). Several edits between two
// analyses (typing faster than the debounce) fold into the range that covers them all.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../zone/incremental-parse';

/** `full`: the whole text was replaced (or we lost track), so the next analysis starts afresh. */
export type PendingChange = TextChange | 'full';

export class EditTracker {
  private readonly pending = new Map<string, PendingChange>();

  /** TextDocuments' update hook: applies the changes one by one, noting where each one landed. */
  readonly update = (document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
    let updated = document;
    for (const change of changes) {
      if ('range' in change) {
        const start = updated.offsetAt(change.range.start);
        const end = updated.offsetAt(change.range.end);
        this.note(document.uri, start, end, change.text.length);
      } else {
        this.pending.set(document.uri, 'full');
      }
      updated = TextDocument.update(updated, [change], version);
    }
    return updated;
  };

  /** The change since the last take (undefined: none), and a fresh start. */
  take(uri: string): PendingChange | undefined {
    const change = this.pending.get(uri);
    this.pending.delete(uri);
    return change;
  }

  forget(uri: string): void {
    this.pending.delete(uri);
  }

  /** [start, end) of the current text replaced by `length` characters, folded into what is pending. */
  private note(uri: string, start: number, end: number, length: number): void {
    const pending = this.pending.get(uri);
    if (pending === 'full') return;
    this.pending.set(uri, foldChange(pending, start, end, length));
  }
}

/**
 * `pending` maps the analysed text to the current one; the new edit replaces [start, end) of the
 * current text. The result covers both, in analysed-text coordinates for its old end.
 */
export function foldChange(pending: TextChange | undefined, start: number, end: number, length: number): TextChange {
  if (!pending) return { start, oldEnd: end, newEnd: start + length };
  const delta = pending.newEnd - pending.oldEnd;
  const coveredEnd = Math.max(end, pending.newEnd);
  return { start: Math.min(start, pending.start), oldEnd: coveredEnd - delta, newEnd: coveredEnd + length - (end - start) };
}
