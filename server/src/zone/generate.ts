// BIND's $GENERATE templates: `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`.
// In lhs and rhs, `$` is the iterator, `${offset[,width[,base]]}` formats it (base d, o, x, X,
// n, N: nibbles), `\$` is a literal dollar. Pure string work; the parser builds the records.

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

export function parseGenerateRange(text: string): GenerateRange | string {
  // As BIND reads it (sscanf "%u-%u/%u"): a '+' may lead a number, and text after the last one is ignored.
  const match = /^\+?(\d+)-\+?(\d+)(\/(?:\+?(\d+))?)?/.exec(text);
  if (!match || (match[3] !== undefined && match[4] === undefined)) return `'${text}' is not a $GENERATE range (start-stop or start-stop/step).`;
  const [start, stop, step] = [Number(match[1]), Number(match[2]), match[4] === undefined ? 1 : Number(match[4])];
  if (start > stop) return `The range start ${start} is greater than its stop ${stop}.`;
  if (step < 1) return 'The range step must be at least 1.';
  if (stop > 0x7fffffff) return `The range stop ${stop} is too large.`;
  return { start, stop, step };
}

/** Substitutes the iterator into a template; returns an error message for a malformed `${...}`. */
export function expandTemplate(template: string, value: number): string | { error: string } {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    if (ch === '\\' && i + 1 < template.length) {
      if (template[i + 1] === '$') {
        out += '$';
      } else {
        out += ch + template[i + 1];
      }
      i++;
    } else if (ch === '$' && template[i + 1] === '{') {
      const close = template.indexOf('}', i);
      if (close < 0) return { error: `Unclosed '\${' in '${template}'.` };
      const spec = /^([+-]?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(template.slice(i + 2, close));
      if (!spec) return { error: `Bad modifier '${template.slice(i, close + 1)}': use \${offset,width,base}.` };
      out += formatValue(value + Number(spec[1]), Number(spec[2] ?? 0), spec[3] ?? 'd');
      i = close;
    } else if (ch === '$') {
      if (template[i + 1] === '$') {
        out += '$';
        i++;
      } else {
        out += String(value);
      }
    } else {
      out += ch;
    }
  }
  return out;
}

function formatValue(value: number, width: number, base: string): string {
  if (base === 'n' || base === 'N') {
    // Nibble format for ip6.arpa names: reversed hex digits separated by dots.
    let hex = value.toString(16).padStart(width > 0 ? Math.ceil(width / 2) : 1, '0');
    if (base === 'N') hex = hex.toUpperCase();
    return hex.split('').reverse().join('.');
  }
  const radix = base === 'o' ? 8 : base === 'x' || base === 'X' ? 16 : 10;
  let text = Math.abs(value).toString(radix);
  if (base === 'X') text = text.toUpperCase();
  text = text.padStart(width, '0');
  return value < 0 ? `-${text}` : text;
}
