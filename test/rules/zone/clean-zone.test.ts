// No false alarms: realistic zones that named-checkzone accepts give no zone/ finding, and the
// bundled example gives exactly the one it is there to show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analyze';
import { HEAD, analyzeCase } from '../rule-table';

const CLEAN = `$TTL 1h
$ORIGIN example.com.
@          IN SOA  ns1 hostmaster ( 2026010101 2h 30m 2w 1h )
           IN NS   ns1
           IN NS   ns2.example.net.
           IN MX   10 mail
           IN MX   20 mx.example.net.
           IN A    192.0.2.10
           IN AAAA 2001:db8::10
           IN TXT  "v=spf1 a mx include:spf.mtasv.net ~all"
           IN CAA  0 issue "letsencrypt.org"
ns1        IN A    192.0.2.53
mail       IN A    192.0.2.25
www        IN CNAME @
*.dev      IN A    192.0.2.77
_sip._tcp  IN SRV  10 5 5060 sip
sip        IN A    192.0.2.5
sub        IN NS   ns.sub
ns.sub     IN A    192.0.2.99
pm-bounces IN CNAME pm.mtasv.net.
_dmarc     IN TXT  "v=DMARC1; p=none"
10.rev     IN PTR  @
`;

function zoneFindings(text: string) {
  return analyzeCase({ name: '', zone: text }).findings.filter((f) => f.code.startsWith('zone/'));
}

test('the shared HEAD zone has no zone/ finding', () => {
  assert.deepEqual(zoneFindings(HEAD).map((f) => f.code), []);
});

test('a realistic zone gives no zone/ finding', () => {
  assert.deepEqual(zoneFindings(CLEAN).map((f) => `${f.code} ${CLEAN.slice(f.start, f.end)}`), []);
});

test('examples/example.com.zone shows exactly its missing trailing dot', () => {
  const file = join(__dirname, '..', '..', '..', 'examples', 'example.com.zone');
  const text = readFileSync(file, 'utf8');
  const findings = analyze(text, { file }).findings.filter((f) => f.code.startsWith('zone/'));
  assert.deepEqual(findings.map((f) => `${f.code} ${text.slice(f.start, f.end)}`), ['zone/missing-trailing-dot pm.mtasv.net']);
});
