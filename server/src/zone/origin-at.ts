// The origin in effect at a place in a file: the one the file starts with (the zone's for the
// main file; for an included file, its $INCLUDE line's origin argument or else the origin in
// effect at that line), changed by each $ORIGIN line of the file before the place (an
// $INCLUDE's origin reverts after its file, so only the file's own $ORIGIN lines count).
import type { Zone } from './model';
import { resolveName } from './names';

export function originAt(zone: Zone, file: string, offset: number, depth = 0): string {
  let origin = file === zone.mainFile ? zone.origin : startingOrigin(zone, file, depth);
  for (const directive of zone.directives) {
    if (directive.file === file && directive.name === '$ORIGIN' && directive.end <= offset && directive.args.length === 1) origin = resolveName(directive.args[0].raw, origin).name;
  }
  return origin;
}

/** The origin an included file starts with; the zone's when no $INCLUDE read it (or includes nest past 16). */
function startingOrigin(zone: Zone, file: string, depth: number): string {
  const include = zone.directives.find((directive) => directive.name === '$INCLUDE' && directive.included === file);
  if (include === undefined || depth > 16) return zone.origin;
  const around = originAt(zone, include.file, include.start, depth + 1);
  return include.args.length === 2 ? resolveName(include.args[1].raw, around).name : around;
}
