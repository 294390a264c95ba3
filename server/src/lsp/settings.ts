// The `postmarkZone` settings per document, fetched with workspace/configuration (cached until
// the configuration changes), or taken from didChangeConfiguration when the client cannot be asked.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ZoneSettings } from '../protocol';

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<ZoneSettings>>();
  private global: ZoneSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canAskClient: boolean,
  ) {}

  get(uri: string): Promise<ZoneSettings> {
    if (!this.canAskClient) return Promise.resolve(this.global);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(normalizeSettings, (error: unknown) => {
          this.connection.console.warn(`postmark-zone: could not read settings: ${String(error)}`);
          return DEFAULT_SETTINGS;
        });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** After didChangeConfiguration: drop the cache; `pushed` is the notification's settings. */
  reset(pushed: unknown): void {
    this.perDocument.clear();
    if (!this.canAskClient) {
      const section = (pushed as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
      this.global = normalizeSettings(section);
    }
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}

/** Whatever the client sent -> complete settings, falling back to defaults field by field. */
export function normalizeSettings(raw: unknown): ZoneSettings {
  const value = (raw ?? {}) as Partial<Record<keyof ZoneSettings, unknown>>;
  const origin = typeof value.origin === 'string' ? value.origin : DEFAULT_SETTINGS.origin;
  const debounce = Number(value.debounceMs);
  const debounceMs = typeof value.debounceMs === 'number' && Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_SETTINGS.debounceMs;
  const text = (key: 'returnPathHost' | 'inboundHost' | 'dmarcRua') => (typeof value[key] === 'string' ? (value[key] as string) : DEFAULT_SETTINGS[key]);
  const severities = typeof value.severities === 'object' && value.severities !== null ? (value.severities as ZoneSettings['severities']) : {};
  const limit = (key: 'maxProblems' | 'maxOutlineItems') => (Number.isInteger(value[key]) && (value[key] as number) >= 0 ? (value[key] as number) : DEFAULT_SETTINGS[key]);
  return {
    origin,
    debounceMs,
    returnPathHost: text('returnPathHost'),
    inboundHost: text('inboundHost'),
    dmarcRua: text('dmarcRua'),
    severities,
    maxProblems: limit('maxProblems'),
    maxOutlineItems: limit('maxOutlineItems'),
  };
}
