// Every custom message between the postmark-zone client and server, declared once: the server
// sends them, the client (client/src) imports this file to listen for them.
import { NotificationType, RequestType, type Range, type TextEdit, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { VerifyReport } from './live/report-types';

/** Settings under the `postmarkZone` section, as the server reads them. */
export interface ZoneSettings {
  /** Zone name for every file; empty = find it ($ORIGIN, file name, SOA owner). */
  origin: string;
  /** Milliseconds between the last edit and the analysis. */
  debounceMs: number;
  /** Defaults under postmark-zone.json (see server/src/config/merge-settings.ts). */
  returnPathHost: string;
  inboundHost: string;
  dmarcRua: string;
  severities: Record<string, 'error' | 'warning' | 'information' | 'hint' | 'off'>;
  /** Diagnostics published per document at most (the most severe first); 0 = no limit. */
  maxProblems: number;
  /** Outline symbols (owner names and records) per document at most; 0 = no limit. */
  maxOutlineItems: number;
}

export const DEFAULT_SETTINGS: ZoneSettings = {
  origin: '',
  debounceMs: 150,
  returnPathHost: 'pm-bounces',
  inboundHost: '',
  dmarcRua: '',
  severities: {},
  maxProblems: 1000,
  maxOutlineItems: 5000,
};

export const SETTINGS_SECTION = 'postmarkZone';

/** Diagnostic `source` for everything the server reports. */
export const DIAGNOSTIC_SOURCE = 'postmark-zone';

/** Code action kind of "apply every safe fix". */
export const FIX_ALL_KIND = 'source.fixAll.postmarkZone';

export interface AnalysisStatusParams {
  uri: string;
  /** Document version the status describes. */
  version: number;
  state: 'done' | 'failed';
  /** Apex the zone was read with, e.g. `example.com.` (`.` when none was found). */
  origin?: string;
  /** Where the origin came from: `option`, `$ORIGIN`, `file name`, `SOA owner` or `none`. */
  originSource?: string;
  errors?: number;
  warnings?: number;
  /** Other severities (information and hints). */
  others?: number;
  records?: number;
  /** Diagnostics published, when postmarkZone.maxProblems held back some of the findings. */
  shown?: number;
  durationMs?: number;
  /** True when only the edited part was parsed again (see incremental-analysis.ts). */
  incremental?: boolean;
  /** The zone file that $INCLUDEs this document, when the document was checked as part of that zone. */
  includedBy?: string;
  /** Why the analysis failed (state `failed`). */
  message?: string;
}

/** Sent after each analysis of an open document that was published. */
export const analysisStatusNotification = new NotificationType<AnalysisStatusParams>('postmarkZone/analysisStatus');

export interface OutlineStatusParams {
  uri: string;
  version: number;
  /** True when postmarkZone.maxOutlineItems left symbols out of the outline just sent. */
  limited: boolean;
  maxItems: number;
}

/** Sent with each answer to textDocument/documentSymbol, so the status can say when the outline is cut short. */
export const outlineStatusNotification = new NotificationType<OutlineStatusParams>('postmarkZone/outlineStatus');

/** Data attached to each diagnostic, read back by code actions. */
export interface DiagnosticData {
  fixIds: string[];
  version: number;
}

/** Asks for the edit that inserts one record into an open zone, placed and laid out as the file writes records. */
export interface InsertRecordEditParams {
  /** The open document. */
  uri: string;
  /** Absolute owner name, e.g. `20231012123456pm._domainkey.example.com.` */
  owner: string;
  /** Upper-case type mnemonic, e.g. `TXT`. */
  type: string;
  /** Rdata in presentation format (TXT strings quoted). */
  rdata: string;
}

export interface InsertRecordEditResult {
  /** Document version the edit was computed for: apply it only to that version. */
  version: number;
  edit: TextEdit;
}

/** Answered by the server; used by the commands that ask the user for a record (insert DKIM / DMARC). */
export const insertRecordEditRequest = new RequestType<InsertRecordEditParams, InsertRecordEditResult, void>('postmarkZone/insertRecordEdit');

/** Live DNS verification of an open zone (server/src/live); progress through workDoneToken, cancellable. */
export interface VerifyLiveDnsParams extends WorkDoneProgressParams {
  uri: string;
  /** `postmarkZone.resolvers` (HOST[:PORT] each); empty: the system's resolvers. */
  resolvers?: string[];
  /** Ask only these servers (HOST[:PORT] each), like the CLI's --server. */
  servers?: string[];
  timeoutMs?: number;
  retries?: number;
  concurrency?: number;
}

export interface LiveDnsLocation {
  uri: string;
  range: Range;
}

export interface VerifyLiveDnsResult {
  /** Document version the zone was read from. */
  version: number;
  /** Why the zone was not verified (errors named would refuse, unknown origin); no report then. */
  refused?: string;
  report?: VerifyReport;
  /** recordLocations[i][j] is report.records[i].record.locations[j] as a URI and range. */
  recordLocations: LiveDnsLocation[][];
  /** The whole report as text, for the output channel. */
  log: string;
}

export const verifyLiveDnsRequest = new RequestType<VerifyLiveDnsParams, VerifyLiveDnsResult, void>('postmarkZone/verifyLiveDns');
