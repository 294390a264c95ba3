// zone/ds-in-apex-glue: a DS record that BIND reads as glue of the apex's NS records, and for
// which it then rejects the zone with "DS record at top of zone", although the record is not at
// the top. BIND's loader (lib/dns/master.c) reads a file as runs of records at one owner; after
// a run with NS records, the records at those NS targets that follow are glue of the run's
// owner, and a DS record among them is checked as if it were at that owner. So
//   @    IN NS ns1
//   ns1  IN A  192.0.2.53
//   ns1  IN DS 12345 13 2 ...
// is rejected, while the same records with another name's record between the apex's and ns1's
// load. Worked out against named-checkzone 9.18 (test/fixtures/bind/*ds-apex-glue*.zone, and
// test/rules/zone/ds-in-apex-glue.test.ts, which runs every case through it): an $INCLUDE
// forgets the run's NS records but not its owner or glue name, an included file starts a run of
// its own, and $GENERATE, $ORIGIN and $TTL lines change nothing.
import type { Zone, ZoneRecord } from '../../zone/model';
import { exactName, nameKey } from '../../zone/names';
import type { Finding, Rule } from '../rule';
import { displayName, findingAt, recordsAt, recordsOfTypes, relatedRecord, typeAnchor } from './record-helpers';

const dsRecords = recordsOfTypes('DS');

export const dsInApexGlue: Rule = {
  code: 'zone/ds-in-apex-glue',
  summary: "A DS record BIND reads as glue of the apex's NS records, rejecting the zone ('DS record at top of zone').",
  severity: 'error',
  check(zone) {
    // Without a zone name there is no apex; most zones have no DS at an apex NS target at all.
    if (zone.origin === '.' && zone.originSource === 'none') return [];
    const apexNs = apexNsByTarget(zone);
    if (!dsRecords(zone).some((record) => apexNs.has(nameKey(record.owner.name)))) return [];
    return readAsBind(zone, apexNs);
  },
};

/**
 * Where BIND's loader is in a file: the run's owner, its NS records (by target key) and the glue
 * name being read. Runs end where the owner's spelling changes: the loader compares names with
 * case (dns_name_caseequal), so `Example.com.` after `@` starts a new run (exactName).
 */
interface LoaderState {
  current: string | undefined;
  /** nameKey of current: whether the run is at the apex is asked without case. */
  currentKey: string | undefined;
  ns: Map<string, ZoneRecord>;
  glue: string | undefined;
}

/** Follows BIND's loader through the records in reading order and reports each DS it reads as apex glue. */
function readAsBind(zone: Zone, apexNs: ReadonlyMap<string, ZoneRecord>): Finding[] {
  const apex = nameKey(zone.origin);
  const includes = includeStarts(zone);
  const findings: Finding[] = [];
  // An $INCLUDE commits what was read (the run's NS records are forgotten) but keeps the current
  // and glue names, which the loader goes on with after the included file; the included file
  // starts a run of its own. Files being read, innermost last, with their state:
  const parents: Array<{ file: string; state: LoaderState }> = [];
  let file = zone.mainFile;
  let state: LoaderState = { current: undefined, currentKey: undefined, ns: new Map(), glue: undefined };
  const lastStart = new Map<string, number>();
  for (const record of zone.records) {
    // $GENERATE's records do not go through the runs.
    if (record.generatedBy) continue;
    if (record.file !== file) {
      let back = parents.length - 1;
      while (back >= 0 && parents[back].file !== record.file) back--;
      if (back >= 0) {
        state = parents[back].state;
        parents.length = back;
      } else {
        parents.push({ file, state: { ...state, ns: new Map() } });
        state = { current: undefined, currentKey: undefined, ns: new Map(), glue: undefined };
      }
      file = record.file;
    }
    const last = lastStart.get(file) ?? -1;
    if (includes.some((at) => at.file === file && at.start > last && at.start < record.start)) state.ns = new Map();
    lastStart.set(file, record.start);

    const exact = exactName(record.owner.name);
    const key = nameKey(record.owner.name);
    if (state.glue !== undefined && exact !== state.glue) state.glue = undefined;
    if (state.glue === undefined && exact !== state.current) {
      if (state.ns.has(key)) {
        state.glue = exact;
      } else {
        state.current = exact;
        state.currentKey = key;
        state.ns = new Map();
      }
    }
    if (state.glue === undefined && record.rdata?.type === 'NS') {
      const target = nameKey(record.rdata.target.name);
      if (!state.ns.has(target)) state.ns.set(target, record);
    }
    if (record.type === 'DS' && state.glue !== undefined && state.currentKey === apex) {
      const ns = apexNs.get(key);
      findings.push(
        findingAt(dsInApexGlue, record.file, typeAnchor(record), message(record), {
          related: ns ? [relatedRecord(ns, `The apex NS record naming '${displayName(record.owner.name)}'`)] : [],
        }),
      );
    }
  }
  return findings;
}

function message(record: ZoneRecord): string {
  return (
    `BIND rejects the zone here with "DS record at top of zone": '${displayName(record.owner.name)}' is one of the zone's name servers, and BIND reads ` +
    `the records at it that come right after the apex's records as their glue, so it takes this DS for one at the apex. A DS record belongs at a ` +
    `delegation, a name with NS records of its own (RFC 4035 §2.4); if this is one, put a record of another name between the apex's records and it.`
  );
}

/** The apex's NS records by their target's key (the first for each). */
function apexNsByTarget(zone: Zone): Map<string, ZoneRecord> {
  const byTarget = new Map<string, ZoneRecord>();
  for (const record of recordsAt(zone, zone.origin)) {
    if (record.rdata?.type !== 'NS') continue;
    const target = nameKey(record.rdata.target.name);
    if (!byTarget.has(target)) byTarget.set(target, record);
  }
  return byTarget;
}

function includeStarts(zone: Zone): Array<{ file: string; start: number }> {
  return zone.directives.filter((directive) => directive.name === '$INCLUDE').map(({ file, start }) => ({ file, start }));
}
