// The .vsix users install: built by `npm run package` (reused when newer than its sources, else
// built here in a staging copy), opened as a zip: bundles, grammar, schema, docs and icon are in,
// sources, tests, maps and node_modules are out, every path package.json names resolves, and it stays small.
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import type { ZipEntry } from '../../scripts/vsix.mjs' with { 'resolution-mode': 'import' };

// scripts/vsix.mjs is an ES module (the e2e launcher uses it too); this file is CommonJS.
const tools = import('../../scripts/vsix.mjs');

const MAX_VSIX_BYTES = 1024 * 1024;

let vsix: string;
let entries: ZipEntry[];
let names: Set<string>;
let cleanup: (() => void) | undefined;

let ROOT: string;
let readZipEntry: (path: string, name: string) => Promise<string>;

before(async () => {
  const { freshVsix, listZip, packageInStaging } = await tools;
  ({ ROOT, readZipEntry } = await tools);
  const fresh = freshVsix();
  if (fresh) {
    vsix = fresh;
  } else {
    const built = packageInStaging();
    vsix = built.path;
    cleanup = built.dispose;
  }
  entries = await listZip(vsix);
  names = new Set(entries.map((entry) => entry.name));
});

after(() => cleanup?.());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

test('the .vsix holds the bundles and everything VS Code reads at run time', (t) => {
  t.diagnostic(cleanup ? `built in a staging copy: ${vsix}` : `reused ${relative(ROOT, vsix)} from \`npm run package\``);
  for (const name of [
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/readme.md',
    'extension/changelog.md',
    'extension/LICENSE.txt',
    'extension/language-configuration.json',
    'extension/syntaxes/zone.tmLanguage.json',
    'extension/schemas/postmark-zone.schema.json',
    'extension/images/icon.png',
    'extension/dist/extension.js',
    'extension/dist/server.js',
    'extension/docs/zone-format.md',
  ]) {
    assert.ok(names.has(name), `${name} is in the .vsix`);
  }
  const rulePages = filesUnder(join(ROOT, 'docs', 'rules')).filter((file) => file.endsWith('.md'));
  assert.ok(rulePages.length > 10, 'the repository has rule pages');
  for (const page of rulePages) assert.ok(names.has(`extension/${relative(ROOT, page)}`), `${relative(ROOT, page)} is in the .vsix`);
});

test('no sources, tests, source maps or node_modules', () => {
  const forbidden = [/^extension\/(client|server|test|bench|scripts|examples|node_modules|out|\.cache|\.ci|test-results)\//, /\.ts$/, /\.map$/, /\.vsix$/, /tsconfig\.json$/, /esbuild\.mjs$/, /package-lock\.json$/];
  const offending = [...names].filter((name) => forbidden.some((pattern) => pattern.test(name)));
  assert.deepEqual(offending, []);
  const unexpected = [...names].filter((name) => name.startsWith('extension/dist/') && !/^extension\/dist\/(extension|server)\.js$/.test(name));
  assert.deepEqual(unexpected, [], 'only the extension and server bundles from dist/');
});

test('every path package.json names is in the .vsix, with the activation event and engine', async () => {
  const manifest = JSON.parse(await readZipEntry(vsix, 'extension/package.json'));
  const inVsix = (path: string) => names.has(`extension/${path.replace(/^\.\//, '')}`);
  const referenced = [
    manifest.main,
    manifest.icon,
    ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
    ...manifest.contributes.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
    ...(manifest.contributes.jsonValidation ?? []).map((v: { url: string }) => v.url),
  ];
  for (const path of referenced) assert.ok(inVsix(path), `${path} (named in package.json) is in the .vsix`);
  assert.ok(manifest.activationEvents.includes('onLanguage:zone'), 'activates on zone files');
  assert.match(manifest.engines.vscode, /^\^1\.\d+\.\d+$/);
  const vsixManifest = await readZipEntry(vsix, 'extension.vsixmanifest');
  assert.match(vsixManifest, new RegExp(`<Identity [^>]*Id="${manifest.name}"[^>]*Publisher="${manifest.publisher}"`));
});

test('the bundles are production builds that need nothing but vscode and Node', async () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  for (const bundle of ['extension/dist/extension.js', 'extension/dist/server.js']) {
    const code = await readZipEntry(vsix, bundle);
    assert.doesNotMatch(code, /sourceMappingURL/, `${bundle} has no source map`);
    assert.ok(code.split('\n').length < 50, `${bundle} is minified (${code.split('\n').length} lines)`);
    const required = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))];
    const external = required.filter((name) => !builtins.has(name) && name !== 'vscode');
    assert.deepEqual(external, [], `${bundle} requires only built-ins${bundle.includes('extension.js') ? ' and vscode' : ''}`);
    if (bundle.includes('server.js')) assert.ok(!required.includes('vscode'), 'the server does not need vscode');
  }
});

test('the .vsix stays small', (t) => {
  const bytes = statSync(vsix).size;
  const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
  t.diagnostic(`.vsix size: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB), ${entries.length} files, ${(unpacked / 1024).toFixed(1)} KiB unpacked`);
  assert.ok(bytes < MAX_VSIX_BYTES, `${bytes} bytes < ${MAX_VSIX_BYTES}`);
});
