// The pure Fix -> CodeAction converter and the "fix all" selection, with hand-built findings.
// Every case applies the produced LSP edits and compares the whole resulting text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import fc from 'fast-check';
import type { TextDocumentEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix, TextEdit } from '../../server/src/rules/rule';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { editsOverlap, fixAllAction, fixToCodeAction, selectFixAll, type EditTarget } from '../../server/src/lsp/fix-to-code-action';

const MAIN = '/zones/example.com.zone';
const URI = 'file:///zones/example.com.zone';
const TEXT = 'www IN CNAME target.example.com\nmail IN MX 10 mx\n';
const target = (documentChanges: boolean): EditTarget => ({
  locator: new FileLocator(MAIN, URI, [{ file: MAIN, text: TEXT }]),
  documentVersion: 7,
  documentChanges,
});

function finding(start: number, end: number, fixes: Fix[]): Finding {
  return { code: 'zone/example', severity: 'warning', message: 'm', file: MAIN, start, end, fixes };
}

/** Applies the workspace edit to TEXT (the only document it may touch). */
function applyWorkspaceEdit(edit: WorkspaceEdit | undefined): string {
  assert.ok(edit);
  let edits: LspTextEdit[];
  if (edit.documentChanges) {
    const [change, ...others] = edit.documentChanges as TextDocumentEdit[];
    assert.equal(others.length, 0);
    assert.deepEqual(change.textDocument, { uri: URI, version: 7 });
    edits = change.edits as LspTextEdit[];
  } else {
    assert.deepEqual(Object.keys(edit.changes ?? {}), [URI]);
    edits = edit.changes![URI];
  }
  return TextDocument.applyEdits(TextDocument.create(URI, 'zone', 7, TEXT), edits);
}

const addDot: Fix = { id: 'add-trailing-dot', title: 'Add the trailing dot', safe: true, isPreferred: true, edits: [{ file: MAIN, start: 31, end: 31, newText: '.' }] };

test('a fix becomes a preferred quickfix whose edit produces the fixed text', () => {
  for (const documentChanges of [true, false]) {
    const diagnostic = { range: { start: { line: 0, character: 13 }, end: { line: 0, character: 31 } }, message: 'm' };
    const action = fixToCodeAction(addDot, diagnostic, target(documentChanges));
    assert.ok(action);
    assert.equal(action.title, 'Add the trailing dot');
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.deepEqual(action.diagnostics, [diagnostic]);
    assert.equal(applyWorkspaceEdit(action.edit), 'www IN CNAME target.example.com.\nmail IN MX 10 mx\n');
  }
});

test('a fix with a command keeps it; a fix with nothing to do gives no action', () => {
  const command = { command: 'postmarkZone.example', title: 'Ask', arguments: [1] };
  const action = fixToCodeAction({ id: 'ask', title: 'Ask for the key', edits: [], command }, undefined, target(false));
  assert.deepEqual(action, { title: 'Ask for the key', kind: 'quickfix', command });
  assert.equal(fixToCodeAction({ id: 'none', title: 'Nothing', edits: [] }, undefined, target(false)), undefined);
});

test('a fix editing a file whose text is unknown is dropped', () => {
  const elsewhere: Fix = { id: 'x', title: 'x', edits: [{ file: '/zones/other.zone', start: 0, end: 0, newText: 'x' }] };
  assert.equal(fixToCodeAction(elsewhere, undefined, target(false)), undefined);
});

test('an edit spanning lines maps both ends', () => {
  const replace: Fix = { id: 'r', title: 'Replace', edits: [{ file: MAIN, start: 28, end: 45, newText: 'com.\nmail IN MX 20' }] };
  const action = fixToCodeAction(replace, undefined, target(true));
  assert.equal(applyWorkspaceEdit(action?.edit), 'www IN CNAME target.example.com.\nmail IN MX 20 mx\n');
});

test('fix all: one safe fix per finding, unsafe and overlapping fixes skipped', () => {
  const mxDot: Fix = { id: 'add-trailing-dot', title: 'dot', safe: true, edits: [{ file: MAIN, start: 48, end: 48, newText: '.example.com.' }] };
  const unsafe: Fix = { id: 'delete', title: 'Delete', edits: [{ file: MAIN, start: 0, end: 32 }].map((e) => ({ ...e, newText: '' })) };
  const overlapping: Fix = { id: 'other-dot', title: 'dot again', safe: true, edits: [{ file: MAIN, start: 31, end: 31, newText: '.' }] };
  const findings = [finding(13, 31, [addDot]), finding(0, 31, [unsafe]), finding(13, 31, [overlapping]), finding(46, 48, [mxDot])];
  assert.deepEqual(
    selectFixAll(findings).map((c) => c.fix.title),
    ['Add the trailing dot', 'dot'],
  );
  const action = fixAllAction(findings, target(true));
  assert.ok(action);
  assert.equal(action.kind, 'source.fixAll.postmarkZone');
  assert.equal(action.title, 'Apply 2 safe fixes (postmark-zone)');
  assert.equal(applyWorkspaceEdit(action.edit), 'www IN CNAME target.example.com.\nmail IN MX 10 mx.example.com.\n');
});

test('fix all: nothing safe gives no action', () => {
  assert.equal(fixAllAction([finding(0, 3, [{ id: 'u', title: 'u', edits: [{ file: MAIN, start: 0, end: 3, newText: 'w' }] }])], target(false)), undefined);
  assert.equal(fixAllAction([], target(false)), undefined);
});

test('edit overlap: ranges, insertions at a touched point, other files', () => {
  const edit = (start: number, end: number, file = MAIN) => ({ file, start, end, newText: '' });
  assert.equal(editsOverlap(edit(0, 5), edit(4, 8)), true);
  assert.equal(editsOverlap(edit(0, 5), edit(5, 8)), false, 'adjacent replacements');
  assert.equal(editsOverlap(edit(5, 5), edit(5, 5)), true, 'two insertions at one point');
  assert.equal(editsOverlap(edit(5, 5), edit(0, 5)), true, 'insertion at the end of a replacement');
  assert.equal(editsOverlap(edit(6, 6), edit(0, 5)), false);
  assert.equal(editsOverlap(edit(0, 5), edit(0, 5, '/other.zone')), false);
});

/** The selection as first written, comparing with every edit taken so far: the oracle for selectFixAll. */
function selectFixAllByComparingAll(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextEdit[] = [];
  const kept: TextEdit[] = [];
  for (const found of findings) {
    const fix = found.fixes?.find((f) => f.safe && f.edits.length > 0);
    if (!fix) continue;
    const keeps = (fix.keeps ?? []).map((span) => ({ ...span, newText: '' }));
    if (fix.edits.some((e) => taken.some((t) => editsOverlap(e, t)) || kept.some((k) => editsOverlap(e, k)))) continue;
    if (keeps.some((k) => taken.some((t) => editsOverlap(k, t)))) continue;
    chosen.push(fix);
    taken.push(...fix.edits);
    kept.push(...keeps);
  }
  return chosen;
}

test('fix all picks exactly the fixes that comparing with every earlier edit picks', () => {
  const span = fc
    .record({ file: fc.constantFrom(MAIN, '/zones/other.zone'), start: fc.nat({ max: 60 }), length: fc.constantFrom(0, 0, 1, 2, 5, 12) })
    .map(({ file, start, length }) => ({ file, start, end: start + length }));
  const fix = fc.record({
    safe: fc.boolean(),
    edits: fc.array(span.map((s) => ({ ...s, newText: 'x' })), { minLength: 0, maxLength: 3 }),
    keeps: fc.option(fc.array(span, { maxLength: 2 }), { nil: undefined }),
  });
  fc.assert(
    fc.property(fc.array(fc.array(fix, { maxLength: 2 }), { maxLength: 40 }), (perFinding) => {
      const findings = perFinding.map((fixes, i) =>
        finding(0, 1, fixes.map((f, j) => ({ id: `f${i}-${j}`, title: `f${i}-${j}`, safe: f.safe, edits: f.edits, ...(f.keeps ? { keeps: f.keeps } : {}) }))),
      );
      assert.deepEqual(
        selectFixAll(findings).map((c) => c.fix.id),
        selectFixAllByComparingAll(findings).map((f) => f.id),
      );
    }),
    { numRuns: 2000 },
  );
});
