// postmarkZone.verifyLiveDns ("Postmark: Verify records in live DNS"): verifies the active zone
// (or the one a CodeLens passes) in live DNS; the work is in client/src/live and the server.
import * as vscode from 'vscode';
import { runLiveVerification } from '../live/run-verification';
import type { ZoneCommand } from './index';

export const verifyLiveDns: ZoneCommand = {
  id: 'postmarkZone.verifyLiveDns',
  async run({ controller }, target) {
    await runLiveVerification(controller, target instanceof vscode.Uri ? target : undefined);
  },
};
