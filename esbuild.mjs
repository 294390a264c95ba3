// Bundles the three entry points: the VS Code extension (vscode stays external), the language
// server and the CLI. Type-checking is tsc's job (`npm run build` runs it first).
// `node esbuild.mjs [extension|server|cli]... [--production]`: all bundles when none is named.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Prefer ES modules: jsonc-parser's UMD build requires files esbuild cannot see.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const bundles = {
  extension: { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  server: { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // dist/cli.js (bin.ts) loads dist/cli-bundle.js with the code cache writeCliCodeCache makes.
  // The bundle's first line is a new build id each time: bin.ts ignores a cache of another build.
  cli: [
    { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
    { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-bundle.js', banner: { js: `// postmark-zone CLI, build ${randomUUID()}` } },
  ],
};

/** Whatever a bundle needs once it is built. */
const afterBuild = { cli: writeCliCodeCache };

/**
 * Checks the example zone once with POSTMARK_ZONE_WRITE_CODE_CACHE=1, so that dist/cli.js writes
 * the V8 code cache of the bundle and of every function that check ran (server/src/cli/bin.ts).
 */
function writeCliCodeCache() {
  // No need to delete the old cache first: dist/cli.js ignores a cache made for another build.
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/example.com.zone'], {
    env: { ...process.env, POSTMARK_ZONE_WRITE_CODE_CACHE: '1' },
    encoding: 'utf8',
  });
  // The example has one error on purpose (exit 1); anything else means the CLI is broken.
  if (run.status !== 1 || !cacheIsForBundle()) {
    throw new Error(`esbuild.mjs: writing the CLI's code cache failed (exit ${run.status}):\n${run.stderr}`);
  }
}

/** True when dist/cli-bundle.cache exists and starts with the bundle's first line (its build id). */
function cacheIsForBundle() {
  const firstLine = (text) => text.slice(0, text.indexOf('\n'));
  try {
    return firstLine(readFileSync('dist/cli-bundle.cache', 'latin1')) === firstLine(readFileSync('dist/cli-bundle.js', 'utf8'));
  } catch {
    return false;
  }
}

const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !(name in bundles));
if (unknown.length > 0) {
  console.error(`esbuild.mjs: unknown bundle ${unknown.join(', ')} (expected ${Object.keys(bundles).join(', ')})`);
  process.exit(2);
}
await Promise.all(
  (named.length > 0 ? named : Object.keys(bundles)).map(async (name) => {
    await Promise.all([bundles[name]].flat().map((options) => esbuild.build({ ...common, ...options })));
    afterBuild[name]?.();
  }),
);
