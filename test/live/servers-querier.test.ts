// Server specs (HOST[:PORT], [IPv6]:PORT), the zone's own name servers with glue, the querier's
// concurrency bound and memory of silent servers, and the SPF walk with an injected resolver.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analyze';
import { parseServerSpec, resolveServerSpecs, zoneNameServers } from '../../server/src/live/servers';
import { Querier } from '../../server/src/live/querier';
import { buildSpfTree } from '../../server/src/live/spf-tree';
import { authorizationName, externalDestinations } from '../../server/src/live/dmarc-external';
import type { DnsAnswer } from '../../server/src/live/dns-answers';
import type { QueryFunction, QueryResult } from '../../server/src/live/dns-client';

describe('parseServerSpec', () => {
  const valid: Array<[string, string, number]> = [
    ['192.0.2.1', '192.0.2.1', 53],
    ['192.0.2.1:5353', '192.0.2.1', 5353],
    ['2001:db8::1', '2001:db8::1', 53],
    ['[2001:db8::1]:5300', '2001:db8::1', 5300],
    ['[::1]', '::1', 53],
    ['ns1.example.net', 'ns1.example.net', 53],
    ['ns1.example.net.:54', 'ns1.example.net', 54],
  ];
  for (const [spec, host, port] of valid) {
    test(`accepts ${spec}`, () => assert.deepEqual(parseServerSpec(spec), { ok: true, host, port }));
  }
  for (const spec of ['', '192.0.2.1:0', '192.0.2.1:70000', '192.0.2.1:x', '[192.0.2.1]:53', 'bad host:53']) {
    test(`refuses '${spec}'`, () => assert.equal(parseServerSpec(spec).ok, false));
  }

  test('host names are looked up; a failed lookup is a problem, not a throw', async () => {
    const lookup = async (host: string) => {
      if (host === 'ns1.example.net') return ['192.0.2.7'];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const { servers, problems } = await resolveServerSpecs(['ns1.example.net:5300', 'nowhere.example'], 'given', '--server', lookup);
    assert.deepEqual(servers.map((s) => [s.label, s.host, s.port]), [['ns1.example.net (192.0.2.7:5300)', '192.0.2.7', 5300]]);
    assert.deepEqual(problems, ["cannot find the address of 'nowhere.example': ENOTFOUND"]);
  });
});

test('zoneNameServers: apex NS records with their in-zone glue', () => {
  const text = '$ORIGIN example.com.\n$TTL 300\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\n@ NS ns2.example.net.\nns1 A 192.0.2.53\nns1 AAAA 2001:db8::53\nsub NS ns9\n';
  const { zone } = analyze(text, { file: 'z' });
  assert.deepEqual(zoneNameServers(zone), [
    { name: 'ns1.example.com.', addresses: ['192.0.2.53', '2001:db8::53'] },
    { name: 'ns2.example.net.', addresses: [] },
  ]);
});

function response(rcode: string, answers: DnsAnswer[] = []): QueryResult {
  return { ok: true, rcode, aa: true, truncated: false, viaTcp: false, answers, authority: [], elapsedMs: 0, attempts: 1 };
}

describe('Querier', () => {
  test('never has more queries in flight than the bound', async () => {
    let inFlight = 0;
    let most = 0;
    const query: QueryFunction = async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      return response('NOERROR');
    };
    const querier = new Querier({ concurrency: 3, query });
    await Promise.all(Array.from({ length: 20 }, (_, i) => querier.ask({ host: '192.0.2.1', port: 53 }, `n${i}.example.`, 'A', false)));
    assert.equal(most, 3);
    assert.equal(querier.sent, 20);
  });

  test('a server that timed out is not asked again in the same run', async () => {
    let asked = 0;
    const query: QueryFunction = async () => {
      asked++;
      return { ok: false, error: 'timeout', message: 'no answer', elapsedMs: 10, attempts: 2 };
    };
    const querier = new Querier({ query });
    const server = { host: '192.0.2.1', port: 53 };
    await querier.ask(server, 'a.example.', 'A', false);
    const second = await querier.ask(server, 'b.example.', 'A', false);
    assert.equal(asked, 1);
    assert.equal(!second.ok && second.error, 'timeout');
  });
});

describe('SPF walk with an injected resolver', () => {
  const txt = (name: string, text: string): DnsAnswer => ({ name, type: 'TXT', ttl: 1, text, display: text });
  const records: Record<string, string> = {
    'loop-a.example.': 'v=spf1 include:loop-b.example -all',
    'loop-b.example.': 'v=spf1 include:loop-a.example -all',
    'empty.example.': 'site-verification=1',
  };
  const query: QueryFunction = async (_server, name, type) => {
    const key = name.endsWith('.') ? name : `${name}.`;
    if (type !== 'TXT') return response('NXDOMAIN');
    return key in records ? response('NOERROR', [txt(key, records[key])]) : response('NXDOMAIN');
  };
  const servers = [{ host: '192.0.2.1', port: 53 }];

  test('an include loop is over the limit, whatever the count', async () => {
    const tree = await buildSpfTree('loop-a.example.', records['loop-a.example.'], servers, new Querier({ query }));
    assert.equal(tree.overLimit, true);
    assert.equal(tree.root.children[0].children[0].status, 'loop');
  });

  test('an include of a name without SPF is a void lookup and a no-record node; macros are undetermined', async () => {
    const tree = await buildSpfTree('example.com.', 'v=spf1 include:nothing.example include:empty.example exists:%{i}.rbl.example ~all', servers, new Querier({ query }));
    assert.deepEqual(tree.root.children.map((c) => [c.domain, c.status]), [['nothing.example.', 'no-record'], ['empty.example.', 'no-record']]);
    assert.equal(tree.lookups, 3);
    assert.equal(tree.voidLookups, 1);
    assert.deepEqual(tree.undetermined, ['exists:%{i}.rbl.example: written with macros, expanded only for a real message']);
    assert.equal(tree.overLimit, false);
  });
});

describe('DMARC external destinations (RFC 7489 §7.1)', () => {
  test('only addresses outside the organisation are checked, once per domain', () => {
    const policy = { domain: 'example.com.', text: 'v=DMARC1; p=none; rua=mailto:a@example.com,mailto:re+x@dmarc.postmarkapp.com,mailto:b@DMARC.postmarkapp.com!10m; ruf=mailto:f@sub.example.com' };
    assert.deepEqual(externalDestinations(policy, 'example.com.'), [{ uri: 'mailto:re+x@dmarc.postmarkapp.com', ruaDomain: 'dmarc.postmarkapp.com.' }]);
    assert.equal(authorizationName('example.com.', 'dmarc.postmarkapp.com.'), 'example.com._report._dmarc.dmarc.postmarkapp.com.');
  });
});
