// Folding: records written over several lines (parentheses) and runs of two or more lines
// holding only a comment.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { Zone } from '../zone/model';
import { Lexer } from '../zone/lexer';
import type { FileLocator } from './file-locator';

export function foldingRanges(zone: Zone, locator: FileLocator): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const seen = new Set<string>();
  for (const record of zone.records) {
    if (record.file !== locator.mainFile || !record.multiline || record.generatedBy) continue;
    const startLine = locator.line(record.file, record.start);
    const endLine = locator.line(record.file, Math.max(record.start, record.end - 1));
    const key = `${startLine}:${endLine}`;
    if (endLine > startLine && !seen.has(key)) {
      seen.add(key);
      ranges.push({ startLine, endLine });
    }
  }
  const main = zone.files.find((f) => f.file === locator.mainFile);
  if (main) ranges.push(...commentBlocks(main.text, locator));
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/**
 * Lines whose only non-blank token is a comment, grouped into runs of 2+ consecutive lines. Read
 * with the allocation-free Lexer: the file's token list would be a million objects in a 100k-record zone.
 */
function commentBlocks(text: string, locator: FileLocator): FoldingRange[] {
  const commentLines: number[] = [];
  let lineHasOther = false;
  let lineComment = -1; // offset of the line's comment
  const endLine = () => {
    if (lineComment >= 0 && !lineHasOther) commentLines.push(locator.line(locator.mainFile, lineComment));
    lineHasOther = false;
    lineComment = -1;
  };
  const lexer = new Lexer(text);
  while (lexer.next()) {
    const kind = lexer.kind;
    if (kind === 'newline') endLine();
    else if (kind === 'comment') lineComment = lexer.start;
    else if (kind !== 'space') lineHasOther = true;
  }
  endLine();

  const blocks: FoldingRange[] = [];
  let runStart = -1;
  for (let i = 0; i < commentLines.length; i++) {
    if (runStart < 0) runStart = commentLines[i];
    const last = i === commentLines.length - 1 || commentLines[i + 1] !== commentLines[i] + 1;
    if (last) {
      if (commentLines[i] > runStart) blocks.push({ startLine: runStart, endLine: commentLines[i], kind: FoldingRangeKind.Comment });
      runStart = -1;
    }
  }
  return blocks;
}
