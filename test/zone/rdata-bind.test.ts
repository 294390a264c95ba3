// Accept/reject agreement with BIND 9.18 for rdata, one record per case. Each verdict was taken
// from named-checkzone; the first test checks our parsers against the recorded verdicts, the
// second re-checks every verdict against named-checkzone itself when it is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NAMED_CHECKZONE } from '../helpers/named-checkzone';
import { parseRdata } from '../helpers/fields';

const TABLE = readFileSync(join(__dirname, '..', 'fixtures', 'rdata-bind-verdicts.txt'), 'utf8');

const KEY =
  'AwEAAagAIKlVZrpC6Ia7gEzahOR+9W29euxhJhVVLOyQbSEW0O8gcCjFFVQUTf6v58fLjwBd0YI0EzrAcQqBGCzh/RStIoO8g0NfnfL2MTJRkxoXbfDaUeVPQuYEhg37NZWAJQ9VnMVDxP/VHL496M/QZxkjf5/Efucp2gaDX6RS6CXpoY68LsvPVjR0ZSwzz1apAzvN9dlzEheX7ICJBBtuA6G3LQpzW5hOA2hzCTMjJPJ8LbqF6dsV6DoBQzgul0sGIcGOYl7OyQdXfZ57relSQageu+ipAdTTJ25AsRTAoub8ONGcLmqrAmRLKBP1dfwhYB4N7knNnulqQxA+Uk1ihz0=';

interface Case {
  line: string;
  type: string;
  rdata: string;
  accepted: boolean;
}

const CASES: Case[] = TABLE.split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [, verdict, type, rest] = /^(ok|bad)\s+(\S+)\s?(.*)$/.exec(line)!;
    const rdata = rest.replace(/\{K\}/g, KEY).replace(/\{([a-z])(\d+)\}/g, (_, ch: string, count: string) => ch.repeat(Number(count)));
    return { line, type, rdata, accepted: verdict === 'ok' };
  });

function ourVerdict({ type, rdata }: Case): { accepted: boolean; why: string } {
  const { findings } = parseRdata(type, rdata);
  const errors = findings.filter((f) => f.severity === 'error');
  return { accepted: errors.length === 0, why: errors.map((f) => `${f.code}: ${f.message}`).join('; ') };
}

function zoneFor({ type, rdata }: Case): string {
  const apex = type === 'SOA' ? `@ SOA ${rdata}` : '@ SOA ns1 host 1 2 3 4 5';
  const record = type === 'SOA' ? '' : `a ${type} ${rdata}\n`;
  return `$TTL 300\n${apex}\n@ NS ns1\nns1 A 192.0.2.1\n${record}`;
}

test('the table covers every type with a parser, good and bad', () => {
  assert.ok(CASES.length > 300, `only ${CASES.length} cases`);
  for (const type of ['A', 'AAAA', 'NS', 'CNAME', 'MX', 'SRV', 'SOA', 'TXT', 'SPF', 'CAA', 'DS', 'DNSKEY', 'SSHFP', 'TLSA', 'NAPTR', 'HTTPS']) {
    assert.ok(CASES.some((c) => c.type === type && c.accepted), `no good ${type} case`);
    assert.ok(CASES.some((c) => c.type === type && !c.accepted), `no bad ${type} case`);
  }
});

test('our rdata parsers accept and reject what BIND 9.18 does', () => {
  const disagreements = CASES.filter((c) => ourVerdict(c).accepted !== c.accepted).map((c) => `${c.line}: we ${ourVerdict(c).accepted ? 'accept' : `reject (${ourVerdict(c).why})`}`);
  assert.deepEqual(disagreements, []);
});

test('named-checkzone still gives every recorded verdict', async (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils)');
    return;
  }
  const binary = NAMED_CHECKZONE;
  const dir = mkdtempSync(join(tmpdir(), 'rdata-bind-'));
  const run = promisify(execFile);
  const check = async (c: Case, index: number): Promise<string | undefined> => {
    const file = join(dir, `case-${index}.zone`);
    writeFileSync(file, zoneFor(c));
    // -i none and -k ignore: only the rdata syntax decides, not integrity or host-name checks.
    const accepted = await run(binary, ['-i', 'none', '-k', 'ignore', 'example.com.', file]).then(() => true, () => false);
    return accepted === c.accepted ? undefined : `${c.line}: BIND ${accepted ? 'accepts' : 'rejects'}`;
  };
  try {
    const mismatches: string[] = [];
    for (let from = 0; from < CASES.length; from += 16) {
      const batch = await Promise.all(CASES.slice(from, from + 16).map((c, i) => check(c, from + i)));
      mismatches.push(...batch.filter((m): m is string => m !== undefined));
    }
    assert.deepEqual(mismatches, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
