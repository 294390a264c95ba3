// Reads the zone files named on the command line, turning every I/O problem (missing file,
// directory, no permission) into a one-line message naming the file instead of a stack trace.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readTextFile } from '../node-include-reader';

export interface ZoneInput {
  /** As named on the command line. */
  file: string;
  text: string;
}

export type ReadResult = { ok: true; input: ZoneInput } | { ok: false; message: string };

export function readZoneFile(file: string, cwd: string): ReadResult {
  const path = resolve(cwd, file);
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return { ok: false, message: `cannot read '${file}': it is a directory, not a zone file` };
    // A device (/dev/zero, a terminal) may never end; a pipe (`<(git show HEAD:db.zone)`) does.
    if (stats.isCharacterDevice() || stats.isBlockDevice()) return { ok: false, message: `cannot read '${file}': it is a device, not a zone file` };
    // Drop a UTF-8 byte-order mark as VS Code does, so positions match what the editor shows.
    return { ok: true, input: { file, text: readTextFile(path).replace(/^\uFEFF/, '') } };
  } catch (error) {
    return { ok: false, message: `cannot read '${file}': ${describeIoError(error)}` };
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a zone file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
