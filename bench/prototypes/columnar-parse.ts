// EXPERIMENT, not product code: how fast could the parse be with a columnar record model? Run by
// bench/prototypes/run-columnar.mjs, which times it against the real parser (parseZone, which
// also builds the owner index) in fresh worker threads with the CLI's young generation.
// Keeps per record only numbers in typed arrays (start, end, owner id, type, TTL, rdata offsets,
// the next record of the same owner); owner names interned in one Map, which is also the owner
// index; MX, CNAME and NS targets resolved to strings. It checks only what the bench zones need
// (plain names, TTLs, IPv4/IPv6 addresses, TXT string lengths) and keeps no finding positions, so
// its figure is a lower bound for a parser that does everything parseZone does.
import { readFileSync } from 'node:fs';
import { workerData, parentPort } from 'node:worker_threads';
import { Lexer } from '../../server/src/zone/lexer';
import { isPlainName, nameKey } from '../../server/src/zone/names';
import { parseTtl, looksLikeTtl } from '../../server/src/zone/ttl';
import { typeCode } from '../../server/src/zone/types';
import { isIpv4, isIpv6 } from '../../server/src/zone/rdata/address';
import { parseZone } from '../../server/src/zone/parser';

const { file, origin: origin0, model } = workerData as { file: string; origin: string; model: 'current' | 'columnar' };
const text = readFileSync(file).toString('utf8');

/** The columnar parse; the arrays it returns are what a zone would keep. */
function columnar() {
  let capacity = 1024;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) capacity++;
  const start = new Int32Array(capacity), end = new Int32Array(capacity), owner = new Int32Array(capacity);
  const type = new Uint16Array(capacity), ttl = new Uint32Array(capacity), rdStart = new Int32Array(capacity), rdEnd = new Int32Array(capacity);
  const nextSameOwner = new Int32Array(capacity).fill(-1);
  const targets: (string | undefined)[] = [];
  const ownerNames: string[] = [];
  const ownerFirst: number[] = [];
  const ownerLast: number[] = [];
  const ownerByKey = new Map<string, number>();
  const problems: number[] = [];
  let count = 0;
  let origin = origin0;
  let defaultTtl = 3600;
  let currentOwner = -1;
  const wordStart = new Int32Array(64), wordEnd = new Int32Array(64);
  const quoted = new Uint8Array(64);
  const lx = new Lexer(text);
  let pending = lx.next();
  while (pending) {
    const blank = lx.kind === 'space';
    let n = 0, depth = 0;
    for (; pending; pending = lx.next()) {
      const k = lx.kind;
      if (k === 'newline') { if (depth === 0) { pending = lx.next(); break; } }
      else if (k === 'open') depth++;
      else if (k === 'close') depth--;
      else if (k === 'word' || k === 'quoted') { if (n < 64) { wordStart[n] = lx.start; wordEnd[n] = lx.end; quoted[n] = k === 'quoted' ? 1 : 0; n++; } }
    }
    if (n === 0) continue;
    let i = 0;
    if (!blank && text.charCodeAt(wordStart[0]) === 36 /* $ */) {
      const d = text.slice(wordStart[0], wordEnd[0]);
      if (d === '$ORIGIN') { const w = text.slice(wordStart[1], wordEnd[1]); origin = w.endsWith('.') ? w : `${w}.${origin}`; }
      else if (d === '$TTL') defaultTtl = parseTtl(text.slice(wordStart[1], wordEnd[1])) ?? defaultTtl;
      continue;
    }
    if (!blank) {
      const written = text.slice(wordStart[0], wordEnd[0]);
      const name = written === '@' ? origin : written.endsWith('.') ? written : `${written}.${origin}`;
      if (!isPlainName(written, origin)) problems.push(count);
      const key = nameKey(name);
      let id = ownerByKey.get(key);
      if (id === undefined) { id = ownerNames.length; ownerNames.push(name); ownerFirst.push(-1); ownerLast.push(-1); ownerByKey.set(key, id); }
      currentOwner = id;
      i = 1;
    }
    let recordTtl = defaultTtl;
    for (let round = 0; round < 2 && i < n; round++) {
      const c = text.charCodeAt(wordStart[i]);
      if (c >= 48 && c <= 57) { const w = text.slice(wordStart[i], wordEnd[i]); if (looksLikeTtl(w)) { recordTtl = parseTtl(w) ?? 0; i++; continue; } }
      if (wordEnd[i] - wordStart[i] === 2 && c === 73 && text.charCodeAt(wordStart[i] + 1) === 78) { i++; continue; }
    }
    const code = typeCode(text.slice(wordStart[i], wordEnd[i]));
    if (code === undefined) { problems.push(count); continue; }
    i++;
    const r = count++;
    start[r] = wordStart[0]; end[r] = wordEnd[n - 1]; owner[r] = currentOwner; type[r] = code; ttl[r] = recordTtl;
    rdStart[r] = i < n ? wordStart[i] : -1; rdEnd[r] = wordEnd[n - 1];
    const last = ownerLast[currentOwner];
    if (last < 0) ownerFirst[currentOwner] = r; else nextSameOwner[last] = r;
    ownerLast[currentOwner] = r;
    if (code === 1) { if (!isIpv4(text.slice(wordStart[i], wordEnd[i]))) problems.push(r); }
    else if (code === 28) { if (!isIpv6(text.slice(wordStart[i], wordEnd[i]))) problems.push(r); }
    else if (code === 5 || code === 2 || code === 15) {
      const t = code === 15 ? i + 1 : i;
      const w = text.slice(wordStart[t], wordEnd[t]);
      const name = w === '@' ? origin : w.endsWith('.') ? w : `${w}.${origin}`;
      name.charCodeAt(0);
      targets[r] = name;
    } else if (code === 16) {
      for (let j = i; j < n; j++) if (wordEnd[j] - wordStart[j] > 257) problems.push(r);
    }
  }
  return { count, owners: ownerNames.length, problems: problems.length, keep: [start, end, owner, type, ttl, rdStart, rdEnd, nextSameOwner, targets, ownerNames, ownerFirst, ownerByKey] };
}

const started = performance.now();
let records: number;
if (model === 'current') records = parseZone(text, { file, origin: origin0 }).records.length;
else records = columnar().count;
parentPort!.postMessage({ ms: performance.now() - started, records, heapMb: process.memoryUsage().heapUsed / 2 ** 20 });
