// VS Code settings as defaults under postmark-zone.json: a domain entry that does not name a
// Return-Path host, inbound host or DMARC rua takes the setting's; the file's severities win.
import type { ConfigSeverity, PostmarkConfig } from './config-types';
import { CODE_PATTERN, CONFIG_SEVERITIES } from './config-types';
import { hostProblem, ruaProblem } from './config-values';
import { DEFAULT_RETURN_PATH_HOST } from '../mail/postmark';

/** The `postmarkZone.*` settings this layer reads (names as in package.json). */
export interface PostmarkSettings {
  /** `postmarkZone.returnPathHost`: Return-Path host for domains whose entry names none. */
  returnPathHost?: string;
  /** `postmarkZone.inboundHost`: inbound MX host for configured domains; empty for none. */
  inboundHost?: string;
  /** `postmarkZone.dmarcRua`: expected DMARC rua for configured domains; empty for none. */
  dmarcRua?: string;
  /** `postmarkZone.severities`: per-code severity or `off`, under the file's. */
  severities?: Record<string, ConfigSeverity>;
}

export const DEFAULT_POSTMARK_SETTINGS: Required<PostmarkSettings> = {
  returnPathHost: DEFAULT_RETURN_PATH_HOST,
  inboundHost: '',
  dmarcRua: '',
  severities: {},
};

/**
 * The configuration with settings filled in. Invalid settings values are ignored (the settings
 * UI validates them against package.json). Without a file, only the severities apply: settings
 * alone never make a zone "use Postmark".
 */
export function mergeSettings(config: PostmarkConfig | undefined, settings: PostmarkSettings = {}): PostmarkConfig {
  const base: PostmarkConfig = config ?? { domains: [], severities: {} };
  const returnPathHost = validHost(settings.returnPathHost, 'Return-Path host') ?? DEFAULT_RETURN_PATH_HOST;
  const inboundHost = validHost(settings.inboundHost, 'inbound host', true);
  const dmarcRua = settings.dmarcRua && !ruaProblem(settings.dmarcRua) ? settings.dmarcRua.trim() : undefined;
  const domains = base.domains.map((entry) => {
    const merged = { ...entry };
    if (!merged.returnPath && returnPathHost !== DEFAULT_RETURN_PATH_HOST) merged.returnPath = { host: returnPathHost };
    if (!merged.inbound && inboundHost) merged.inbound = { host: inboundHost };
    if (!merged.dmarc?.rua && dmarcRua) merged.dmarc = { ...merged.dmarc, rua: dmarcRua };
    return merged;
  });
  const result: PostmarkConfig = { domains, severities: { ...validSeverities(settings.severities), ...base.severities } };
  if (base.file !== undefined) result.file = base.file;
  return result;
}

function validHost(host: string | undefined, what: string, wildcard = false): string | undefined {
  if (typeof host !== 'string' || host.trim() === '') return undefined;
  return hostProblem(host.trim(), what, wildcard) ? undefined : host.trim();
}

function validSeverities(raw: unknown): Record<string, ConfigSeverity> {
  const result: Record<string, ConfigSeverity> = {};
  if (typeof raw !== 'object' || raw === null) return result;
  const codePattern = new RegExp(CODE_PATTERN);
  for (const [code, severity] of Object.entries(raw as Record<string, unknown>)) {
    if (codePattern.test(code) && CONFIG_SEVERITIES.includes(severity as ConfigSeverity)) result[code] = severity as ConfigSeverity;
  }
  return result;
}
