// Outline: one symbol per owner name (in order of first appearance in the main file), its
// records as children (name = type, detail = rdata as written). Records from $INCLUDE'd files
// and $GENERATE expansions are left out: they have no text of their own in this document.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Zone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';
import type { FileLocator } from './file-locator';

const DETAIL_LIMIT = 80;

export function documentSymbols(zone: Zone, locator: FileLocator): DocumentSymbol[] {
  const groups = new Map<string, ZoneRecord[]>();
  for (const record of zone.records) {
    if (record.file !== locator.mainFile || record.generatedBy) continue;
    const key = nameKey(record.owner.name);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(record);
  }
  const symbols: DocumentSymbol[] = [];
  for (const records of groups.values()) {
    const first = records[0];
    const start = records.reduce((min, r) => Math.min(min, r.start), first.start);
    const end = records.reduce((max, r) => Math.max(max, r.end), first.end);
    const named = records.find((r) => r.ownerWritten && r.owner.end > r.owner.start);
    const selection = named ? named.owner : { start: first.start, end: first.start };
    symbols.push({
      name: first.owner.name,
      kind: SymbolKind.Namespace,
      range: locator.range(locator.mainFile, start, end),
      selectionRange: locator.range(locator.mainFile, selection.start, selection.end),
      children: records.map((record) => recordSymbol(record, locator)),
    });
  }
  return symbols;
}

function recordSymbol(record: ZoneRecord, locator: FileLocator): DocumentSymbol {
  const symbol: DocumentSymbol = {
    name: record.type,
    kind: SymbolKind.Field,
    range: locator.range(locator.mainFile, record.start, record.end),
    selectionRange: locator.range(locator.mainFile, record.typeSpan.start, record.typeSpan.end),
  };
  const detail = rdataText(record);
  if (detail !== '') symbol.detail = detail;
  return symbol;
}

/** The rdata fields as written, on one line, shortened for the outline. */
export function rdataText(record: Pick<ZoneRecord, 'fields'>): string {
  const text = record.fields.map((f) => (f.quoted ? `"${f.raw}"` : f.raw)).join(' ');
  return text.length > DETAIL_LIMIT ? `${text.slice(0, DETAIL_LIMIT - 1)}…` : text;
}
