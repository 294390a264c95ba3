// postmarkZone.maxOutlineItems (server/src/lsp/document-symbols.ts): on the example and random
// edits of it, the outline without a limit is every owner name of the main file in order of first
// appearance with all its records; with a limit it is the start of that outline, holding at most
// that many symbols, and says it was cut short exactly when the whole outline has more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DocumentSymbol } from 'vscode-languageserver';
import { analyze } from '../../server/src/analyze';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { outline } from '../../server/src/lsp/document-symbols';
import { nameKey } from '../../server/src/zone/names';
import { LineIndex } from '../../server/src/positions';

const FILE = '/zones/example.com.zone';
const URI = 'file:///zones/example.com.zone';
const example = readFileSync(join(__dirname, '..', '..', 'examples', 'example.com.zone'), 'utf8');
const snippets = ['\n', ' ', '(', ')', '"', ';', '$GENERATE 1-3 h$ A 192.0.2.$\n', 'www IN A 192.0.2.1\n', '  IN TXT "a"\n', 'mail IN AAAA ::1\n', 'WWW IN MX 10 mail\n', '@ IN TXT "x"\n'];
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 30 }), insert: fc.constantFrom(...snippets) });

const count = (symbols: DocumentSymbol[]) => symbols.reduce((sum, s) => sum + 1 + (s.children?.length ?? 0), 0);
const shape = (symbols: DocumentSymbol[]) => symbols.map((s) => [s.name, (s.children ?? []).map((c) => `${c.name} ${c.range.start.line}`)]);

test('the outline is the owner names in order of appearance, and a limit keeps its start', () => {
  fc.assert(
    fc.property(fc.array(edit, { maxLength: 6 }), fc.integer({ min: 1, max: 40 }), (edits, max) => {
      let text = example;
      for (const e of edits) {
        const start = e.at % (text.length + 1);
        text = text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.remove));
      }
      const { zone } = analyze(text, { file: FILE });
      const lines = new LineIndex(text);
      const locator = new FileLocator(FILE, URI, zone.files, lines);

      // What the outline must hold: the main file's own records grouped by owner name (any case).
      const expected = new Map<string, string[]>();
      for (const record of zone.records) {
        if (record.file !== FILE || record.generatedBy) continue;
        const key = nameKey(record.owner.name);
        expected.set(key, [...(expected.get(key) ?? []), `${record.type} ${lines.positionAt(record.start).line}`]);
      }
      const whole = outline(zone, locator, 0);
      assert.equal(whole.limited, false);
      assert.deepEqual(shape(whole.symbols).map(([, children]) => children), [...expected.values()]);
      assert.deepEqual(whole.symbols.map((s) => nameKey(s.name)), [...expected.keys()]);

      const part = outline(zone, locator, max);
      assert.ok(count(part.symbols) <= max, `${count(part.symbols)} symbols for a limit of ${max}`);
      assert.equal(part.limited, count(whole.symbols) > max);
      const [partShape, wholeShape] = [shape(part.symbols), shape(whole.symbols)];
      partShape.forEach(([name, children], i) => {
        assert.equal(name, wholeShape[i][0]);
        const all = wholeShape[i][1] as string[];
        if (i < partShape.length - 1) assert.deepEqual(children, all);
        else assert.deepEqual(children, all.slice(0, children.length));
      });
      if (part.limited) assert.equal(count(part.symbols), Math.min(max, count(whole.symbols)), 'a cut-short outline is as full as the limit allows');
    }),
    { numRuns: 200 },
  );
});
