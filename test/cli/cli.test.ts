// The CLI through its real binary (node dist/cli.js) on the zones in test/fixtures/cli:
// each output format parsed and compared exactly, each exit code, origins, and bad usage.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../server/src/rules/index';
import { docsUrl, REPOSITORY_URL } from '../../server/src/rules/docs-url';
import { CLI_PATH, REPO_ROOT, ensureCliBuilt } from '../helpers/bundles';

const FIXTURES = 'test/fixtures/cli';
const CLEAN = `${FIXTURES}/clean.example.zone`;
const BROKEN = `${FIXTURES}/broken.example.zone`;
const NO_ORIGIN = `${FIXTURES}/no-origin.txt`;
const WITH_INCLUDE = `${FIXTURES}/with-include.example.zone`;
const INCLUDED = `${FIXTURES}/included-records.inc`;
const VERSION: string = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Usage and I/O failures: exit 2, exactly one line on stderr, nothing on stdout, no stack. */
function assertUsageFailure(result: ReturnType<typeof cli>, pattern: RegExp) {
  assert.equal(result.code, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^postmark-zone: [^\n]+\n$/);
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /);
}

// The two findings of broken.example.zone, 0-based (line 5 `www IN A 999.1.1.1`, line 6 `ftp IN FOO x`).
const BROKEN_FINDINGS = [
  { code: 'zone/invalid-rdata', range: { start: { line: 5, character: 16 }, end: { line: 5, character: 25 } } },
  { code: 'zone/unknown-type', range: { start: { line: 6, character: 11 }, end: { line: 6, character: 14 } } },
];

before(ensureCliBuilt);

describe('usage', () => {
  test('--version prints the package version', () => {
    const result = cli('--version');
    assert.deepEqual(result, { code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('--help lists the check command and the exit codes', () => {
    const result = cli('--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /postmark-zone check FILE\.\.\./);
    assert.match(result.stdout, /Exit status: 0 .* 1 .* 2 /);
  });

  test('check --help lists its options', () => {
    const result = cli('check', '--help');
    assert.equal(result.code, 0);
    assert.match(result.stdout, /--origin NAME/);
    assert.match(result.stdout, /--format text\|json\|sarif/);
  });

  test('no command', () => assertUsageFailure(cli(), /no command given/));
  test('unknown command', () => assertUsageFailure(cli('chek', CLEAN), /unknown command 'chek'/));
  test('no files', () => assertUsageFailure(cli('check'), /no zone file given/));
  test('unknown option', () => assertUsageFailure(cli('check', '--frobnicate', CLEAN), /unknown option '--frobnicate'/));
  test('unknown format', () => assertUsageFailure(cli('check', '--format', 'xml', CLEAN), /unknown value 'xml' for --format \(expected text, json or sarif\)/));
  test('option without its value', () => assertUsageFailure(cli('check', CLEAN, '--origin'), /option '--origin' needs a value/));

  test('a missing file is named, with exit code 2', () => {
    const result = cli('check', `${FIXTURES}/missing.zone`);
    assert.deepEqual(result, { code: 2, stdout: '', stderr: `postmark-zone: cannot read '${FIXTURES}/missing.zone': no such file\n` });
  });

  test('a directory is refused', () => {
    const result = cli('check', FIXTURES);
    assert.deepEqual(result, { code: 2, stdout: '', stderr: `postmark-zone: cannot read '${FIXTURES}': it is a directory, not a zone file\n` });
  });

  test('a device is refused instead of read without end', () => {
    const result = cli('check', '/dev/zero');
    assert.deepEqual(result, { code: 2, stdout: '', stderr: "postmark-zone: cannot read '/dev/zero': it is a device, not a zone file\n" });
  });

  test('a pipe is read (postmark-zone check <(git show HEAD:db.zone))', () => {
    // The shell's pipe is a FIFO, which /dev/stdin then names.
    const command = `cat '${CLEAN}' | '${process.execPath}' '${CLI_PATH}' check --origin example.com /dev/stdin`;
    const piped = spawnSync('sh', ['-c', command], { cwd: REPO_ROOT, encoding: 'utf8' });
    const direct = cli('check', '--origin', 'example.com', CLEAN);
    assert.equal(piped.status, direct.code, piped.stderr);
    assert.equal(piped.stdout, direct.stdout.replaceAll(CLEAN, '/dev/stdin'));
    assert.match(piped.stderr, /0 errors, 0 warnings in 1 file/);
  });

  test('a missing file among good ones still fails before any output', () => {
    assertUsageFailure(cli('check', '--format', 'json', CLEAN, `${FIXTURES}/missing.zone`), /'test\/fixtures\/cli\/missing\.zone': no such file/);
  });
});

describe('text format', () => {
  test('a clean zone: exit 0, no findings, origin from the file name, summary', () => {
    const result = cli('check', CLEAN);
    assert.deepEqual(result, {
      code: 0,
      stdout: '',
      stderr: `${CLEAN}: origin clean.example. (from file name)\n0 errors, 0 warnings in 1 file\n`,
    });
  });

  test('errors: compiler-style lines with 1-based positions, exit 1', () => {
    const result = cli('check', BROKEN);
    assert.equal(result.code, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^test\/fixtures\/cli\/broken\.example\.zone:6:17 error zone\/invalid-rdata \S.*$/);
    assert.match(lines[1], /^test\/fixtures\/cli\/broken\.example\.zone:7:12 error zone\/unknown-type \S.*FOO/);
    assert.equal(result.stderr, `${BROKEN}: origin broken.example. (from file name)\n2 errors, 0 warnings in 1 file\n`);
  });

  test('--origin wins and is reported as the source', () => {
    const result = cli('check', '--origin', 'example.net', NO_ORIGIN);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `${NO_ORIGIN}: origin example.net. (from --origin)\n0 errors, 0 warnings in 1 file\n`);
  });

  test('without --origin a file that names no zone reports that none was found', () => {
    const result = cli('check', NO_ORIGIN);
    assert.match(result.stderr, /^test\/fixtures\/cli\/no-origin\.txt: origin \. \(none found: [^\n]+\)\n/);
  });

  test('a finding in an included file is printed with that file', () => {
    const result = cli('check', WITH_INCLUDE);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^test\/fixtures\/cli\/included-records\.inc:3:17 error zone\/invalid-rdata \S.*\n$/);
  });

  test('a file that a zone file includes is checked as part of that zone, not as a zone without SOA or TTL', () => {
    const result = cli('check', INCLUDED);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^test\/fixtures\/cli\/included-records\.inc:3:17 error zone\/invalid-rdata \S.*\n$/);
    assert.equal(
      result.stderr,
      'test/fixtures/cli/included-records.inc: checked as part of test/fixtures/cli/with-include.example.zone, origin with-include.example. (from file name)\n1 error, 0 warnings in 1 file\n',
    );
  });

  test('a file checked together with the zone that includes it is reported once, with that zone', () => {
    const alone = cli('check', WITH_INCLUDE);
    const both = cli('check', WITH_INCLUDE, INCLUDED);
    assert.equal(both.code, 1);
    assert.equal(both.stdout, alone.stdout);
    assert.equal(both.stderr, `postmark-zone: ${INCLUDED} is $INCLUDEd by another file checked here; its findings are reported with that file\n${alone.stderr}`);
  });

  test('a leading UTF-8 byte-order mark is not part of the first line', () => {
    const result = cli('check', `${FIXTURES}/byte-order-mark.example.zone`);
    assert.equal(result.stdout, '');
    assert.equal(result.code, 0);
  });

  test('several files: one summary', () => {
    const result = cli('check', CLEAN, BROKEN);
    assert.equal(result.code, 1);
    assert.equal(result.stdout.trimEnd().split('\n').length, 2);
    assert.match(result.stderr, /\n2 errors, 0 warnings in 2 files\n$/);
  });
});

describe('JSON format', () => {
  test('exact structure with 0-based LSP ranges', () => {
    const result = cli('check', '--format', 'json', BROKEN);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const output = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(output), ['files']);
    assert.equal(output.files.length, 1);
    const [file] = output.files;
    assert.deepEqual(Object.keys(file), ['file', 'origin', 'diagnostics']);
    assert.equal(file.file, BROKEN);
    assert.equal(file.origin, 'broken.example.');
    for (const diagnostic of file.diagnostics) {
      assert.deepEqual(Object.keys(diagnostic), ['code', 'severity', 'message', 'range']);
      assert.equal(diagnostic.severity, 'error');
      assert.equal(typeof diagnostic.message, 'string');
      assert.notEqual(diagnostic.message, '');
    }
    assert.deepEqual(
      file.diagnostics.map((d: { code: string; range: unknown }) => ({ code: d.code, range: d.range })),
      BROKEN_FINDINGS,
    );
  });

  test('a clean zone has an empty diagnostics list and exit 0', () => {
    const result = cli('check', '--format=json', CLEAN);
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout), { files: [{ file: CLEAN, origin: 'clean.example.', diagnostics: [] }] });
  });

  test('--origin sets the origin', () => {
    const output = JSON.parse(cli('check', '--format', 'json', '--origin', 'example.net.', NO_ORIGIN).stdout);
    assert.deepEqual(output, { files: [{ file: NO_ORIGIN, origin: 'example.net.', diagnostics: [] }] });
  });

  test('a diagnostic in an included file carries that file', () => {
    const result = cli('check', '--format', 'json', WITH_INCLUDE);
    assert.equal(result.code, 1);
    const [file] = JSON.parse(result.stdout).files;
    assert.equal(file.file, WITH_INCLUDE);
    assert.equal(file.diagnostics.length, 1);
    const [diagnostic] = file.diagnostics;
    assert.deepEqual(Object.keys(diagnostic), ['code', 'severity', 'message', 'range', 'file']);
    assert.equal(diagnostic.file, INCLUDED);
    assert.equal(diagnostic.code, 'zone/invalid-rdata');
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 16 }, end: { line: 2, character: 26 } });
  });
});

describe('SARIF format', () => {
  test('a SARIF 2.1.0 log with rules and 1-based regions', () => {
    const result = cli('check', '--format', 'sarif', BROKEN);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const log = JSON.parse(result.stdout);
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    assert.deepEqual(run.tool.driver.name, 'postmark-zone');
    assert.equal(run.tool.driver.version, VERSION);
    assert.equal(run.tool.driver.informationUri, REPOSITORY_URL);
    const codes = BROKEN_FINDINGS.map((f) => f.code);
    assert.deepEqual(
      run.tool.driver.rules,
      codes.map((code) => ({
        id: code,
        shortDescription: { text: rules.find((r) => r.code === code)?.summary },
        helpUri: docsUrl(code),
        defaultConfiguration: { level: 'error' },
      })),
    );
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(REPO_ROOT).href}/` } });
    assert.equal(run.results.length, 2);
    run.results.forEach((sarifResult: Record<string, any>, i: number) => {
      const expected = BROKEN_FINDINGS[i];
      assert.equal(typeof sarifResult.message.text, 'string');
      assert.deepEqual(sarifResult, {
        ruleId: expected.code,
        ruleIndex: i,
        level: 'error',
        message: { text: sarifResult.message.text },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: BROKEN, uriBaseId: '%SRCROOT%' },
              region: {
                startLine: expected.range.start.line + 1,
                startColumn: expected.range.start.character + 1,
                endLine: expected.range.end.line + 1,
                endColumn: expected.range.end.character + 1,
              },
            },
          },
        ],
      });
    });
  });

  test('a clean zone: no rules, no results, exit 0', () => {
    const result = cli('check', '--format', 'sarif', CLEAN);
    assert.equal(result.code, 0);
    const [run] = JSON.parse(result.stdout).runs;
    assert.deepEqual(run.tool.driver.rules, []);
    assert.deepEqual(run.results, []);
  });

  test('a result in an included file points at that file', () => {
    const [run] = JSON.parse(cli('check', '--format', 'sarif', WITH_INCLUDE).stdout).runs;
    assert.equal(run.results.length, 1);
    assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, { uri: INCLUDED, uriBaseId: '%SRCROOT%' });
  });
});

describe('postmark-zone.json', () => {
  test('--config names a domain whose DKIM key is missing: a postmark/dkim-missing error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-cli-config-'));
    try {
      const config = join(dir, 'postmark-zone.json');
      writeFileSync(config, JSON.stringify({ domains: { 'clean.example': { dkim: [{ host: '20240101000000pm._domainkey' }] } } }));
      const result = cli('check', '--format', 'json', '--config', config, CLEAN);
      const codes = JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
      assert.ok(codes.includes('postmark/dkim-missing'), codes.join(', '));
      assert.equal(result.code, 1);
      const without = cli('check', '--format', 'json', CLEAN);
      assert.ok(!JSON.parse(without.stdout).files[0].diagnostics.some((d: { code: string }) => d.code === 'postmark/dkim-missing'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a --config file that does not exist is a usage error', () => {
    assertUsageFailure(cli('check', '--config', 'no/such/postmark-zone.json', CLEAN), /postmark-zone\.json/);
  });

  test('problems in the configuration are warnings with their position, and severities apply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pz-cli-config-'));
    try {
      const config = join(dir, 'postmark-zone.json');
      writeFileSync(config, '{\n  "domains": {},\n  "severities": { "zone/invalid-rdata": "off" },\n  "bogus": 1\n}\n');
      const result = cli('check', '--format', 'json', '--config', config, BROKEN);
      assert.match(result.stderr, /postmark-zone\.json:4:3 warning config /);
      const codes = JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
      assert.deepEqual(codes, ['zone/unknown-type']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
