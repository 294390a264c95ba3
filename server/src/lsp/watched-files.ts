// Asks the client to report changes on disk of the files the open zones read besides their own
// (included files, and the zone file an included file is checked as part of): a `git pull` or
// another editor changes what a zone reads, and its diagnostics must follow without an edit.
// One dynamic registration of workspace/didChangeWatchedFiles, replaced when the set of files
// changes; nothing when the client cannot register it (then a save in the editor still counts).
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from 'vscode-languageserver';

export interface WatchSupport {
  /** The client registers workspace/didChangeWatchedFiles dynamically. */
  dynamic: boolean;
  /**
   * It takes a folder and a pattern (VS Code then watches that folder even outside the workspace,
   * where an included file may live: /etc/bind); else a glob of the absolute path, which VS Code
   * matches only inside the workspace.
   */
  relativePatterns: boolean;
}

export class WatchedFiles {
  private watched = '';
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly support: () => WatchSupport,
  ) {}

  /** Watches exactly `files` (absolute paths) from now on. */
  update(files: Iterable<string>): void {
    const support = this.support();
    if (!support.dynamic) return;
    const list = [...new Set(files)].sort();
    const key = list.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    const watchers = list.map((file) => ({ globPattern: support.relativePatterns ? { baseUri: pathToFileURL(dirname(file)).toString(), pattern: basename(file) } : file.replace(/\\/g, '/') }));
    this.registration = list.length === 0 ? undefined : this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((registered) => registered.dispose(), () => undefined);
  }
}
