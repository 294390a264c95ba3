// dmarc/missing table: only zones that use Postmark, any DMARC publication at _dmarc.<origin>
// satisfies it, and insert-dmarc (the client command, or the configured record in file style).
import assert from 'node:assert/strict';
import { ruleTable, FILE, HEAD } from '../rule-table';
import { RETURN_PATH } from '../postmark/postmark-zone';

const RUA = 'mailto:re+abc123@dmarc.postmarkapp.com';
const CONFIGURED = { postmark: [{ domain: 'example.com', dmarc: { rua: RUA } }] };
const DKIM = '20231012123456pm._domainkey IN TXT "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC"\n';

const askCommand = (fixes: NonNullable<import('../../../server/src/rules/rule').Finding['fixes']>) => {
  assert.equal(fixes.length, 1);
  assert.equal(fixes[0].id, 'insert-dmarc');
  assert.equal(fixes[0].safe, false);
  assert.deepEqual(fixes[0].edits, []);
  assert.deepEqual(fixes[0].command, { command: 'postmarkZone.insertDmarcRecord', title: 'Insert a DMARC record', arguments: [{ uri: FILE, origin: 'example.com.' }] });
};

ruleTable('dmarc/missing', {
  otherFindings: 'keep all',
  valid: [
    { name: 'no Postmark, no DMARC', zone: HEAD },
    { name: 'Postmark and a DMARC record', zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "v=DMARC1; p=none"\n` },
    { name: 'Postmark and a broken DMARC record (dmarc/syntax reports it)', zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "p=none"\n` },
    { name: 'Postmark and DMARC delegated by CNAME', zone: `${HEAD}${RETURN_PATH}_dmarc IN CNAME example.com.dmarc.example.net.\n` },
    { name: 'Postmark configured for another domain', zone: HEAD, context: { postmark: [{ domain: 'example.org' }] } },
  ],
  invalid: [
    {
      name: 'Return-Path CNAME: asks for the address',
      zone: `${HEAD}${RETURN_PATH}`,
      expect: [{ text: '@', message: /No DMARC record at _dmarc\.example\.com.*CNAME pm-bounces\.example\.com\. -> pm\.mtasv\.net\./, checkFixes: askCommand }],
    },
    { name: 'Postmark DKIM selector', zone: `${HEAD}${DKIM}`, expect: [{ text: '@', message: /DKIM TXT at 20231012123456pm\._domainkey/ }] },
    { name: 'inbound MX', zone: `${HEAD}@ IN MX 10 inbound.postmarkapp.com.\n`, expect: [{ text: '@' }] },
    { name: 'SPF include', zone: `${HEAD}@ IN TXT "v=spf1 a include:spf.mtasv.net ~all"\n`, expect: [{ text: '@' }] },
    { name: 'Return-Path CNAME without its final dot', zone: `${HEAD}pm-bounces IN CNAME pm.mtasv.net\n`, expect: [{ text: '@' }] },
    { name: 'a DMARC record only at another name', zone: `${HEAD}${RETURN_PATH}_dmarc.mail IN TXT "v=DMARC1; p=none"\n`, expect: [{ text: '@' }] },
    { name: 'configuration names a subdomain', zone: HEAD, context: { postmark: [{ domain: 'mail.example.com' }] }, expect: [{ text: '@', checkFixes: askCommand }] },
    {
      name: 'configured rua: the record is inserted after the last TXT',
      zone: `${HEAD}@ IN TXT "v=spf1 -all"\n${RETURN_PATH}`,
      context: CONFIGURED,
      expect: [
        {
          text: '@',
          fix: { id: 'insert-dmarc', output: `${HEAD}@ IN TXT "v=spf1 -all"\n_dmarc IN TXT "v=DMARC1; p=none; rua=${RUA}"\n${RETURN_PATH}` },
          checkFixes: (fixes) => assert.equal(fixes[0].command, undefined),
        },
      ],
    },
    {
      name: 'configured rua: records inheriting the anchor\'s owner stay with it; multi-line records are skipped whole',
      zone: `${HEAD}@ IN TXT ( "v=spf1"\n  " -all" ) ; spf\n  IN MX 10 inbound.postmarkapp.com.\nwww IN A 192.0.2.80\n`,
      context: CONFIGURED,
      expect: [
        {
          text: '@',
          fix: {
            id: 'insert-dmarc',
            output: `${HEAD}@ IN TXT ( "v=spf1"\n  " -all" ) ; spf\n  IN MX 10 inbound.postmarkapp.com.\n_dmarc IN TXT "v=DMARC1; p=none; rua=${RUA}"\nwww IN A 192.0.2.80\n`,
          },
        },
      ],
    },
    {
      name: 'configured rua without mailto:, the columns most records use (a TTL only one record writes is not copied)',
      zone: `$TTL 3600\n@            IN SOA   ns1 hostmaster 1 7200 900 1209600 300\n             IN NS    ns1\nns1          IN A     192.0.2.53\npm-bounces   300 IN CNAME pm.mtasv.net.\n`,
      context: { postmark: [{ domain: 'example.com.', dmarc: { rua: 're+x@dmarc.postmarkapp.com' } }] },
      expect: [
        {
          text: '@',
          fix: {
            id: 'insert-dmarc',
            output: `$TTL 3600\n@            IN SOA   ns1 hostmaster 1 7200 900 1209600 300\n             IN NS    ns1\nns1          IN A     192.0.2.53\npm-bounces   300 IN CNAME pm.mtasv.net.\n_dmarc       IN TXT   "v=DMARC1; p=none; rua=mailto:re+x@dmarc.postmarkapp.com"\n`,
          },
        },
      ],
    },
    {
      name: 'absolute owners, tabs and CRLF are followed; inherited owners stay with theirs',
      zone: `$TTL 3600\r\nexample.com.\tIN\tSOA\tns1.example.com. h.example.com. 1 2 3 4 5\r\n\tIN\tNS\tns1.example.com.\r\npm-bounces.example.com.\tIN\tCNAME\tpm.mtasv.net.\r\n`,
      context: CONFIGURED,
      expect: [
        {
          text: 'example.com.',
          fix: {
            id: 'insert-dmarc',
            output: `$TTL 3600\r\nexample.com.\tIN\tSOA\tns1.example.com. h.example.com. 1 2 3 4 5\r\n\tIN\tNS\tns1.example.com.\r\npm-bounces.example.com.\tIN\tCNAME\tpm.mtasv.net.\r\n_dmarc.example.com.\tIN\tTXT\t"v=DMARC1; p=none; rua=${RUA}"\r\n`,
          },
        },
      ],
    },
  ],
});
