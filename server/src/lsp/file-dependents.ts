// Which open documents must be checked again when another file changes: a zone reads its
// $INCLUDE files from disk, so saving one of them changes the zone's findings; an included file
// checked as part of its zone reads that zone file's text as the editor has it, so each edit
// there changes its findings.
export interface DocumentReads {
  /** The document's own file (its text comes from the editor). */
  file: string;
  /** Every file the document's analysis read. */
  files: readonly string[];
  /** The zone file that $INCLUDEs the document, when it was checked as part of that zone. */
  includedBy?: string;
}

export class FileDependents {
  private readonly reads = new Map<string, DocumentReads>();

  /** What the latest analysis of the document `uri` read. */
  record(uri: string, reads: DocumentReads): void {
    this.reads.set(uri, reads);
  }

  forget(uri: string): void {
    this.reads.delete(uri);
  }

  /** Documents checked as part of the zone file `file`: they read its text from the editor. */
  partsOf(file: string): string[] {
    return [...this.reads].filter(([, reads]) => reads.includedBy === file).map(([uri]) => uri);
  }

  /** Documents whose analysis read `file` (not their own) from disk, or from the editor's buffer that is now saved. */
  readersOf(file: string): string[] {
    return [...this.reads].filter(([, reads]) => reads.file !== file && reads.files.includes(file)).map(([uri]) => uri);
  }

  /** Every file some document's analysis read that is not that document's own. */
  filesRead(): string[] {
    return [...this.reads.values()].flatMap((reads) => reads.files.filter((file) => file !== reads.file));
  }
}
