// What a person types when a command asks for a DKIM host and value or a DMARC report address:
// pure checks that say what is wrong, and the record data written from a valid answer.
// Shared by the client commands (input boxes) and the rules (configured values).
import { parseDkimRecord } from '../mail/dkim';
import { isAtOrBelow, nameProblem, splitLabels } from '../zone/names';
import { decodeText, ellipsize } from '../zone/text-value';
import { txtRdata } from './edit/txt-strings';

export type InputCheck = { ok: true; value: string } | { ok: false; message: string };

/** Letters, digits and hyphens, not starting or ending with a hyphen (RFC 6376 §3.1 sub-domain). */
const SELECTOR_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const MAILTO = /^mailto:[^\s;,"\\@]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?:![0-9]+[kmgt]?)?$/i;

/**
 * A pasted TXT value: surrounding blanks dropped, and when it is written as quoted strings
 * (`"k=rsa; " "p=..."`, as copied from a zone file) the strings unquoted and joined.
 */
export function normalizePastedTxt(input: string): string {
  const trimmed = input.trim();
  if (!trimmed.startsWith('"')) return trimmed;
  const strings = [...trimmed.matchAll(/"((?:[^"\\]|\\.)*)"\s*/gy)];
  const consumed = strings.reduce((length, match) => length + match[0].length, 0);
  if (strings.length === 0 || consumed !== trimmed.length) return trimmed;
  return strings.map((match) => decodeText(match[1]).value).join('');
}

/**
 * The DKIM host as an absolute name. Accepts what Postmark shows: `<selector>._domainkey`
 * (relative to `domain`), the full name with or without its final dot, or a bare selector.
 * The name must lie in the zone (`origin`).
 */
export function checkDkimHost(input: string, domain: string, origin: string): InputCheck {
  const host = input.trim();
  if (host === '') return { ok: false, message: 'Enter the DKIM host Postmark shows, like 20231012123456pm._domainkey.' };
  if (/[\s"'();\\]/.test(host) || /^[a-z][a-z0-9+.-]*:\/\//i.test(host)) {
    return { ok: false, message: `'${ellipsize(host, 60)}' is not a host name: enter only the host, like 20231012123456pm._domainkey.` };
  }
  let name: string;
  if (host.endsWith('.')) name = host;
  else if (!host.includes('.')) name = `${host}._domainkey.${domain}`;
  else if (isAtOrBelow(`${host}.`, domain)) name = `${host}.`;
  else name = `${host}.${domain}`;
  const labels = splitLabels(name).labels;
  const keyLabel = labels.findIndex((label) => label.toLowerCase() === '_domainkey');
  if (keyLabel < 1) return { ok: false, message: `'${ellipsize(host, 60)}' is not a DKIM host: it must be <selector>._domainkey, like 20231012123456pm._domainkey.` };
  const bad = labels.slice(0, keyLabel).find((label) => !SELECTOR_LABEL.test(label));
  if (bad !== undefined) return { ok: false, message: `'${ellipsize(bad, 60)}' is not a valid selector: use letters, digits and hyphens (RFC 6376 §3.1).` };
  const problem = nameProblem(name);
  if (problem) return { ok: false, message: problem.message };
  if (!isAtOrBelow(name, origin)) return { ok: false, message: `${name} is outside this zone (${origin}): add it to the zone file of its domain.` };
  return { ok: true, value: name };
}

/** A DKIM key value (`k=rsa; p=...`) that verifiers can use; quotes from a zone file are removed. */
export function checkDkimValue(input: string): InputCheck {
  const value = normalizePastedTxt(input);
  if (value === '') return { ok: false, message: 'Enter the DKIM value Postmark shows, like k=rsa; p=MIGfMA0GCSqGSIb3...' };
  const error = parseDkimRecord(value).problems.find((problem) => problem.severity === 'error');
  if (error) return { ok: false, message: error.message };
  return { ok: true, value };
}

/** Report addresses for `rua`: comma-separated, `mailto:` added where missing. */
export function checkDmarcRua(input: string): InputCheck {
  const parts = input.split(',').map((part) => part.trim());
  if (parts.every((part) => part === '')) {
    return { ok: false, message: 'Enter an address for DMARC reports, like re+abc123@dmarc.postmarkapp.com.' };
  }
  const uris: string[] = [];
  for (const part of parts) {
    if (part === '') return { ok: false, message: 'An address is empty: separate addresses with single commas.' };
    const uri = /^mailto:/i.test(part) ? `mailto:${part.slice(7)}` : `mailto:${part}`;
    if (!MAILTO.test(uri)) return { ok: false, message: `'${ellipsize(part, 60)}' is not an e-mail address (like re+abc123@dmarc.postmarkapp.com; RFC 7489 §6.4 wants mailto: URIs).` };
    uris.push(uri);
  }
  return { ok: true, value: uris.join(',') };
}

/** TXT rdata of a DKIM key record: the value in strings of at most 255 octets. */
export function dkimRecordData(value: string): string {
  return txtRdata(value);
}

/** TXT rdata of a starter DMARC policy (monitoring only) sending aggregate reports to `rua`. */
export function dmarcRecordData(rua: string): string {
  return txtRdata(`v=DMARC1; p=none; rua=${rua}`);
}
