// postmarkZone.maxProblems: which findings of a document are published as diagnostics. A file
// that is not a zone (a `db.sqlite3` caught by the `db.*` pattern) has a finding on nearly every
// line; publishing 100k diagnostics costs the server and the editor most of a second per
// keystroke. The most severe are kept, then the earliest in the file.
import type { Finding, Severity } from '../rules/rule';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** shown[i] says whether findings[i] is published; all of them when `max` is 0 or not exceeded. */
export function shownFindings(findings: readonly Finding[], max: number): boolean[] {
  if (max === 0 || findings.length <= max) return findings.map(() => true);
  // How many of each severity fit: all of the more severe ones first, then the rest in file order.
  const perRank = [0, 0, 0, 0];
  for (const finding of findings) perRank[RANK[finding.severity] ?? 0]++;
  const room = [0, 0, 0, 0];
  let left = max;
  for (let rank = 0; rank < room.length; rank++) {
    room[rank] = Math.min(left, perRank[rank]);
    left -= room[rank];
  }
  return findings.map((finding) => room[RANK[finding.severity] ?? 0]-- > 0);
}
