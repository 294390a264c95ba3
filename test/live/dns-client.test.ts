// The DNS client against small scripted UDP servers on 127.0.0.1: answers to other questions are
// ignored, FORMERR to EDNS0 makes it ask again without, a closed port fails at once, and an
// aborted signal stops a pending query.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket, type RemoteInfo } from 'node:dgram';
import * as dnsPacket from 'dns-packet';
import { queryDns } from '../../server/src/live/dns-client';
import { freePort } from '../helpers/named-server';

type Reply = (query: dnsPacket.DecodedPacket) => dnsPacket.Packet | undefined;

/** A UDP server that answers each query with `reply(query)` (nothing when it returns undefined). */
async function scriptedServer(reply: Reply) {
  const socket = createSocket('udp4');
  const queries: dnsPacket.DecodedPacket[] = [];
  socket.on('message', (buffer: Buffer, peer: RemoteInfo) => {
    const query = dnsPacket.decode(buffer);
    queries.push(query);
    const answer = reply(query);
    if (answer) socket.send(dnsPacket.encode(answer), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return { host: '127.0.0.1', port: socket.address().port, queries, stop: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}

const txtAnswer = (query: dnsPacket.DecodedPacket, text: string, flags = dnsPacket.AUTHORITATIVE_ANSWER): dnsPacket.Packet => ({
  type: 'response',
  id: query.id,
  flags,
  questions: query.questions,
  answers: [{ type: 'TXT', name: query.questions![0].name, ttl: 60, data: [text] }],
});

describe('queryDns', () => {
  test('an answer with another id or question is ignored; the real one is taken', async () => {
    const forged = await scriptedServer((query) => ({ ...txtAnswer(query, 'forged'), id: (query.id! + 1) % 65536 }));
    try {
      const result = await queryDns(forged, 'example.com', 'TXT', { timeoutMs: 150, retries: 0 });
      assert.equal(!result.ok && result.error, 'timeout');
      const echo = await scriptedServer((query) => txtAnswer(query, 'v=spf1 -all'));
      const good = await queryDns(echo, 'Example.COM.', 'TXT', { timeoutMs: 1000, retries: 0 });
      await echo.stop();
      assert.ok(good.ok);
      assert.deepEqual(good.answers.map((a) => a.text), ['v=spf1 -all']);
      assert.equal(good.aa, true);
    } finally {
      await forged.stop();
    }
  });

  test('FORMERR to an EDNS0 query: asked again without EDNS0', async () => {
    const server = await scriptedServer((query) => {
      const hasEdns = (query.additionals ?? []).some((r) => r.type === 'OPT');
      return hasEdns ? { type: 'response', id: query.id, flags: 1 /* FORMERR */, questions: query.questions } : txtAnswer(query, 'plain');
    });
    try {
      const result = await queryDns(server, 'example.com', 'TXT', { timeoutMs: 1000, retries: 0 });
      assert.ok(result.ok);
      assert.equal(result.rcode, 'NOERROR');
      assert.deepEqual(result.answers.map((a) => a.text), ['plain']);
      assert.deepEqual(server.queries.map((q) => (q.additionals ?? []).length), [1, 0]);
    } finally {
      await server.stop();
    }
  });

  test('the RD bit follows recursionDesired; EDNS0 carries the 1232-byte size', async () => {
    const server = await scriptedServer((query) => txtAnswer(query, 'x'));
    try {
      await queryDns(server, 'example.com', 'TXT', { recursionDesired: true });
      await queryDns(server, 'example.com', 'TXT', { recursionDesired: false, ednsUdpSize: 0 });
      assert.deepEqual(server.queries.map((q) => q.flag_rd), [true, false]);
      const opt = server.queries[0].additionals?.find((r) => r.type === 'OPT') as dnsPacket.OptAnswer | undefined;
      assert.equal(opt?.udpPayloadSize, 1232);
      assert.equal(server.queries[1].additionals?.length ?? 0, 0);
    } finally {
      await server.stop();
    }
  });

  test('a closed port fails at once with a network error, no retries', async () => {
    const port = await freePort();
    const started = performance.now();
    const result = await queryDns({ host: '127.0.0.1', port }, 'example.com', 'TXT', { timeoutMs: 2000, retries: 3 });
    assert.equal(!result.ok && result.error, 'network');
    assert.match(!result.ok ? result.message : '', /refused/);
    assert.ok(performance.now() - started < 1000);
  });

  test('an aborted signal ends a pending query as cancelled', async () => {
    const server = await scriptedServer(() => undefined);
    try {
      const controller = new AbortController();
      const pending = queryDns(server, 'example.com', 'TXT', { timeoutMs: 5000, retries: 0, signal: controller.signal });
      controller.abort();
      const result = await pending;
      assert.equal(!result.ok && result.error, 'cancelled');
      assert.ok(result.elapsedMs < 1000);
    } finally {
      await server.stop();
    }
  });

  test('a name that is not an IP address is a failure, not a throw', async () => {
    const result = await queryDns({ host: 'ns1.example.net', port: 53 }, 'example.com', 'TXT');
    assert.equal(!result.ok && result.error, 'network');
  });
});
