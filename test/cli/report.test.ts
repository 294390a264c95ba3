// Offsets to the CLI's positions (0-based UTF-16 for JSON/SARIF, 1-based characters for text),
// included files shown relative to the working directory, and the summary line. Hand-built
// zones, so this runs without the parser.
import { OwnerIndex } from '../../server/src/zone/owner-index';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildFileReport, displayPath } from '../../server/src/cli/report';
import { summarize } from '../../server/src/cli/formats/text';
import type { Finding } from '../../server/src/rules/rule';
import type { Zone } from '../../server/src/zone/model';

const CWD = '/work/zones';

function zoneOf(files: Array<{ file: string; text: string }>): Zone {
  return {
    origin: 'example.com.',
    originSource: 'file name',
    mainFile: files[0].file,
    files: files.map((f) => ({ ...f, tokens: [] })),
    records: [],
    directives: [],
    parseFindings: [],
    byOwner: new OwnerIndex(),
  };
}

const finding = (file: string, start: number, end: number): Finding => ({ code: 'zone/test', severity: 'error', message: 'm', file, start, end });

describe('buildFileReport', () => {
  test('line and columns of a finding on the second line', () => {
    const text = '@ IN SOA x y 1 2 3 4 5\nwww IN A 999.1.1.1\n';
    const start = text.indexOf('999');
    const report = buildFileReport('example.com.zone', zoneOf([{ file: 'example.com.zone', text }]), [finding('example.com.zone', start, start + 9)], CWD);
    assert.deepEqual(report.diagnostics[0], {
      file: 'example.com.zone',
      code: 'zone/test',
      severity: 'error',
      message: 'm',
      range: { start: { line: 1, character: 9 }, end: { line: 1, character: 18 } },
      startColumn: 10,
      endColumn: 19,
    });
  });

  test('text columns count a character outside the BMP once, LSP characters twice', () => {
    const text = 'x\u{1F600} IN A 999.1.1.1';
    const start = text.indexOf('999');
    const [diagnostic] = buildFileReport('a.zone', zoneOf([{ file: 'a.zone', text }]), [finding('a.zone', start, start + 3)], CWD).diagnostics;
    // UTF-16: x, two units for the emoji, ` IN A ` -> character 9; in characters it is column 9 (1-based).
    assert.equal(diagnostic.range.start.character, 9);
    assert.equal(diagnostic.startColumn, 9);
    assert.equal(diagnostic.endColumn, 12);
  });

  test('a finding in an included file gets that file, relative to the working directory', () => {
    const included = join(CWD, 'inc', 'hosts.inc');
    const zone = zoneOf([
      { file: 'main.zone', text: '$INCLUDE inc/hosts.inc\n' },
      { file: included, text: 'a IN A 1.2.3.4\nb IN A 300.1.1.1\n' },
    ]);
    const [diagnostic] = buildFileReport('main.zone', zone, [finding(included, 22, 31)], CWD).diagnostics;
    assert.equal(diagnostic.file, join('inc', 'hosts.inc'));
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 16 } });
  });
});

describe('displayPath', () => {
  const cases: Array<[string, string]> = [
    ['relative/as-given.zone', 'relative/as-given.zone'],
    [join(CWD, 'a.zone'), 'a.zone'],
    ['/elsewhere/a.zone', '/elsewhere/a.zone'],
    ['/work/zones-other/a.zone', '/work/zones-other/a.zone'],
  ];
  for (const [input, expected] of cases) test(input, () => assert.equal(displayPath(input, CWD), expected));
});

describe('summarize', () => {
  const report = (...severities: Finding['severity'][]) => ({
    file: 'a.zone',
    origin: '.',
    originSource: 'none' as const,
    diagnostics: severities.map((severity) => ({ ...buildFileReport('a.zone', zoneOf([{ file: 'a.zone', text: '' }]), [finding('a.zone', 0, 0)], CWD).diagnostics[0], severity })),
  });
  const cases: Array<[ReturnType<typeof report>[], string]> = [
    [[report()], '0 errors, 0 warnings in 1 file'],
    [[report('error', 'warning'), report('error')], '2 errors, 1 warning in 2 files'],
    [[report('hint', 'information', 'hint')], '0 errors, 0 warnings, 1 information, 2 hints in 1 file'],
  ];
  for (const [reports, expected] of cases) test(expected, () => assert.equal(summarize(reports), expected));
});
