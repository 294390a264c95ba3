// Offsets in any file the zone read -> LSP ranges and URIs. One line index per file, built
// lazily from the texts the parser kept (the main file's text is the document's).
import type { Range } from 'vscode-languageserver';
import { LineIndex } from '../positions';
import { fileUri } from './document-file';

export interface FileText {
  file: string;
  text: string;
}

/** A line index of the main file kept by someone else (the editor's document). */
export type MainFileLines = Pick<LineIndex, 'positionAt' | 'offsetAt'>;

export class FileLocator {
  private readonly texts = new Map<string, string>();
  private readonly indexes = new Map<string, MainFileLines>();

  constructor(
    readonly mainFile: string,
    readonly mainUri: string,
    files: readonly FileText[],
    mainLines?: MainFileLines,
  ) {
    for (const f of files) if (!this.texts.has(f.file)) this.texts.set(f.file, f.text);
    // Building an index means a pass over the text: on a big zone, reuse the editor's.
    if (mainLines) this.indexes.set(mainFile, mainLines);
  }

  uri(file: string): string {
    return fileUri(file, this.mainFile, this.mainUri);
  }

  hasFile(file: string): boolean {
    return this.texts.has(file);
  }

  /** A file we have no text for maps every offset to 0:0. */
  range(file: string, start: number, end: number): Range {
    const index = this.index(file);
    if (!index) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return { start: index.positionAt(start), end: index.positionAt(end) };
  }

  line(file: string, offset: number): number {
    return this.index(file)?.positionAt(offset).line ?? 0;
  }

  offsetAt(file: string, position: { line: number; character: number }): number {
    return this.index(file)?.offsetAt(position) ?? 0;
  }

  private index(file: string): MainFileLines | undefined {
    let index = this.indexes.get(file);
    if (!index) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      index = new LineIndex(text);
      this.indexes.set(file, index);
    }
    return index;
  }
}
