// postmarkZone.restartServer: the old server's diagnostics are withdrawn when it stops, and the
// new server analyses the open zone again and publishes the same problems.
import assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { EXAMPLE_CODES, exampleZoneForSuite, openZone, positionOf, recordCodes, waitForCodes, waitForDiagnostics } from './helpers';

suite('restart command', () => {
  const zone = exampleZoneForSuite();

  test('restarting the server clears and republishes the diagnostics', async () => {
    await openZone(zone.uri);
    await waitForCodes(zone.uri, EXAMPLE_CODES);
    const recorder = recordCodes(zone.uri);
    try {
      await vscode.commands.executeCommand('postmarkZone.restartServer');
      const expected = JSON.stringify([...EXAMPLE_CODES].sort());
      await waitForDiagnostics(
        zone.uri,
        () => {
          const cleared = recorder.snapshots.findIndex((codes) => codes.length === 0);
          return cleared >= 0 && recorder.snapshots.slice(cleared + 1).some((codes) => JSON.stringify(codes) === expected);
        },
        'the diagnostics to be cleared and published again',
      );
      assert.deepEqual(recorder.snapshots[recorder.snapshots.length - 1], [...EXAMPLE_CODES].sort());
    } finally {
      recorder.dispose();
    }
  });

  test('the restarted server still answers edits', async () => {
    const editor = await openZone(zone.uri);
    const afterName = positionOf(editor.document, 'pm.mtasv.net   ;', 'pm.mtasv.net'.length);
    assert.ok(await editor.edit((edit) => edit.insert(afterName, '.')), 'the edit applies');
    await waitForCodes(zone.uri, ['dmarc/missing']);
  });
});
