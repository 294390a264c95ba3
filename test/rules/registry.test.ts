// The rule registry: codes unique and sorted, each code the path of its file, with a docs page,
// a one-line summary and a test; parser codes registered; the README table up to date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { rules } from '../../server/src/rules/index';
import { END_MARKER, START_MARKER, replaceTable, rulesTable } from '../../scripts/rules-table';

const ROOT = join(__dirname, '..', '..');
const RULES_DIR = join(ROOT, 'server', 'src', 'rules');

function filesUnder(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'fixtures' ? [] : filesUnder(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

test('codes are unique, sorted and shaped family/kebab-name', () => {
  const codes = rules.map((rule) => rule.code);
  assert.equal(new Set(codes).size, codes.length, 'duplicate codes');
  assert.deepEqual(codes, [...codes].sort());
  for (const code of codes) assert.match(code, /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, code);
});

test('every rule has a file named after its code', () => {
  for (const rule of rules) {
    assert.ok(existsSync(join(RULES_DIR, `${rule.code}.ts`)), `server/src/rules/${rule.code}.ts is missing`);
  }
});

test('every rule module under rules/<family>/ is registered, under the code of its path', async () => {
  const registered = new Set<unknown>(rules);
  for (const file of filesUnder(RULES_DIR, '.ts')) {
    const path = relative(RULES_DIR, file).replace(/\\/g, '/');
    if (!path.includes('/')) continue; // rule.ts, index.ts and helpers at the top
    const module = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(module)) {
      if (!isRule(value)) continue;
      assert.ok(registered.has(value), `${path} exports '${value.code}', which is not in rules/index.ts`);
      assert.equal(`${value.code}.ts`, path, `${path} exports a rule with code '${value.code}'`);
    }
  }
});

test('every rule has a docs page whose title is its code', () => {
  for (const rule of rules) {
    const page = join(ROOT, 'docs', 'rules', `${rule.code}.md`);
    assert.ok(existsSync(page), `docs/rules/${rule.code}.md is missing`);
    assert.equal(readFileSync(page, 'utf8').split(/\r?\n/)[0], `# ${rule.code}`, `title of docs/rules/${rule.code}.md`);
  }
});

test('every summary is one line and every severity is known', () => {
  for (const rule of rules) {
    assert.ok(rule.summary.trim().length > 0, `${rule.code}: empty summary`);
    assert.doesNotMatch(rule.summary, /[\r\n]/, `${rule.code}: summary spans lines`);
    assert.ok(['error', 'warning', 'information', 'hint'].includes(rule.severity), rule.code);
  }
});

test('every code appears in some test file', () => {
  const testText = filesUnder(join(ROOT, 'test'), '.test.ts')
    .filter((file) => !file.endsWith('registry.test.ts'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const untested = rules.map((rule) => rule.code).filter((code) => !testText.includes(`'${code}'`));
  assert.deepEqual(untested, [], 'codes no test mentions');
});

test('every code the parser reports is registered', () => {
  const registered = new Set(rules.map((rule) => rule.code));
  const reported = new Set<string>();
  for (const file of filesUnder(join(ROOT, 'server', 'src', 'zone'), '.ts')) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(zone\/[a-z0-9-]+)'/g)) reported.add(match[1]);
  }
  assert.ok(reported.size > 0, 'found no codes in server/src/zone');
  assert.deepEqual([...reported].filter((code) => !registered.has(code)).sort(), []);
});

test('the README rules table is up to date', (t) => {
  const readme = join(ROOT, 'README.md');
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const updated = replaceTable(text);
  if (updated === undefined) {
    t.skip('README.md has no <!-- rules:start --> / <!-- rules:end --> markers');
    return;
  }
  assert.ok(text === updated, 'the README rules table is stale: run node --import tsx scripts/rules-table.ts --write README.md');
});

test('rulesTable links each code to its page and escapes pipes', () => {
  const table = rulesTable([{ code: 'x/a-b', summary: 'one | two', severity: 'hint', check: () => [] }]);
  assert.equal(table, '| Code | Severity | Summary |\n| --- | --- | --- |\n| [`x/a-b`](docs/rules/x/a-b.md) | hint | one \\| two |\n');
  assert.equal(rulesTable().split('\n').length, rules.length + 3);
});

test('replaceTable rewrites only between the markers, keeps CRLF, and is idempotent', () => {
  const text = `intro\r\n${START_MARKER}\r\nold\r\n${END_MARKER}\r\nrest\r\n`;
  const once = replaceTable(text, 'T1\nT2\n')!;
  assert.equal(once, `intro\r\n${START_MARKER}\r\nT1\r\nT2\r\n${END_MARKER}\r\nrest\r\n`);
  assert.equal(replaceTable(once, 'T1\nT2\n'), once);
  assert.equal(replaceTable('no markers here'), undefined);
});

test('scripts/rules-table.ts --check fails on a stale table and --write fixes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rules-table-'));
  try {
    const readme = join(dir, 'README.md');
    writeFileSync(readme, `# x\n${START_MARKER}\nstale\n${END_MARKER}\n`);
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'rules-table.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run('--check', readme).status, 1);
    assert.equal(run('--write', readme).status, 0);
    assert.equal(readFileSync(readme, 'utf8'), `# x\n${START_MARKER}\n${rulesTable()}${END_MARKER}\n`);
    assert.equal(run('--check', readme).status, 0);
    assert.equal(run('--check', join(dir, 'missing.md')).status, 2);
    const printed = run();
    assert.equal(printed.status, 0);
    assert.equal(printed.stdout, rulesTable());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function isRule(value: unknown): value is { code: string } {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string' && typeof (value as { check?: unknown }).check === 'function';
}
