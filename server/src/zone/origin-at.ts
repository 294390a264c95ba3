// The origin in effect at a place in a file: the zone's, changed by each $ORIGIN line before it
// (an $INCLUDE's origin reverts after its file, so only the file's own $ORIGIN lines count).
import type { Zone } from './model';
import { resolveName } from './names';

export function originAt(zone: Zone, file: string, offset: number): string {
  let origin = zone.origin;
  for (const directive of zone.directives) {
    if (directive.file === file && directive.name === '$ORIGIN' && directive.end <= offset && directive.args.length === 1) origin = resolveName(directive.args[0].raw, origin).name;
  }
  return origin;
}
