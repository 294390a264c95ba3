// Cross-check with an independent implementation: dns-zonefile writes zone text from random
// record objects (its generator is what it does well; its parser loses inherited owners and TTL
// units, see README), and our parser must read back exactly those records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import zonefile from 'dns-zonefile';
import { parseZone } from '../../server/src/zone/parser';

const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/);
const owner = fc.oneof(fc.constant('@'), label, fc.tuple(label, label).map(([a, b]) => `${a}.${b}`));
const host = fc.oneof(label, fc.tuple(label, label).map(([a, b]) => `${a}.${b}.example.net.`));
// TTL 0 is left out: dns-zonefile drops falsy TTLs when writing.
const ttl = fc.option(fc.integer({ min: 1, max: 2147483647 }), { nil: undefined });
const ipv4 = fc.ipV4();
const txt = fc.stringMatching(/^[A-Za-z0-9=;:.+/ -]{1,60}$/).map((s) => `"${s}"`);

const records = fc.record({
  a: fc.array(fc.record({ name: owner, ip: ipv4, ttl }), { maxLength: 6 }),
  mx: fc.array(fc.record({ name: owner, preference: fc.integer({ min: 0, max: 65535 }), host, ttl }), { maxLength: 4 }),
  cname: fc.array(fc.record({ name: label.map((l) => `alias-${l}`), alias: host, ttl }), { maxLength: 4 }),
  txt: fc.array(fc.record({ name: owner, txt, ttl }), { maxLength: 4 }),
  srv: fc.array(fc.record({ name: label.map((l) => `_${l}._tcp`), priority: fc.integer({ min: 0, max: 65535 }), weight: fc.integer({ min: 0, max: 65535 }), port: fc.integer({ min: 0, max: 65535 }), target: host, ttl }), { maxLength: 3 }),
});

const SOA = { name: '@', mname: 'ns1.example.com.', rname: 'hostmaster.example.com.', serial: 1, refresh: 3600, retry: 600, expire: 604800, minimum: 300 };

function absolute(name: string): string {
  if (name === '@') return 'example.com.';
  return name.endsWith('.') ? name : `${name}.example.com.`;
}

test('records written by dns-zonefile are read back identically', () => {
  fc.assert(
    fc.property(records, (input) => {
      const text = zonefile.generate({ $origin: 'example.com.', $ttl: 3600, soa: SOA, ns: [{ name: '@', host: 'ns1.example.com.' }], ...input });
      const zone = parseZone(text, { file: 'generated.zone' });
      assert.deepEqual(zone.parseFindings, [], text);
      const expected = [
        ...input.mx.map((r) => `MX ${absolute(r.name)} ${r.ttl ?? 3600} ${r.preference} ${absolute(r.host)}`),
        ...input.a.map((r) => `A ${absolute(r.name)} ${r.ttl ?? 3600} ${r.ip}`),
        ...input.cname.map((r) => `CNAME ${absolute(r.name)} ${r.ttl ?? 3600} ${absolute(r.alias)}`),
        ...input.txt.map((r) => `TXT ${absolute(r.name)} ${r.ttl ?? 3600} ${r.txt.slice(1, -1)}`),
        ...input.srv.map((r) => `SRV ${absolute(r.name)} ${r.ttl ?? 3600} ${r.priority} ${r.weight} ${r.port} ${absolute(r.target)}`),
      ].sort();
      const actual = zone.records
        .filter((r) => r.type !== 'SOA' && r.type !== 'NS')
        .map((r) => {
          const d = r.rdata!;
          const head = `${r.type} ${r.owner.name} ${r.ttl}`;
          if (d.type === 'MX') return `${head} ${d.preference} ${d.exchange.name}`;
          if (d.type === 'A') return `${head} ${d.address}`;
          if (d.type === 'CNAME') return `${head} ${d.target.name}`;
          if (d.type === 'TXT') return `${head} ${d.text}`;
          if (d.type === 'SRV') return `${head} ${d.priority} ${d.weight} ${d.port} ${d.target.name}`;
          return `unexpected ${head}`;
        })
        .sort();
      assert.deepEqual(actual, expected);
      const soa = zone.records.find((r) => r.type === 'SOA')!.rdata;
      assert.deepEqual(soa?.type === 'SOA' && [soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum], [1, 3600, 600, 604800, 300]);
    }),
    { numRuns: 300 },
  );
});
