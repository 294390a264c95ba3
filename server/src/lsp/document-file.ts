// Which file a document URI stands for: a path on disk for `file:` URIs (so $INCLUDE works),
// otherwise only a name (untitled buffers, remote schemes) and no include reading.
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface DocumentFile {
  /** Path for `file:` URIs, else the URI's last path segment (or the whole URI). */
  file: string;
  /** True when `file` is a real path that $INCLUDE can be resolved against. */
  onDisk: boolean;
}

export function documentFile(uri: string): DocumentFile {
  try {
    const url = new URL(uri);
    if (url.protocol === 'file:') return { file: fileURLToPath(url), onDisk: true };
    const segments = url.pathname.split('/').filter((s) => s !== '');
    const last = segments.length > 0 ? decodeURIComponent(segments[segments.length - 1]) : '';
    return { file: last || uri, onDisk: false };
  } catch {
    return { file: uri, onDisk: false };
  }
}

/** URI for a file named in a finding: the document itself, or a path on disk. */
export function fileUri(file: string, mainFile: string, mainUri: string): string {
  if (file === mainFile) return mainUri;
  try {
    return pathToFileURL(file).toString();
  } catch {
    return mainUri;
  }
}
