// Finding -> Diagnostic with hand-built findings: ranges, severities, code links, data, related
// locations, and findings from $INCLUDE'd files placed at the including directive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Directive } from '../../server/src/zone/model';
import type { Finding } from '../../server/src/rules/rule';
import { docsUrl } from '../../server/src/rules/docs-url';
import { findingToDiagnostic, sameDiagnostic } from '../../server/src/lsp/diagnostics';
import { FileLocator } from '../../server/src/lsp/file-locator';
import { documentFile } from '../../server/src/lsp/document-file';

const MAIN = '/zones/example.com.zone';
const SUB = '/zones/sub/hosts.zone';
const URI = 'file:///zones/example.com.zone';
const MAIN_TEXT = '$ORIGIN example.com.\nwww IN A 999.1.1.1\n$INCLUDE sub/hosts.zone\n';
const SUB_TEXT = '; hosts\nbad IN A 1.2.3\n';
const locator = new FileLocator(MAIN, URI, [
  { file: MAIN, text: MAIN_TEXT },
  { file: SUB, text: SUB_TEXT },
]);
const include: Directive = {
  file: MAIN,
  name: '$INCLUDE',
  start: 40,
  end: 63,
  nameSpan: { start: 40, end: 48 },
  args: [{ start: 49, end: 63, quoted: false, raw: 'sub/hosts.zone', value: 'sub/hosts.zone', octets: 14 }],
  included: SUB,
};
const zone = { mainFile: MAIN, directives: [include] };

test('a main-file finding keeps its range and carries code, link, source and data', () => {
  const finding: Finding = {
    code: 'zone/invalid-rdata',
    severity: 'error',
    message: "'999.1.1.1' is not an IPv4 address.",
    file: MAIN,
    start: 30,
    end: 39,
    fixes: [{ id: 'a', title: 'A', edits: [] }, { id: 'b', title: 'B', edits: [] }],
    related: [{ file: MAIN, start: 0, end: 7, message: 'origin set here' }],
  };
  assert.deepEqual(findingToDiagnostic(finding, locator, zone, 4), {
    range: { start: { line: 1, character: 9 }, end: { line: 1, character: 18 } },
    severity: 1,
    code: 'zone/invalid-rdata',
    codeDescription: { href: docsUrl('zone/invalid-rdata') },
    source: 'postmark-zone',
    message: "'999.1.1.1' is not an IPv4 address.",
    data: { fixIds: ['a', 'b'], version: 4 },
    relatedInformation: [
      { location: { uri: URI, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } } }, message: 'origin set here' },
    ],
  });
});

test('severities map to LSP numbers', () => {
  const severities = (['error', 'warning', 'information', 'hint'] as const).map(
    (severity) => findingToDiagnostic({ code: 'c', severity, message: 'm', file: MAIN, start: 0, end: 1 }, locator, zone, 1).severity,
  );
  assert.deepEqual(severities, [1, 2, 3, 4]);
});

test('a finding in an included file is shown at the $INCLUDE directive, naming file and line', () => {
  const finding: Finding = { code: 'zone/invalid-rdata', severity: 'error', message: 'Bad address.', file: SUB, start: 17, end: 22 };
  const diagnostic = findingToDiagnostic(finding, locator, zone, 2);
  assert.deepEqual(diagnostic.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 23 } });
  assert.equal(diagnostic.message, 'In included file hosts.zone:2: Bad address.');
  assert.deepEqual(diagnostic.relatedInformation, [
    {
      location: { uri: 'file:///zones/sub/hosts.zone', range: { start: { line: 1, character: 9 }, end: { line: 1, character: 14 } } },
      message: 'reported here',
    },
  ]);
});

test('sameDiagnostic compares code and range only', () => {
  const range = { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } };
  assert.equal(sameDiagnostic({ code: 'a', range }, { code: 'a', range: structuredClone(range) }), true);
  assert.equal(sameDiagnostic({ code: 'a', range }, { code: 'b', range }), false);
  assert.equal(sameDiagnostic({ code: 'a', range }, { code: 'a', range: { ...range, end: { line: 1, character: 6 } } }), false);
});

test('document URIs: file paths for file: URIs, a name for others', () => {
  assert.deepEqual(documentFile('file:///zones/db.example.com'), { file: '/zones/db.example.com', onDisk: true });
  assert.deepEqual(documentFile('untitled:Untitled-1'), { file: 'Untitled-1', onDisk: false });
  assert.deepEqual(documentFile('vscode-vfs://github/org/repo/zones/example.org.zone'), { file: 'example.org.zone', onDisk: false });
  assert.deepEqual(documentFile('not a uri'), { file: 'not a uri', onDisk: false });
});
