// The files a zone read through one file's $INCLUDE lines: what belongs to that file when it is
// checked as part of the zone that includes it (the editor and the CLI show its findings and
// those of the files it includes, not the rest of the zone's).
import type { Directive, Zone } from './model';

/** A file with an SOA record is a zone of its own; one without may be part of a zone that $INCLUDEs it. */
export function hasSoaRecord(zone: Zone, file = zone.mainFile): boolean {
  return zone.records.some((record) => record.type === 'SOA' && record.file === file);
}

/** `file` and every file read through its $INCLUDE lines, directly or nested. */
export function filesReadThrough(directives: readonly Directive[], file: string): Set<string> {
  const files = new Set([file]);
  // Directives are in reading order: an included file's own $INCLUDE lines come after the line that read it.
  for (const directive of directives) {
    if (directive.name === '$INCLUDE' && directive.included !== undefined && files.has(directive.file)) files.add(directive.included);
  }
  return files;
}
