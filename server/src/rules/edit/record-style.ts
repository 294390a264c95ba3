// How a zone file writes its records, read from the records near a place: relative or absolute
// owners, whether TTL and class are written (and in which order), and where each column starts
// (aligned columns, or a fixed separator such as one space or one tab).
import type { Span, Zone, ZoneRecord } from '../../zone/model';
import { advanceColumn, visualColumn } from './line-edits';

export type Slot = 'ttl' | 'class' | 'type' | 'rdata';

/** Pad to a column (with tabs when the file pads with tabs), or write a fixed separator. */
export type SlotLayout = { column: number; tabs: boolean } | { separator: string };

export interface RecordStyle {
  relativeOwners: boolean;
  /** The TTL text to write (as the neighbours write it), or undefined to leave TTLs out. */
  ttl?: string;
  includeClass: boolean;
  classBeforeTtl: boolean;
  layout: Record<Slot, SlotLayout>;
}

const SAMPLE_COUNT = 8;

interface Sample {
  record: ZoneRecord;
  slots: Partial<Record<Slot, { column: number; gap: string }>>;
}

/** The style of `file`'s records (the main file's unless told) nearest to `offset`; `preferred` gives the TTL first. */
export function detectRecordStyle(zone: Zone, offset: number, preferred?: ZoneRecord, file = zone.mainFile): RecordStyle {
  const text = zone.files.find((parsed) => parsed.file === file)?.text ?? '';
  const records = zone.records.filter((r) => r.file === file && !r.generatedBy && r.ownerWritten);
  const written = records.filter((r) => r.owner.end > r.owner.start);
  const relativeCount = written.filter((r) => r.owner.relative).length;
  const samples = records
    .filter((r) => !r.multiline)
    .sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset) || a.start - b.start)
    .slice(0, SAMPLE_COUNT)
    .map((record) => sampleOf(text, record));

  const withTtl = samples.filter((s) => s.record.ttlSpan);
  const ttlSource = preferred?.ttlSpan && preferred.file === file ? preferred : withTtl[0]?.record;
  const both = samples.find((s) => s.record.ttlSpan && s.record.classSpan)?.record;
  return {
    relativeOwners: relativeCount * 2 >= written.length,
    ttl: majority(samples, (s) => s.record.ttlSpan !== undefined) && ttlSource?.ttlSpan ? slice(text, ttlSource.ttlSpan) : undefined,
    includeClass: samples.length === 0 || majority(samples, (s) => s.record.classSpan !== undefined),
    classBeforeTtl: both ? both.classSpan!.start < both.ttlSpan!.start : false,
    layout: {
      ttl: layoutOf(samples, 'ttl'),
      class: layoutOf(samples, 'class'),
      type: layoutOf(samples, 'type'),
      rdata: layoutOf(samples, 'rdata'),
    },
  };
}

/** The padding that moves from `column` to the slot's place. */
export function padding(layout: SlotLayout, column: number): string {
  if ('separator' in layout) return layout.separator;
  if (column >= layout.column) return layout.tabs ? '\t' : ' ';
  if (!layout.tabs) return ' '.repeat(layout.column - column);
  let out = '';
  let col = column;
  while (advanceColumn(col, '\t') <= layout.column) {
    out += '\t';
    col = advanceColumn(col, '\t');
  }
  return out + ' '.repeat(layout.column - col);
}

function sampleOf(text: string, record: ZoneRecord): Sample {
  const spans: Array<[Slot, Span | undefined]> = [
    ['ttl', record.ttlSpan],
    ['class', record.classSpan],
    ['type', record.typeSpan],
    ['rdata', record.fields[0]],
  ];
  const present = spans.filter((entry): entry is [Slot, Span] => entry[1] !== undefined).sort((a, b) => a[1].start - b[1].start);
  const slots: Sample['slots'] = {};
  let previousEnd = record.owner.end;
  for (const [slot, span] of present) {
    slots[slot] = { column: visualColumn(text, span.start), gap: text.slice(previousEnd, span.start) };
    previousEnd = span.end;
  }
  return { record, slots };
}

/**
 * Gaps of one blank or one tab everywhere: the file separates rather than aligns, so use that.
 * Otherwise pad to the column most samples share (the nearest sample breaks ties).
 */
function layoutOf(samples: Sample[], slot: Slot): SlotLayout {
  const seen = samples.map((s) => s.slots[slot]).filter((x): x is { column: number; gap: string } => x !== undefined);
  const all = samples.flatMap((s) => Object.values(s.slots));
  if (seen.length === 0) return { separator: mostCommon(all.map((x) => x.gap).filter(isSingleBlank)) ?? ' ' };
  if (seen.every((x) => isSingleBlank(x.gap) && x.gap === seen[0].gap)) return { separator: seen[0].gap };
  const column = mostCommon(seen.map((x) => x.column))!;
  return { column, tabs: seen.some((x) => x.gap.includes('\t')) };
}

function isSingleBlank(gap: string): boolean {
  return gap === ' ' || gap === '\t';
}

/** The most frequent value; the earliest (nearest) wins a tie. */
function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = counts.get(value)!;
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** More than half, or half with the nearest sample agreeing. */
function majority(samples: Sample[], has: (sample: Sample) => boolean): boolean {
  const count = samples.filter(has).length;
  return count * 2 > samples.length || (count * 2 === samples.length && samples.length > 0 && has(samples[0]));
}

function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
