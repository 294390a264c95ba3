// postmarkZone.insertDkimRecord: asks for the DKIM host and value Postmark shows, checks them
// (server/src/rules/record-input.ts) and inserts the TXT record the server lays out.
import { checkDkimHost, checkDkimValue, dkimRecordData } from '../../../server/src/rules/record-input';
import type { ZoneCommand } from './index';
import { ask, insertRecord, zoneTarget, type InsertArgument } from './insert-record-steps';

export const insertDkimRecord: ZoneCommand = {
  id: 'postmarkZone.insertDkimRecord',
  async run(deps, argument) {
    const target = await zoneTarget(argument as InsertArgument | undefined);
    if (!target) return;
    const { domain } = target;
    const host = await ask({
      title: 'Insert DKIM record (1/2): host',
      prompt: `The DKIM host from Postmark's DNS settings for ${domain}`,
      placeHolder: '20231012123456pm._domainkey',
      value: target.argument.host ?? '',
      check: (input) => checkDkimHost(input, domain, target.origin),
    });
    if (host === undefined) return;
    const value = await ask({
      title: 'Insert DKIM record (2/2): value',
      prompt: `The DKIM value Postmark shows for ${host}`,
      placeHolder: 'k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ...',
      check: checkDkimValue,
    });
    if (value === undefined) return;
    await insertRecord(deps, target.document, { owner: host, type: 'TXT', rdata: dkimRecordData(value) });
  },
};
