// Which name is the zone's apex, in named-checkzone's spirit (it takes the zone name as an
// argument; we infer it when none is given): an explicit origin, else a `$ORIGIN` before the
// first record, else the file name (`example.com.zone`, `db.example.com`, `example.com.db`),
// else the SOA owner when written absolute, else the root with origin source 'none'.
import type { Field, OriginSource } from './model';
import { logicalLines } from './logical-lines';
import { ensureAbsolute, isAbsolute, nameProblem } from './names';

export interface ZoneName {
  origin: string;
  source: OriginSource;
}

export function inferZoneName(text: string, file: string, explicit?: string): ZoneName {
  if (explicit && explicit.trim() !== '') return { origin: ensureAbsolute(explicit.trim()), source: 'option' };
  const word = (field: Field) => field.raw;

  let soaOwner: string | undefined;
  for (const line of logicalLines(text)) {
    const first = line.items[0];
    if (!line.startsWithBlank && first && word(first).toUpperCase() === '$ORIGIN') {
      const argument = line.items[1];
      // An $ORIGIN the parser will reject (an empty label, a label over 63 octets) names no zone.
      if (argument && isAbsolute(word(argument)) && !nameProblem(word(argument))) return { origin: word(argument), source: '$ORIGIN' };
      break;
    }
    if (first && !word(first).startsWith('$')) {
      // The first record: look for SOA among its first few words.
      const words = line.items.slice(0, 5).map((t) => word(t).toUpperCase());
      if (words.includes('SOA') && !line.startsWithBlank && isAbsolute(word(first)) && !nameProblem(word(first))) soaOwner = word(first);
      break;
    }
  }
  const fromFile = zoneNameFromFileName(file);
  if (fromFile) return { origin: fromFile, source: 'file name' };
  if (soaOwner) return { origin: soaOwner, source: 'SOA owner' };
  return { origin: '.', source: 'none' };
}

/** `example.com.zone` / `db.example.com` / `example.com.db` -> `example.com.`; else undefined. */
export function zoneNameFromFileName(file: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? '';
  let name: string | undefined;
  if (/\.zone$/i.test(base)) name = base.slice(0, -5);
  else if (/^db\./i.test(base)) name = base.slice(3);
  else if (/\.db$/i.test(base)) name = base.slice(0, -3);
  if (!name || !name.includes('.') || !/^[A-Za-z0-9._-]+$/.test(name)) return undefined;
  const absolute = ensureAbsolute(name);
  return nameProblem(absolute) ? undefined : absolute;
}
