// SVCB and HTTPS rdata (RFC 9460): priority, target name (BIND also takes it quoted) and
// SvcParams; `key="value"` is one param although the lexer splits it at the quote. Checks
// across params (duplicates, mandatory keys, no-default-alpn) are in svcb-params.ts.
import type { Field, Rdata, RdataContext, RdataParser, Span } from './context';
import { checkFieldCount, readName, readNumber } from './fields';
import { type SvcParam, paramSetProblems, parseSvcParam } from './svcb-params';

interface WrittenParam extends Span {
  text: string;
}

export function svcbParser(type: 'SVCB' | 'HTTPS'): RdataParser {
  return (fields, ctx, whole): Rdata | undefined => {
    if (checkFieldCount(fields, ctx, whole, type, ['priority', 'target'], true) === 'missing') return undefined;
    const priority = readNumber(fields[0], ctx, 16, `${type} priority`);
    const target = readName(fields[1], ctx, `${type} target`, true);
    const params = readParams(fields.slice(2), ctx);
    if (priority === undefined || !target || !params) return undefined;
    return { type, priority, target, params: params.map(({ key, value }) => (value === undefined ? { key } : { key, value })) };
  };
}

function readParams(fields: Field[], ctx: RdataContext): SvcParam[] | undefined {
  let ok = true;
  const params: Array<SvcParam & Span> = [];
  for (const written of joinQuotedValues(fields, ctx)) {
    if (!written) {
      ok = false;
      continue;
    }
    const param = parseSvcParam(written.text);
    if (typeof param === 'string') {
      ctx.report('zone/invalid-rdata', written, param);
      ok = false;
    } else {
      params.push({ ...param, start: written.start, end: written.end });
    }
  }
  return ok && checkParamSet(params, ctx) ? params : undefined;
}

/** `alpn=` directly followed by `"h2,h3"` is one param; a quoted field anywhere else is an error (undefined). */
function joinQuotedValues(fields: Field[], ctx: RdataContext): Array<WrittenParam | undefined> {
  const written: Array<WrittenParam | undefined> = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const next = fields[i + 1];
    if (field.quoted) {
      ctx.report('zone/invalid-rdata', field, 'A SvcParam is written key=value; a quoted value must directly follow "key=".');
      written.push(undefined);
    } else if (field.raw.endsWith('=') && next?.quoted && next.start === field.end) {
      written.push({ text: field.raw + next.raw, start: field.start, end: next.end });
      i++;
    } else {
      written.push({ text: field.raw, start: field.start, end: field.end });
    }
  }
  return written;
}

function checkParamSet(params: Array<SvcParam & Span>, ctx: RdataContext): boolean {
  const problems = paramSetProblems(params);
  for (const { index, message } of problems) ctx.report('zone/invalid-rdata', params[index], message);
  return problems.length === 0;
}
