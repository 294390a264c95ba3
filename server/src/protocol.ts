// Every custom message between the postmark-zone client and server, declared once: the server
// sends them, the client (client/src) imports this file to listen for them.
import { NotificationType } from 'vscode-languageserver-protocol';

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
}

export const DEFAULT_SETTINGS: ZoneSettings = { origin: '', debounceMs: 150, returnPathHost: 'pm-bounces', inboundHost: '', dmarcRua: '', severities: {} };

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
  durationMs?: number;
  /** Why the analysis failed (state `failed`). */
  message?: string;
}

/** Sent after each analysis of an open document that was published. */
export const analysisStatusNotification = new NotificationType<AnalysisStatusParams>('postmarkZone/analysisStatus');

/** Data attached to each diagnostic, read back by code actions. */
export interface DiagnosticData {
  fixIds: string[];
  version: number;
}
