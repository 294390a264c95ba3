// Follows an SPF policy's include and redirect terms live and counts what a receiver would:
// DNS-querying terms (RFC 7208 §4.6.4, limit 10) and void lookups (NXDOMAIN or an empty answer,
// limit 2). The root is the zone file's text; everything it reaches is read from DNS.
import { effectiveMechanisms, parseSpf, type SpfTerm } from '../mail/spf';
import { ensureAbsolute, nameKey } from '../zone/names';
import type { DnsServer } from './dns-client';
import { displayOctets } from './dns-answers';
import { describeFailure, type Querier } from './querier';
import type { SpfNode, SpfTreeReport, ZoneLocation } from './report-types';

export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;
/** Lookups counted before the walk stops following: past the limit the verdict cannot change. */
const FOLLOW_BUDGET = 40;
const QUERYING = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

interface Walk {
  servers: readonly DnsServer[];
  querier: Querier;
  undetermined: string[];
  counted: number;
}

/** `text` is the policy as octets (one character each), as the zone file gives it. */
export async function buildSpfTree(domain: string, text: string, servers: readonly DnsServer[], querier: Querier, location?: ZoneLocation): Promise<SpfTreeReport> {
  const walk: Walk = { servers, querier, undetermined: [], counted: 0 };
  const root = await visitPolicy(domain, text, 'root', [nameKey(domain)], walk);
  let lookups = 0;
  let voidLookups = 0;
  let loop = false;
  const sum = (node: SpfNode) => {
    lookups += node.lookups;
    voidLookups += node.voidLookups;
    if (node.status === 'loop') loop = true;
    node.children.forEach(sum);
  };
  sum(root);
  const overLimit = loop || lookups > SPF_LOOKUP_LIMIT || voidLookups > SPF_VOID_LIMIT;
  return { domain, location, root, lookups, voidLookups, overLimit, undetermined: walk.undetermined, message: describeTree(lookups, voidLookups, loop, walk.undetermined.length > 0) };
}

function describeTree(lookups: number, voidLookups: number, loop: boolean, partial: boolean): string {
  const atLeast = partial ? 'at least ' : '';
  if (loop) return `The SPF policy includes itself: evaluation never ends, so receivers stop at ${SPF_LOOKUP_LIMIT} lookups with permerror (RFC 7208 §4.6.4).`;
  const parts = [`${atLeast}${lookups} DNS lookups (limit ${SPF_LOOKUP_LIMIT})`, `${atLeast}${voidLookups} void lookups (limit ${SPF_VOID_LIMIT})`];
  const over = lookups > SPF_LOOKUP_LIMIT || voidLookups > SPF_VOID_LIMIT;
  const verdict = over ? 'over a limit: receivers return permerror (RFC 7208 §4.6.4)' : partial ? 'within the limits so far; some lookups could not be made' : 'within the limits';
  return `The SPF policy needs ${parts.join(' and ')}: ${verdict}.`;
}

async function fetchPolicy(domain: string, via: string, path: string[], walk: Walk): Promise<{ node: SpfNode; isVoid: boolean }> {
  const result = await walk.querier.askFirst(walk.servers, domain, 'TXT');
  const node: SpfNode = { domain, via, status: 'undetermined', lookups: 0, voidLookups: 0, terms: [], children: [] };
  if (!result.ok || (result.rcode !== 'NOERROR' && result.rcode !== 'NXDOMAIN')) {
    node.detail = `The TXT records of ${domain} could not be read: ${describeFailure(result)}.`;
    walk.undetermined.push(`${via}: ${describeFailure(result)}`);
    return { node, isVoid: false };
  }
  const txt = result.answers.filter((a) => a.type === 'TXT' && a.text !== undefined);
  const isVoid = result.rcode === 'NXDOMAIN' || txt.length === 0;
  const policies = txt.filter((a) => /^v=spf1(?: |$)/i.test(a.text!));
  if (policies.length === 0) {
    node.status = 'no-record';
    node.detail = result.rcode === 'NXDOMAIN' ? `${domain} does not exist (NXDOMAIN): permerror for include (RFC 7208 §5.2).` : `${domain} has no SPF record: permerror for include (RFC 7208 §5.2).`;
    return { node, isVoid };
  }
  if (policies.length > 1) {
    node.status = 'multiple-records';
    node.detail = `${domain} has ${policies.length} SPF records: permerror (RFC 7208 §4.5).`;
    return { node, isVoid };
  }
  return { node: await visitPolicy(domain, policies[0].text!, via, path, walk), isVoid };
}

async function visitPolicy(domain: string, text: string, via: string, path: string[], walk: Walk): Promise<SpfNode> {
  const node: SpfNode = { domain, via, record: displayOctets(text), status: 'ok', lookups: 0, voidLookups: 0, terms: [], children: [] };
  const parse = parseSpf(text);
  if (!parse.isSpf) {
    node.status = 'no-record';
    node.detail = `The text at ${domain} is not an SPF policy.`;
    return node;
  }
  const mechanisms = effectiveMechanisms(parse.terms);
  const redirect = mechanisms.some((t) => t.name === 'all') ? undefined : parse.terms.find((t) => t.kind === 'modifier' && t.name === 'redirect');
  const querying = [...mechanisms, ...(redirect ? [redirect] : [])].filter((t) => QUERYING.has(t.name));
  node.lookups = querying.length;
  node.terms = querying.map((t) => text.slice(t.start, t.end));
  walk.counted += querying.length;
  const outcomes = await Promise.all(querying.map((term) => visitTerm(domain, text, term, path, walk)));
  for (const outcome of outcomes) {
    if (outcome.isVoid) node.voidLookups++;
    if (outcome.child) node.children.push(outcome.child);
  }
  return node;
}

async function visitTerm(domain: string, text: string, term: SpfTerm, path: string[], walk: Walk): Promise<{ child?: SpfNode; isVoid: boolean }> {
  const written = text.slice(term.start, term.end);
  const spec = term.domainSpec;
  if (spec !== undefined && spec.includes('%')) {
    walk.undetermined.push(`${written}: written with macros, expanded only for a real message`);
    return { isVoid: false };
  }
  const target = ensureAbsolute(spec && spec !== '' ? spec : domain);
  if (term.name === 'include' || term.name === 'redirect') {
    const key = nameKey(target);
    if (path.includes(key)) {
      return { child: { domain: target, via: written, status: 'loop', detail: `${target} was already reached on this path.`, lookups: 0, voidLookups: 0, terms: [], children: [] }, isVoid: false };
    }
    if (walk.counted > FOLLOW_BUDGET) {
      return { child: { domain: target, via: written, status: 'not-followed', detail: 'Not followed: the lookup limit is already exceeded.', lookups: 0, voidLookups: 0, terms: [], children: [] }, isVoid: false };
    }
    const { node, isVoid } = await fetchPolicy(target, written, [...path, key], walk);
    return { child: node, isVoid };
  }
  if (term.name === 'ptr') return { isVoid: false }; // depends on the sender's address
  const type = term.name === 'mx' ? 'MX' : 'A';
  const result = await walk.querier.askFirst(walk.servers, target, type);
  if (!result.ok || (result.rcode !== 'NOERROR' && result.rcode !== 'NXDOMAIN')) {
    walk.undetermined.push(`${written}: ${describeFailure(result)}`);
    return { isVoid: false };
  }
  if (result.rcode === 'NXDOMAIN') return { isVoid: true };
  if (result.answers.some((a) => a.type === type)) return { isVoid: false };
  if (type === 'A') {
    // An IPv6 sender makes the receiver ask for AAAA instead: void only when both are empty.
    const v6 = await walk.querier.askFirst(walk.servers, target, 'AAAA');
    if (v6.ok && v6.answers.some((a) => a.type === 'AAAA')) return { isVoid: false };
  }
  return { isVoid: true };
}

/** The tree as indented lines for the text report and the log. */
export function formatSpfTree(node: SpfNode, indent = ''): string[] {
  const counts = node.lookups > 0 || node.voidLookups > 0 ? ` [${node.lookups} lookup${node.lookups === 1 ? '' : 's'}${node.voidLookups > 0 ? `, ${node.voidLookups} void` : ''}]` : '';
  const head = `${indent}${node.via === 'root' ? node.domain : `${node.via} -> ${node.domain}`}${node.status === 'ok' ? '' : ` (${node.status})`}${counts}`;
  const lines = [head];
  if (node.record) lines.push(`${indent}    "${node.record}"`);
  if (node.detail) lines.push(`${indent}    ${node.detail}`);
  for (const child of node.children) lines.push(...formatSpfTree(child, `${indent}  `));
  return lines;
}
