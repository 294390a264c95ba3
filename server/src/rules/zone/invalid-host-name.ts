// zone/invalid-host-name: a name that must be a host name but is not one. BIND's check-names
// (RFC 952, RFC 1123 §2.1: letters, digits and hyphens, a label neither starting nor ending with
// a hyphen) applies to the owners of A, AAAA, MX and WKS records (a leading `*` allowed) and to
// the hosts that MX, NS, SRV, AFSDB and SOA records name, and to PTR targets in reverse zones;
// the mailboxes of SOA and RP records may have any printable ASCII in their first label. named-checkzone only warns ("bad owner name
// (check-names)", "bad name (check-names)"), but named itself refuses to load a primary zone
// with one: `check-names primary fail` is its default. Worked out against named-checkzone 9.18
// and named-checkconf -z (test/rules/zone/invalid-host-name.test.ts runs each case through it).
import type { NameRef, ZoneRecord } from '../../zone/model';
import { isAtOrBelow, splitLabels } from '../../zone/names';
import { decodeText } from '../../zone/text-value';
import { perRecordList } from '../memo';
import type { Rule } from '../rule';
import { displayName, findingAt, isInZone, ownerAnchor } from './record-helpers';

/** The types whose owner (A, AAAA, MX, WKS) or data (the rest) must hold host names. */
const CHECKED_TYPES = ['A', 'AAAA', 'MX', 'WKS', 'NS', 'SRV', 'AFSDB', 'SOA', 'PTR', 'RP'];

interface BadName {
  ref: NameRef;
  /** The owner (not a name in the record's data). */
  owner: boolean;
}

/** The names of each record that break the host name rules, kept across edits (a test per record). */
const badNames = perRecordList((record: ZoneRecord): BadName[] | undefined => {
  const bad: BadName[] = [];
  const type = record.type;
  if ((type === 'A' || type === 'AAAA' || type === 'MX' || type === 'WKS') && !isHostName(record.owner.name, true)) bad.push({ ref: record.owner, owner: true });
  // An address record's rdata is made when asked for (read-record.ts): not asked for here.
  const rdata = type === 'A' || type === 'AAAA' ? undefined : record.rdata;
  if (rdata?.type === 'MX' && !isHostName(rdata.exchange.name, false)) bad.push({ ref: rdata.exchange, owner: false });
  if ((rdata?.type === 'NS' || rdata?.type === 'SRV' || rdata?.type === 'AFSDB') && !isHostName(rdata.target.name, false)) bad.push({ ref: rdata.target, owner: false });
  if (rdata?.type === 'SOA') {
    if (!isHostName(rdata.mname.name, false)) bad.push({ ref: rdata.mname, owner: false });
    if (!isMailbox(rdata.rname.name)) bad.push({ ref: rdata.rname, owner: false });
  }
  if (rdata?.type === 'PTR' && isReverse(record.owner.name) && !isHostName(rdata.target.name, false)) bad.push({ ref: rdata.target, owner: false });
  if (rdata?.type === 'RP' && !isMailbox(rdata.mailbox.name)) bad.push({ ref: rdata.mailbox, owner: false });
  return bad.length > 0 ? bad : undefined;
}, CHECKED_TYPES);

export const invalidHostName: Rule = {
  code: 'zone/invalid-host-name',
  summary: 'A name that must be a host name (letters, digits, hyphens) but is not one, which named refuses by default.',
  severity: 'warning',
  // Each finding depends on the record alone.
  scope: 'owner',
  check(zone) {
    return badNames(zone)
      .filter(({ record }) => isInZone(record, zone))
      .flatMap(({ record, value }) =>
        value.map(({ ref, owner }) => {
          const what = owner ? `'${displayName(ref)}' owns ${article(record.type)} ${record.type} record, so it is a host name` : `'${displayName(ref)}' must be a host name here`;
          return findingAt(
            invalidHostName,
            record.file,
            owner ? ownerAnchor(record) : ref,
            `${what}, and host names take only letters, digits and hyphens, a hyphen neither first nor last in a label (RFC 952, RFC 1123 §2.1). named refuses to load a primary zone with it (check-names is "fail" there by default); named-checkzone warns ("bad ${owner ? 'owner ' : ''}name (check-names)").`,
          );
        }),
      );
  },
};

/** An absolute name of host labels, tested whole: most names pass here without being split. */
const PLAIN_HOST_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*$/;

/** RFC 952/1123 host name; `wildcard`: a first label `*` is allowed (an owner). The root is fine. */
function isHostName(name: string, wildcard: boolean): boolean {
  if (PLAIN_HOST_NAME.test(wildcard && name.startsWith('*.') ? name.slice(2) : name)) return true;
  const { labels } = splitLabels(name);
  return labels.every((label, index) => (wildcard && index === 0 && label === '*') || isHostLabel(label));
}

/** A mailbox name (SOA RNAME, RP mailbox): the first label is the local part, any printable ASCII but a blank; the rest is a host name. */
function isMailbox(name: string): boolean {
  const { labels } = splitLabels(name);
  if (labels.length === 0) return true;
  const local = labels[0].includes('\\') ? decodeText(labels[0]).value : labels[0];
  return /^[\x21-\x7e]*$/.test(local) && labels.slice(1).every(isHostLabel);
}

function isHostLabel(label: string): boolean {
  const text = label.includes('\\') ? decodeText(label).value : label;
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(text);
}

function isReverse(name: string): boolean {
  return isAtOrBelow(name, 'in-addr.arpa.') || isAtOrBelow(name, 'ip6.arpa.');
}

function article(type: string): string {
  return /^[AEIOU]/.test(type) ? 'an' : 'a';
}
