// One DNS question to one server, addressed directly (RFC 1035 §4.2): UDP first, the same
// question over TCP when the answer comes back truncated (RFC 7766 §5), a per-attempt timeout,
// retries and AbortSignal cancellation. Never throws: every failure is a result.
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import { connect, isIP, type Socket as TcpSocket } from 'node:net';
import * as dnsPacket from 'dns-packet';
import { toDnsAnswer, type DnsAnswer } from './dns-answers';

export interface DnsServer {
  /** An IPv4 or IPv6 address. */
  host: string;
  port: number;
}

export type QueryType = 'A' | 'AAAA' | 'NS' | 'TXT' | 'CNAME' | 'MX' | 'SOA';

export interface QueryOptions {
  /** Per attempt, in milliseconds. */
  timeoutMs?: number;
  /** Attempts after the first one that got no answer in time. */
  retries?: number;
  signal?: AbortSignal;
  /** RD bit: set when asking a recursive resolver, clear for authoritative servers. */
  recursionDesired?: boolean;
  /** EDNS0 UDP payload size (RFC 6891); 0 sends a plain RFC 1035 query (512-byte UDP answers). */
  ednsUdpSize?: number;
}

export const DEFAULT_TIMEOUT_MS = 2000;
export const DEFAULT_RETRIES = 1;
/** The DNS Flag Day 2020 size: fits unfragmented in nearly every path. */
export const DEFAULT_EDNS_UDP_SIZE = 1232;

export interface DnsResponse {
  ok: true;
  /** `NOERROR`, `NXDOMAIN`, `SERVFAIL`, `REFUSED`, ... */
  rcode: string;
  /** Authoritative Answer bit. */
  aa: boolean;
  /** The last UDP answer had the TC bit (the answer here then came over TCP). */
  truncated: boolean;
  viaTcp: boolean;
  answers: DnsAnswer[];
  authority: DnsAnswer[];
  elapsedMs: number;
  attempts: number;
}

export interface DnsFailure {
  ok: false;
  error: 'timeout' | 'network' | 'malformed' | 'cancelled';
  message: string;
  elapsedMs: number;
  attempts: number;
}

export type QueryResult = DnsResponse | DnsFailure;

/** The function every live check asks through (tests may inject another). */
export type QueryFunction = (server: DnsServer, name: string, type: QueryType, options?: QueryOptions) => Promise<QueryResult>;

type Exchange = { kind: 'answer'; packet: dnsPacket.DecodedPacket } | { kind: 'failure'; error: DnsFailure['error']; message: string };

export const queryDns: QueryFunction = async (server, name, type, options = {}) => {
  const started = performance.now();
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const tries = 1 + Math.max(0, Math.floor(options.retries ?? DEFAULT_RETRIES));
  const elapsed = () => Math.round(performance.now() - started);
  const fail = (error: DnsFailure['error'], message: string, attempts: number): DnsFailure => ({ ok: false, error, message, elapsedMs: elapsed(), attempts });
  if (isIP(server.host) === 0) return fail('network', `'${server.host}' is not an IP address`, 0);
  if (options.signal?.aborted) return fail('cancelled', 'cancelled', 0);

  let attempts = 0;
  let last: Exchange = { kind: 'failure', error: 'timeout', message: '' };
  while (attempts < tries) {
    attempts++;
    last = await exchangeUdp(server, name, type, options, timeoutMs);
    if (last.kind === 'answer' || last.error !== 'timeout') break;
  }
  if (last.kind === 'failure') {
    const message = last.error === 'timeout' ? `no answer from ${describeServer(server)} within ${timeoutMs} ms (${attempts} ${attempts === 1 ? 'attempt' : 'attempts'})` : last.message;
    return fail(last.error, message, attempts);
  }
  let packet = last.packet;
  let tcpOptions = options;
  if (rcodeOf(packet) === 'FORMERR' && (options.ednsUdpSize ?? DEFAULT_EDNS_UDP_SIZE) > 0) {
    // A server that does not know EDNS0 answers FORMERR: ask again without it (RFC 6891 §7).
    tcpOptions = { ...options, ednsUdpSize: 0 };
    const plain = await exchangeUdp(server, name, type, tcpOptions, timeoutMs);
    attempts++;
    if (plain.kind === 'answer') packet = plain.packet;
  }
  const truncated = packet.flag_tc;
  let viaTcp = false;
  if (truncated) {
    const overTcp = await exchangeTcp(server, name, type, tcpOptions, timeoutMs);
    if (overTcp.kind === 'failure') {
      const why = overTcp.error === 'timeout' ? `no answer within ${timeoutMs} ms` : overTcp.message;
      return fail(overTcp.error === 'cancelled' ? 'cancelled' : overTcp.error, `the UDP answer was truncated and TCP failed: ${why}`, attempts + 1);
    }
    packet = overTcp.packet;
    viaTcp = true;
    attempts++;
  }
  return {
    ok: true,
    rcode: rcodeOf(packet),
    aa: packet.flag_aa,
    truncated,
    viaTcp,
    answers: (packet.answers ?? []).flatMap(toDnsAnswer),
    authority: (packet.authorities ?? []).flatMap(toDnsAnswer),
    elapsedMs: elapsed(),
    attempts,
  };
};

export function describeServer(server: DnsServer): string {
  const host = isIP(server.host) === 6 ? `[${server.host}]` : server.host;
  return server.port === 53 ? host : `${host}:${server.port}`;
}

function buildQuery(name: string, type: QueryType, options: QueryOptions): dnsPacket.Packet {
  const edns = options.ednsUdpSize ?? DEFAULT_EDNS_UDP_SIZE;
  return {
    type: 'query',
    id: randomId(),
    flags: options.recursionDesired ? dnsPacket.RECURSION_DESIRED : 0,
    questions: [{ type, name: name.replace(/\.$/, '') || '.', class: 'IN' }],
    additionals: edns > 0 ? [{ type: 'OPT', name: '.', udpPayloadSize: Math.max(512, edns), extendedRcode: 0, ednsVersion: 0, flags: 0, flag_do: false, options: [] }] : [],
  };
}

function randomId(): number {
  return Math.floor(Math.random() * 0x10000);
}

/** True for an answer to our question: same id, QR set, same name (any case) and type. */
function answersQuery(packet: dnsPacket.DecodedPacket, query: dnsPacket.Packet): boolean {
  const asked = query.questions![0];
  const echoed = packet.questions?.[0];
  if (packet.id !== query.id || !packet.flag_qr || !echoed) return false;
  return echoed.type === asked.type && echoed.name.toLowerCase() === asked.name.toLowerCase();
}

function rcodeOf(packet: dnsPacket.DecodedPacket): string {
  return (packet as { rcode?: string }).rcode ?? 'NOERROR';
}

function decode(buffer: Buffer): dnsPacket.DecodedPacket | undefined {
  try {
    return dnsPacket.decode(buffer);
  } catch {
    return undefined;
  }
}

/** One UDP attempt: resolves with the first matching answer, a failure, or a timeout. */
function exchangeUdp(server: DnsServer, name: string, type: QueryType, options: QueryOptions, timeoutMs: number): Promise<Exchange> {
  const query = buildQuery(name, type, options);
  return new Promise((resolve) => {
    let socket: UdpSocket | undefined;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: Exchange) => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      try {
        socket?.close();
      } catch {
        // already closed
      }
      socket = undefined;
      resolve(result);
    };
    const onAbort = () => finish({ kind: 'failure', error: 'cancelled', message: 'cancelled' });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    timer = setTimeout(() => finish({ kind: 'failure', error: 'timeout', message: 'timeout' }), timeoutMs);
    socket = createSocket(isIP(server.host) === 6 ? 'udp6' : 'udp4');
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'failure', error: 'network', message: networkMessage(server, error) }));
    socket.on('message', (buffer) => {
      const packet = decode(buffer);
      // Anything that is not the answer to this question is ignored (a late or forged packet).
      if (packet && answersQuery(packet, query)) finish({ kind: 'answer', packet });
      else if (!packet && buffer.length >= 2 && buffer.readUInt16BE(0) === query.id) {
        finish({ kind: 'failure', error: 'malformed', message: `${describeServer(server)} sent an answer that could not be decoded` });
      }
    });
    // A connected socket reports ICMP port-unreachable as ECONNREFUSED instead of a timeout.
    socket.connect(server.port, server.host, () => {
      socket?.send(dnsPacket.encode(query), (error) => {
        if (error) finish({ kind: 'failure', error: 'network', message: networkMessage(server, error) });
      });
    });
  });
}

/** The question over TCP with the two-octet length prefix (RFC 1035 §4.2.2). */
function exchangeTcp(server: DnsServer, name: string, type: QueryType, options: QueryOptions, timeoutMs: number): Promise<Exchange> {
  const query = buildQuery(name, type, options);
  return new Promise((resolve) => {
    let socket: TcpSocket | undefined;
    let received = Buffer.alloc(0);
    const finish = (result: Exchange) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      socket = undefined;
      resolve(result);
    };
    const onAbort = () => finish({ kind: 'failure', error: 'cancelled', message: 'cancelled' });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => finish({ kind: 'failure', error: 'timeout', message: 'timeout' }), timeoutMs);
    socket = connect({ host: server.host, port: server.port });
    socket.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'failure', error: 'network', message: networkMessage(server, error, 'TCP') }));
    socket.on('connect', () => socket?.write(dnsPacket.streamEncode(query)));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const length = received.readUInt16BE(0);
      if (received.length < 2 + length) return;
      const packet = decode(received.subarray(2, 2 + length));
      if (packet && answersQuery(packet, query)) finish({ kind: 'answer', packet });
      else finish({ kind: 'failure', error: 'malformed', message: `${describeServer(server)} sent a TCP answer that does not match the question` });
    });
    socket.on('end', () => finish({ kind: 'failure', error: 'network', message: `${describeServer(server)} closed the TCP connection without an answer` }));
  });
}

function networkMessage(server: DnsServer, error: NodeJS.ErrnoException, transport = 'UDP'): string {
  const code = error.code ?? error.message;
  if (code === 'ECONNREFUSED') return `${describeServer(server)} refused the ${transport} connection (nothing listens on port ${server.port})`;
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return `${describeServer(server)} is unreachable (${code})`;
  return `${transport} to ${describeServer(server)} failed: ${code}`;
}
