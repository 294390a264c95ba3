// server/src/live is the only place that does network I/O: no other source file (server or
// client) imports node:dgram, node:net, node:dns or dns-packet; the pure core never imports live/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NETWORK_MODULES = /from\s+'(?:node:)?(?:dgram|net|dns|dns\/promises)'|from\s+'dns-packet'|require\('(?:node:)?(?:dgram|net|dns)'\)/;
/** Value imports (not `import type`, which is erased) of a module path matching `target`. */
function importsValueFrom(text: string, target: RegExp): boolean {
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].some((m) => target.test(m[1]));
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'server', 'src')), ...sources(join(ROOT, 'client', 'src'))].map((path) => ({ path: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }));

test('only server/src/live imports network modules', () => {
  const offenders = files.filter((f) => !f.path.startsWith('server/src/live/') && NETWORK_MODULES.test(f.text)).map((f) => f.path);
  assert.deepEqual(offenders, []);
  assert.ok(files.some((f) => f.path === 'server/src/live/dns-client.ts' && NETWORK_MODULES.test(f.text)), 'the check sees the real client');
});

test('the pure core (zone, rules, analyze) and the VS Code client do not load live/ code', () => {
  const core = (path: string) => path.startsWith('server/src/zone/') || path.startsWith('server/src/rules/') || path === 'server/src/analyze.ts';
  const offenders = files
    .filter((f) => (core(f.path) && importsValueFrom(f.text, /(?:^|\/)live\//)) || (f.path.startsWith('client/src/') && importsValueFrom(f.text, /server\/src\/live\//)))
    .map((f) => f.path);
  assert.deepEqual(offenders, []);
});
