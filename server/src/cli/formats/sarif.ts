// SARIF 2.1.0 for code-scanning tools: one run, one reportingDescriptor per code that appears
// (summary from the rule registry, help at the rule's docs page), 1-based regions in UTF-16
// columns. URIs are relative to the working directory (%SRCROOT%) when the file lies under it.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules } from '../../rules/index';
import { docsUrl, REPOSITORY_URL } from '../../rules/docs-url';
import type { Severity } from '../../rules/rule';
import type { CliDiagnostic, FileReport } from '../report';
import { PACKAGE_VERSION } from '../version';
import type { FormatOutput } from './index';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

export function formatSarif(reports: readonly FileReport[], cwd: string): FormatOutput {
  const diagnostics = reports.flatMap((r) => r.diagnostics);
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(codes.map((code, i) => [code, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postmark-zone',
            version: PACKAGE_VERSION,
            informationUri: REPOSITORY_URL,
            rules: codes.map(describeRule),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: ruleIndex.get(d.code),
          level: sarifLevel(d.severity),
          message: { text: d.message },
          locations: [{ physicalLocation: physicalLocation(d, cwd) }],
        })),
      },
    ],
  };
  return { stdout: `${JSON.stringify(log, null, 2)}\n`, stderr: '' };
}

function describeRule(code: string) {
  const rule = rules.find((r) => r.code === code);
  return {
    id: code,
    shortDescription: { text: rule?.summary ?? code },
    helpUri: docsUrl(code),
    ...(rule ? { defaultConfiguration: { level: sarifLevel(rule.severity) } } : {}),
  };
}

export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'error' || severity === 'warning') return severity;
  return 'note';
}

function physicalLocation(d: CliDiagnostic, cwd: string) {
  return {
    artifactLocation: artifactLocation(d.file, cwd),
    region: {
      startLine: d.range.start.line + 1,
      startColumn: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
    },
  };
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
