// The editor features on any text: on the example and on random edits of it, outline symbols,
// folding ranges, hovers, completions, definitions, references and renames at every offset and
// diagnostics never throw, and every range they give lies inside the document (a range past the
// end makes VS Code drop or misplace it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver';
import { analyze } from '../../server/src/analyze';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { documentSymbols } from '../../server/src/lsp/document-symbols';
import { foldingRanges } from '../../server/src/lsp/folding-ranges';
import { hoverAt } from '../../server/src/lsp/hover';
import { definitionsAt, referencesAt } from '../../server/src/lsp/name-navigation';
import { renameEdits } from '../../server/src/lsp/rename';
import { completionsAt } from '../../server/src/lsp/completion';
import { applyFixEdits } from '../helpers/apply-edits';
import { findingToDiagnostic } from '../../server/src/lsp/diagnostics';
import { LineIndex } from '../../server/src/positions';

const FILE = '/zones/example.com.zone';
const URI = 'file:///zones/example.com.zone';
const example = readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8');
const snippets = ['\n', '\r\n', ' ', '\t', '(', ')', '"', ';', '\\', '$TTL 1h\n', '$ORIGIN sub\n', '$GENERATE 1-3 h$ A 192.0.2.$\n', '$INCLUDE x\n', 'www IN A 192.0.2.1\n', '  IN TXT "a" ( "b"\n "c" )\n', '\u00e9', '\u{1F600}', '3600', 'IN', 'MX'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom(...snippets) });

function inside(range: Range, lines: LineIndex, text: string, what: string): void {
  const end = lines.positionAt(text.length);
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.character >= 0, `${what}: negative position`);
    assert.ok(position.line < end.line || (position.line === end.line && position.character <= end.character), `${what}: ${JSON.stringify(position)} is past the end ${JSON.stringify(end)}`);
  }
  assert.ok(range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character), `${what}: the range ends before it starts`);
}

test('symbols, folding ranges, hovers, completions, definitions, references, renames and diagnostics stay inside the document on any text', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 5 }), (edits) => {
      let text = example;
      for (const e of edits) {
        const start = e.at % (text.length + 1);
        text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
      }
      const { zone, findings } = analyze(text, { file: FILE });
      const lines = new LineIndex(text);
      const locator = new FileLocator(FILE, URI, zone.files, lines);
      const walk = (symbols: ReturnType<typeof documentSymbols>) => {
        for (const symbol of symbols) {
          inside(symbol.range, lines, text, `symbol ${symbol.name}`);
          inside(symbol.selectionRange, lines, text, `symbol ${symbol.name} selection`);
          walk(symbol.children ?? []);
        }
      };
      walk(documentSymbols(zone, locator));
      for (const range of foldingRanges(zone, locator)) {
        assert.ok(range.startLine <= range.endLine && range.endLine <= lines.positionAt(text.length).line, `folding ${JSON.stringify(range)}`);
      }
      for (let offset = 0; offset <= text.length; offset += 7) {
        const hover = hoverAt(zone, locator, text, offset);
        if (hover?.range) inside(hover.range, lines, text, `hover at ${offset}`);
        for (const found of [...definitionsAt(zone, locator, offset), ...referencesAt(zone, locator, offset, true)]) {
          if (found.uri === URI) inside(found.range, lines, text, `definition or reference at ${offset}`);
        }
        for (const item of completionsAt(zone, locator, text, offset).items) {
          const edit = item.textEdit;
          if (edit && 'range' in edit) inside(edit.range, lines, text, `completion ${item.label} at ${offset}`);
        }
        // A rename's edits lie in the text and never overlap (applyFixEdits throws otherwise).
        const renamed = renameEdits(zone, FILE, text, offset, 'renamed-host');
        if (Array.isArray(renamed)) applyFixEdits(text, renamed, FILE);
      }
      for (const finding of findings) inside(findingToDiagnostic(finding, locator, zone, 1).range, lines, text, `diagnostic ${finding.code}`);
    }),
    { numRuns: 300 },
  );
});
