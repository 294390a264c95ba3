// Table tests for the parser: every construct of docs/zone-format.md and every code the parser
// reports, with the exact text each finding spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseZone, type IncludeReader } from '../../server/src/zone/parser';
import type { Zone } from '../../server/src/zone/model';

const HEAD = '$TTL 1h\n@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h\n  IN NS ns1\n';

function parse(text: string, options: { file?: string; origin?: string; readInclude?: IncludeReader } = {}): Zone {
  return parseZone(text, { file: options.file ?? 'test.zone', origin: options.origin ?? 'example.com.', readInclude: options.readInclude });
}

function records(zone: Zone) {
  return zone.records.map((r) => `${r.owner.name} ${r.ttl} ${r.class} ${r.type} ${r.fields.map((f) => f.raw).join(' ')}`);
}

function findings(text: string, zone: Zone) {
  return zone.parseFindings.map((f) => ({ code: f.code, severity: f.severity, text: text.slice(f.start, f.end) }));
}

const constructs: Array<{ name: string; text: string; expect: string[]; origin?: string }> = [
  { name: '@ and relative names', text: `${HEAD}www IN A 192.0.2.1\n`, expect: ['www.example.com. 3600 IN A 192.0.2.1'] },
  { name: 'absolute names', text: `${HEAD}www.example.com. IN A 192.0.2.1\n`, expect: ['www.example.com. 3600 IN A 192.0.2.1'] },
  { name: 'owner inherited after blanks', text: `${HEAD}www IN A 192.0.2.1\n\tIN AAAA 2001:db8::1\n`, expect: ['www.example.com. 3600 IN A 192.0.2.1', 'www.example.com. 3600 IN AAAA 2001:db8::1'] },
  { name: 'class by number or in any case (CLASS1 is IN, as in BIND)', text: `${HEAD}a CLASS1 A 192.0.2.1\nb class01 A 192.0.2.2\nc in A 192.0.2.3\n`, expect: ['a.example.com. 3600 IN A 192.0.2.1', 'b.example.com. 3600 IN A 192.0.2.2', 'c.example.com. 3600 IN A 192.0.2.3'] },
  { name: 'TTL and class in either order', text: `${HEAD}a 300 IN A 192.0.2.1\nb IN 300 A 192.0.2.2\nc 300 A 192.0.2.3\n`, expect: ['a.example.com. 300 IN A 192.0.2.1', 'b.example.com. 300 IN A 192.0.2.2', 'c.example.com. 300 IN A 192.0.2.3'] },
  { name: 'TTL units', text: `${HEAD}a 1h30m A 192.0.2.1\nb 2W A 192.0.2.2\nc 1d2h3m4s A 192.0.2.3\n`, expect: ['a.example.com. 5400 IN A 192.0.2.1', 'b.example.com. 1209600 IN A 192.0.2.2', 'c.example.com. 93784 IN A 192.0.2.3'] },
  { name: '$ORIGIN switches, relative $ORIGIN', text: `${HEAD}$ORIGIN sub.example.com.\nh A 192.0.2.1\n$ORIGIN deeper\ni A 192.0.2.2\n`, expect: ['h.sub.example.com. 3600 IN A 192.0.2.1', 'i.deeper.sub.example.com. 3600 IN A 192.0.2.2'] },
  { name: 'parentheses across lines with comments', text: `${HEAD}t IN TXT ( "one" ; first\n   "two" ) ; done\n`, expect: ['t.example.com. 3600 IN TXT one two'] },
  { name: 'CRLF line ends', text: `${HEAD}a IN A 192.0.2.1\r\nb IN A 192.0.2.2\r\n`.replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'), expect: ['a.example.com. 3600 IN A 192.0.2.1', 'b.example.com. 3600 IN A 192.0.2.2'] },
  { name: 'final line without newline', text: `${HEAD}a IN A 192.0.2.1`, expect: ['a.example.com. 3600 IN A 192.0.2.1'] },
  { name: 'escaped semicolon is data', text: `${HEAD}t IN TXT semi\\;colon ; comment\n`, expect: ['t.example.com. 3600 IN TXT semi\\;colon'] },
  {
    name: '$GENERATE templates keep their escapes, as BIND reads them',
    text: `${HEAD}$GENERATE 1-1 a\\.b$ CNAME x\\.y$\n$GENERATE 1-1 t$ TXT "q\\\\$"\n$GENERATE 1-1 u$ TXT v\\$$\n`,
    expect: ['a\\.b1.example.com. 3600 IN CNAME x\\.y1', 't1.example.com. 3600 IN TXT q\\\\1', 'u1.example.com. 3600 IN TXT v$1'],
  },
  { name: '$GENERATE with modifiers', text: `${HEAD}$GENERATE 1-3/2 h\${10,3,d} 60 A 192.0.2.$\n`, expect: ['h011.example.com. 60 IN A 192.0.2.1', 'h013.example.com. 60 IN A 192.0.2.3'] },
  { name: 'generic type', text: `${HEAD}x IN TYPE65534 \\# 3 abcdef\n`, expect: ['x.example.com. 3600 IN TYPE65534 \\# 3 abcdef'] },
  { name: 'RFC 1035 TTL semantics without $TTL', text: '@ 100 IN SOA ns1 h 1 2 3 4 5\n IN NS ns1\nw 300 A 192.0.2.1\nm A 192.0.2.2\n', expect: ['example.com. 100 IN SOA ns1 h 1 2 3 4 5', 'example.com. 100 IN NS ns1', 'w.example.com. 300 IN A 192.0.2.1', 'm.example.com. 300 IN A 192.0.2.2'] },
];

for (const c of constructs) {
  test(`parses: ${c.name}`, () => {
    const zone = parse(c.text);
    assert.deepEqual(findings(c.text, zone), []);
    assert.deepEqual(records(zone).slice(c.name.startsWith('RFC 1035') ? 0 : 2), c.expect);
  });
}

test('a leading byte-order mark is not data', () => {
  const zone = parse(`\uFEFF${HEAD}www IN A 192.0.2.1\n`);
  assert.deepEqual(zone.parseFindings, []);
  assert.deepEqual(records(zone).slice(2), ['www.example.com. 3600 IN A 192.0.2.1']);
  const inherited = parse(`\uFEFF  IN A 192.0.2.1\n`);
  assert.deepEqual(inherited.parseFindings.map((f) => f.code), ['zone/syntax-error']);
});

test('quoted strings decode \\" \\\\ and \\DDD, and count octets', () => {
  const zone = parse(`${HEAD}t IN TXT "a\\"b\\\\c\\065" "é"\n`);
  const txt = zone.records[2];
  assert.equal(txt.rdata?.type, 'TXT');
  assert.deepEqual(txt.fields.map((f) => [f.value, f.octets]), [['a"b\\cA', 6], ['é', 2]]);
});

const problems: Array<{ name: string; text: string; expect: Array<{ code: string; text: string; severity?: string }> }> = [
  { name: 'unknown type', text: `${HEAD}www IN FOO bar\n`, expect: [{ code: 'zone/unknown-type', text: 'FOO' }] },
  { name: 'unterminated string', text: `${HEAD}t IN TXT "abc\nwww IN A 192.0.2.1\n`, expect: [{ code: 'zone/syntax-error', text: '"abc' }] },
  { name: 'unclosed parenthesis', text: `${HEAD}t IN TXT ( "a"\n`, expect: [{ code: 'zone/syntax-error', text: '(' }] },
  { name: 'stray closing parenthesis', text: `${HEAD}t IN TXT "a" )\n`, expect: [{ code: 'zone/syntax-error', text: ')' }] },
  { name: 'bad $TTL', text: `$TTL 1x\n${HEAD.slice(8)}`, expect: [{ code: 'zone/invalid-ttl', text: '1x' }, { code: 'zone/missing-ttl', text: '@ IN SOA ns1 hostmaster 1 2h 30m 2w 1h', severity: 'warning' }] },
  { name: 'TTL over 2^31-1 is a warning', text: `${HEAD}t 2147483648 IN A 192.0.2.1\n`, expect: [{ code: 'zone/invalid-ttl', text: '2147483648', severity: 'warning' }] },
  { name: 'unknown directive', text: `${HEAD}$FOO bar\n`, expect: [{ code: 'zone/syntax-error', text: '$FOO' }] },
  { name: 'directive without argument', text: `${HEAD}$ORIGIN\n`, expect: [{ code: 'zone/syntax-error', text: '$ORIGIN' }] },
  { name: 'label too long', text: `${HEAD}${'l'.repeat(64)} IN A 192.0.2.1\n`, expect: [{ code: 'zone/name-too-long', text: 'l'.repeat(64) }] },
  { name: 'wrong class', text: `${HEAD}www CH A 192.0.2.1\n`, expect: [{ code: 'zone/syntax-error', text: 'CH' }] },
  { name: 'wrong class by number', text: `${HEAD}www CLASS3 A 192.0.2.1\nx chaos A 192.0.2.1\n`, expect: [{ code: 'zone/syntax-error', text: 'CLASS3' }, { code: 'zone/syntax-error', text: 'chaos' }] },
  { name: 'missing type', text: `${HEAD}www IN\n`, expect: [{ code: 'zone/syntax-error', text: 'www IN' }] },
  { name: 'no owner for the first record', text: '  IN A 192.0.2.1\n', expect: [{ code: 'zone/syntax-error', text: 'IN A 192.0.2.1' }] },
  { name: 'no TTL at all', text: 'www A 192.0.2.1\n', expect: [{ code: 'zone/missing-ttl', text: 'www A 192.0.2.1' }] },
  { name: 'SOA minimum as default TTL', text: '@ IN SOA ns1 h 1 2 3 4 5\n', expect: [{ code: 'zone/missing-ttl', text: '@ IN SOA ns1 h 1 2 3 4 5', severity: 'warning' }] },
  { name: '$GENERATE data that leaves a quote open', text: `${HEAD}$GENERATE 1-2 h$ TXT "x\\"$"\n`, expect: [{ code: 'zone/syntax-error', text: '"x\\"$"' }] },
  { name: '$GENERATE data with an escape no address takes', text: `${HEAD}$GENERATE 1-2 h$ A 192.0.2.$\\040\n`, expect: [{ code: 'zone/invalid-rdata', text: '192.0.2.$\\040' }] },
  { name: 'bad $GENERATE range', text: `${HEAD}$GENERATE 5-1 h$ A 192.0.2.$\n`, expect: [{ code: 'zone/syntax-error', text: '5-1' }] },
  { name: 'meta type', text: `${HEAD}x IN ANY \\# 0\n`, expect: [{ code: 'zone/invalid-rdata', text: 'ANY' }] },
];

for (const c of problems) {
  test(`reports: ${c.name}`, () => {
    const zone = parse(c.text);
    assert.deepEqual(
      findings(c.text, zone),
      c.expect.map((e) => ({ code: e.code, severity: e.severity ?? 'error', text: e.text })),
    );
  });
}

test('parsing goes on after a bad record', () => {
  const zone = parse(`${HEAD}bad IN A 999.1.1.1\ngood IN A 192.0.2.1\nt IN TXT ( "x"\n`);
  assert.deepEqual(records(zone).slice(2), ['good.example.com. 3600 IN A 192.0.2.1']);
});

test('zone name: option, $ORIGIN, file name, SOA owner, none', () => {
  const body = 'x. IN SOA ns1 h 1 2 3 4 5\n';
  assert.deepEqual(pick(parseZone(body, { file: 'a.zone', origin: 'given.org' })), ['given.org.', 'option']);
  assert.deepEqual(pick(parseZone(`$TTL 1\n$ORIGIN from.origin.\n${body}`, { file: 'db.example.com' })), ['from.origin.', '$ORIGIN']);
  assert.deepEqual(pick(parseZone(body, { file: '/z/example.com.zone' })), ['example.com.', 'file name']);
  assert.deepEqual(pick(parseZone(body, { file: '/z/db.example.net' })), ['example.net.', 'file name']);
  assert.deepEqual(pick(parseZone('soa.example. 1 IN SOA ns1 h 1 2 3 4 5\n', { file: 'zonefile' })), ['soa.example.', 'SOA owner']);
  assert.deepEqual(pick(parseZone('@ 1 IN SOA ns1 h 1 2 3 4 5\n', { file: 'zonefile' })), ['.', 'none']);
  // A name the parser rejects (empty label) names no zone: the next source is used.
  assert.deepEqual(pick(parseZone(`$TTL 1\n$ORIGIN example..\n${body}`, { file: 'db.example.com' })), ['example.com.', 'file name']);
  assert.deepEqual(pick(parseZone('soa..example. 1 IN SOA ns1 h 1 2 3 4 5\n', { file: 'zonefile' })), ['.', 'none']);
  function pick(zone: Zone) {
    return [zone.origin, zone.originSource];
  }
});

test('$INCLUDE reads through the injected reader, honours its origin, restores the parent origin', () => {
  const files: Record<string, string> = { '/z/inc.zone': 'a A 192.0.2.2\n  A 192.0.2.3\n' };
  const readInclude: IncludeReader = (requested) => {
    const path = `/z/${requested}`;
    return path in files ? { file: path, text: files[path] } : { error: 'file not found' };
  };
  const text = `${HEAD}$INCLUDE inc.zone sub\nx A 192.0.2.1\n$INCLUDE missing.zone\n`;
  const zone = parse(text, { file: '/z/main.zone', readInclude });
  assert.deepEqual(records(zone).slice(2), ['a.sub.example.com. 3600 IN A 192.0.2.2', 'a.sub.example.com. 3600 IN A 192.0.2.3', 'x.example.com. 3600 IN A 192.0.2.1']);
  assert.equal(zone.records[2].file, '/z/inc.zone');
  assert.deepEqual(findings(text, zone), [{ code: 'zone/include-not-found', severity: 'error', text: 'missing.zone' }]);
  assert.deepEqual(zone.files.map((f) => f.file), ['/z/main.zone', '/z/inc.zone']);
});

test('$INCLUDE cycles are reported, not followed forever', () => {
  const readInclude: IncludeReader = (requested) => ({ file: `/z/${requested}`, text: `$INCLUDE ${requested === 'a' ? 'b' : 'a'}\n` });
  const zone = parse(`${HEAD}$INCLUDE a\n`, { file: '/z/main', readInclude });
  assert.deepEqual(zone.parseFindings.map((f) => [f.code, f.file]), [['zone/include-cycle', '/z/b']]);
});
