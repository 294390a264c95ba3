// Derived data several rules need (does this zone use Postmark? where are its DKIM hosts?),
// computed once per analysis: analyze() hands every rule the same zone and context objects.
import type { Zone } from '../zone/model';
import type { RuleContext } from './rule';

export function perAnalysis<T>(compute: (zone: Zone, context: RuleContext) => T): (zone: Zone, context: RuleContext) => T {
  const cache = new WeakMap<Zone, WeakMap<RuleContext, T>>();
  return (zone, context) => {
    let byContext = cache.get(zone);
    if (!byContext) cache.set(zone, (byContext = new WeakMap()));
    if (byContext.has(context)) return byContext.get(context)!;
    const value = compute(zone, context);
    byContext.set(context, value);
    return value;
  };
}

export function perZone<T>(compute: (zone: Zone) => T): (zone: Zone) => T {
  const cache = new WeakMap<Zone, T>();
  return (zone) => {
    if (cache.has(zone)) return cache.get(zone)!;
    const value = compute(zone);
    cache.set(zone, value);
    return value;
  };
}
