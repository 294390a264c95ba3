// BIND names zone files `db.example.com`, so the `zone` language claims `db.*`. VS Code lets a
// file-name pattern win over an extension (microsoft/vscode#189623): `db.ts`, `db.py` and
// `db.json` would open as zone files and fill with zone diagnostics. Such a file goes back to the
// language that claims its extension, unless its text reads like a zone (a Polish zone,
// `db.example.pl`, stays a zone though Perl claims `.pl`). Plain TypeScript, no vscode import.
import { looksLikeZone } from '../../server/src/zone/looks-like-zone';

export interface LanguageContribution {
  id: string;
  extensions?: readonly string[];
}

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
  if (!claimant || looksLikeZone(text)) return undefined;
  return claimant.id;
}
