// Rules for the codes the parser itself reports (syntax, rdata, TTLs, includes): their check
// selects the parser's findings with that code, so every code lives in the registry.
import type { Rule, Severity } from './rule';

export function parserReported(code: string, summary: string, severity: Severity): Rule {
  return {
    code,
    summary,
    severity,
    check: (zone) => zone.parseFindings.filter((finding) => finding.code === code),
  };
}
