// parseSpf (server/src/mail/spf.ts): terms and offsets of valid records, and the exact span and
// message of each grammar problem (RFC 7208 §4.5, §5, §6, §7.1, §12), as tables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveMechanisms, parseSpf } from '../../server/src/mail/spf';
import { isIp6Network } from '../../server/src/mail/spf-ip';

const valid: string[] = [
  'v=spf1',
  'v=spf1 -all',
  'V=sPf1 ~all',
  'v=spf1   a  -all ',
  'v=spf1 include:spf.mtasv.net include:_spf.google.com ~all',
  'v=spf1 ip4:192.0.2.0/24 ip4:1.1.1.1/0 ip4:1.2.3.4/32 ip6:2001:db8::/32 ip6:::1.1.1.1/0 ip6:Cafe:Babe:8000::/33 -all',
  'v=spf1 a a/24 a//64 a/24//64 a:mail.example.com/24 mx mx:example.com//0 ptr ptr:example.com -all',
  'v=spf1 a:foo:bar/baz.example.com a:foo.example.xn--zckzah a:example.com. -all',
  'v=spf1 exists:%{i}.%{l2r-}.user.%{d2} exists:%{l2r+-}.user.%{d2} -include:_spfh.%{d2}',
  'v=spf1 a:macro%%percent%_%_space%-url-space.example.com -all',
  'v=spf1 redirect=%{d}.d.spf.example.com.',
  'v=spf1 -all exp=explain.%{d} moo.cow-far_out=man:dog/cat default=+ v=spf1 empty=',
  'v=spf1 -all exp=msg8.%{D2}',
  'v=spf1 a:%{H} -all',
];

for (const text of valid) {
  test(`valid: ${text}`, () => {
    const parsed = parseSpf(text);
    assert.equal(parsed.isSpf, true);
    assert.deepEqual(parsed.problems, []);
    assert.ok(parsed.terms.every((term) => term.valid));
  });
}

/** [record, the exact text the problem spans, a fragment of its message] */
const invalid: Array<[string, string, string]> = [
  ['v=spf1 ip4:1.2.3.4 -all moo', 'moo', "Unknown mechanism 'moo'"],
  ['v=spf1 moo.cow/far_out=man:dog/cat', 'moo.cow/far_out=man:dog/cat', "Unknown mechanism 'moo.cow'"],
  ['v=spf1 include=spf.mtasv.net ~all', 'include=spf.mtasv.net', "written with ':' not '=': 'include:spf.mtasv.net'"],
  ['v=spf1 ip4=192.0.2.1 ~all', 'ip4=192.0.2.1', "'ip4:192.0.2.1'"],
  ['v=spf1 redirect:example.com', 'redirect:example.com', "a modifier, written with '='"],
  ['v=spf1 +redirect=example.com', '+', 'A qualifier cannot precede'],
  ['v=spf1 a:foo-bar -all', 'foo-bar', "must end with a macro or with '.'"],
  ['v=spf1 a:museum.', 'museum.', 'top-level label'],
  ['v=spf1 a:111.222.33.44', '44', 'all digits'],
  ['v=spf1 a:example.-com', '-com', 'start or end with a dash'],
  ['v=spf1 a:example.com:8080', 'com:8080', 'not a valid top-level label'],
  ['v=spf1 a:mail.example...com -all', '.', 'empty label'],
  ['v=spf1 a:', 'a:', 'needs a domain'],
  ['v=spf1 -all.', '.', "'all' takes no argument"],
  ['v=spf1 -all/8', '/8', "'all' takes no argument"],
  ['v=spf1 ptr/0 -all', '/0', "'ptr' takes only"],
  ['v=spf1 ptr:', 'ptr:', 'needs a domain'],
  ['v=spf1 a/33 -all', '/33', 'over 32'],
  ['v=spf1 a//129', '//129', 'over 128'],
  ['v=spf1 a/24/64 -all', '/24/64', "'/24//64'"],
  ['v=spf1 mx:example.com/24/64 -all', '/24/64', "'/24//64'"],
  ['v=spf1 include +all', 'include', "needs ':' and a domain"],
  ['v=spf1 include: -all', 'include:', "needs ':' and a domain"],
  ['v=spf1 include:ip5.example.com/24 -all', 'com/24', 'no CIDR length'],
  ['v=spf1 exists', 'exists', "needs ':'"],
  ['v=spf1 ip4:1.2.3.4/33 -all', '/33', 'over 32'],
  ['v=spf1 ip4:1.2.3.4/032 -all', '/032', 'leading zero'],
  ['v=spf1 ip4:1.2.3.4//32', '//32', 'single CIDR length'],
  ['v=spf1 ip4:1.2.3.4:8080', '1.2.3.4:8080', 'a port is not allowed'],
  ['v=spf1 ip4:1.2.3', '1.2.3', 'all four parts'],
  ['v=spf1 ip4:010.0.0.1', '010.0.0.1', 'not a valid IPv4'],
  ['v=spf1 ip4:2001:db8::1', '2001:db8::1', 'belongs in ip6:'],
  ['v=spf1 ip6:192.0.2.1', '192.0.2.1', 'belongs in ip4:'],
  ['v=spf1 -all ip6', 'ip6', "needs ':' and an address"],
  ['v=spf1 ip6::CAFE::BABE', ':CAFE::BABE', 'not a valid IPv6'],
  ['v=spf1 ip6:2001:db8::/129', '/129', 'over 128'],
  ['v=spf1 ip6:::1.1.1.1//33', '//33', 'single CIDR length'],
  ['v=spf1 1up=foo', '1up', 'must start with a letter'],
  ['v=spf1 =all', '=all', 'Modifier name is empty'],
  ['v=spf1 -all foo=%abc', '%a', "'%' must be followed by"],
  ['v=spf1 exists:foo%.sbl.example.com ?all', '%.', "'%' must be followed by"],
  ['v=spf1 exists:foo.example.com%', '%', "'%' must be followed by"],
  ['v=spf1 -exists:%(ir).sbl.example.com ?all', '%(', "'%' must be followed by"],
  ['v=spf1 exists:%{i.example.com', '%{i.example.com', "no closing '}'"],
  ['v=spf1 a:%{a}.example.com -all', '%{a}', 'Invalid macro'],
  ['v=spf1 -all exp=%{r}.example.com', '%{r}', 'only allowed in explanation text'],
  ['v=spf1 exists:%{d0}.example.com', '%{d0}', 'must be nonzero'],
  ['v=spf1 exists:%{d2*}.example.com', '%{d2*}', 'not a delimiter'],
  ['v=spf1 exp= -all', 'exp=', "'exp=' needs a domain"],
  ['v=spf1 ?all redirect=', 'redirect=', "'redirect=' needs a domain"],
  ['v=spf1 exp=-all', '-all', 'not a valid domain'],
  ['v=spf1 redirect=a.example.com -all redirect=b.example.com', 'redirect=b.example.com', 'more than once'],
  ['v=spf1 exp=a.example.com -all exp=b.example.com', 'exp=b.example.com', 'more than once'],
  ['v=spf1 a:ctrl.example.com\rptr -all', '\r', 'U+000D'],
  ['v=spf1 a:\u00ef\u00bb\u00bfgarbage.example.net -all', '\u00ef', 'U+00EF'],
  ['v=spf1\tmx', 'v=spf1\tmx', 'followed by a space'],
  ['v=spf1 a:foo.example.com\0', '\0', 'U+0000'],
  ['v=spf1 a:' + 'x'.repeat(64) + '.example.com', 'x'.repeat(64), 'at most 63'],
];

for (const [text, span, message] of invalid) {
  test(`invalid: ${JSON.stringify(text)}`, () => {
    const parsed = parseSpf(text);
    assert.equal(parsed.problems.length, 1, JSON.stringify(parsed.problems));
    const [problem] = parsed.problems;
    assert.equal(text.slice(problem.start, problem.end), span);
    assert.ok(problem.message.includes(message), problem.message);
  });
}

test('terms carry kind, qualifier, name, value, target and offsets into the text', () => {
  const text = 'v=spf1  -include:_spf.example.com mx:mail.example.com/24//64 ~all exp=why.%{d}';
  const { terms } = parseSpf(text);
  assert.deepEqual(
    terms.map((term) => [term.kind, term.qualifier, term.name, term.value, term.domainSpec, text.slice(term.start, term.end)]),
    [
      ['mechanism', '-', 'include', '_spf.example.com', '_spf.example.com', '-include:_spf.example.com'],
      ['mechanism', undefined, 'mx', 'mail.example.com/24//64', 'mail.example.com', 'mx:mail.example.com/24//64'],
      ['mechanism', '~', 'all', '', undefined, '~all'],
      ['modifier', undefined, 'exp', 'why.%{d}', 'why.%{d}', 'exp=why.%{d}'],
    ],
  );
});

test('mechanism names are case-insensitive and reported lower-cased', () => {
  const { terms, problems } = parseSpf('v=spf1 INCLUDE:example.com IP4:192.0.2.1 -ALL');
  assert.deepEqual(problems, []);
  assert.deepEqual(terms.map((term) => term.name), ['include', 'ip4', 'all']);
});

test('not an SPF record: other versions and other text', () => {
  for (const text of ['v=spf10', 'v=spf1-all', 'spf2.0/pra', '', ' v=spf1 -all', 'v=DMARC1; p=none']) {
    const parsed = parseSpf(text);
    assert.equal(parsed.isSpf, false, text);
    assert.equal(parsed.problems.length, 1, text);
  }
});

test('effective mechanisms stop at the first all', () => {
  const { terms } = parseSpf('v=spf1 a ?all mx -all redirect=x.example.com');
  assert.deepEqual(effectiveMechanisms(terms).map((term) => term.name), ['a', 'all']);
});

test('a problem in one term does not hide problems in others (RFC 7208 §4.6)', () => {
  const { problems, terms } = parseSpf('v=spf1 ip4:1.2.3 include=x.example.com a/99 ~all');
  assert.equal(problems.length, 3);
  assert.deepEqual(terms.map((term) => term.valid), [false, false, false, true]);
});

test('never throws on arbitrary text', () => {
  const pieces = ['v=spf1', ' ', 'a', ':', '/', '%', '{', '}', '=', '+', 'ip4', 'ip6', 'include', '.', '1', '\u00e9', '\0', '//', 'x'];
  let seed = 7;
  for (let i = 0; i < 2000; i++) {
    let text = 'v=spf1 ';
    for (let k = 0; k < 8; k++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      text += pieces[seed % pieces.length];
    }
    const parsed = parseSpf(text);
    for (const problem of parsed.problems) {
      assert.ok(problem.start >= 0 && problem.end <= text.length && problem.start <= problem.end, text);
    }
  }
});

test('IPv6 text forms (RFC 4291 §2.2)', () => {
  for (const ok of ['::', '::1', '1::', '2001:db8::1', '1:2:3:4:5:6:7:8', '::ffff:192.0.2.1', '1:2:3:4:5:6:192.0.2.1', '1::7:8']) assert.ok(isIp6Network(ok), ok);
  for (const bad of [':::', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '192.0.2.1::', '1:2:3:4:5:6:7:192.0.2.1', '1:2:3:4:5:6:7', 'fe80::1%eth0', ':1::2']) assert.ok(!isIp6Network(bad), bad);
});

test('a character outside printable ASCII is reported with its whole span, astral characters included', () => {
  // The term is `a:x<char>y` at offset 7; the problem covers the character's UTF-16 units.
  for (const char of ['\u00e9', '\t', '\u{1F600}', '\ud800']) {
    const text = `v=spf1 a:x${char}y -all`;
    const [problem] = parseSpf(text).problems;
    assert.deepEqual({ start: problem.start, end: problem.end }, { start: 10, end: 10 + char.length }, JSON.stringify(char));
    assert.match(problem.message, /is not allowed in an SPF record/);
  }
});
