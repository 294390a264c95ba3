// postmark/dkim-selector-format (hint): a DKIM key that looks like Postmark's (k=rsa, a selector
// ending in `pm` or starting with a timestamp) at a selector of another shape than Postmark's
// `<14-digit timestamp>pm` or legacy `pm`: usually a host copied with a digit or suffix lost.
import type { Span, ZoneRecord } from '../../zone/model';
import type { Finding, Rule } from '../rule';
import { findTag } from '../../mail/tag-list';
import { isPostmarkDkimSelector, usesPostmark } from '../../mail/postmark';
import { nameKey } from '../../zone/names';
import { displayName, findingAt, ownerAnchor } from '../zone/record-helpers';
import { configuredDkimHosts, dkimRecordOf, isPostmarkLikeSelector, splitDkimName } from './dkim-records';
import { perRecordList } from '../memo';

/** RSA keys in TXT records at Postmark-looking selectors of another shape than Postmark's. */
const offShapeKeys = perRecordList((record) => {
  if (record.rdata?.type !== 'TXT') return undefined;
  const split = splitDkimName(record.owner.name);
  if (!split || isPostmarkDkimSelector(split.selector)) return undefined;
  if (!isPostmarkLikeSelector(split.selector) && !/^\d{8}/.test(split.selector)) return undefined;
  const keyType = findTag(dkimRecordOf(record)?.tags ?? [], 'k');
  return keyType?.value.toLowerCase() === 'rsa' ? split : undefined;
}, ['TXT']);

export const dkimSelectorFormat: Rule = {
  code: 'postmark/dkim-selector-format',
  summary: "A Postmark-looking DKIM key at a selector not shaped like Postmark's (<14-digit timestamp>pm).",
  severity: 'hint',
  check(zone, context) {
    if (!usesPostmark(zone, context).uses) return [];
    const configured = new Set(configuredDkimHosts(zone, context).map((host) => nameKey(host.name)));
    const findings: Finding[] = [];
    for (const { record, value: split } of offShapeKeys(zone)) {
      if (configured.has(nameKey(record.owner.name))) continue;
      findings.push(
        findingAt(
          dkimSelectorFormat,
          record.file,
          selectorSpan(record, split.selector),
          `Selector '${split.selector}' at '${displayName(record.owner.name)}' does not have the shape of Postmark's selectors: a 14-digit timestamp ` +
            `followed by 'pm' (like 20231012123456pm), or 'pm' on older domains. If this is Postmark's key, copy the host exactly as Postmark's DNS settings show it.`,
        ),
      );
    }
    return findings;
  },
};

/** The selector label where the owner is written, else the owner anchor. */
function selectorSpan(record: ZoneRecord, selector: string): Span {
  const anchor = ownerAnchor(record);
  const written = record.owner.written;
  if (record.ownerWritten && anchor.start === record.owner.start && written.toLowerCase().startsWith(`${selector.toLowerCase()}.`)) {
    return { start: record.owner.start, end: record.owner.start + selector.length };
  }
  return anchor;
}
