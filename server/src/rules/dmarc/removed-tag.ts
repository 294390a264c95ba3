// dmarc/removed-tag: `pct`, `rf` or `ri` in a DMARC record. RFC 9989 removed them (pct's
// sampling gave way to `t=y`), so receivers following it ignore them. Fix `remove-dmarc-tags`
// removes them with their separators, leaving the rest of the value byte for byte.
import type { Finding, Fix, Rule } from '../rule';
import type { Zone } from '../../zone/model';
import { removalRanges } from '../../mail/tag-list';
import { dmarcTxtRecords, spanInFile, type DmarcTxt } from './dmarc-records';
import { fileText, findingAt } from '../zone/record-helpers';
import { textReplacementEdits } from './txt-edits';

export const dmarcRemovedTag: Rule = {
  code: 'dmarc/removed-tag',
  summary: 'pct, rf or ri in a DMARC record: RFC 9989 removed them and receivers ignore them.',
  severity: 'hint',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const entry of dmarcTxtRecords(zone)) {
      const removed = entry.parsed.removedTags;
      if (removed.length === 0) continue;
      const names = removed.map((t) => `"${entry.text.slice(t.start, t.end)}"`);
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
      const fix = removeTagsFix(zone, entry);
      findings.push(
        findingAt(dmarcRemovedTag, entry.record.file, spanInFile(entry, removed[0]), `${list} ${names.length === 1 ? 'was' : 'were'} removed from DMARC by RFC 9989: receivers following it ignore ${names.length === 1 ? 'it' : 'them'}${samplingNote(entry)}.`, {
          fixes: fix ? [fix] : undefined,
          related: removed.slice(1).map((t) => ({ file: entry.record.file, ...spanInFile(entry, t), message: `"${t.name}" was also removed by RFC 9989` })),
        }),
      );
    }
    return findings;
  },
};

/** pct below 100 still means something to RFC 7489 receivers: removing it applies the policy to all mail. */
function samplingPct(entry: DmarcTxt): string | undefined {
  const pct = entry.parsed.removedTags.find((t) => t.name.toLowerCase() === 'pct');
  return pct && pct.value !== '100' ? pct.value : undefined;
}

function samplingNote(entry: DmarcTxt): string {
  const pct = samplingPct(entry);
  return pct === undefined ? '' : `; older receivers still apply the policy to only ${pct}% of failing mail (use t=y for testing instead)`;
}

function removeTagsFix(zone: Zone, entry: DmarcTxt): Fix | undefined {
  const source = fileText(zone, entry.record.file);
  if (source === undefined || entry.record.generatedBy) return undefined;
  // dmarc/syntax's version-first fix edits the same separators: that one goes first.
  if (entry.parsed.problems.some((p) => p.kind === 'version-not-first')) return undefined;
  const ranges = removalRanges(entry.text, entry.parsed.tags, new Set(entry.parsed.removedTags));
  const edits = textReplacementEdits(entry.record.file, source, entry.strings, ranges.map((r) => ({ ...r, newText: '' })));
  if (!edits) return undefined;
  const names = entry.parsed.removedTags.map((t) => t.name).join(', ');
  // Dropping pct below 100 changes what RFC 7489 receivers do, so a person should choose it.
  const changesPolicy = samplingPct(entry) !== undefined;
  return { id: 'remove-dmarc-tags', title: `Remove ${names} (removed by RFC 9989)`, safe: !changesPolicy, isPreferred: !changesPolicy, edits };
}
