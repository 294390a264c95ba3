// zone/missing-trailing-dot: a relative name in rdata that was surely meant as a full domain
// (`pm.mtasv.net` becomes `pm.mtasv.net.example.com.`). RFC 1035 §5.1 appends the origin to
// any name without a final dot; the fix adds the dot.
import type { NameRef } from '../../zone/model';
import { splitLabels } from '../../zone/names';
import { TYPES_WITH_NAMES, rdataNames } from '../../zone/rdata-names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, recordsOfTypes } from './record-helpers';

/** Common generic TLDs; every two-letter alphabetic label counts as a country-code TLD. */
const KNOWN_TLDS = new Set(
  (
    'com net org edu gov mil int arpa info biz name pro aero asia cat coop jobs mobi museum tel travel xxx ' +
    'app dev page io ai cloud online site website tech store shop blog xyz top club email link live news ' +
    'agency digital network systems services solutions company group global world media design studio ' +
    'host hosting space today support center one africa berlin london nyc tokyo paris amsterdam'
  ).split(' '),
);

export const missingTrailingDot: Rule = {
  code: 'zone/missing-trailing-dot',
  summary: 'A name in record data written without its final dot, so the origin was appended.',
  severity: 'warning',
  scope: 'owner',
  check(zone) {
    const findings: Finding[] = [];
    for (const record of checkedRecords(zone)) {
      for (const ref of rdataNames(record)) {
        const reason = looksAbsolute(ref, record.origin);
        if (!reason) continue;
        const meant = `${ref.written}.`;
        findings.push(
          findingAt(
            missingTrailingDot,
            record.file,
            ref,
            `'${ref.written}' has no trailing dot, so it means '${ref.name}'${reason}. Write '${meant}' if you meant '${displayName(meant)}'.`,
            {
              fixes: [
                {
                  id: 'add-trailing-dot',
                  title: `Add the trailing dot: '${meant}'`,
                  safe: true,
                  isPreferred: true,
                  edits: [{ file: record.file, start: ref.end, end: ref.end, newText: '.' }],
                },
              ],
            },
          ),
        );
      }
    }
    return findings;
  },
};

/** Every type whose rdata holds names is checked. */
const checkedRecords = recordsOfTypes(...TYPES_WITH_NAMES);

/** Why a relative name looks like a full domain (for the message), or undefined. */
function looksAbsolute(ref: NameRef, origin: string): string | undefined {
  if (!ref.relative || ref.written === '@' || origin === '.') return undefined;
  // One label (the usual relative target, `mail`) is neither the zone name again nor name.tld.
  if (!ref.written.includes('.')) return undefined;
  const written = splitLabels(ref.written.toLowerCase()).labels;
  const originLabels = splitLabels(origin.toLowerCase()).labels;
  if (written.length > originLabels.length || (written.length === originLabels.length && originLabels.length > 1)) {
    const tail = written.slice(written.length - originLabels.length);
    if (tail.join('.') === originLabels.join('.')) return ', the zone name twice';
  }
  if (written.length < 2) return undefined;
  const last = written[written.length - 1];
  if (/^[a-z]{2}$/.test(last) || KNOWN_TLDS.has(last)) return `, but '.${last}' is a top-level domain`;
  return undefined;
}
