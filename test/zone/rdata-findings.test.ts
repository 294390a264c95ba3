// Findings for bad rdata: the exact code and span of each, for every type with a parser.
// A span is given by the text it covers (first occurrence unless a number follows) or 'whole'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRdata, spanIn } from '../helpers/fields';

type Expected = [code: string, covers: string, occurrence?: number];

const SYNTAX = 'zone/syntax-error';
const INVALID = 'zone/invalid-rdata';
const TOO_LONG = 'zone/txt-string-too-long';
const NAME_TOO_LONG = 'zone/name-too-long';
const LONG_NAME = Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.');

const BAD: Array<[type: string, rdata: string, ...findings: Expected[]]> = [
  ['A', '', [SYNTAX, 'whole']],
  ['A', '01.2.3.4', [INVALID, '01.2.3.4']],
  ['A', '"192.0.2.1"', [INVALID, '"192.0.2.1"']],
  ['A', '192.0.2.1 5 6', [SYNTAX, '5 6']],
  ['A', '1.2.3 4', [INVALID, '1.2.3'], [SYNTAX, '4']],
  ['AAAA', '1::2::3', [INVALID, '1::2::3']],
  ['AAAA', '192.0.2.1', [INVALID, '192.0.2.1']],
  ['NS', '"ns1"', [INVALID, '"ns1"']],
  ['NS', 'ns1 ns2', [SYNTAX, 'ns2']],
  ['CNAME', '', [SYNTAX, 'whole']],
  ['CNAME', 'a..b', [INVALID, 'a..b']],
  ['CNAME', 'b\\256', [INVALID, 'b\\256']],
  ['CNAME', 'b\\25', [INVALID, 'b\\25']],
  ['CNAME', `${'a'.repeat(64)}.example.`, [NAME_TOO_LONG, `${'a'.repeat(64)}.example.`]],
  ['PTR', LONG_NAME, [NAME_TOO_LONG, LONG_NAME]],
  ['DNAME', '.a', [INVALID, '.a']],
  ['MX', '10', [SYNTAX, 'whole']],
  ['MX', '65536 mail', [INVALID, '65536']],
  ['MX', 'ten mail', [INVALID, 'ten']],
  ['MX', '10 "mail"', [INVALID, '"mail"']],
  ['MX', '10 mail extra', [SYNTAX, 'extra']],
  ['MX', '-1 mail..', [INVALID, '-1'], [INVALID, 'mail..']],
  ['SRV', '0 5 x sip', [INVALID, 'x']],
  ['SRV', '0 5 5060', [SYNTAX, 'whole']],
  ['SOA', 'ns1 host 1 2 3 4', [SYNTAX, 'whole']],
  ['SOA', 'ns1 host 1h 2 3 4 5', [INVALID, '1h']],
  ['SOA', 'ns1 host 4294967296 2 3 4 5', [INVALID, '4294967296']],
  ['SOA', 'ns1 host 1 2 3 1x 1000000w', [INVALID, '1x'], [INVALID, '1000000w']],
  ['SOA', 'ns1 host 1 2 3 4 5 6', [SYNTAX, '6']],
  ['TXT', '', [SYNTAX, 'whole']],
  ['TXT', '"ok" "\\256"', [INVALID, '"\\256"']],
  ['TXT', 'a\\2b', [INVALID, 'a\\2b']],
  ['TXT', `"ok" "${'x'.repeat(256)}"`, [TOO_LONG, `"${'x'.repeat(256)}"`]],
  ['TXT', `${'é'.repeat(128)} "short"`, [TOO_LONG, 'é'.repeat(128)]],
  ['SPF', `"${'x'.repeat(300)}"`, [TOO_LONG, `"${'x'.repeat(300)}"`]],
  ['CAA', '0 iss-ue "x"', [INVALID, 'iss-ue']],
  ['CAA', '0 "issue" "x"', [INVALID, '"issue"']],
  ['CAA', '256 issue x', [INVALID, '256']],
  ['CAA', '0 issue', [SYNTAX, 'whole']],
  ['CAA', '0 issue x y', [SYNTAX, 'y']],
  ['CAA', '0 issue "\\999"', [INVALID, '"\\999"']],
  ['DS', '1 8 2 abcd ef01', [INVALID, 'abcd ef01']],
  ['DS', '1 8 1 abcd zz', [INVALID, 'zz']],
  ['DS', '1 8 99 abc', [INVALID, 'abc']],
  ['DS', '1 FOO 1 00', [INVALID, 'FOO']],
  ['DS', '70000 8 SHA-512 00', [INVALID, '70000'], [INVALID, 'SHA-512']],
  ['CDS', '1 8 1', [SYNTAX, 'whole']],
  ['DNSKEY', '257 3 8 AA== AA==', [INVALID, 'AA==', 1]],
  ['DNSKEY', '257 3 8 AA A', [INVALID, 'AA A']],
  ['DNSKEY', '257 3 8 AAA!', [INVALID, 'AAA!']],
  ['DNSKEY', 'REVOKE 3 8 AAAA', [INVALID, 'REVOKE']],
  ['DNSKEY', '65536 3 8 AAAA', [INVALID, '65536']],
  ['CDNSKEY', '257 BOGUS 8 "AAAA"', [INVALID, 'BOGUS'], [INVALID, '"AAAA"']],
  ['SSHFP', '1 1 0123 4567', [INVALID, '0123 4567']],
  ['SSHFP', '1 1', [SYNTAX, 'whole']],
  ['TLSA', '3 1 1 0g', [INVALID, '0g']],
  ['SMIMEA', 'PKIX-TA 1 1 00', [INVALID, 'PKIX-TA']],
  ['NAPTR', '1 1 "" "" "!a!\\\\1!" .', [INVALID, '"!a!\\\\1!"']],
  ['NAPTR', `1 1 "${'s'.repeat(256)}" "" "" .`, [TOO_LONG, `"${'s'.repeat(256)}"`]],
  ['NAPTR', '1 1 "" "" "" "x"', [INVALID, '"x"']],
  ['NAPTR', '1 1 "" "" ""', [SYNTAX, 'whole']],
  ['HTTPS', '1', [SYNTAX, 'whole']],
  ['HTTPS', '1 . alpn=h2,,h3', [INVALID, 'alpn=h2,,h3']],
  ['HTTPS', '1 . port=80 alpn="h2,,h3"', [INVALID, 'alpn="h2,,h3"']],
  ['HTTPS', '1 . alpn= "h2"', [INVALID, 'alpn='], [INVALID, '"h2"']],
  ['HTTPS', '1 . port=1 port=2', [INVALID, 'port=2']],
  ['HTTPS', '1 . mandatory=port alpn=h2', [INVALID, 'mandatory=port']],
  ['HTTPS', '1 . no-default-alpn port=1', [INVALID, 'no-default-alpn']],
  ['HTTPS', '1 . foo=bar', [INVALID, 'foo=bar']],
  ['SVCB', '1 svc key123="a"b', [INVALID, 'b']],
  ['SVCB', '65536 . dohpath=/q', [INVALID, '65536'], [INVALID, 'dohpath=/q']],
  ['TYPE65280', '\\#', [SYNTAX, 'whole']],
  ['TYPE65280', '\\# 2', [INVALID, '2']],
  ['TYPE65280', '\\# 3 ab cd', [INVALID, '3 ab cd']],
  ['TYPE65280', '\\# 0 00 11', [SYNTAX, '00 11']],
  ['TYPE65280', '\\# 2 "abcd"', [INVALID, '"abcd"']],
  ['TYPE65280', '\\# x', [INVALID, 'x']],
  ['A', '\\# 3 c00002', [INVALID, '3 c00002']],
  ['TXT', '\\# 0', [INVALID, '0']],
];

for (const [type, rdata, ...expected] of BAD) {
  test(`${type} ${rdata.length > 60 ? `${rdata.slice(0, 57)}...` : rdata}: ${expected.map(([code]) => code).join(', ')}`, () => {
    const { rdata: parsed, findings } = parseRdata(type, rdata);
    const spans = expected.map(([code, covers, occurrence]) => ({
      code,
      ...(covers === 'whole' ? { start: 0, end: rdata.length } : spanIn(rdata, covers, occurrence)),
    }));
    const found = findings.map(({ code, start, end }) => ({ code, start, end })).sort((a, b) => a.start - b.start);
    assert.deepEqual(found, spans);
    assert.equal(parsed, undefined);
    for (const finding of findings) {
      assert.equal(finding.severity, 'error');
      assert.match(finding.message, /\S.*[.)]$/, 'messages are sentences');
    }
  });
}
