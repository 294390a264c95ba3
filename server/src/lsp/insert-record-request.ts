// Answers `postmarkZone/insertRecordEdit`: the text edit inserting one record (asked for by a
// client command, e.g. insert DKIM/DMARC record) into the open zone file (or included file), computed by insertRecordEdit
// from the current analysis so it follows the file's style and sits next to related records.
import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { InsertRecordEditParams, InsertRecordEditResult } from '../protocol';
import type { Zone, ZoneRecord } from '../zone/model';
import { isAbsolute, isAtOrBelow, nameProblem, sameName, splitLabels } from '../zone/names';
import { insertRecordEdit } from '../rules/edit/insert-record';
import type { DocumentAnalysis } from './document-analysis';

export function answerInsertRecordEdit(result: DocumentAnalysis | undefined, params: InsertRecordEditParams): InsertRecordEditResult | ResponseError<void> {
  if (!result) return new ResponseError(LSPErrorCodes.RequestFailed, 'The zone is not open or is changing: try again.');
  const { zone } = result.analysis;
  const problem = requestProblem(zone, params);
  if (problem) return new ResponseError(ErrorCodes.InvalidParams, problem);
  // Into the document's own file: the zone's main file, or an included file checked as part of its zone.
  const file = result.locator.mainFile;
  const edit = insertRecordEdit(zone, { owner: params.owner, type: params.type, rdata: params.rdata, near: nearbyRecords(zone, params.owner, params.type) }, file);
  return { version: result.version, edit: { range: result.locator.range(edit.file, edit.start, edit.end), newText: edit.newText } };
}

function requestProblem(zone: Zone, params: InsertRecordEditParams): string | undefined {
  if (!isAbsolute(params.owner)) return `The owner '${params.owner}' must be an absolute name.`;
  const name = nameProblem(params.owner);
  if (name) return name.message;
  if (zone.origin !== '.' && !isAtOrBelow(params.owner, zone.origin)) return `${params.owner} is outside this zone (${zone.origin}).`;
  if (!/^[A-Z][A-Z0-9]*$/.test(params.type)) return `'${params.type}' is not a record type mnemonic.`;
  if (params.rdata.trim() === '' || /[\r\n]/.test(params.rdata)) return 'The record data must be one non-empty line.';
  return undefined;
}

/**
 * Records the new one belongs with: those at the same name, else those of the same type at or
 * below the closest ancestor that has some (DKIM keys next to other keys, then next to TXT records).
 */
export function nearbyRecords(zone: Zone, owner: string, type: string): ZoneRecord[] {
  const same = zone.records.filter((r) => sameName(r.owner.name, owner));
  if (same.length > 0) return same;
  const labels = splitLabels(owner).labels;
  for (let drop = 1; drop <= labels.length; drop++) {
    const ancestor = labels.length === drop ? '.' : `${labels.slice(drop).join('.')}.`;
    if (zone.origin !== '.' && !isAtOrBelow(ancestor, zone.origin)) break;
    const related = zone.records.filter((r) => r.type === type && isAtOrBelow(r.owner.name, ancestor));
    if (related.length > 0) return related;
  }
  return [];
}
