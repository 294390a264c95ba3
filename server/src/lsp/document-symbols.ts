// Outline: one symbol per owner name (in order of first appearance in the main file), its
// records as children (name = type, detail = rdata as written). Records from $INCLUDE'd files
// and $GENERATE expansions are left out: they have no text of their own in this document.
// postmarkZone.maxOutlineItems caps the symbols (owners and records together), as VS Code's JSON
// support caps its outline: a 100k-record zone made 38 MB of symbols per request, and VS Code
// asks again after every edit. Only the symbols sent are made (the owner index gives each name's records).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Zone, ZoneRecord } from '../zone/model';
import { nameKey } from '../zone/names';
import type { FileLocator } from './file-locator';

const DETAIL_LIMIT = 80;

export interface Outline {
  symbols: DocumentSymbol[];
  /** True when maxItems left symbols out. */
  limited: boolean;
}

/** The outline, with at most `maxItems` symbols in all (0: no limit). */
export function outline(zone: Zone, locator: FileLocator, maxItems = 0): Outline {
  const shown = (record: ZoneRecord) => record.file === locator.mainFile && !record.generatedBy;
  const symbols: DocumentSymbol[] = [];
  const seen = new Set<string>();
  let items = 0;
  for (const first of zone.records) {
    if (!shown(first)) continue;
    const key = nameKey(first.owner.name);
    if (seen.has(key)) continue;
    seen.add(key);
    if (maxItems > 0 && items >= maxItems) return { symbols, limited: true };
    const records = (zone.byOwner.get(key) ?? [first]).filter(shown);
    const room = maxItems > 0 ? maxItems - items - 1 : records.length;
    symbols.push(ownerSymbol(records, records.slice(0, room), locator));
    items += 1 + Math.min(room, records.length);
    if (room < records.length) return { symbols, limited: true };
  }
  return { symbols, limited: false };
}

export function documentSymbols(zone: Zone, locator: FileLocator): DocumentSymbol[] {
  return outline(zone, locator).symbols;
}

/** An owner name spanning all of its `records`, with `children` (a prefix of them) under it. */
function ownerSymbol(records: readonly ZoneRecord[], children: readonly ZoneRecord[], locator: FileLocator): DocumentSymbol {
  const first = records[0];
  const start = records.reduce((min, r) => Math.min(min, r.start), first.start);
  const end = records.reduce((max, r) => Math.max(max, r.end), first.end);
  const named = records.find((r) => r.ownerWritten && r.owner.end > r.owner.start);
  const selection = named ? named.owner : { start: first.start, end: first.start };
  return {
    name: first.owner.name,
    kind: SymbolKind.Namespace,
    range: locator.range(locator.mainFile, start, end),
    selectionRange: locator.range(locator.mainFile, selection.start, selection.end),
    children: children.map((record) => recordSymbol(record, locator)),
  };
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
