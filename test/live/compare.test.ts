// compareAnswer and summarizeRecord as tables: one server's answer against the zone's RRset
// (exact TXT after joining strings, names without case or trailing-dot differences, DKIM by
// tag), and the status of a record over several servers.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareAnswer, summarizeRecord } from '../../server/src/live/compare';
import type { DnsAnswer } from '../../server/src/live/dns-answers';
import type { QueryResult } from '../../server/src/live/dns-client';
import type { CheckResult, ExpectedRecord } from '../../server/src/live/report-types';

function expected(kind: ExpectedRecord['kind'], name: string, type: ExpectedRecord['type'], values: string[]): ExpectedRecord {
  return { id: `${kind} ${name} ${type}`, kind, name, type, values, display: values, locations: [], source: 'zone' };
}

function answer(rcode: string, answers: DnsAnswer[]): QueryResult {
  return { ok: true, rcode, aa: true, truncated: false, viaTcp: false, answers, authority: [], elapsedMs: 1, attempts: 1 };
}

const txt = (name: string, text: string, strings = 1): DnsAnswer => ({ name, type: 'TXT', ttl: 300, text, strings, display: text });
const cname = (name: string, target: string): DnsAnswer => ({ name, type: 'CNAME', ttl: 300, target, display: target });
const mx = (name: string, preference: number, target: string): DnsAnswer => ({ name, type: 'MX', ttl: 300, preference, target, display: `${preference} ${target}` });

const DKIM = 'sel._domainkey.example.com.';

describe('compareAnswer', () => {
  const cases: Array<[string, ExpectedRecord, QueryResult, string, string[]]> = [
    ['TXT equal after joining strings', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('example.com.', 'v=spf1 -all', 2)]), 'match', ['v=spf1 -all']],
    ['owner compared without case', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('EXAMPLE.com.', 'v=spf1 -all')]), 'match', ['v=spf1 -all']],
    ['TXT differing by one character', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('example.com.', 'v=spf1 ~all')]), 'mismatch', ['v=spf1 ~all']],
    ['other TXT at the apex are not SPF', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('example.com.', 'site-verification=1'), txt('example.com.', 'v=spf1 -all')]), 'match', ['v=spf1 -all']],
    ['only non-SPF TXT', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('example.com.', 'site-verification=1')]), 'mismatch', ['site-verification=1']],
    ['an extra SPF record served', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('NOERROR', [txt('example.com.', 'v=spf1 -all'), txt('example.com.', 'v=spf1 mx -all')]), 'mismatch', ['v=spf1 -all', 'v=spf1 mx -all']],
    ['DKIM equal by tags (spaces, v=DKIM1)', expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NOERROR', [txt(DKIM, 'v=DKIM1;k=rsa;  p=AA AA')]), 'match', ['v=DKIM1;k=rsa;  p=AA AA']],
    ['DKIM with another key', expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NOERROR', [txt(DKIM, 'k=rsa; p=BBBB')]), 'mismatch', ['k=rsa; p=BBBB']],
    ['NXDOMAIN', expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NXDOMAIN', []), 'missing-nxdomain', []],
    ['NODATA', expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NOERROR', []), 'missing-nodata', []],
    ['CNAME where TXT is expected', expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NOERROR', [cname(DKIM, 'keys.example.net.')]), 'cname-instead', ['CNAME keys.example.net.']],
    ['CNAME target without case or dot differences', expected('return-path', 'pm-bounces.example.com.', 'CNAME', ['pm.mtasv.net.']), answer('NOERROR', [cname('pm-bounces.example.com.', 'PM.mtasv.net.')]), 'match', ['PM.mtasv.net.']],
    ['CNAME to another target', expected('return-path', 'pm-bounces.example.com.', 'CNAME', ['pm.mtasv.net.']), answer('NOERROR', [cname('pm-bounces.example.com.', 'pm.mtasv.net.example.com.')]), 'mismatch', ['pm.mtasv.net.example.com.']],
    ['MX set in another order', expected('inbound-mx', 'example.com.', 'MX', ['10 inbound.postmarkapp.com.', '20 mail.example.com.']), answer('NOERROR', [mx('example.com.', 20, 'mail.example.com.'), mx('example.com.', 10, 'inbound.postmarkapp.com.')]), 'match', ['20 mail.example.com.', '10 inbound.postmarkapp.com.']],
    ['MX with another preference', expected('inbound-mx', 'example.com.', 'MX', ['10 inbound.postmarkapp.com.']), answer('NOERROR', [mx('example.com.', 5, 'inbound.postmarkapp.com.')]), 'mismatch', ['5 inbound.postmarkapp.com.']],
    ['SERVFAIL', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('SERVFAIL', []), 'servfail', []],
    ['REFUSED', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('REFUSED', []), 'refused', []],
    ['FORMERR', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), answer('FORMERR', []), 'error', []],
    ['timeout', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), { ok: false, error: 'timeout', message: 'no answer', elapsedMs: 600, attempts: 2 }, 'timeout', []],
    ['network error', expected('spf', 'example.com.', 'TXT', ['v=spf1 -all']), { ok: false, error: 'network', message: 'refused', elapsedMs: 1, attempts: 1 }, 'error', []],
  ];
  for (const [title, record, result, status, actual] of cases) {
    test(title, () => {
      const comparison = compareAnswer(record, result);
      assert.equal(comparison.status, status);
      assert.deepEqual(comparison.actual, actual);
    });
  }

  test('a DKIM mismatch names the differing tag', () => {
    const comparison = compareAnswer(expected('dkim', DKIM, 'TXT', ['k=rsa; p=AAAA']), answer('NOERROR', [txt(DKIM, 'k=rsa; t=y; p=BBBB')]));
    assert.equal(comparison.detail, "The published DKIM key differs from the zone file's: 'p' differs, 't' is extra.");
  });
});

describe('summarizeRecord', () => {
  const check = (server: string, status: CheckResult['status'], actual: string[], serverRole: CheckResult['serverRole'] = 'authoritative'): CheckResult => ({
    record: 'r', kind: 'dkim', name: DKIM, type: 'TXT', server, serverRole, status, expected: ['k=rsa; p=AAAA'], actual, elapsedMs: 1,
  });

  test('every server matches', () => {
    assert.deepEqual(summarizeRecord([check('a', 'match', ['x']), check('b', 'match', ['x'])]), { status: 'match' });
  });
  test('name servers that disagree are inconsistent', () => {
    const summary = summarizeRecord([check('a', 'match', ['x']), check('b', 'mismatch', ['y'])]);
    assert.equal(summary.status, 'inconsistent');
    assert.equal(summary.detail, 'The name servers disagree (a: match x; b: mismatch y).');
  });
  test('a resolver with an older cached answer is not an inconsistency between name servers', () => {
    assert.deepEqual(summarizeRecord([check('a', 'match', ['x']), check('r', 'mismatch', ['y'], 'resolver')]), { status: 'mismatch' });
  });
  test('a timeout next to matches: the worst status, not inconsistent', () => {
    assert.deepEqual(summarizeRecord([check('a', 'match', ['x']), check('b', 'timeout', [])]), { status: 'timeout' });
  });
  test('all servers missing the same way', () => {
    assert.deepEqual(summarizeRecord([check('a', 'missing-nxdomain', []), check('b', 'missing-nxdomain', [])]), { status: 'missing-nxdomain' });
  });
});
