// Fix (plain data from a rule) -> CodeAction, and the "fix all" selection: one safe fix per
// finding, dropping any fix whose edits overlap one already taken. Pure conversion, no I/O.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { FileSpan, Finding, Fix, TextEdit } from '../rules/rule';
import { FIX_ALL_KIND } from '../protocol';
import type { FileLocator } from './file-locator';
import { SpanSet } from './span-set';

export interface EditTarget {
  locator: FileLocator;
  /** Version of the main document the fix was computed for. */
  documentVersion: number;
  /** Client supports `documentChanges` (then the edit is pinned to that version). */
  documentChanges: boolean;
}

/** Undefined when an edit is in a file whose text we do not have (it cannot be positioned). */
export function fixToCodeAction(fix: Fix, diagnostic: Diagnostic | undefined, target: EditTarget): CodeAction | undefined {
  if (fix.edits.some((e) => !target.locator.hasFile(e.file))) return undefined;
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.edits.length > 0) action.edit = editsToWorkspaceEdit(fix.edits, target);
  if (fix.isPreferred) action.isPreferred = true;
  if (fix.command) {
    action.command = { title: fix.command.title, command: fix.command.command };
    if (fix.command.arguments) action.command.arguments = fix.command.arguments;
  }
  if (!action.edit && !action.command) return undefined;
  return action;
}

export function editsToWorkspaceEdit(edits: readonly TextEdit[], target: EditTarget): WorkspaceEdit {
  const { locator } = target;
  const byFile = new Map<string, LspTextEdit[]>();
  for (const edit of edits) {
    let list = byFile.get(edit.file);
    if (!list) byFile.set(edit.file, (list = []));
    list.push({ range: locator.range(edit.file, edit.start, edit.end), newText: edit.newText });
  }
  if (target.documentChanges) {
    const documentChanges: TextDocumentEdit[] = [...byFile].map(([file, lspEdits]) => ({
      textDocument: { uri: locator.uri(file), version: file === locator.mainFile ? target.documentVersion : null },
      edits: lspEdits,
    }));
    return { documentChanges };
  }
  const changes: Record<string, LspTextEdit[]> = {};
  for (const [file, lspEdits] of byFile) changes[locator.uri(file)] = lspEdits;
  return { changes };
}

export interface ChosenFix {
  finding: Finding;
  fix: Fix;
}

/**
 * First safe fix of each finding, in finding order, skipping fixes that overlap earlier ones or
 * change text an earlier one keeps (Fix.keeps), or whose kept text an earlier one changes.
 */
export function selectFixAll(findings: readonly Finding[]): ChosenFix[] {
  const chosen: ChosenFix[] = [];
  const taken = new SpanSet();
  const kept = new SpanSet();
  for (const finding of findings) {
    const fix = finding.fixes?.find((f) => f.safe && f.edits.length > 0);
    if (!fix) continue;
    const keeps = (fix.keeps ?? []).map((span) => ({ ...span, newText: '' }));
    if (fix.edits.some((e) => taken.some(e, (t) => editsOverlap(e, t)) || kept.some(e, (k) => editsOverlap(e, k)))) continue;
    if (keeps.some((k) => taken.some(k, (t) => editsOverlap(k, t)))) continue;
    chosen.push({ finding, fix });
    for (const edit of fix.edits) taken.add(edit);
    for (const span of keeps) kept.add(span);
  }
  return chosen;
}

/** Overlapping ranges, or an insertion at a point another edit touches (order would be ambiguous). */
export function editsOverlap(a: FileSpan, b: FileSpan): boolean {
  if (a.file !== b.file) return false;
  if (a.start < b.end && b.start < a.end) return true;
  const aInsert = a.start === a.end;
  const bInsert = b.start === b.end;
  if (aInsert && b.start <= a.start && a.start <= b.end) return true;
  if (bInsert && a.start <= b.start && b.start <= a.end) return true;
  return false;
}

/** The "fix all" action; without its edit when `withEdit` is false (codeAction/resolve adds it). */
export function fixAllAction(findings: readonly Finding[], target: EditTarget, withEdit = true): CodeAction | undefined {
  const chosen = selectFixAll(findings).filter(({ fix }) => fix.edits.every((e) => target.locator.hasFile(e.file)));
  if (chosen.length === 0) return undefined;
  const action: CodeAction = { title: `Apply ${chosen.length} safe fix${chosen.length === 1 ? '' : 'es'} (postmark-zone)`, kind: FIX_ALL_KIND };
  if (withEdit) action.edit = editsToWorkspaceEdit(chosen.flatMap(({ fix }) => fix.edits), target);
  return action;
}
