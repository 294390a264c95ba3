// The SARIF and JSON printers on hand-built reports: severity to SARIF level, artifact URIs for
// files under and outside the working directory, and the JSON "file" only for included files.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSarif, sarifLevel } from '../../server/src/cli/formats/sarif';
import { formatJson } from '../../server/src/cli/formats/json';
import type { CliDiagnostic, FileReport } from '../../server/src/cli/report';
import type { Severity } from '../../server/src/rules/rule';

const CWD = '/work/zones';

function diagnostic(file: string, severity: Severity = 'error'): CliDiagnostic {
  return {
    file,
    code: 'zone/invalid-rdata',
    severity,
    message: 'm',
    range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } },
    startColumn: 5,
    endColumn: 10,
  };
}

const reportOf = (file: string, diagnostics: CliDiagnostic[]): FileReport => ({ file, origin: 'example.com.', originSource: 'file name', diagnostics });

describe('sarifLevel', () => {
  const cases: Array<[Severity, string]> = [
    ['error', 'error'],
    ['warning', 'warning'],
    ['information', 'note'],
    ['hint', 'note'],
  ];
  for (const [severity, level] of cases) test(`${severity} -> ${level}`, () => assert.equal(sarifLevel(severity), level));
});

describe('formatSarif artifact locations', () => {
  const cases: Array<[string, { uri: string; uriBaseId?: string }]> = [
    ['zones/example.com.zone', { uri: 'zones/example.com.zone', uriBaseId: '%SRCROOT%' }],
    ['my zones/a b.zone', { uri: 'my%20zones/a%20b.zone', uriBaseId: '%SRCROOT%' }],
    ['/work/zones/inc/hosts.inc', { uri: 'inc/hosts.inc', uriBaseId: '%SRCROOT%' }],
    ['/etc/bind/db.example.com', { uri: 'file:///etc/bind/db.example.com' }],
    ['../other/example.com.zone', { uri: 'file:///work/other/example.com.zone' }],
  ];
  for (const [file, expected] of cases) {
    test(file, () => {
      const log = JSON.parse(formatSarif([reportOf(file, [diagnostic(file)])], CWD).stdout);
      assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation, expected);
      assert.deepEqual(log.runs[0].results[0].locations[0].physicalLocation.region, { startLine: 1, startColumn: 5, endLine: 1, endColumn: 10 });
    });
  }

  test('one rule per code, results pointing at it by index', () => {
    const report = reportOf('a.zone', [diagnostic('a.zone'), { ...diagnostic('a.zone', 'hint'), code: 'zone/another' }, diagnostic('a.zone')]);
    const [run] = JSON.parse(formatSarif([report], CWD).stdout).runs;
    assert.deepEqual(run.tool.driver.rules.map((r: { id: string }) => r.id), ['zone/another', 'zone/invalid-rdata']);
    assert.deepEqual(run.results.map((r: { ruleIndex: number; level: string }) => [r.ruleIndex, r.level]), [[1, 'error'], [0, 'note'], [1, 'error']]);
  });
});

describe('formatJson', () => {
  test('"file" appears only on a diagnostic outside the zone file', () => {
    const output = JSON.parse(formatJson([reportOf('a.zone', [diagnostic('a.zone'), diagnostic('inc/hosts.inc', 'warning')])]).stdout);
    assert.deepEqual(output.files[0].diagnostics, [
      { code: 'zone/invalid-rdata', severity: 'error', message: 'm', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } } },
      { code: 'zone/invalid-rdata', severity: 'warning', message: 'm', range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, file: 'inc/hosts.inc' },
    ]);
  });
});
