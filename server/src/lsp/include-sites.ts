// Where a finding in an $INCLUDE'd file is shown: at the $INCLUDE directive of the main file
// that (directly or through nested includes) read that file.
import type { Directive, Zone } from '../zone/model';

export type IncludeGraph = Pick<Zone, 'mainFile' | 'directives'>;

/** The main-file $INCLUDE directive through which `file` was read, if it can be told. */
export function includeSite(zone: IncludeGraph, file: string): Directive | undefined {
  const seen = new Set<string>();
  let current = file;
  while (current !== zone.mainFile && !seen.has(current)) {
    seen.add(current);
    const directive = includingDirective(zone, current);
    if (!directive) break;
    if (directive.file === zone.mainFile) return directive;
    current = directive.file;
  }
  // Not read through an $INCLUDE of this zone: the first $INCLUDE of the main file is the best place left.
  return zone.directives.find((d) => d.name === '$INCLUDE' && d.file === zone.mainFile);
}

function includingDirective(zone: IncludeGraph, file: string): Directive | undefined {
  return zone.directives.find((d) => d.name === '$INCLUDE' && d.included === file);
}
