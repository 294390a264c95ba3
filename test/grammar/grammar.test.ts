// The TextMate grammar (syntaxes/zone.tmLanguage.json) tokenized by VS Code's own engine
// (vscode-textmate + vscode-oniguruma): each construct gets the scope themes colour it by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isKnownType, isMetaType, typeName } from '../../server/src/zone/types';

const GRAMMAR_PATH = join(__dirname, '..', '..', 'syntaxes', 'zone.tmLanguage.json');
const LANGUAGE_CONFIGURATION_PATH = join(__dirname, '..', '..', 'language-configuration.json');

interface LineToken {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}
interface Grammar {
  tokenizeLine(line: string, stack: unknown): { tokens: LineToken[]; ruleStack: unknown };
}

/** Loads the grammar with the optional engine packages; undefined (with the reason) when absent. */
async function loadGrammar(): Promise<Grammar | string> {
  const require = createRequire(__filename);
  let textmate: any;
  let oniguruma: any;
  try {
    textmate = require('vscode-textmate');
    oniguruma = require('vscode-oniguruma');
  } catch {
    return 'vscode-textmate and vscode-oniguruma are not installed (devDependencies)';
  }
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.zone' ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammar('source.zone');
  assert.ok(grammar, 'grammar source.zone loads');
  (grammar as any).initialStack = textmate.INITIAL;
  return grammar as Grammar;
}

let loaded: Promise<Grammar | string> | undefined;

/** Tokenizes the lines in order (so state carries over); the scopes of every token covering `fragment`. */
async function scopesAt(lines: string[], lineNumber: number, fragment: string, occurrence = 0): Promise<string[][] | string> {
  loaded ??= loadGrammar();
  const grammar = await loaded;
  if (typeof grammar === 'string') return grammar;
  let stack: unknown = (grammar as any).initialStack;
  let found: string[][] = [];
  lines.forEach((line, i) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, stack);
    stack = ruleStack;
    if (i !== lineNumber) return;
    let at = -1;
    for (let n = 0; n <= occurrence; n++) at = line.indexOf(fragment, at + 1);
    assert.ok(at >= 0, `'${fragment}' occurs in '${line}'`);
    found = tokens.filter((t) => t.startIndex < at + fragment.length && at < t.endIndex).map((t) => t.scopes);
  });
  assert.ok(found.length > 0, `tokens cover '${fragment}'`);
  return found;
}

interface Case {
  name: string;
  lines: string[];
  /** Line (0-based) holding the fragment. */
  line?: number;
  fragment: string;
  occurrence?: number;
  scope: string;
  /** Scopes that must not be present. */
  not?: string;
}

const CASES: Case[] = [
  { name: '$ORIGIN directive', lines: ['$ORIGIN example.com.'], fragment: '$ORIGIN', scope: 'keyword.control.directive.origin.zone' },
  { name: '$ORIGIN argument is a name', lines: ['$ORIGIN example.com.'], fragment: 'example.com.', scope: 'entity.name.domain.zone' },
  { name: '$TTL directive', lines: ['$TTL 3600'], fragment: '$TTL', scope: 'keyword.control.directive.ttl.zone' },
  { name: '$TTL value', lines: ['$TTL 3600'], fragment: '3600', scope: 'constant.numeric.ttl.zone' },
  { name: '$TTL value with units', lines: ['$TTL 1h30M'], fragment: '1h30M', scope: 'constant.numeric.ttl.zone' },
  { name: '$INCLUDE directive', lines: ['$INCLUDE "sub zone.db" sub'], fragment: '$INCLUDE', scope: 'keyword.control.directive.include.zone' },
  { name: '$INCLUDE file name', lines: ['$INCLUDE "sub zone.db" sub'], fragment: '"sub zone.db"', scope: 'string.unquoted.path.zone' },
  { name: '$GENERATE directive', lines: ['$GENERATE 1-10 host$ A 10.0.0.$'], fragment: '$GENERATE', scope: 'keyword.control.directive.generate.zone' },
  { name: '$GENERATE range', lines: ['$GENERATE 1-10/2 host$ A 10.0.0.$'], fragment: '1-10/2', scope: 'constant.numeric.range.zone' },
  { name: '$GENERATE substitution', lines: ['$GENERATE 1-10 host${0,3,d} A 10.0.0.$'], fragment: '${0,3,d}', scope: 'variable.other.generate.zone' },
  { name: '$GENERATE type', lines: ['$GENERATE 1-10 host$ CNAME target$'], fragment: 'CNAME', scope: 'storage.type.record.zone' },
  { name: 'unknown directive', lines: ['$FOO bar'], fragment: '$FOO', scope: 'invalid.illegal.directive.zone' },
  { name: 'owner at line start', lines: ['www IN A 192.0.2.1'], fragment: 'www', scope: 'entity.name.tag.owner.zone' },
  { name: '@ owner', lines: ['@ IN NS ns1'], fragment: '@', scope: 'variable.language.origin.zone' },
  { name: 'owner with an escaped dot', lines: ['a\\.b IN A 192.0.2.1'], fragment: 'a\\.b', scope: 'entity.name.tag.owner.zone' },
  { name: 'class IN', lines: ['www IN A 192.0.2.1'], fragment: 'IN', scope: 'storage.modifier.class.zone' },
  { name: 'class CH', lines: ['version CH TXT "x"'], fragment: 'CH', scope: 'storage.modifier.class.zone' },
  { name: 'class HS', lines: ['x HS TXT "x"'], fragment: 'HS', scope: 'storage.modifier.class.zone' },
  { name: 'record type', lines: ['www IN A 192.0.2.1'], fragment: 'A', occurrence: 0, scope: 'storage.type.record.zone' },
  { name: 'lower-case type', lines: ['www in mx 10 mail'], fragment: 'mx', scope: 'storage.type.record.zone' },
  { name: 'TYPEnnn', lines: ['x TYPE65534 \\# 0'], fragment: 'TYPE65534', scope: 'storage.type.record.zone' },
  { name: 'TTL before class', lines: ['www 3600 IN A 192.0.2.1'], fragment: '3600', scope: 'constant.numeric.ttl.zone' },
  { name: 'TTL with units after class', lines: ['www IN 1d2h A 192.0.2.1'], fragment: '1d2h', scope: 'constant.numeric.ttl.zone' },
  { name: 'TTL with an inherited owner', lines: ['\t300 TXT "x"'], fragment: '300', scope: 'constant.numeric.ttl.zone' },
  { name: 'inherited owner: type still found', lines: ['    IN AAAA 2001:db8::1'], fragment: 'AAAA', scope: 'storage.type.record.zone' },
  { name: 'IPv4 address', lines: ['www IN A 192.0.2.1'], fragment: '192.0.2.1', scope: 'constant.numeric.address.ipv4.zone' },
  { name: 'IPv6 address', lines: ['www IN AAAA 2001:db8::1'], fragment: '2001:db8::1', scope: 'constant.numeric.address.ipv6.zone' },
  { name: 'number in rdata', lines: ['@ IN MX 10 mail.example.com.'], fragment: '10', scope: 'constant.numeric.integer.zone' },
  { name: 'name in rdata', lines: ['@ IN MX 10 mail.example.com.'], fragment: 'mail.example.com.', scope: 'entity.name.domain.zone' },
  { name: 'a type-like word in rdata is not a type', lines: ['www IN CNAME mx'], fragment: 'mx', scope: 'string.unquoted.zone', not: 'storage.type.record.zone' },
  { name: 'quoted string', lines: ['@ IN TXT "v=spf1 -all"'], fragment: 'v=spf1 -all', scope: 'string.quoted.double.zone' },
  { name: 'escaped quote inside a string', lines: ['@ IN TXT "say \\"hi\\""'], fragment: '\\"', scope: 'constant.character.escape.zone' },
  { name: 'decimal escape inside a string', lines: ['@ IN TXT "a\\059b"'], fragment: '\\059', scope: 'constant.character.escape.zone' },
  { name: 'semicolon inside a string is not a comment', lines: ['@ IN TXT "v=DKIM1; k=rsa"'], fragment: ' k=rsa', scope: 'string.quoted.double.zone', not: 'comment.line.semicolon.zone' },
  { name: 'comment after a record', lines: ['www IN A 192.0.2.1 ; web'], fragment: '; web', scope: 'comment.line.semicolon.zone' },
  { name: 'comment line', lines: ['; the zone'], fragment: '; the zone', scope: 'comment.line.semicolon.zone' },
  { name: 'indented comment line', lines: ['   ; note'], fragment: '; note', scope: 'comment.line.semicolon.zone' },
  { name: 'escaped semicolon is not a comment', lines: ['@ IN TXT v=DKIM1\\; k=rsa'], fragment: '\\;', scope: 'constant.character.escape.zone', not: 'comment.line.semicolon.zone' },
  { name: 'text after an escaped semicolon is not a comment', lines: ['@ IN TXT v=DKIM1\\; k=rsa'], fragment: 'k=rsa', scope: 'string.unquoted.zone', not: 'comment.line.semicolon.zone' },
  { name: 'opening parenthesis', lines: ['@ IN SOA ns1 admin ('], fragment: '(', scope: 'punctuation.section.parens.begin.zone' },
  {
    name: 'numbers inside parentheses on the next line',
    lines: ['@ IN SOA ns1 admin (', '2024010101 ; serial', ')'],
    line: 1,
    fragment: '2024010101',
    scope: 'constant.numeric.integer.zone',
    not: 'entity.name.tag.owner.zone',
  },
  { name: 'comment inside parentheses', lines: ['@ IN SOA ns1 admin (', '  3600 ; refresh', ')'], line: 1, fragment: '; refresh', scope: 'comment.line.semicolon.zone' },
  { name: 'closing parenthesis', lines: ['@ IN SOA ns1 admin (', '  1 2 3 4 5', ')'], line: 2, fragment: ')', scope: 'punctuation.section.parens.end.zone' },
  { name: 'a record after a multi-line one has an owner again', lines: ['@ IN SOA ns1 admin (', '  1 2 3 4 5 )', 'www IN A 192.0.2.1'], line: 2, fragment: 'www', scope: 'entity.name.tag.owner.zone' },
  { name: 'SOA timer with units', lines: ['@ IN SOA ns1 admin ( 1 1d 2h 4w 1h )'], fragment: '4w', scope: 'constant.numeric.ttl.zone' },
  { name: 'unbalanced closing parenthesis', lines: ['www IN A 192.0.2.1 )'], fragment: ')', scope: 'invalid.illegal.unbalanced-paren.zone' },
];

for (const c of CASES) {
  test(`grammar: ${c.name}`, async (t) => {
    const tokens = await scopesAt(c.lines, c.line ?? 0, c.fragment, c.occurrence);
    if (typeof tokens === 'string') return t.skip(tokens);
    for (const scopes of tokens) {
      assert.ok(scopes.includes(c.scope), `'${c.fragment}' has ${c.scope}; got ${scopes.join(' ')}`);
      if (c.not) assert.ok(!scopes.includes(c.not), `'${c.fragment}' must not have ${c.not}; got ${scopes.join(' ')}`);
    }
  });
}

test('grammar: every record type a zone may hold is coloured as a type, after an owner and inherited', async (t) => {
  const types = [...Array(65536).keys()].filter((code) => isKnownType(code) && !isMetaType(code)).map(typeName);
  assert.ok(types.length > 80);
  for (const type of types) {
    for (const line of [`x 300 IN ${type} data`, `  ${type} data`]) {
      const tokens = await scopesAt([line], 0, type);
      if (typeof tokens === 'string') return t.skip(tokens);
      assert.ok(tokens.length === 1 && tokens[0].includes('storage.type.record.zone'), `${type} in '${line}': ${JSON.stringify(tokens)}`);
    }
  }
});

test('grammar: every line of a realistic zone tokenizes and keeps state', async (t) => {
  const lines = [
    '$ORIGIN example.com.',
    '$TTL 1h',
    '@ IN SOA ns1.example.com. hostmaster.example.com. (',
    '      2024010101 ; serial',
    '      1d 2h 4w 1h )',
    '  IN NS ns1',
    'pm._domainkey IN TXT ( "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ"',
    '                       "DmRUmW2rUqk4cL3K7dZ" )',
    'pm-bounces IN CNAME pm.mtasv.net.',
  ];
  const owner = await scopesAt(lines, 8, 'pm-bounces');
  if (typeof owner === 'string') return t.skip(owner);
  assert.deepEqual(owner.length, 1);
  assert.ok(owner[0].includes('entity.name.tag.owner.zone'), `state after the multi-line records is back to normal; got ${owner[0].join(' ')}`);
  const continued = await scopesAt(lines, 7, 'DmRUmW2rUqk4cL3K7dZ');
  assert.ok(typeof continued !== 'string' && continued.every((scopes) => scopes.includes('string.quoted.double.zone')));
  const ttl = await scopesAt(lines, 4, '4w');
  assert.ok(typeof ttl !== 'string' && ttl[0].includes('meta.parens.zone'), 'SOA timers are inside the parentheses');
});

test('language configuration: ; comments, () brackets, auto-closed quotes and parentheses', () => {
  const config = JSON.parse(readFileSync(LANGUAGE_CONFIGURATION_PATH, 'utf8'));
  assert.equal(config.comments.lineComment, ';');
  assert.deepEqual(config.brackets, [['(', ')']]);
  const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
  assert.deepEqual(pairs.sort(), ['""', '()']);
});
