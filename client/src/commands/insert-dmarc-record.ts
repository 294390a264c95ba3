// postmarkZone.insertDmarcRecord: asks for the address DMARC reports go to (Postmark's DMARC
// digests give one), checks it and inserts `_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:..."`.
import { checkDmarcRua, dmarcRecordData } from '../../../server/src/rules/record-input';
import type { ZoneCommand } from './index';
import { ask, insertRecord, zoneTarget, type InsertArgument } from './insert-record-steps';

export const insertDmarcRecord: ZoneCommand = {
  id: 'postmarkZone.insertDmarcRecord',
  async run(deps, argument) {
    const target = await zoneTarget(argument as InsertArgument | undefined);
    if (!target) return;
    const { domain } = target;
    const rua = await ask({
      title: `Insert DMARC record for ${domain}`,
      prompt: 'Where aggregate reports go (rua): an e-mail address, or several separated by commas',
      placeHolder: 're+abc123@dmarc.postmarkapp.com',
      check: checkDmarcRua,
    });
    if (rua === undefined) return;
    await insertRecord(deps, target.document, { owner: `_dmarc.${domain}`, type: 'TXT', rdata: dmarcRecordData(rua) });
  },
};
