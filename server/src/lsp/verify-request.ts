// Answers postmarkZone/verifyLiveDns: verifies the open document's zone in live DNS (the network
// code stays in server/src/live), reports progress on the client's work-done token, stops when
// the request is cancelled, and returns the report with its zone locations as LSP ranges.
import { basename } from 'node:path';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { loadAnalysisConfig } from '../config/analysis-config';
import { refusalFindings, verifyZone } from '../live/verify';
import { formatVerifyText } from '../live/report-text';
import { verifyLiveDnsRequest, type VerifyLiveDnsResult, type ZoneSettings } from '../protocol';
import type { DocumentAnalysis } from './document-analysis';
import { documentFile } from './document-file';

export interface VerifyRequestHooks {
  /** The analysis of the open document's current version. */
  analysisOf(uri: string): Promise<DocumentAnalysis | undefined>;
  settings(uri: string): Promise<ZoneSettings>;
}

export function registerVerifyRequest(connection: Connection, hooks: VerifyRequestHooks): void {
  connection.onRequest(verifyLiveDnsRequest, async (params, token): Promise<VerifyLiveDnsResult> => {
    const current = await hooks.analysisOf(params.uri);
    if (!current) throw new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not an open zone file.`);
    const { zone, findings } = current.analysis;
    const { locator } = current;
    const lineOf = (file: string, offset: number) => `${basename(file)}:${locator.line(file, offset) + 1}`;

    const refused = refusalFindings(zone, findings);
    if (refused.length > 0 || zone.origin === '.') {
      const reason = zone.origin === '.' ? 'its origin is unknown (add $ORIGIN or set postmarkZone.origin)' : `it has ${refused.length} error${refused.length === 1 ? '' : 's'} that would stop named from loading it`;
      const lines = refused.map((f) => `${lineOf(f.file, f.start)}: ${f.code} ${f.message}`);
      return { version: current.version, refused: reason, recordLocations: [], log: [`The zone cannot be verified: ${reason}.`, ...lines, ''].join('\n') };
    }

    const { file, onDisk } = documentFile(params.uri);
    const settings = await hooks.settings(params.uri);
    const context = onDisk ? loadAnalysisConfig(file, settings).context : {};
    const progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
    progress.begin('Verifying records in live DNS', 0, `Asking the name servers of ${zone.origin}`, true);
    const controller = new AbortController();
    const cancellation = token.onCancellationRequested(() => controller.abort());
    try {
      const report = await verifyZone(zone, {
        context,
        servers: cleanList(params.servers),
        resolvers: cleanList(params.resolvers),
        timeoutMs: positive(params.timeoutMs),
        retries: params.retries !== undefined && params.retries >= 0 ? Math.floor(params.retries) : undefined,
        concurrency: positive(params.concurrency),
        signal: controller.signal,
        onProgress: (done, total, message) => progress.report(total > 0 ? Math.round((done / total) * 100) : 0, message),
      });
      const recordLocations = report.records.map((r) => r.record.locations.map((l) => ({ uri: locator.uri(l.file), range: locator.range(l.file, l.start, l.end) })));
      const log = formatVerifyText(report, (l) => lineOf(l.file, l.start));
      return { version: current.version, report, recordLocations, log };
    } finally {
      cancellation.dispose();
      progress.done();
    }
  });
}

function cleanList(values: readonly string[] | undefined): string[] | undefined {
  const list = (values ?? []).map((v) => v.trim()).filter((v) => v !== '');
  return list.length > 0 ? list : undefined;
}

function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
}
