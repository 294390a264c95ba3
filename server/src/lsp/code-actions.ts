// textDocument/codeAction: quick fixes for our diagnostics (matched by code and range against
// the analysis of the document's current version) and the "fix all safe problems" source action.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, type DiagnosticData } from '../protocol';
import { sameDiagnostic } from './diagnostics';
import type { DocumentAnalysis } from './document-analysis';
import { fixAllAction, fixToCodeAction, type EditTarget } from './fix-to-code-action';

/** What a "fix all" action sent without its edit carries, for codeAction/resolve to make the edit. */
export interface FixAllData {
  fixAll: true;
  uri: string;
  version: number;
}

export function codeActionsFor(
  params: CodeActionParams,
  current: DocumentAnalysis,
  documentVersion: number,
  documentChanges: boolean,
  resolveEdits = false,
): CodeAction[] {
  // Fixes carry offsets into the analysed text: never offer them for another version.
  if (current.version !== documentVersion) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const target: EditTarget = { locator: current.locator, documentVersion, documentChanges };
  const { findings } = current;
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    // Two rules may propose the very same edit (the missing dot of a Return-Path target is both
    // postmark/return-path-target and zone/missing-trailing-dot): offer it once, for both.
    const byEdits = new Map<string, CodeAction>();
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const data = diagnostic.data as Partial<DiagnosticData> | undefined;
      if (typeof data?.version === 'number' && data.version !== documentVersion) continue; // stale diagnostic
      findings.forEach((finding, i) => {
        const published = current.diagnostics[i];
        if (!finding.fixes?.length || !published || !sameDiagnostic(published, diagnostic)) return;
        for (const fix of finding.fixes) {
          const key = fix.edits.length > 0 && !fix.command ? JSON.stringify(fix.edits) : undefined;
          const same = key === undefined ? undefined : byEdits.get(key);
          if (same) {
            same.diagnostics = [...(same.diagnostics ?? []), diagnostic];
            same.isPreferred ||= fix.isPreferred;
            continue;
          }
          const action = fixToCodeAction(fix, diagnostic, target);
          if (!action) continue;
          actions.push(action);
          if (key !== undefined) byEdits.set(key, action);
        }
      });
    }
  }
  if (wants(FIX_ALL_KIND)) {
    // VS Code asks for code actions at every move of the cursor; with thousands of fixable
    // findings the whole edit is megabytes. A client that can resolve gets it when it applies the action.
    const fixAll = fixAllAction(findings, target, !resolveEdits);
    if (fixAll && resolveEdits) fixAll.data = { fixAll: true, uri: params.textDocument.uri, version: documentVersion } satisfies FixAllData;
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** codeAction/resolve: a "fix all" action gets its edit, made from the analysis of the version it was offered for. */
export function resolveCodeAction(action: CodeAction, current: DocumentAnalysis | undefined, documentVersion: number | undefined, documentChanges: boolean): CodeAction {
  const data = action.data as Partial<FixAllData> | undefined;
  if (!data?.fixAll || !current || current.version !== data.version || documentVersion !== data.version) return action;
  const resolved = fixAllAction(current.findings, { locator: current.locator, documentVersion, documentChanges });
  return resolved?.edit ? { ...action, edit: resolved.edit } : action;
}
