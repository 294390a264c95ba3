// `node bench/prototypes/run-columnar.mjs [ROUNDS]` (after `npm run bench` made the zones): times
// the columnar-parse experiment (columnar-parse.ts) against parseZone on the 100k zone, each in a
// fresh worker with the CLI's 12 MB young generation, alternating, and prints the medians.
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = join(ROOT, 'bench', 'generated', 'columnar-parse.cjs');
const ZONE = join(ROOT, 'bench', 'generated', 'bench100k.example.zone');
const rounds = Number(process.argv[2] ?? 9);

await esbuild.build({ entryPoints: [join(ROOT, 'bench/prototypes/columnar-parse.ts')], outfile: BUNDLE, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });

const run = (model) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(BUNDLE, { workerData: { file: ZONE, origin: 'bench100k.example.', model }, resourceLimits: { maxYoungGenerationSizeMb: 12 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });

const results = { current: [], columnar: [] };
for (let round = 0; round < rounds; round++) {
  for (const model of round % 2 ? ['columnar', 'current'] : ['current', 'columnar']) results[model].push(await run(model));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [model, runs] of Object.entries(results)) {
  console.log(`${model.padEnd(9)} ${median(runs.map((r) => r.ms)).toFixed(0).padStart(5)} ms  heap ${median(runs.map((r) => r.heapMb)).toFixed(0)} MB  (${runs[0].records} records, median of ${runs.length})`);
}
