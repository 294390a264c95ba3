// Checks of single values in postmark-zone.json (domain names, hosts, DKIM values, rua lists):
// each returns why a value is wrong, or undefined. The same patterns are in the JSON schema.
import {
  DKIM_HOST_PATTERN,
  DKIM_KEY_PATTERN,
  DKIM_TAG_LIST_PATTERN,
  DOMAIN_PATTERN,
  HOST_PATTERN,
  INBOUND_HOST_PATTERN,
  MAX_NAME_LENGTH,
  RUA_PATTERN,
} from './config-types';
import { ellipsize } from '../zone/text-value';

const DOMAIN = new RegExp(DOMAIN_PATTERN);
const HOST = new RegExp(HOST_PATTERN);
const INBOUND_HOST = new RegExp(INBOUND_HOST_PATTERN);
const DKIM_HOST = new RegExp(DKIM_HOST_PATTERN);
const DKIM_TAG_LIST = new RegExp(DKIM_TAG_LIST_PATTERN);
const DKIM_KEY = new RegExp(DKIM_KEY_PATTERN);
const RUA = new RegExp(RUA_PATTERN);

export function domainProblem(name: string): string | undefined {
  if (name === '' || name === '.') return 'A domain name cannot be empty.';
  if (name.length > MAX_NAME_LENGTH) return `'${ellipsize(name, 60)}' is longer than ${MAX_NAME_LENGTH} characters.`;
  if (!DOMAIN.test(name)) return `'${ellipsize(name, 60)}' is not a domain name (letters, digits, '-' and '_' in dot-separated labels of at most 63 characters, like 'example.com').`;
  return undefined;
}

/** `what` names the host in messages, e.g. `Return-Path host`; `wildcard` allows `*` as the first label. */
export function hostProblem(host: string, what: string, wildcard = false): string | undefined {
  if (host === '') return `The ${what} cannot be empty (use '@' for the domain itself).`;
  if (host.length > MAX_NAME_LENGTH) return `The ${what} is longer than ${MAX_NAME_LENGTH} characters.`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(host)) return `The ${what} '${ellipsize(host, 60)}' is a URL; write only the host name, like Postmark's DNS settings show it.`;
  if (!(wildcard ? INBOUND_HOST : HOST).test(host)) {
    return `The ${what} '${ellipsize(host, 60)}' is not a host name: write it relative to the domain (like 'pm-bounces'), '@' for the domain itself, or absolute with a final dot.`;
  }
  return undefined;
}

export function dkimHostProblem(host: string): string | undefined {
  const problem = hostProblem(host, 'DKIM host');
  if (problem) return problem;
  if (!DKIM_HOST.test(host)) return `The DKIM host '${ellipsize(host, 60)}' must be '<selector>._domainkey' (like '20231012123456pm._domainkey').`;
  return undefined;
}

export function dkimValueProblem(value: string): string | undefined {
  if (value.trim() === '') return 'The DKIM value cannot be empty: paste the value Postmark shows (k=rsa; p=...).';
  if (value.includes('"')) return 'Paste the DKIM value without quotes (like k=rsa; p=MIGfMA0...): the zone file adds them.';
  if (!DKIM_TAG_LIST.test(value)) return "The DKIM value is not a 'tag=value; tag=value' list (RFC 6376 §3.2), like 'k=rsa; p=MIGfMA0...'.";
  if (!DKIM_KEY.test(value)) return "The DKIM value has no 'p=' tag with a base64 public key.";
  return undefined;
}

export function ruaProblem(rua: string): string | undefined {
  if (!RUA.test(rua)) return `'${ellipsize(rua, 60)}' is not a list of mailto: addresses (like 'mailto:re+abc123@dmarc.postmarkapp.com').`;
  return undefined;
}
