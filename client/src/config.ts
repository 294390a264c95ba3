// Typed access to the `postmarkZone.*` settings, and which changes need a server restart (the
// server re-reads `origin`, `debounceMs`, `maxProblems` and `maxOutlineItems` itself through
// workspace/configuration).
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ZoneSettings } from '../../server/src/protocol';

export function readSettings(scope?: vscode.ConfigurationScope): ZoneSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    origin: config.get<string>('origin', DEFAULT_SETTINGS.origin),
    debounceMs: config.get<number>('debounceMs', DEFAULT_SETTINGS.debounceMs),
    returnPathHost: config.get<string>('returnPathHost', DEFAULT_SETTINGS.returnPathHost),
    inboundHost: config.get<string>('inboundHost', DEFAULT_SETTINGS.inboundHost),
    dmarcRua: config.get<string>('dmarcRua', DEFAULT_SETTINGS.dmarcRua),
    severities: config.get<ZoneSettings['severities']>('severities', DEFAULT_SETTINGS.severities),
    maxProblems: config.get<number>('maxProblems', DEFAULT_SETTINGS.maxProblems),
    maxOutlineItems: config.get<number>('maxOutlineItems', DEFAULT_SETTINGS.maxOutlineItems),
  };
}

/** Settings the running server cannot pick up: none of today's, kept as the one place to add them. */
const RESTART_SETTINGS: readonly string[] = [];

export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
  return RESTART_SETTINGS.some((key) => event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`));
}
