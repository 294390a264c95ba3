// dmarc/strict-spf-alignment table: aspf=s only matters when the zone uses Postmark.
import { ruleTable, HEAD } from '../rule-table';
import { RETURN_PATH } from '../postmark/postmark-zone';

ruleTable('dmarc/strict-spf-alignment', {
  otherFindings: 'keep all',
  valid: [
    { name: 'relaxed alignment with Postmark', zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "v=DMARC1; p=reject; aspf=r"\n` },
    { name: 'no aspf with Postmark', zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "v=DMARC1; p=reject"\n` },
    { name: 'strict alignment without Postmark', zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=reject; aspf=s"\n` },
    { name: 'strict DKIM alignment is fine', zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "v=DMARC1; p=reject; adkim=s"\n` },
  ],
  invalid: [
    {
      name: 'aspf=s with a Return-Path CNAME',
      zone: `${HEAD}${RETURN_PATH}_dmarc IN TXT "v=DMARC1; p=reject; aspf=s"\n`,
      expect: [{ text: 'aspf=s', message: /pm-bounces\.example\.com/ }],
    },
    {
      name: 'aspf=S with Postmark named only in the configuration',
      zone: `${HEAD}_dmarc IN TXT "v=DMARC1; p=none; aspf = S"\n`,
      context: { postmark: [{ domain: 'example.com' }] },
      expect: [{ text: 'aspf = S' }],
    },
  ],
});
