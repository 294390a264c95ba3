// The parser's fast paths, each held to the general definition it stands in for: the lexer's
// `plain` flag and plain fields, shared short words, address and digit checks written as loops,
// plain-name and parent-key shortcuts, class words. Random inputs lean on the awkward characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Lexer, isTerminatedQuote } from '../../server/src/zone/lexer';
import { fieldFromText, plainFieldFromText } from '../../server/src/zone/fields';
import { isIpv4, isIpv6 } from '../../server/src/zone/rdata/address';
import { isDigits, looksLikeTtl, parseTtl } from '../../server/src/zone/ttl';
import { isAtOrBelow, isPlainName, nameKey, nameProblem, resolveName, sameName, splitLabels } from '../../server/src/zone/names';
import { isClassWord, upperCase } from '../../server/src/zone/record-reader';

const zoneText = fc
  .array(fc.constantFrom(...' \t\n\r;()"\\.:@$'.split(''), 'a', 'Z', '0', '9', 'IN', 'in', 'TXT', 'A', '3600', '1h', '10', 'é', '\u00ff', '\u0100', '😀', '\\"', '\\0'), { maxLength: 60 })
  .map((parts) => parts.join(''));

test('the lexer calls a word or quoted token plain exactly when it has no backslash and only ASCII', () => {
  fc.assert(
    fc.property(zoneText, (text) => {
      const lexer = new Lexer(text);
      while (lexer.next()) {
        if (lexer.kind !== 'word' && lexer.kind !== 'quoted') continue;
        const token = text.slice(lexer.start, lexer.end);
        assert.equal(lexer.plain, !/[\\\u0080-\uffff]/.test(token), JSON.stringify(token));
      }
    }),
    { numRuns: 5000 },
  );
});

test('a plain field (short words shared) is the field the decoder makes', () => {
  fc.assert(
    fc.property(zoneText, (text) => {
      const lexer = new Lexer(text);
      while (lexer.next()) {
        if (!lexer.plain || (lexer.kind !== 'word' && lexer.kind !== 'quoted')) continue;
        const quoted = lexer.kind === 'quoted';
        const terminated = quoted && isTerminatedQuote(text, lexer);
        const expected = fieldFromText(text, lexer.start, lexer.end, quoted, terminated);
        assert.deepEqual(plainFieldFromText(text, lexer.start, lexer.end, quoted, terminated), expected);
        // Read again: the second copy may come from the shared words, and must not differ.
        assert.deepEqual(plainFieldFromText(text, lexer.start, lexer.end, quoted, terminated), expected);
      }
    }),
    { numRuns: 5000 },
  );
});

// The definitions the loops replace, as they were written with split and regular expressions.
function referenceIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255);
}

function referenceGroups(run: string, ipv4TailAllowed: boolean): number {
  if (run === '') return 0;
  const pieces = run.split(':');
  let groups = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (ipv4TailAllowed && i === pieces.length - 1 && piece.includes('.')) {
      if (!referenceIpv4(piece)) return -1;
      groups += 2;
    } else if (/^[0-9a-fA-F]{1,4}$/.test(piece)) {
      groups += 1;
    } else {
      return -1;
    }
  }
  return groups;
}

function referenceIpv6(text: string): boolean {
  const gap = text.indexOf('::');
  if (gap === -1) return referenceGroups(text, true) === 8;
  if (text.indexOf('::', gap + 1) !== -1) return false;
  const head = referenceGroups(text.slice(0, gap), false);
  const tail = referenceGroups(text.slice(gap + 2), true);
  return head >= 0 && tail >= 0 && head + tail <= 7;
}

const octet = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('', '00', '01', '007', '0255', '1000', 'a', ' 1', '+1', '1e2', '٣'));
const ipv4Like = fc.oneof(
  fc.array(octet, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
  fc.array(fc.constantFrom(...'0123456789.'.split('')), { maxLength: 17 }).map((parts) => parts.join('')),
);
const ipv6Like = fc.oneof(
  fc.array(fc.constantFrom('0', '1', 'a', 'F', 'g', 'ffff', '12345', 'db8', '', ':', '::', '.', '192.0.2.1', '1.2.3', '256.1.1.1'), { maxLength: 12 }).map((parts) => parts.join(':')),
  fc.array(fc.constantFrom(...'0123456789abcdefABCDEFg:.'.split('')), { maxLength: 45 }).map((parts) => parts.join('')),
  fc.array(fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)), { minLength: 1, maxLength: 9 }).chain((groups) =>
    fc.nat({ max: groups.length }).map((at) => [...groups.slice(0, at), ...(at % 2 === 0 ? [''] : []), ...groups.slice(at)].join(':')),
  ),
);

test('isIpv4 agrees with splitting at dots and testing each part', () => {
  for (const text of ['192.0.2.1', '0.0.0.0', '255.255.255.255', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4.', '', '1..2.3']) {
    assert.equal(isIpv4(text), referenceIpv4(text), text);
  }
  fc.assert(fc.property(ipv4Like, (text) => assert.equal(isIpv4(text), referenceIpv4(text), JSON.stringify(text))), { numRuns: 20000 });
});

test('isIpv6 agrees with splitting at colons and testing each group', () => {
  for (const text of ['::', '::1', '1::', '2001:db8::1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::ffff:192.0.2.1', '1::2::3', ':::', '12345::', '1:2:3:4:5:6:192.0.2.1', 'g::']) {
    assert.equal(isIpv6(text), referenceIpv6(text), text);
  }
  fc.assert(fc.property(ipv6Like, (text) => assert.equal(isIpv6(text), referenceIpv6(text), JSON.stringify(text))), { numRuns: 20000 });
});

test('isDigits, parseTtl and looksLikeTtl agree with their regular expressions', () => {
  const ttlLike = fc.array(fc.constantFrom(...'0123456789wdhmsWDHMSx٣ '.split('')), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(ttlLike, (text) => {
      assert.equal(isDigits(text), /^\d+$/.test(text));
      assert.equal(looksLikeTtl(text), /^\d+$/.test(text) || /^(?:\d+[wdhms])+$/i.test(text));
      if (/^\d+$/.test(text)) assert.equal(parseTtl(text), Number(text));
    }),
    { numRuns: 20000 },
  );
});

const label = fc.oneof(fc.constantFrom('', 'a', 'Www', 'x-1', '_dmarc', '*', 'é', 'a\\.b', '\\065', 'A'.repeat(63), 'b'.repeat(64)), fc.stringMatching(/^[a-z0-9]{1,20}$/));
const written = fc.oneof(
  fc.constantFrom('@', '.', '..', 'a.', '.a', 'a..b', '\\.', 'a\\'),
  fc.array(label, { minLength: 1, maxLength: 5 }).chain((labels) => fc.boolean().map((dot) => labels.join('.') + (dot ? '.' : ''))),
);
const origin = fc.oneof(
  fc.constantFrom('.', 'example.com.', 'Example.COM.', 'a..b.', '.x.', 'é.example.', 'a\\.b.example.', 'x', `${'c'.repeat(60)}.`),
  fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => `${labels.join('.')}.`),
);

test('a plain name has no problem, and resolving it is plain concatenation', () => {
  fc.assert(
    fc.property(written, origin, (name, against) => {
      const { name: absolute, relative } = resolveName(name, against);
      if (isPlainName(name, against)) assert.equal(nameProblem(absolute), undefined, `${name} in ${against}`);
      const expected = name === '@' ? against : relative ? (against === '.' ? `${name}.` : `${name}.${against}`) : name;
      assert.equal(absolute, expected);
    }),
    { numRuns: 20000 },
  );
  // And the shortcut does cover the usual names.
  assert.ok(isPlainName('www', 'example.com.'));
  assert.ok(isPlainName('@', 'example.com.'));
  assert.ok(isPlainName('mail.example.net.', 'example.com.'));
  assert.ok(isPlainName('host', '.'));
});

/** splitLabels as a scan that honours escapes: what the split at dots must match for names without any. */
function referenceLabels(name: string): { labels: string[]; absolute: boolean } {
  if (name === '.') return { labels: [], absolute: true };
  const labels: string[] = [];
  let current = '';
  let absolute = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\' && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === '.') {
      labels.push(current);
      current = '';
      if (i === name.length - 1) absolute = true;
    } else {
      current += ch;
    }
  }
  if (!absolute) labels.push(current);
  return { labels, absolute };
}

test('splitLabels agrees with scanning the name character by character', () => {
  const dotted = fc.array(fc.constantFrom('a', 'B', '.', '..', '\\', '\\.', '0', 'é', ''), { maxLength: 10 }).map((parts) => parts.join(''));
  fc.assert(fc.property(fc.oneof(dotted, written), (name) => assert.deepEqual(splitLabels(name), referenceLabels(name), JSON.stringify(name))), { numRuns: 20000 });
});

test('sameName and isAtOrBelow agree with comparing name keys label by label', () => {
  const parents = fc.oneof(origin, fc.constantFrom('EXAMPLE.com.', 'com.', 'ample.com.', 'b.example.'));
  // The name's last labels are the parent's (an escaped `\.` is inside a label, not between two).
  const below = (n: string, k: string) => {
    const [name, parent] = [referenceLabels(n), referenceLabels(k)];
    const [nl, kl] = [name.labels, parent.labels];
    return name.absolute === parent.absolute && nl.length >= kl.length && kl.every((label, i) => nl[nl.length - kl.length + i] === label);
  };
  fc.assert(
    fc.property(written, parents, parents, (name, parent, other) => {
      for (const p of [parent, other, parent]) {
        const n = nameKey(name);
        const k = nameKey(p);
        assert.equal(isAtOrBelow(name, p), k === '.' || n === k || below(n, k), `${name} under ${p}`);
        assert.equal(sameName(name, p), n === k);
      }
    }),
    { numRuns: 20000 },
  );
});

test('a name whose escaped dot ends like the parent is not below it (BIND: out-of-zone)', () => {
  assert.equal(isAtOrBelow('a\\.example.com.', 'example.com.'), false);
  assert.equal(isAtOrBelow('a\\\\.example.com.', 'example.com.'), true, 'an escaped backslash, then a real dot');
  assert.equal(isAtOrBelow('a.example.com.', 'example.com.'), true);
});

test('class words and upper-casing agree with the library calls', () => {
  const classes = new Set(['IN', 'CH', 'CHAOS', 'HS', 'HESIOD', 'NONE', 'ANY']);
  const word = fc.oneof(
    fc.constantFrom('IN', 'in', 'In', 'CH', 'chaos', 'HS', 'hesiod', 'none', 'ANY', 'any', 'A', 'AAAA', 'CNAME', 'class1', 'CLASS255', 'CLASS', 'CLASSx', 'ın', 'ﬀ', 'ß'),
    fc.array(fc.constantFrom(...'inAaCcHhSsLl0123ıß'.split('')), { maxLength: 8 }).map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(word, (text) => {
      assert.equal(upperCase(text), text.toUpperCase());
      assert.equal(isClassWord(text), text === 'IN' || classes.has(text.toUpperCase()) || /^CLASS\d+$/i.test(text), text);
    }),
    { numRuns: 20000 },
  );
});
