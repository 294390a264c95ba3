// The CLI's name and its message for a bug, in a module of their own: dist/cli.js (bin.ts, through
// worker-run.ts) reports a failed worker before, and without, loading the CLI bundle.
export const PROGRAM = 'postmark-zone';

/** A bug, not bad input: still one line, with the stack only when POSTMARK_ZONE_DEBUG asks for it. */
export function internalErrorMessage(error: unknown): string {
  const detail = process.env.POSTMARK_ZONE_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `${PROGRAM}: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`;
}
