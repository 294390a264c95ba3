// Bundles the three entry points: the VS Code extension (vscode stays external), the language
// server and the CLI. Type-checking is tsc's job (`npm run build` runs it first).
// `node esbuild.mjs [extension|server|cli]... [--production]`: all bundles when none is named.
import * as esbuild from 'esbuild';

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
  cli: { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
};

const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !(name in bundles));
if (unknown.length > 0) {
  console.error(`esbuild.mjs: unknown bundle ${unknown.join(', ')} (expected ${Object.keys(bundles).join(', ')})`);
  process.exit(2);
}
await Promise.all((named.length > 0 ? named : Object.keys(bundles)).map((name) => esbuild.build({ ...common, ...bundles[name] })));
