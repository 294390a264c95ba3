// Which servers a verification asks: the zone's authoritative servers (its own apex NS records
// with in-zone glue, plus the NS set found live) addressed directly, and resolvers (the user's,
// or the system's); or only the servers the user named (`--server`, `postmarkZone.resolvers`).
import { getServers, promises as dnsPromises } from 'node:dns';
import { isIP } from 'node:net';
import type { Zone } from '../zone/model';
import { nameKey, sameName } from '../zone/names';
import { describeServer, type DnsServer } from './dns-client';
import type { Querier } from './querier';
import type { ServerTarget } from './report-types';

export type ServerSpec = { ok: true; host: string; port: number } | { ok: false; message: string };

/** `192.0.2.1`, `192.0.2.1:5353`, `2001:db8::1`, `[2001:db8::1]:5353`, `ns1.example.net`, `ns1.example.net:53`. */
export function parseServerSpec(spec: string): ServerSpec {
  const text = spec.trim();
  const bad = (why: string): ServerSpec => ({ ok: false, message: `'${spec}' is not a server: ${why} (use HOST or HOST:PORT, [IPv6]:PORT)` });
  if (text === '') return bad('it is empty');
  let host = text;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  if (bracketed) {
    host = bracketed[1];
    portText = bracketed[2];
    if (isIP(host) !== 6) return bad(`'${host}' is not an IPv6 address`);
  } else if (isIP(text) === 6) {
    host = text;
  } else {
    const colon = text.lastIndexOf(':');
    if (colon >= 0) {
      host = text.slice(0, colon);
      portText = text.slice(colon + 1);
    }
  }
  let port = 53;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) return bad(`the port '${portText}' is not a number from 1 to 65535`);
    port = Number(portText);
  }
  if (isIP(host) === 0 && !/^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_.])?$/.test(host)) return bad(`'${host}' is not an address or a host name`);
  return { ok: true, host: host.replace(/\.$/, '') || host, port };
}

export type HostLookup = (host: string) => Promise<string[]>;

const systemLookup: HostLookup = async (host) => (await dnsPromises.lookup(host, { all: true })).map((entry) => entry.address);

/**
 * Targets for servers given by the user; a host name is looked up with the system's resolver.
 * Returns the targets and a message per spec that could not be used.
 */
export async function resolveServerSpecs(specs: readonly string[], role: ServerTarget['role'], source: string, lookup: HostLookup = systemLookup): Promise<{ servers: ServerTarget[]; problems: string[] }> {
  const servers: ServerTarget[] = [];
  const problems: string[] = [];
  for (const spec of specs) {
    const parsed = parseServerSpec(spec);
    if (!parsed.ok) {
      problems.push(parsed.message);
      continue;
    }
    let address = parsed.host;
    if (isIP(address) === 0) {
      try {
        const found = await lookup(parsed.host);
        address = found.find((a) => isIP(a) === 4) ?? found[0] ?? '';
      } catch (error) {
        address = '';
        problems.push(`cannot find the address of '${parsed.host}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        continue;
      }
      if (address === '') {
        problems.push(`'${parsed.host}' has no address`);
        continue;
      }
    }
    const server = { host: address, port: parsed.port };
    const label = isIP(parsed.host) === 0 ? `${parsed.host} (${describeServer(server)})` : describeServer(server);
    if (!servers.some((s) => s.host === server.host && s.port === server.port)) servers.push({ ...server, label, role, source });
  }
  return { servers, problems };
}

/** The resolvers the system uses (node:dns getServers, i.e. /etc/resolv.conf on Unix). */
export function systemResolverSpecs(): string[] {
  try {
    return getServers();
  } catch {
    return [];
  }
}

export interface NameServer {
  name: string;
  /** Addresses from the zone's own glue (A/AAAA records at the NS name inside the zone). */
  addresses: string[];
}

/** The apex NS records of the zone, with the in-zone addresses of each. */
export function zoneNameServers(zone: Zone): NameServer[] {
  const apex = zone.byOwner.get(nameKey(zone.origin)) ?? [];
  const found: NameServer[] = [];
  for (const record of apex) {
    if (record.rdata?.type !== 'NS') continue;
    const name = record.rdata.target.name;
    if (found.some((ns) => sameName(ns.name, name))) continue;
    const addresses = (zone.byOwner.get(nameKey(name)) ?? []).flatMap((r) => (r.rdata?.type === 'A' || r.rdata?.type === 'AAAA' ? [r.rdata.address] : []));
    found.push({ name, addresses });
  }
  return found;
}

/**
 * The zone's authoritative servers: its NS records and the NS set resolvers return live, each
 * name addressed by its glue or a live A (then AAAA) lookup. One address per name (IPv4 first).
 */
export async function authoritativeServers(zone: Zone, resolvers: readonly DnsServer[], querier: Querier): Promise<{ servers: ServerTarget[]; warnings: string[] }> {
  const warnings: string[] = [];
  const names = zoneNameServers(zone).map((ns) => ({ ...ns, sources: ['zone NS'] }));
  const live = await querier.askFirst(resolvers, zone.origin, 'NS');
  if (live.ok && live.rcode === 'NOERROR') {
    const liveNames = live.answers.filter((a) => a.type === 'NS' && a.target && sameName(a.name, zone.origin)).map((a) => a.target!);
    for (const name of liveNames) {
      const known = names.find((ns) => sameName(ns.name, name));
      if (known) known.sources.push('live NS');
      else names.push({ name, addresses: [], sources: ['live NS'] });
    }
    const missingLive = names.filter((ns) => !ns.sources.includes('live NS')).map((ns) => ns.name);
    if (liveNames.length > 0 && missingLive.length > 0) warnings.push(`The zone file lists name servers that live DNS does not: ${missingLive.join(', ')}.`);
  } else if (resolvers.length > 0) {
    warnings.push(`The live NS records of ${zone.origin} could not be looked up (${live.ok ? `answered ${live.rcode}` : live.message}); only the zone file's NS records are used.`);
  }
  const servers: ServerTarget[] = [];
  await Promise.all(
    names.map(async (ns) => {
      let addresses = ns.addresses;
      if (addresses.length === 0) addresses = await lookupAddresses(ns.name, resolvers, querier);
      const address = addresses.find((a) => isIP(a) === 4) ?? addresses[0];
      if (!address) {
        warnings.push(`No address found for the name server ${ns.name}; it was not asked.`);
        return;
      }
      servers.push({ host: address, port: 53, role: 'authoritative', source: ns.sources.join(' and '), nsName: ns.name, label: `${ns.name} (${describeServer({ host: address, port: 53 })})` });
    }),
  );
  servers.sort((a, b) => a.label.localeCompare(b.label));
  return { servers, warnings };
}

async function lookupAddresses(name: string, resolvers: readonly DnsServer[], querier: Querier): Promise<string[]> {
  for (const type of ['A', 'AAAA'] as const) {
    const result = await querier.askFirst(resolvers, name, type);
    if (result.ok) {
      const addresses = result.answers.filter((a) => a.type === type && a.address).map((a) => a.address!);
      if (addresses.length > 0) return addresses;
    }
  }
  return [];
}
