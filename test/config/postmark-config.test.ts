// parsePostmarkConfig: a full file read into expectations; each kind of mistake reported at its
// exact offsets while the valid parts are kept; expectationsFor and mergeSettings.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectationsFor, parsePostmarkConfig } from '../../server/src/config/postmark-config';
import { mergeSettings } from '../../server/src/config/merge-settings';
import type { PostmarkConfig } from '../../server/src/config/config-types';

const KEY = 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC1';

const GOOD = `{
  "$schema": "./schemas/postmark-zone.schema.json",
  "domains": {
    "example.com": {
      "dkim": [
        { "host": "20231012123456pm._domainkey", "value": "k=rsa; p=${KEY}" },
        { "host": "20240101000000pm._domainkey" }
      ],
      "returnPath": { "host": "pm-bounces" },
      "inbound": { "host": "inbound" },
      "tracking": { "host": "links", "target": "track.pmlink.example" },
      "dmarc": { "rua": "mailto:re+abc123@dmarc.postmarkapp.com" }
    },
    "mail.example.org.": { "dkim": { "host": "pm._domainkey", "value": "v=DKIM1; k=rsa; p=${KEY}" } }
  },
  "severities": { "postmark/return-path-missing": "error", "dmarc/removed-tag": "off" }
}
`;

/** Problems as `message @ "text they span"`, for exact comparison. */
function problemsOf(text: string, knownCodes?: string[]): string[] {
  return parsePostmarkConfig(text, 'postmark-zone.json', { knownCodes }).problems.map((p) => `${JSON.stringify(text.slice(p.start, p.end))} ${p.message}`);
}

/** One problem, spanning exactly `spanned` (its `occurrence`-th appearance) with a message matching `message`. */
function expectOne(text: string, spanned: string, message: RegExp, occurrence = 0): void {
  const { problems } = parsePostmarkConfig(text);
  assert.equal(problems.length, 1, `one problem, got ${JSON.stringify(problems)}`);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(spanned, at + 1);
  assert.ok(at >= 0);
  assert.deepEqual({ start: problems[0].start, end: problems[0].end }, { start: at, end: at + spanned.length });
  assert.match(problems[0].message, message);
}

function domain(entry: string): string {
  return `{ "domains": { "example.com": ${entry} } }`;
}

describe('parsePostmarkConfig', () => {
  test('a full file: no problems, every expectation kept, domains absolute, DKIM always a list', () => {
    const { config, problems } = parsePostmarkConfig(GOOD, '/p/postmark-zone.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      file: '/p/postmark-zone.json',
      domains: [
        {
          domain: 'example.com.',
          dkim: [{ host: '20231012123456pm._domainkey', value: `k=rsa; p=${KEY}` }, { host: '20240101000000pm._domainkey' }],
          returnPath: { host: 'pm-bounces' },
          inbound: { host: 'inbound' },
          tracking: { host: 'links', target: 'track.pmlink.example.' },
          dmarc: { rua: 'mailto:re+abc123@dmarc.postmarkapp.com' },
        },
        { domain: 'mail.example.org.', dkim: [{ host: 'pm._domainkey', value: `v=DKIM1; k=rsa; p=${KEY}` }] },
      ],
      severities: { 'postmark/return-path-missing': 'error', 'dmarc/removed-tag': 'off' },
    } satisfies PostmarkConfig);
  });

  test('a host written in full without its dot is taken as the full name', () => {
    const { config } = parsePostmarkConfig(domain('{ "returnPath": { "host": "pm-bounces.example.com" }, "inbound": { "host": "@" } }'));
    assert.deepEqual(config.domains[0].returnPath, { host: 'pm-bounces.example.com.' });
    assert.deepEqual(config.domains[0].inbound, { host: '@' });
  });

  test('JSON syntax errors: trailing comma, comment, empty file', () => {
    expectOne('{ "domains": {}, }', ',', /Trailing comma: JSON allows no ',' before '}'/);
    expectOne('{ "domains": { "example.com": { "dkim": [{ "host": "pm._domainkey" },] } } }', ',', /before '\]'/);
    assert.deepEqual(problemsOf('{ "domains" {} }'), [`"{" A ':' is expected.`, `"}" Unexpected text after the end of the JSON value.`]);
    expectOne('{ // note\n "domains": {} }', '// note', /Comments are not allowed/);
    const empty = parsePostmarkConfig('  \n').problems;
    assert.equal(empty.length, 1);
    assert.match(empty[0].message, /empty/);
  });

  test('the top level', () => {
    expectOne('[]', '[]', /The configuration must be an object/);
    expectOne('{ "domain": {} }', '"domain"', /Unknown key 'domain' in the configuration \(expected '\$schema', 'domains' or 'severities'\)/);
    expectOne('{ "domains": [] }', '[]', /'domains' must be an object/);
    expectOne('{ "$schema": 7 }', '7', /'\$schema' must be a string/);
    expectOne('{ "domains": {}, "domains": {} }', '"domains"', /Duplicate key 'domains'/, 1);
  });

  test('domain names', () => {
    expectOne('{ "domains": { "exa mple.com": {} } }', '"exa mple.com"', /not a domain name/);
    expectOne('{ "domains": { "example.com": {}, "EXAMPLE.com.": {} } }', '"EXAMPLE.com."', /names the same domain as 'example\.com'/);
    expectOne(domain('{ "returnpath": { "host": "pm-bounces" } }'), '"returnpath"', /Unknown key 'returnpath' in the entry for 'example\.com' \(expected 'dkim', 'returnPath', 'inbound', 'tracking' or 'dmarc'\)/);
    expectOne(domain('"pm-bounces"'), '"pm-bounces"', /The entry for 'example\.com' must be an object/);
  });

  test('hosts', () => {
    expectOne(domain('{ "returnPath": { "host": "pm bounces" } }'), '"pm bounces"', /Return-Path host 'pm bounces' is not a host name/);
    expectOne(domain('{ "returnPath": { "host": "" } }'), '""', /cannot be empty/);
    expectOne(domain('{ "returnPath": { "host": "*" } }'), '"*"', /Return-Path host '\*' is not a host name/);
    assert.deepEqual(parsePostmarkConfig(domain('{ "inbound": { "host": "*.in" } }')).config.domains[0].inbound, { host: '*.in' });
    expectOne(domain('{ "inbound": { "host": "in.*" } }'), '"in.*"', /inbound host 'in\.\*' is not a host name/);
    expectOne(domain('{ "returnPath": { "host": 5 } }'), '5', /Return-Path host must be a string/);
    expectOne(domain('{ "returnPath": {} }'), '"returnPath"', /'returnPath' needs 'host'/);
    expectOne(domain('{ "inbound": { "host": "https://inbound.example.com" } }'), '"https://inbound.example.com"', /is a URL/);
    expectOne(domain('{ "tracking": { "host": "links" } }'), '"tracking"', /'tracking' needs 'target'/);
    expectOne(domain('{ "tracking": { "host": "links", "target": "not a name" } }'), '"not a name"', /tracking target: 'not a name' is not a domain name/);
  });

  test('DKIM entries', () => {
    expectOne(domain('{ "dkim": "k=rsa; p=abc" }'), '"k=rsa; p=abc"', /'dkim' must be an object .* or a list of them/);
    expectOne(domain('{ "dkim": { "host": "20231012123456pm" } }'), '"20231012123456pm"', /must be '<selector>\._domainkey'/);
    expectOne(domain('{ "dkim": [{ "value": "k=rsa; p=abc" }] }'), '{ "value": "k=rsa; p=abc" }', /A DKIM entry needs 'host'/);
    expectOne(domain('{ "dkim": { "host": "pm._domainkey", "value": "\\"k=rsa; p=abc\\"" } }'), '"\\"k=rsa; p=abc\\""', /without quotes/);
    expectOne(domain('{ "dkim": { "host": "pm._domainkey", "value": "k=rsa" } }'), '"k=rsa"', /no 'p=' tag/);
    expectOne(domain('{ "dkim": { "host": "pm._domainkey", "value": "k=rsa; p=not base64!" } }'), '"k=rsa; p=not base64!"', /no 'p=' tag with a base64/);
    expectOne(domain('{ "dkim": { "host": "pm._domainkey", "value": "rsa key here" } }'), '"rsa key here"', /not a 'tag=value; tag=value' list/);
    expectOne(domain('{ "dkim": { "host": "pm._domainkey", "selector": "pm" } }'), '"selector"', /Unknown key 'selector' in a DKIM entry \(expected 'host' or 'value'\)/);
  });

  test('DMARC and severities', () => {
    expectOne(domain('{ "dmarc": { "rua": "re+abc@dmarc.postmarkapp.com" } }'), '"re+abc@dmarc.postmarkapp.com"', /not a list of mailto: addresses/);
    expectOne('{ "severities": { "postmark/return-path-missing": "fatal" } }', '"fatal"', /must be one of 'error', 'warning', 'information', 'hint' or 'off'/);
    expectOne('{ "severities": { "return-path-missing": "error" } }', '"return-path-missing"', /is not a rule code/);
    assert.deepEqual(problemsOf('{ "severities": { "postmark/nope": "off", "postmark/inbound-mx": "hint" } }', ['postmark/inbound-mx']), [`"\\"postmark/nope\\"" No rule has the code 'postmark/nope'.`]);
  });

  test('the valid parts are kept beside problems', () => {
    const text = domain('{ "returnPath": { "host": "bad host" }, "inbound": { "host": "inbound" }, "dkim": [{ "host": "x" }, { "host": "pm._domainkey" }] }');
    const { config, problems } = parsePostmarkConfig(text);
    assert.equal(problems.length, 2);
    assert.deepEqual(config.domains, [{ domain: 'example.com.', inbound: { host: 'inbound' }, dkim: [{ host: 'pm._domainkey' }] }]);
  });

  test('never throws on arbitrary text', () => {
    for (const text of ['', '{', '{"domains":', 'null', '"x"', '{"domains":{"a.b":{"dkim":[1,null,[]]}}}', '\u0000', '{"severities":[]}']) {
      assert.doesNotThrow(() => parsePostmarkConfig(text));
      assert.ok(parsePostmarkConfig(text).problems.length > 0, text);
    }
  });
});

describe('expectationsFor', () => {
  const { config } = parsePostmarkConfig('{ "domains": { "example.com": {}, "mail.example.com": {}, "example.org": {} } }');
  test('domains at or below the zone origin', () => {
    assert.deepEqual(expectationsFor(config, 'example.com.').map((d) => d.domain), ['example.com.', 'mail.example.com.']);
    assert.deepEqual(expectationsFor(config, 'mail.example.com').map((d) => d.domain), ['mail.example.com.']);
    assert.deepEqual(expectationsFor(config, 'example.net.'), []);
  });
});

describe('mergeSettings', () => {
  const { config } = parsePostmarkConfig(
    '{ "domains": { "example.com": {}, "example.org": { "returnPath": { "host": "bounce" }, "dmarc": { "rua": "mailto:a@example.org" } } }, "severities": { "postmark/inbound-mx": "warning" } }',
    'file.json',
  );

  test('settings fill what an entry leaves out; the file keeps what it says', () => {
    const merged = mergeSettings(config, { returnPathHost: 'bounces', inboundHost: 'inbound', dmarcRua: 'mailto:re+x@dmarc.postmarkapp.com', severities: { 'postmark/inbound-mx': 'off', 'spf/ptr': 'hint' } });
    assert.deepEqual(merged, {
      file: 'file.json',
      domains: [
        { domain: 'example.com.', returnPath: { host: 'bounces' }, inbound: { host: 'inbound' }, dmarc: { rua: 'mailto:re+x@dmarc.postmarkapp.com' } },
        { domain: 'example.org.', returnPath: { host: 'bounce' }, inbound: { host: 'inbound' }, dmarc: { rua: 'mailto:a@example.org' } },
      ],
      severities: { 'postmark/inbound-mx': 'warning', 'spf/ptr': 'hint' },
    });
  });

  test('default settings change nothing; invalid ones are ignored; no file: severities only', () => {
    assert.deepEqual(mergeSettings(config, { returnPathHost: 'pm-bounces', inboundHost: '', dmarcRua: '' }), config);
    assert.deepEqual(mergeSettings(config, { returnPathHost: 'bad host', inboundHost: 'x y', dmarcRua: 'nope', severities: { bad: 'off' } as never }), config);
    assert.deepEqual(mergeSettings(undefined, { returnPathHost: 'bounces', severities: { 'spf/ptr': 'off' } }), { domains: [], severities: { 'spf/ptr': 'off' } });
  });
});
