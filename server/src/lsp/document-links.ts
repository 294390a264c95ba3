// Links on the file names of the main file's $INCLUDE lines, to the files they read (the path
// the include reader resolved: next to the zone file, or from the working directory). A file that
// could not be read gets no link; zone/include-not-found says why.
import type { DocumentLink } from 'vscode-languageserver';
import type { Zone } from '../zone/model';
import type { FileLocator } from './file-locator';

export function documentLinks(zone: Zone, locator: FileLocator): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const directive of zone.directives) {
    if (directive.name !== '$INCLUDE' || directive.file !== locator.mainFile || directive.included === undefined) continue;
    const path = directive.args[0];
    links.push({ range: locator.range(directive.file, path.start, path.end), target: locator.uri(directive.included), tooltip: directive.included });
  }
  return links;
}
