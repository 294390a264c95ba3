// Bundles the extension-host suite (test/vscode/suite/*.ts) into out/vscode-suite/: one CommonJS
// file per test plus index.js (the extensionTestsPath); `vscode` and `mocha` stay external.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SUITE_SOURCE = 'test/vscode/suite';
export const SUITE_OUT = 'out/vscode-suite';

export async function buildSuite() {
  const entryPoints = readdirSync(SUITE_SOURCE)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .map((name) => join(SUITE_SOURCE, name));
  rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: SUITE_OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return entryPoints.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = await buildSuite();
  console.log(`bundled ${count} extension-host suite files into ${SUITE_OUT}/`);
}
