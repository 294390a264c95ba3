// Real authoritative DNS servers for the live tests: BIND `named` on 127.0.0.1 at a free port
// with a generated named.conf and zone files in a temp dir, ready once it answers a real query;
// and a UDP socket that never answers. Everything stays on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryDns, type DnsServer } from '../../server/src/live/dns-client';

export interface ServedZone {
  /** Zone name without the trailing dot, e.g. `example.com`. */
  name: string;
  /** Zone file text; a text named cannot load makes it answer SERVFAIL for the zone. */
  text: string;
}

export interface NamedServer extends DnsServer {
  dir: string;
  /** What named printed (it runs with -g: logs on stderr), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

const CANDIDATES = ['/usr/sbin/named', '/usr/local/sbin/named', '/usr/bin/named'];

/** Path of the named binary, or undefined when BIND is not installed. */
export function findNamed(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path));
}

export const NAMED_MISSING = 'BIND named is not installed (Debian package bind9; .ci/run installs it): live DNS tests skipped';

/** A port free for both UDP and TCP on the address (bound to 0 and released). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, host, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const udpFree = await new Promise<boolean>((resolve) => {
      const socket = createSocket('udp4');
      socket.once('error', () => resolve(false));
      socket.bind(port, host, () => socket.close(() => resolve(true)));
    });
    if (port > 0 && udpFree) return port;
  }
  throw new Error('no free port found on loopback');
}

function namedConf(dir: string, host: string, port: number, zones: readonly ServedZone[], extraOptions: readonly string[]): string {
  const zoneClauses = zones.map((zone, i) => `zone "${zone.name}" { type primary; file "zone-${i}.db"; };`);
  return [
    'options {',
    `  directory "${dir}";`,
    `  listen-on port ${port} { ${host}; };`,
    '  listen-on-v6 { none; };',
    '  recursion no;',
    '  dnssec-validation no;',
    `  pid-file "${join(dir, 'named.pid')}";`,
    `  session-keyfile "${join(dir, 'session.key')}";`,
    `  managed-keys-directory "${dir}";`,
    '  notify no;',
    ...extraOptions.map((line) => `  ${line}`),
    '};',
    'controls { };',
    ...zoneClauses,
    '',
  ].join('\n');
}

/** Starts named serving the zones; resolves once it answers an SOA query for the first zone. */
export interface StartOptions {
  host?: string;
  readyTimeoutMs?: number;
  /** More lines for the options block, e.g. `minimal-responses no;`. */
  options?: string[];
}

/** Another process took the free port between our check and named's bind: try a new one. */
class PortTaken extends Error {}

export async function startNamed(zones: readonly ServedZone[], options: StartOptions = {}): Promise<NamedServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchNamed(zones, options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
}

async function launchNamed(zones: readonly ServedZone[], options: StartOptions): Promise<NamedServer> {
  const binary = findNamed();
  if (!binary) throw new Error(NAMED_MISSING);
  const host = options.host ?? '127.0.0.1';
  const port = await freePort(host);
  const dir = mkdtempSync(join(tmpdir(), 'pz-named-'));
  zones.forEach((zone, i) => writeFileSync(join(dir, `zone-${i}.db`), zone.text));
  writeFileSync(join(dir, 'named.conf'), namedConf(dir, host, port, zones, options.options ?? []));

  let output = '';
  const child: ChildProcess = spawn(binary, ['-g', '-n', '1', '-c', join(dir, 'named.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  // Poll with real queries until named serves the first zone (or exits, or takes too long).
  const limitMs = options.readyTimeoutMs ?? 15000;
  const deadline = Date.now() + limitMs;
  const probe = zones[0]?.name ?? '.';
  for (;;) {
    if (/address in use|unable to listen/i.test(output)) {
      await stop();
      throw new PortTaken(`port ${port} was taken`);
    }
    if (!running) {
      await stop();
      throw new Error(`named exited before answering:\n${output}`);
    }
    const answer = await queryDns({ host, port }, probe, 'SOA', { timeoutMs: 200, retries: 0 });
    if (answer.ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`named did not answer within ${limitMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { host, port, dir, log: () => output, stop };
}

/** A bound UDP port that reads queries and never answers. */
export async function startSilentServer(host = '127.0.0.1'): Promise<DnsServer & { received(): number; stop(): Promise<void> }> {
  const socket: UdpSocket = createSocket('udp4');
  let received = 0;
  socket.on('message', () => received++);
  await new Promise<void>((resolve) => socket.bind(0, host, () => resolve()));
  const port = socket.address().port;
  return { host, port, received: () => received, stop: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}
