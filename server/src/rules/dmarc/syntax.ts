// dmarc/syntax: a TXT record at a `_dmarc` name that is not a valid DMARC record (RFC 7489
// §6.3-6.4, RFC 9989): version, policy, alignment, fo, pct, rua/ruf, the tag list itself.
// Fix `dmarc-version-first` moves a misplaced `v=DMARC1` to the front.
import type { Finding, Fix, Rule } from '../rule';
import type { Zone } from '../../zone/model';
import { removalRanges } from '../../mail/tag-list';
import { dmarcTxtRecords, spanInFile, type DmarcTxt } from './dmarc-records';
import { fileText, findingAt } from '../zone/record-helpers';
import { textReplacementEdits } from './txt-edits';

export const dmarcSyntax: Rule = {
  code: 'dmarc/syntax',
  summary: 'A TXT record at a _dmarc name is not a valid DMARC record (RFC 7489 §6.3, RFC 9989).',
  severity: 'error',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const entry of dmarcTxtRecords(zone)) {
      const { problems } = entry.parsed;
      // Without any `v` the record is ignored as a whole: its other details do not matter.
      const shown = problems.some((p) => p.kind === 'missing-version') ? problems.filter((p) => p.kind === 'missing-version') : problems;
      for (const problem of shown) {
        const fix = problem.kind === 'version-not-first' ? versionFirstFix(zone, entry) : undefined;
        findings.push(
          findingAt(dmarcSyntax, entry.record.file, spanInFile(entry, problem), problem.message, {
            severity: problem.severity === 'hint' ? 'hint' : undefined,
            fixes: fix ? [fix] : undefined,
          }),
        );
      }
    }
    return findings;
  },
};

/** Moves the only `v=DMARC1` tag to the front, keeping every other character as it was. */
function versionFirstFix(zone: Zone, entry: DmarcTxt): Fix | undefined {
  const { parsed, text, record, strings } = entry;
  const version = parsed.version;
  const versionTags = parsed.tags.filter((t) => t.name.toLowerCase() === 'v');
  if (!version || versionTags.length !== 1 || version.value !== 'DMARC1') return undefined;
  if (parsed.problems.some((p) => p.kind === 'missing-equals' || p.kind === 'bad-name' || p.kind === 'empty-spec')) return undefined;
  const source = fileText(zone, record.file);
  if (source === undefined || record.generatedBy) return undefined;
  const separator = /;[ \t]/.test(text) ? '; ' : ';';
  const removal = removalRanges(text, parsed.tags, new Set([version]));
  const edits = textReplacementEdits(record.file, source, strings, [
    { start: 0, end: 0, newText: `v=DMARC1${separator}` },
    ...removal.map((r) => ({ ...r, newText: '' })),
  ]);
  if (!edits) return undefined;
  return { id: 'dmarc-version-first', title: 'Move "v=DMARC1" to the front', safe: true, isPreferred: true, edits };
}
