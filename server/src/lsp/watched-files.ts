// Asks the client to report changes on disk of the files the open zones read besides their own
// (included files, and the zone file an included file is checked as part of): a `git pull` or
// another editor changes what a zone reads, and its diagnostics must follow without an edit.
// One dynamic registration of workspace/didChangeWatchedFiles, replaced when the set of files
// changes; nothing when the client cannot register it (then a save in the editor still counts).
import { DidChangeWatchedFilesNotification, type Connection, type Disposable } from 'vscode-languageserver';

export class WatchedFiles {
  private watched = '';
  private registration: Promise<Disposable> | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly enabled: () => boolean,
  ) {}

  /** Watches exactly `files` (absolute paths) from now on. */
  update(files: Iterable<string>): void {
    if (!this.enabled()) return;
    const list = [...new Set(files)].sort();
    const key = list.join('\n');
    if (key === this.watched) return;
    this.watched = key;
    const previous = this.registration;
    // A glob of an absolute path matches that file (forward slashes, as globs are written).
    const watchers = list.map((file) => ({ globPattern: file.replace(/\\/g, '/') }));
    this.registration = list.length === 0 ? undefined : this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    void previous?.then((registered) => registered.dispose(), () => undefined);
  }
}
