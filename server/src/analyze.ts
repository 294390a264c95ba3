// The one entry point shared by the language server, the CLI and the tests:
// text in, the parsed zone and every finding (parser and rules) out, sorted by position.
import { parseZone, type ParseOptions } from './zone/parser';
import type { Zone } from './zone/model';
import type { Finding, RuleContext, Severity } from './rules/rule';
import { rules } from './rules/index';

export interface AnalyzeOptions extends ParseOptions {
  context?: RuleContext;
  /** Per-code severity overrides; `off` drops the code. */
  severities?: Record<string, Severity | 'off'>;
}

export interface Analysis {
  zone: Zone;
  findings: Finding[];
}

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const zone = parseZone(text, options);
  const context = options.context ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const override = options.severities?.[rule.code];
    if (override === 'off') continue;
    for (const finding of rule.check(zone, context)) {
      findings.push(override ? { ...finding, severity: override } : finding);
    }
  }
  const fileOrder = new Map(zone.files.map((f, i) => [f.file, i]));
  findings.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      a.code.localeCompare(b.code),
  );
  return { zone, findings };
}
