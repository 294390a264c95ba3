// postmark/tracking-cname as a table: the configured link-tracking host must be a CNAME to the
// target Postmark shows (missing, elsewhere, forgotten dot, other records at the host).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleTable } from '../rule-table';
import { DKIM, HEAD } from './postmark-zone';
import { trackingCname } from '../../../server/src/rules/postmark/tracking-cname';
import type { RuleContext } from '../../../server/src/rules/rule';

const TRACKING: RuleContext = { postmark: [{ domain: 'example.com', tracking: { host: 'links', target: 'track.pmlink.example' } }] };
const CNAME = 'links IN CNAME track.pmlink.example.\n';
const ALIGNED = '$TTL 3600\n@        IN  SOA    ns1 hostmaster 1 7200 900 1209600 300\n@        IN  NS     ns1\nns1      IN  A      192.0.2.53\n';

test('code', () => assert.equal(trackingCname.code, 'postmark/tracking-cname'));

ruleTable('postmark/tracking-cname', {
  valid: [
    { name: 'the CNAME Postmark shows', zone: HEAD + CNAME, context: TRACKING },
    { name: 'the target written with another case', zone: HEAD + 'links IN CNAME Track.PMLink.Example.\n', context: TRACKING },
    { name: 'no tracking configured', zone: HEAD + DKIM + 'links IN A 192.0.2.1\n' },
  ],
  invalid: [
    {
      name: 'missing, in an aligned file',
      zone: ALIGNED,
      context: TRACKING,
      expect: [
        {
          text: '@',
          message: /'links\.example\.com' has no CNAME: .*'track\.pmlink\.example\.'/,
          fix: { id: 'insert-tracking-cname', safe: true, output: `${ALIGNED}links    IN  CNAME  track.pmlink.example.\n` },
        },
      ],
      fixAll: `${ALIGNED}links    IN  CNAME  track.pmlink.example.\n`,
    },
    {
      name: 'pointing elsewhere',
      zone: HEAD + 'links IN CNAME track.oldesp.example.\n',
      context: TRACKING,
      expect: [{ text: 'track.oldesp.example.', message: /points to 'track\.oldesp\.example\.'; .*'track\.pmlink\.example\.'/, fix: { id: 'tracking-cname-target', safe: true, output: HEAD + CNAME } }],
      fixAll: HEAD + CNAME,
    },
    {
      name: 'the final dot forgotten',
      zone: HEAD + 'links IN CNAME track.pmlink.example\n',
      context: TRACKING,
      expect: [{ text: 'track.pmlink.example', message: /no trailing dot/, fix: { id: 'tracking-cname-target', safe: true, output: HEAD + CNAME } }],
    },
    {
      name: 'an A record instead of the CNAME (its comment stays)',
      zone: HEAD + 'links IN A 192.0.2.1 ; was the web server\n',
      context: TRACKING,
      expect: [
        {
          text: 'A',
          after: 'links IN A',
          message: /has an A record where Postmark needs a CNAME/,
          fix: { id: 'replace-with-cname', safe: false, output: HEAD + 'links IN CNAME track.pmlink.example. ; was the web server\n' },
        },
      ],
    },
    {
      name: 'an A and a TXT: either can go (a CNAME beside the other would clash)',
      zone: HEAD + 'links 300 IN A 192.0.2.1\nlinks IN TXT "x"\n',
      context: TRACKING,
      expect: [
        { text: 'A', after: 'IN A 192.0.2.1', fix: { id: 'delete-record', safe: false, output: HEAD + 'links IN TXT "x"\n' } },
        { text: 'TXT', message: /has a TXT record/, fix: { id: 'delete-record', safe: false, output: HEAD + 'links 300 IN A 192.0.2.1\n' } },
      ],
    },
    {
      name: 'other data beside the CNAME',
      zone: HEAD + CNAME + 'links IN TXT "x"\n',
      context: TRACKING,
      expect: [{ text: 'TXT', message: /is a CNAME, so it cannot also have a TXT record/, fix: { id: 'delete-record', safe: false, output: HEAD + CNAME } }],
    },
  ],
});
