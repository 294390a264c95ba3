// Timing helpers for the benchmark: statistics, whether a command exists, and one timed run of
// a child process with its peak memory (GNU time's %M when /usr/bin/time exists, else unknown).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** Runs `command args` once: wall-clock ms, exit code, peak RSS in KiB (undefined if unknown). */
export async function timeCommand(command, args, options = {}) {
  const scratch = hasGnuTime ? mkdtempSync(join(tmpdir(), 'pz-bench-')) : undefined;
  const [file, argv] = scratch ? [GNU_TIME, ['-f', '%M', '-o', join(scratch, 'rss'), command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    if (stderr.length < 4000) stderr += chunk;
  });
  const code = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve(status));
  });
  const ms = performance.now() - started;
  let maxRssKb;
  if (scratch) {
    const reported = Number.parseInt(readFileSync(join(scratch, 'rss'), 'utf8').trim().split('\n').pop() ?? '', 10);
    if (Number.isFinite(reported)) maxRssKb = reported;
    rmSync(scratch, { recursive: true, force: true });
  }
  return { ms, code, maxRssKb, stderr };
}

/**
 * `runs` rounds, each running every command once (the order rotating from round to round), so
 * that a machine slowing down or speeding up during the benchmark weighs on every command alike.
 * Per command: median and min wall-clock, the largest peak RSS, the exit codes seen.
 */
export async function timeRounds(commands, runs) {
  const results = commands.map(() => []);
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (round + k) % commands.length;
      const { command, args, options } = commands[index];
      results[index].push(await timeCommand(command, args, options));
    }
  }
  return results.map(summarize);
}

function summarize(results) {
  const rss = results.map((r) => r.maxRssKb).filter((v) => v !== undefined);
  return {
    medianMs: median(results.map((r) => r.ms)),
    minMs: Math.min(...results.map((r) => r.ms)),
    maxRssKb: rss.length ? Math.max(...rss) : undefined,
    exitCodes: [...new Set(results.map((r) => r.code))],
    stderr: results.find((r) => r.stderr)?.stderr ?? '',
  };
}
