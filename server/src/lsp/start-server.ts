// Wires the language server: capabilities, document sync, the analysis scheduler and the
// request handlers. Glue only; every answer is computed by the lsp/*.ts converters.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { createNodeIncludeReader, createTextFileCache } from '../node-include-reader';
import { analysisStatusNotification, FIX_ALL_KIND, insertRecordEditRequest, outlineStatusNotification, type AnalysisStatusParams } from '../protocol';
import { AnalysisScheduler } from './analysis-scheduler';
import { codeActionsFor, resolveCodeAction } from './code-actions';
import { completionsAt } from './completion';
import { editsToWorkspaceEdit } from './fix-to-code-action';
import { analyzeDocument, type DocumentAnalysis, type DocumentSnapshot, type IncludingZone } from './document-analysis';
import { documentFile } from './document-file';
import { createIncludingZoneFinder, includedPaths } from '../including-zones';
import { FileDependents } from './file-dependents';
import { WatchedFiles, type WatchSupport } from './watched-files';
import { EditTracker } from './edit-tracker';
import type { TrackedAnalysis } from '../incremental-analysis';
import { outline } from './document-symbols';
import { foldingRanges } from './folding-ranges';
import { documentLinks } from './document-links';
import { hoverAt } from './hover';
import { prepareRename, renameEdits } from './rename';
import { definitionsAt, referencesAt } from './name-navigation';
import { answerInsertRecordEdit } from './insert-record-request';
import { SettingsStore } from './settings';
import { registerVerifyRequest } from './verify-request';

export function startServer(connection: Connection): void {
  const edits = new EditTracker();
  const documents = new TextDocuments({ create: TextDocument.create, update: edits.update });
  /** Each open document's latest analysis: the next one continues from it (see edit-tracker.ts). */
  const bases = new Map<string, TrackedAnalysis>();
  const readInclude = createNodeIncludeReader(process.cwd(), { reuseUnchanged: true });
  const findIncludingZone = createIncludingZoneFinder(process.cwd());
  /** Including zone files that are not open are read from disk at each edit of the included one: unchanged, from memory. */
  const readZoneFile = createTextFileCache();
  /**
   * Each open file's including zone file (null: none), looked for when the file is opened and
   * after any save (the finder reads folders and files from disk: not at every keystroke).
   */
  const includers = new Map<string, string | null>();
  /** The zone file that $INCLUDEs `file`, with the text the editor has for it if it is open, else the file's. */
  const includingZone: IncludingZone = (file) => {
    let zoneFile = includers.get(file);
    if (zoneFile === undefined) includers.set(file, (zoneFile = findIncludingZone(file) ?? null));
    if (zoneFile === null) return undefined;
    const open = documents.get(pathToFileURL(zoneFile).toString());
    try {
      return { file: zoneFile, text: open ? open.getText() : readZoneFile(zoneFile) };
    } catch {
      return undefined;
    }
  };
  const dependents = new FileDependents();
  let watchSupport: WatchSupport = { dynamic: false, relativePatterns: false };
  const watched = new WatchedFiles(connection, () => watchSupport);
  const justOpened = new Set<string>();
  let settings = new SettingsStore(connection, false);
  let documentChanges = false;
  /** The client resolves code actions' edits (codeAction/resolve): "fix all" is sent without its edit. */
  let resolveEdits = false;
  let registerForConfiguration = false;

  const scheduler = new AnalysisScheduler({
    snapshot: (uri) => {
      const document = documents.get(uri);
      return document && { uri, version: document.version, text: document.getText(), lines: document };
    },
    settings: (uri) => settings.get(uri),
    analyze: (document, current) => {
      const change = edits.take(document.uri);
      const previous = bases.get(document.uri);
      bases.delete(document.uri); // consumed by the next analysis, even if it fails
      const base = previous && { previous, change: change && change !== 'full' ? change : undefined };
      const result = analyzeDocument(document, current, readInclude, base, includingZone);
      // The next edit continues from it (an included file's analysis is its zone's, following this file).
      bases.set(document.uri, result.analysis);
      const files = result.analysis.zone.files.map((f) => f.file);
      dependents.record(document.uri, { file: result.locator.mainFile, files, includedBy: result.includedBy });
      watched.update(dependents.filesRead());
      return result;
    },
    published: (result) => {
      void connection.sendDiagnostics({ uri: result.uri, version: result.version, diagnostics: result.published });
      void connection.sendNotification(analysisStatusNotification, statusOf(result));
    },
    failed: (document, error) => reportFailure(document, error),
  });

  function reportFailure(document: DocumentSnapshot, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    connection.console.error(`postmark-zone: analysis of ${document.uri} failed: ${error instanceof Error ? error.stack : message}`);
    // Old diagnostics would point at text that has changed: clear them.
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
    void connection.sendNotification(analysisStatusNotification, { uri: document.uri, version: document.version, state: 'failed', message });
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    settings = new SettingsStore(connection, !!capabilities.workspace?.configuration);
    documentChanges = !!capabilities.workspace?.workspaceEdit?.documentChanges;
    resolveEdits = !!capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit');
    registerForConfiguration = !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration;
    const watching = capabilities.workspace?.didChangeWatchedFiles;
    watchSupport = { dynamic: !!watching?.dynamicRegistration, relativePatterns: !!watching?.relativePatternSupport };
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentLinkProvider: { resolveProvider: false },
        renameProvider: { prepareProvider: true },
        completionProvider: { triggerCharacters: ['$'] },
      },
      serverInfo: { name: 'postmark-zone' },
    };
  });

  connection.onInitialized(() => {
    if (registerForConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined);
  });

  connection.onDidChangeConfiguration((params) => {
    settings.reset(params.settings);
    scheduler.invalidateAll();
    for (const document of documents.all()) scheduler.schedule(document.uri, { immediate: true });
  });

  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    includers.delete(documentFile(event.document.uri).file);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    scheduler.schedule(uri, { immediate: justOpened.delete(uri) });
    // Open files that this zone $INCLUDEs were checked against its text: check them again.
    for (const part of dependents.partsOf(documentFile(uri).file)) scheduler.schedule(part);
  });
  // A saved file changes what the zones that $INCLUDE it read from disk, and it may $INCLUDE
  // other open files now (which are then checked as part of it), or no longer.
  documents.onDidSave((event) => {
    includers.clear();
    const { file, onDisk } = documentFile(event.document.uri);
    if (!onDisk) return;
    const includedUris = includedPaths(event.document.getText(), file, process.cwd()).map((path) => pathToFileURL(path).toString());
    const affected = new Set([...dependents.readersOf(file), ...dependents.partsOf(file), ...includedUris.filter((uri) => documents.get(uri))]);
    for (const uri of affected) scheduler.schedule(uri);
  });
  // A file a zone reads changed on disk (registered in WatchedFiles): check again what read it.
  connection.onDidChangeWatchedFiles((params) => {
    includers.clear();
    const affected = new Set<string>();
    for (const change of params.changes) {
      const { file, onDisk } = documentFile(change.uri);
      if (!onDisk) continue;
      for (const uri of [...dependents.readersOf(file), ...dependents.partsOf(file)]) affected.add(uri);
    }
    for (const uri of affected) scheduler.schedule(uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    justOpened.delete(uri);
    edits.forget(uri);
    bases.delete(uri);
    dependents.forget(uri);
    watched.update(dependents.filesRead());
    // The files checked as part of this zone file now read it from disk.
    for (const part of dependents.partsOf(documentFile(uri).file)) scheduler.schedule(part);
    scheduler.forget(uri);
    settings.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  /** The analysis of the open document's current version, or undefined. */
  const analysisOf = async (uri: string): Promise<DocumentAnalysis | undefined> => {
    const result = await scheduler.current(uri);
    return result && result.version === documents.get(uri)?.version ? result : undefined;
  };

  connection.onCodeAction(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    const version = documents.get(params.textDocument.uri)?.version;
    if (!result || version === undefined) return [];
    return codeActionsFor(params, result, version, documentChanges, resolveEdits);
  });

  connection.onCodeActionResolve(async (action) => {
    const uri = (action.data as { uri?: unknown } | undefined)?.uri;
    if (typeof uri !== 'string') return action;
    return resolveCodeAction(action, await analysisOf(uri), documents.get(uri)?.version, documentChanges);
  });

  connection.onRequest(insertRecordEditRequest, async (params) => answerInsertRecordEdit(await analysisOf(params.uri), params));
  registerVerifyRequest(connection, { analysisOf, settings: (uri) => settings.get(uri) });

  connection.onDocumentSymbol(async (params) => {
    const uri = params.textDocument.uri;
    const result = await analysisOf(uri);
    if (!result) return [];
    const { maxOutlineItems } = await settings.get(uri);
    const { symbols, limited } = outline(result.analysis.zone, result.locator, maxOutlineItems);
    void connection.sendNotification(outlineStatusNotification, { uri, version: result.version, limited, maxItems: maxOutlineItems });
    return symbols;
  });

  connection.onFoldingRanges(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    return result ? foldingRanges(result.analysis.zone, result.locator) : [];
  });

  connection.onHover(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) return null;
    const offset = result.locator.offsetAt(result.locator.mainFile, params.position);
    return hoverAt(result.analysis.zone, result.locator, result.text, offset) ?? null;
  });

  connection.onDefinition(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) return null;
    return definitionsAt(result.analysis.zone, result.locator, result.locator.offsetAt(result.locator.mainFile, params.position));
  });

  connection.onReferences(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) return null;
    const offset = result.locator.offsetAt(result.locator.mainFile, params.position);
    return referencesAt(result.analysis.zone, result.locator, offset, params.context.includeDeclaration);
  });

  connection.onCompletion(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) return null;
    const { locator } = result;
    return completionsAt(result.analysis.zone, locator, result.text, locator.offsetAt(locator.mainFile, params.position));
  });

  connection.onPrepareRename(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) return null;
    const { locator } = result;
    const target = prepareRename(result.analysis.zone, locator.mainFile, result.text, locator.offsetAt(locator.mainFile, params.position));
    if (!target) return null;
    if ('error' in target) throw new ResponseError(LSPErrorCodes.RequestFailed, target.error);
    return { range: locator.range(locator.mainFile, target.start, target.end), placeholder: target.placeholder };
  });

  connection.onRenameRequest(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    if (!result) throw new ResponseError(LSPErrorCodes.ContentModified, 'The zone changed while renaming; try again.');
    const { locator } = result;
    const offset = locator.offsetAt(locator.mainFile, params.position);
    const edits = renameEdits(result.analysis.zone, locator.mainFile, result.text, offset, params.newName);
    if ('error' in edits) throw new ResponseError(LSPErrorCodes.RequestFailed, edits.error);
    return editsToWorkspaceEdit(edits, { locator, documentVersion: result.version, documentChanges });
  });

  connection.onDocumentLinks(async (params) => {
    const result = await analysisOf(params.textDocument.uri);
    return result ? documentLinks(result.analysis.zone, result.locator) : [];
  });

  connection.onShutdown(() => scheduler.dispose());

  documents.listen(connection);
  connection.listen();
}

function statusOf(result: DocumentAnalysis): AnalysisStatusParams {
  const { zone } = result.analysis;
  const { findings, includedBy } = result;
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return {
    uri: result.uri,
    version: result.version,
    state: 'done',
    origin: zone.origin,
    originSource: zone.originSource,
    errors: count('error'),
    warnings: count('warning'),
    others: findings.length - count('error') - count('warning'),
    records: includedBy === undefined ? zone.records.length : zone.records.filter((record) => record.file === result.locator.mainFile).length,
    includedBy,
    shown: result.published.length < findings.length ? result.published.length : undefined,
    durationMs: Math.round(result.durationMs),
    incremental: zone.edit !== undefined,
  };
}
