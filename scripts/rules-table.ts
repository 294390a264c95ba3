// Prints the README's table of rules from the registry (code linked to its docs page, severity,
// summary). `--check README.md` exits 1 when the table between the markers is stale;
// `--write README.md` rewrites it. Run: node --import tsx scripts/rules-table.ts [--check|--write FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../server/src/rules/index';
import type { Rule } from '../server/src/rules/rule';

export const START_MARKER = '<!-- rules:start -->';
export const END_MARKER = '<!-- rules:end -->';

export function rulesTable(list: readonly Rule[] = rules): string {
  const rows = list.map((rule) => `| [\`${rule.code}\`](docs/rules/${rule.code}.md) | ${rule.severity} | ${escapeCell(rule.summary)} |`);
  return ['| Code | Severity | Summary |', '| --- | --- | --- |', ...rows].join('\n') + '\n';
}

/** The text with the table between the markers replaced, or undefined when a marker is missing. */
export function replaceTable(text: string, table: string = rulesTable()): string | undefined {
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER, start + START_MARKER.length);
  if (start < 0 || end < 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const body = eol + table.replace(/\n/g, eol);
  return text.slice(0, start + START_MARKER.length) + body + text.slice(end);
}

function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function main(argv: string[]): number {
  const [mode, file] = argv;
  if (mode === undefined) {
    process.stdout.write(rulesTable());
    return 0;
  }
  if ((mode !== '--check' && mode !== '--write') || !file) {
    process.stderr.write('usage: rules-table.ts [--check FILE | --write FILE]\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  const updated = replaceTable(text);
  if (updated === undefined) {
    process.stderr.write(`${file} has no ${START_MARKER} ... ${END_MARKER} markers\n`);
    return 2;
  }
  if (mode === '--check') {
    if (updated === text) return 0;
    process.stderr.write(`${file}: the rules table is out of date; run node --import tsx scripts/rules-table.ts --write ${file}\n`);
    return 1;
  }
  if (updated !== text) writeFileSync(file, updated);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
