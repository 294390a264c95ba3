// postmarkZone.verifyLiveDns through VS Code against BIND named on loopback (the resolver the
// settings name): a record named does not serve becomes a live-DNS diagnostic on its line.
// Skips, saying why, when the command is not registered or named is not installed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite, suiteTeardown, teardown, test, type Context } from 'mocha';
import * as vscode from 'vscode';
import { findNamed, NAMED_MISSING, startNamed, type NamedServer } from '../../helpers/named-server';
import { exampleZone, reportsZone, rsaPublicKey } from '../../live/live-zones';
import { EXTENSION_ID, closeAllEditors, codeOf, openZone, positionOf, skipBecause, waitForDiagnostics } from './helpers';

const COMMAND = 'postmarkZone.verifyLiveDns';
const LIVE_SOURCE = 'postmark-zone (live DNS)';
const config = () => vscode.workspace.getConfiguration('postmarkZone');

suite('live DNS command', () => {
  let named: NamedServer | undefined;
  let dir: string | undefined;

  teardown(async () => {
    for (const key of ['resolvers', 'dnsTimeoutMs', 'dnsRetries']) await config().update(key, undefined, vscode.ConfigurationTarget.Global);
  });
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAllEditors();
    await named?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('a record live DNS does not serve is reported on its line', async function (this: Context) {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate(); // commands register on activation
    if (!(await vscode.commands.getCommands(true)).includes(COMMAND)) skipBecause(this, `${COMMAND} is not registered by this build of the extension`);
    if (!findNamed()) skipBecause(this, NAMED_MISSING);

    // The NS is out of zone and has no address named can give, so named is the only server asked.
    const fileZone = exampleZone({ key: rsaPublicKey(1024), nsLines: ['@ IN NS ns.example.net.'] });
    const servedZone = fileZone.replace(/^pm-bounces .*\n/m, '');
    assert.notEqual(servedZone, fileZone);
    named = await startNamed([{ name: 'example.com', text: servedZone }, { name: 'reports.test', text: reportsZone(true) }]);
    dir = mkdtempSync(join(tmpdir(), 'pz-vscode-live-'));
    const file = join(dir, 'example.com.zone');
    writeFileSync(file, fileZone);
    const uri = vscode.Uri.file(file);
    const document = (await openZone(uri)).document;
    await config().update('resolvers', [`${named.host}:${named.port}`], vscode.ConfigurationTarget.Global);
    await config().update('dnsTimeoutMs', 1000, vscode.ConfigurationTarget.Global);
    await config().update('dnsRetries', 0, vscode.ConfigurationTarget.Global);

    // The command returns when the check is done (its result notification is answered later).
    const outcome = await Promise.race([
      vscode.commands.executeCommand(COMMAND, uri).then(() => undefined, (error: unknown) => error),
      new Promise((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000)),
    ]);
    assert.equal(outcome, undefined, 'the command finishes when the check does');
    const diagnostics = await waitForDiagnostics(uri, (all) => all.some((d) => d.source === LIVE_SOURCE), `live DNS diagnostics (named on port ${named.port})`);
    const live = diagnostics.filter((d) => d.source === LIVE_SOURCE);
    assert.deepEqual(live.map(codeOf), ['missing-nxdomain'], live.map((d) => d.message).join('\n'));
    assert.equal(live[0].severity, vscode.DiagnosticSeverity.Error);
    assert.equal(live[0].range.start.line, positionOf(document, 'pm-bounces').line);
    assert.match(live[0].message, /pm-bounces\.example\.com/);

    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
