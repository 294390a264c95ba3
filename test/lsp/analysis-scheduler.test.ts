// The scheduler's timing rules with fake hooks and mocked timers: debounce, newer versions
// superseding older ones, immediate runs, failures, the per-version cache and closing.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { AnalysisScheduler, type SchedulerHooks } from '../../server/src/lsp/analysis-scheduler';
import type { DocumentAnalysis, DocumentSnapshot } from '../../server/src/lsp/document-analysis';
import { DEFAULT_SETTINGS, type ZoneSettings } from '../../server/src/protocol';

const URI = 'file:///z/example.com.zone';
const SETTINGS: ZoneSettings = { ...DEFAULT_SETTINGS, debounceMs: 100 };

function harness(t: TestContext, overrides: Partial<SchedulerHooks> = {}) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const documents = new Map<string, DocumentSnapshot>();
  const analysed: number[] = [];
  const published: number[] = [];
  const failed: number[] = [];
  const hooks: SchedulerHooks = {
    snapshot: (uri) => documents.get(uri),
    settings: async () => SETTINGS,
    analyze: (document) => {
      analysed.push(document.version);
      return { uri: document.uri, version: document.version } as DocumentAnalysis;
    },
    published: (result) => published.push(result.version),
    failed: (document) => failed.push(document.version),
    ...overrides,
  };
  const scheduler = new AnalysisScheduler(hooks);
  const edit = (version: number) => {
    documents.set(URI, { uri: URI, version, text: `; v${version}` });
    scheduler.schedule(URI);
  };
  return { scheduler, documents, analysed, published, failed, edit };
}

/** Lets the settings promise resolve so the debounce timer gets set. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

test('scheduler: an edit is analysed once the debounce delay has passed', async (t) => {
  const h = harness(t);
  h.edit(1);
  await settle();
  t.mock.timers.tick(99);
  assert.deepEqual(h.published, []);
  t.mock.timers.tick(1);
  assert.deepEqual(h.published, [1]);
});

test('scheduler: fast edits supersede each other; only the last version is analysed and published', async (t) => {
  const h = harness(t);
  h.edit(1);
  await settle();
  t.mock.timers.tick(60);
  h.edit(2);
  await settle();
  t.mock.timers.tick(60);
  h.edit(3);
  await settle();
  t.mock.timers.tick(100);
  assert.deepEqual(h.analysed, [3]);
  assert.deepEqual(h.published, [3]);
});

test('scheduler: a run whose settings arrive after a newer edit is dropped', async (t) => {
  const pending: Array<(s: ZoneSettings) => void> = [];
  const h = harness(t, { settings: () => new Promise((resolve) => pending.push(resolve)) });
  h.edit(1);
  h.edit(2);
  pending[1](SETTINGS); // the newer one first
  pending[0](SETTINGS);
  await settle();
  t.mock.timers.tick(100);
  assert.deepEqual(h.published, [2]);
});

test('scheduler: immediate runs skip the delay', async (t) => {
  const h = harness(t);
  h.documents.set(URI, { uri: URI, version: 1, text: '' });
  h.scheduler.schedule(URI, { immediate: true });
  await settle();
  t.mock.timers.tick(0);
  assert.deepEqual(h.published, [1]);
});

test('scheduler: a failing analysis is reported, not published', async (t) => {
  const h = harness(t, {
    analyze: () => {
      throw new Error('bug');
    },
  });
  h.edit(1);
  await settle();
  t.mock.timers.tick(100);
  assert.deepEqual(h.published, []);
  assert.deepEqual(h.failed, [1]);
  assert.equal(await h.scheduler.current(URI), undefined);
});

test('scheduler: current() reuses the analysis of the current version and recomputes a stale one', async (t) => {
  const h = harness(t);
  h.edit(1);
  await settle();
  t.mock.timers.tick(100);
  assert.equal((await h.scheduler.current(URI))?.version, 1);
  assert.deepEqual(h.analysed, [1], 'cached');
  h.documents.set(URI, { uri: URI, version: 2, text: '' }); // edited, run still pending
  assert.equal((await h.scheduler.current(URI))?.version, 2);
  assert.deepEqual(h.analysed, [1, 2]);
});

test('scheduler: forgetting a document cancels its pending run', async (t) => {
  const h = harness(t);
  h.edit(1);
  await settle();
  h.scheduler.forget(URI); // the document itself is still there: only the cancel stops the run
  t.mock.timers.tick(1000);
  assert.deepEqual(h.analysed, []);
  assert.deepEqual(h.published, []);
});
