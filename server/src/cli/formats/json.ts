// JSON on one line: {"files":[{"file","origin","diagnostics":[{"code","severity","message","range"}]}]},
// ranges LSP-style (0-based lines, UTF-16 characters). A diagnostic located in an $INCLUDE'd
// file carries an extra "file" (that file's path); one in the zone file itself has none.
import type { FileReport } from '../report';
import type { FormatOutput } from './index';

export function formatJson(reports: readonly FileReport[]): FormatOutput {
  const files = reports.map((report) => ({
    file: report.file,
    origin: report.origin,
    diagnostics: report.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: d.range,
      ...(d.file !== report.file ? { file: d.file } : {}),
    })),
  }));
  return { stdout: `${JSON.stringify({ files })}\n`, stderr: '' };
}
