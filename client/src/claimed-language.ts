// BIND names zone files `db.example.com`, so the `zone` language claims `db.*`. VS Code lets a
// file-name pattern win over an extension (microsoft/vscode#189623): `db.ts`, `db.py` and
// `db.json` would open as zone files and fill with zone diagnostics. Such a file goes back to the
// language that claims its extension, unless its text reads like a zone (a Polish zone,
// `db.example.pl`, stays a zone though Perl claims `.pl`). Plain TypeScript, no vscode import.

export interface LanguageContribution {
  id: string;
  extensions?: readonly string[];
}

/** How much of the text is looked at: a zone's first directive or SOA comes early. */
const LOOK_AT = 4096;

/** A directive, or an SOA record (owner, TTL and class optional), starting a line: text that reads like a zone file. */
const LOOKS_LIKE_ZONE = /^(?:\$(?:TTL|ORIGIN|INCLUDE|GENERATE)\b|\S*[ \t]+(?:(?:\d\w*|IN|CH|HS|CLASS\d+)[ \t]+){0,2}SOA[ \t(])/im;

/**
 * The language that claims the extension of a `db.*` file whose text does not read like a zone,
 * or undefined when the file should stay a zone file.
 */
export function otherLanguageFor(fileName: string, text: string, languages: readonly LanguageContribution[]): string | undefined {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  if (!/^db\./i.test(name)) return undefined; // claimed by `.zone` or by its first line: ours
  const extension = name.slice(name.lastIndexOf('.')).toLowerCase();
  if (extension === '.zone') return undefined;
  const claimant = languages.find((language) => language.id !== 'zone' && language.extensions?.some((e) => e.toLowerCase() === extension));
  if (!claimant || LOOKS_LIKE_ZONE.test(text.slice(0, LOOK_AT))) return undefined;
  return claimant.id;
}
