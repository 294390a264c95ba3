// The cheap look at a file's start that decides whether it may be zone data: a zone file (a
// directive or an SOA), or records a zone $INCLUDEs (what the VS Code client looks for before it
// searches the folders for a zone that includes a plain-text file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeZone, looksLikeZoneData } from '../../server/src/zone/looks-like-zone';

test('records of common types read like zone data; a zone file reads like both', () => {
  for (const text of [
    'pm-bounces IN CNAME pm.mtasv.net.\n',
    '; Postmark\n20231012123456pm._domainkey 3600 IN TXT "k=rsa; p=MIGf"\n',
    'mail\tIN\tA\t192.0.2.25\n',
    '        IN MX 10 inbound.postmarkapp.com.\n',
    '@ 300 IN TXT ( "v=spf1"\n  " -all" )\n',
  ]) {
    assert.ok(looksLikeZoneData(text), text);
    assert.ok(!looksLikeZone(text), `records alone are not a zone file: ${text}`);
  }
  assert.ok(looksLikeZoneData('$TTL 1h\n@ IN SOA ns1 host 1 2 3 4 5\n'));
});

// A look, not a parse: some code reads like a record (`const A = 1;`); then the folders are
// searched for nothing. What matters is that prose and logs, most plain-text files, are not.
test('prose, logs and most code do not', () => {
  for (const text of [
    '',
    'Meeting notes: a TXT record for SPF is needed\n',
    '2026-11-29 01:02:03 INFO server started on port 53\n',
    'def main():\n    return 0\n',
    `${'words words words\n'.repeat(300)}www IN A 192.0.2.1\n`, // past the first 4 KB
  ]) {
    assert.ok(!looksLikeZoneData(text), text.slice(0, 60));
  }
});
