// The one entry point shared by the language server, the CLI and the tests:
// text in, the parsed zone and every finding (parser and rules) out, sorted by position.
import { parseZone, type ParseOptions } from './zone/parser';
import type { Zone } from './zone/model';
import type { Finding, Fix, Rule, RuleContext, Severity } from './rules/rule';
import { rules } from './rules/index';
import { keepParenthesesBalanced } from './rules/edit/balanced-parentheses';

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
  return { zone, findings: sortFindings(zone, runRules(zone, options, rules)) };
}

/** The findings of `selected` rules on `zone`, with the configured severities (`off` rules are skipped). */
export function runRules(zone: Zone, options: AnalyzeOptions, selected: readonly Rule[]): Finding[] {
  const context = options.context ?? {};
  const findings: Finding[] = [];
  const balanced = new Map<Fix, Fix>();
  for (const rule of selected) {
    const override = options.severities?.[rule.code];
    if (override === 'off') continue;
    for (const found of rule.check(zone, context)) {
      const finding = found.fixes ? balanceFixes(zone, found, balanced) : found;
      findings.push(override ? { ...finding, severity: override } : finding);
    }
  }
  return findings;
}

/**
 * The finding, with fixes that would leave a parenthesis of the file unmatched mended
 * (rules/edit/balanced-parentheses.ts). A copy when something changes: rules may cache findings.
 * `done` maps each fix already looked at to its mended self: findings may share a fix (one merge
 * of 3,000 SPF records, offered on each of them), and mending it again per finding was quadratic.
 */
function balanceFixes(zone: Zone, finding: Finding, done: Map<Fix, Fix>): Finding {
  const fixes = (finding.fixes ?? []).map((fix) => {
    let mended = done.get(fix);
    if (mended === undefined) done.set(fix, (mended = balanceFix(zone, fix)));
    return mended;
  });
  return fixes.some((fix, i) => fix !== finding.fixes![i]) ? { ...finding, fixes } : finding;
}

/** The fix itself when every edit keeps the parentheses balanced, else a copy with mended edits. */
function balanceFix(zone: Zone, fix: Fix): Fix {
  let changed = false;
  const edits = fix.edits.map((edit) => {
    const text = zone.files.find((f) => f.file === edit.file)?.text;
    const balanced = text === undefined ? edit : keepParenthesesBalanced(text, edit);
    if (balanced !== edit) changed = true;
    return balanced;
  });
  return changed ? { ...fix, edits } : fix;
}

/**
 * In file order (the main file first), then by position, code and message: the same every run,
 * on every machine. Codes compare by code unit, not localeCompare: the same order in any locale,
 * and no collator to load (its first use costs a CLI run on a small zone about 5 ms).
 */
export function sortFindings(zone: Zone, findings: Finding[]): Finding[] {
  const fileOrder = new Map(zone.files.map((f, i) => [f.file, i]));
  return findings.sort(
    (a, b) =>
      (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      compareText(a.code, b.code) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
