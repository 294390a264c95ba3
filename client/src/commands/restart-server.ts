// postmarkZone.restartServer: stop the language server and start a fresh one.
import type { ZoneCommand } from './index';

export const restartServer: ZoneCommand = {
  id: 'postmarkZone.restartServer',
  async run({ controller }) {
    await controller.restart();
  },
};
