// Hovers: a record's type (full name and RFC), its class, and TTLs (a record's TTL field or the
// $TTL argument) spelled out in seconds and larger units.
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Span, Zone } from '../zone/model';
import { describeTtl, MAX_TTL, parseTtl } from '../zone/ttl';
import type { FileLocator } from './file-locator';
import { RECORD_CLASSES, RECORD_TYPES } from './record-types';

export function hoverAt(zone: Zone, locator: FileLocator, text: string, offset: number): Hover | undefined {
  const inside = (span: Span | undefined): span is Span => !!span && span.start <= offset && offset < span.end;
  const hover = (span: Span, value: string): Hover => ({
    contents: { kind: MarkupKind.Markdown, value },
    range: locator.range(locator.mainFile, span.start, span.end),
  });

  for (const record of zone.records) {
    if (record.file !== locator.mainFile || offset < record.start || offset >= record.end) continue;
    if (inside(record.typeSpan)) return hover(record.typeSpan, describeType(record.type));
    if (inside(record.ttlSpan)) {
      const written = text.slice(record.ttlSpan.start, record.ttlSpan.end);
      return hover(record.ttlSpan, describeTtlHover(written, record.ttl));
    }
    if (inside(record.classSpan)) {
      const info = RECORD_CLASSES[record.class.toUpperCase()];
      if (info) return hover(record.classSpan, `**${record.class.toUpperCase()}** — ${info.name} class (${info.rfc})`);
    }
  }
  for (const directive of zone.directives) {
    if (directive.file !== locator.mainFile || directive.name !== '$TTL') continue;
    const arg = directive.args[0];
    if (inside(arg)) return hover(arg, describeTtlHover(arg.raw, parseTtl(arg.raw)));
  }
  return undefined;
}

/** `MX` -> "**MX** — mail exchange (RFC 1035 §3.3.9)". */
export function describeType(type: string): string {
  const info = RECORD_TYPES[type.toUpperCase()];
  if (info) return `**${type.toUpperCase()}** — ${info.name} (${info.rfc})`;
  if (/^TYPE\d+$/i.test(type)) return `**${type.toUpperCase()}** — record type ${type.slice(4)} written by number (RFC 3597)`;
  return `**${type}** — record type`;
}

/** `3600` -> "3600 seconds = 1 hour"; `1h30m` -> "1h30m = 5400 seconds = 1 hour 30 minutes". */
export function describeTtlHover(written: string, seconds: number | undefined): string {
  if (seconds === undefined) return `\`${written}\` is not a TTL (seconds, or units like \`1h30m\`)`;
  const plain = `${seconds} second${seconds === 1 ? '' : 's'}`;
  const spelled = describeTtl(seconds);
  let text = written === String(seconds) ? plain : `${written} = ${plain}`;
  if (seconds >= 60) text += ` = ${spelled}`;
  if (seconds > MAX_TTL) text += ` (over the maximum TTL ${MAX_TTL}, RFC 2181 §8)`;
  return text;
}
