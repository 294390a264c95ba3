// When documents are analysed: debounced after edits, superseded by newer versions (a run
// whose document has moved on is dropped, so diagnostics are only ever published for the
// version that is current at that moment), and cached per document for the other requests.
import type { ZoneSettings } from '../protocol';
import type { DocumentAnalysis, DocumentSnapshot } from './document-analysis';

export interface SchedulerHooks {
  /** The open document as it is now; undefined once closed. */
  snapshot(uri: string): DocumentSnapshot | undefined;
  settings(uri: string): Promise<ZoneSettings>;
  /** May throw (a bug in the analysis); the scheduler reports it through `failed`. */
  analyze(document: DocumentSnapshot, settings: ZoneSettings): DocumentAnalysis;
  published(result: DocumentAnalysis): void;
  failed(document: DocumentSnapshot, error: unknown): void;
}

/** Identity matters: a run is current while it is the one stored for its document. */
interface PendingRun {
  timer?: NodeJS.Timeout;
}

export class AnalysisScheduler {
  private readonly pending = new Map<string, PendingRun>();
  private readonly latest = new Map<string, DocumentAnalysis>();

  constructor(private readonly hooks: SchedulerHooks) {}

  /** Analyse soon (after the debounce delay, or at once); any earlier pending run is cancelled. */
  schedule(uri: string, options: { immediate?: boolean } = {}): void {
    this.cancel(uri);
    const run: PendingRun = {};
    this.pending.set(uri, run);
    void this.hooks.settings(uri).then((settings) => {
      if (this.pending.get(uri) !== run) return; // superseded while settings were fetched
      run.timer = setTimeout(() => this.run(uri, run, settings), options.immediate ? 0 : settings.debounceMs);
    });
  }

  /** Drops a pending run and the cached result (document closed). */
  forget(uri: string): void {
    this.cancel(uri);
    this.latest.delete(uri);
  }

  /** Cached results were computed with old settings. */
  invalidateAll(): void {
    this.latest.clear();
  }

  dispose(): void {
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  /** The analysis of the document's current version: cached, or computed now (not published). */
  async current(uri: string): Promise<DocumentAnalysis | undefined> {
    const cached = this.latest.get(uri);
    const before = this.hooks.snapshot(uri);
    if (!before) return undefined;
    if (cached && cached.version === before.version) return cached;
    const settings = await this.hooks.settings(uri);
    const document = this.hooks.snapshot(uri);
    if (!document) return undefined;
    try {
      const result = this.hooks.analyze(document, settings);
      const newest = this.latest.get(uri);
      if (!newest || newest.version <= result.version) this.latest.set(uri, result);
      return result;
    } catch {
      return undefined; // the scheduled run reports the failure
    }
  }

  private cancel(uri: string): void {
    const run = this.pending.get(uri);
    if (run?.timer) clearTimeout(run.timer);
    this.pending.delete(uri);
  }

  private run(uri: string, run: PendingRun, settings: ZoneSettings): void {
    if (this.pending.get(uri) !== run) return;
    this.pending.delete(uri);
    const document = this.hooks.snapshot(uri);
    if (!document) return;
    // Analysis is synchronous, so the version read here is still current when we publish.
    let result: DocumentAnalysis;
    try {
      result = this.hooks.analyze(document, settings);
    } catch (error) {
      this.hooks.failed(document, error);
      return;
    }
    this.latest.set(uri, result);
    this.hooks.published(result);
  }
}
