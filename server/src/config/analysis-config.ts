// The configuration one analysis runs with, for the CLI and the language server alike:
// postmark-zone.json (given, or the nearest above the zone file) merged over the settings.
// Node-side (reads the disk); the pure core only sees the resulting RuleContext and severities.
import type { RuleContext, Severity } from '../rules/rule';
import { rules } from '../rules/index';
import { loadConfig, loadConfigForZone, type LoadedConfig } from './find-config';
import { mergeSettings, type PostmarkSettings } from './merge-settings';

export interface AnalysisConfig {
  context: RuleContext;
  severities: Record<string, Severity | 'off'>;
  /** The configuration file read, with its problems or read error; undefined when none applies. */
  loaded?: LoadedConfig;
}

/** `configPath` overrides the lookup (the CLI's --config); a missing given file is an error in `loaded`. */
export function loadAnalysisConfig(zonePath: string, settings: PostmarkSettings = {}, configPath?: string): AnalysisConfig {
  const options = { knownCodes: rules.map((rule) => rule.code) };
  const loaded = configPath !== undefined ? loadConfig(configPath, options) : loadConfigForZone(zonePath, options);
  const merged = mergeSettings(loaded && 'config' in loaded ? loaded.config : undefined, settings);
  return { context: { postmark: merged.domains }, severities: merged.severities, loaded };
}
