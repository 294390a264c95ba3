// What a rule is and what it reports. Findings and fixes are plain data computed together,
// so the LSP layer, the CLI and the tests only convert or apply them.
import type { Zone } from '../zone/model';
import type { DomainExpectations } from '../config/expectations';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A range of one file's text. */
export interface FileSpan {
  file: string;
  start: number;
  end: number;
}

export interface TextEdit extends FileSpan {
  newText: string;
}

export interface Fix {
  /** Stable within a finding (e.g. `add-trailing-dot`): code actions refer to fixes by it. */
  id: string;
  title: string;
  edits: TextEdit[];
  /** Safe to apply without a person looking: part of "fix all". */
  safe?: boolean;
  isPreferred?: boolean;
  /**
   * Text the fix relies on staying as it is, beyond what its edits touch (a record above the one
   * it deletes, from which the next line keeps inheriting its owner). "Fix all" does not apply it
   * together with a fix whose edits change that text.
   */
  keeps?: FileSpan[];
  /** A client command to run instead of (or after) the edits, e.g. one that asks for input. */
  command?: { command: string; title: string; arguments?: unknown[] };
}

export interface RelatedLocation {
  file: string;
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  start: number;
  end: number;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

/** Configuration and settings a rule may read; extended by later rule families. */
export interface RuleContext {
  /** Postmark expectations for this zone's domain(s), from postmark-zone.json or settings. */
  postmark?: DomainExpectations[];
}

export interface Rule {
  code: string;
  /** One line, shown in the README table and on hover. */
  summary: string;
  severity: Severity;
  /**
   * 'owner': each finding lies inside a record and depends only on the records at that record's
   * owner, on the records at names they point to (rdata targets), and on the origin and the
   * configuration; a fix that deletes a record may also look at the records around it (the next
   * one's inherited owner or TTL it writes out). The editor then re-runs the rule only for the owners an edit
   * touched and those of the records right before and after the re-read lines, on a zone whose
   * `partOf` is set (see Zone.partOf). Without a scope the rule sees the whole zone.
   */
  scope?: 'owner';
  /**
   * Findings for the whole zone. Codes reported while parsing (syntax, rdata) are rules too:
   * their check just selects the parser's findings with that code.
   */
  check(zone: Zone, context: RuleContext): Finding[];
}
