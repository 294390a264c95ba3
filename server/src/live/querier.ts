// Every query of one verification goes through here: a bound on how many run at once, the
// shared timeout/retry/EDNS options, cancellation, and a memory of servers that did not answer
// (they are not asked again in the same run, so a dead server costs one timeout, not one per record).
import { describeServer, queryDns, type DnsServer, type QueryFunction, type QueryOptions, type QueryResult, type QueryType } from './dns-client';

export interface QuerierOptions {
  timeoutMs?: number;
  retries?: number;
  ednsUdpSize?: number;
  /** Queries in flight at once. */
  concurrency?: number;
  signal?: AbortSignal;
  /** Injected in tests; the real UDP/TCP client otherwise. */
  query?: QueryFunction;
}

export const DEFAULT_CONCURRENCY = 8;

export type AskResult = QueryResult & { server?: DnsServer };

export class Querier {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly silent = new Set<string>();
  private readonly query: QueryFunction;
  private readonly limit: number;
  /** Queries actually sent (for the log). */
  sent = 0;

  constructor(readonly options: QuerierOptions = {}) {
    this.query = options.query ?? queryDns;
    this.limit = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  }

  get signal(): AbortSignal | undefined {
    return this.options.signal;
  }

  /** One question to one server. */
  async ask(server: DnsServer, name: string, type: QueryType, recursionDesired: boolean): Promise<QueryResult> {
    const key = describeServer(server);
    if (this.silent.has(key)) {
      return { ok: false, error: 'timeout', message: `${key} was not asked again: it did not answer an earlier query in this run`, elapsedMs: 0, attempts: 0 };
    }
    await this.acquire();
    try {
      if (this.options.signal?.aborted) return { ok: false, error: 'cancelled', message: 'cancelled', elapsedMs: 0, attempts: 0 };
      if (this.silent.has(key)) return { ok: false, error: 'timeout', message: `${key} was not asked again: it did not answer an earlier query in this run`, elapsedMs: 0, attempts: 0 };
      this.sent++;
      const options: QueryOptions = {
        timeoutMs: this.options.timeoutMs,
        retries: this.options.retries,
        ednsUdpSize: this.options.ednsUdpSize,
        signal: this.options.signal,
        recursionDesired,
      };
      const result = await this.query(server, name, type, options);
      if (!result.ok && result.error === 'timeout') this.silent.add(key);
      return result;
    } finally {
      this.release();
    }
  }

  /**
   * Asks resolvers (or the servers given) one after another until one gives a definitive answer
   * (NOERROR or NXDOMAIN); returns that, or the last failure.
   */
  async askFirst(servers: readonly DnsServer[], name: string, type: QueryType): Promise<AskResult> {
    let last: AskResult = { ok: false, error: 'network', message: 'no server to ask', elapsedMs: 0, attempts: 0 };
    for (const server of servers) {
      const result = await this.ask(server, name, type, true);
      last = { ...result, server };
      if (result.ok && (result.rcode === 'NOERROR' || result.rcode === 'NXDOMAIN')) return last;
      if (!result.ok && result.error === 'cancelled') return last;
    }
    return last;
  }

  private acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next(); // the slot passes straight to the next waiter
    else this.active--;
  }
}

/** A short reason for a failed or unusable answer. */
export function describeFailure(result: QueryResult): string {
  if (!result.ok) return result.message;
  return `answered ${result.rcode}`;
}
