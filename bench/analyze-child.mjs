// Child process of the benchmark: times analyze() (parse + every check) in-process on one zone,
// `runs` times with a GC in between, and prints JSON: times, record and finding counts, peak RSS
// and the heap the last analysis keeps alive. Run: node --expose-gc analyze-child.mjs CORE FILE ORIGIN RUNS
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [corePath, file, origin, runsText] = process.argv.slice(2);
const { analyze } = await import(pathToFileURL(corePath).href);
const text = readFileSync(file, 'utf8');
const baselineHeap = (globalThis.gc?.(), process.memoryUsage().heapUsed);

const timesMs = [];
let analysis;
for (let i = 0; i < Number(runsText); i++) {
  analysis = undefined;
  globalThis.gc?.();
  const started = performance.now();
  analysis = analyze(text, { file, origin });
  timesMs.push(performance.now() - started);
}
globalThis.gc?.();
const severities = { error: 0, warning: 0, information: 0, hint: 0 };
for (const finding of analysis.findings) severities[finding.severity]++;
process.stdout.write(
  JSON.stringify({
    timesMs,
    records: analysis.zone.records.length,
    originSource: analysis.zone.originSource,
    findings: severities,
    firstFindings: analysis.findings.slice(0, 5).map((f) => `${f.code}: ${f.message}`),
    maxRssKb: process.resourceUsage().maxRSS,
    retainedHeapMb: (process.memoryUsage().heapUsed - baselineHeap) / 2 ** 20,
  }),
);
