// Command-line parsing against a declared option table: `--name VALUE`, `--name=VALUE`, flags,
// `--` to end options. Bad usage becomes a UsageError with a one-line message (exit code 2).

export class UsageError extends Error {}

export interface OptionSpec {
  /** Long name without dashes, e.g. `origin`. */
  name: string;
  /** One-letter alias without the dash, e.g. `o`. */
  short?: string;
  /** Placeholder shown in help when the option takes a value, e.g. `NAME`; absent for flags. */
  value?: string;
  /** The only accepted values, when the set is closed (checked here, so commands need not). */
  choices?: readonly string[];
  /** May be given several times; every value is kept in `lists`. */
  repeatable?: boolean;
  description: string;
}

export interface ParsedArgs {
  /** Option values by long name; flags are `true`. A repeated option keeps the last value. */
  options: Map<string, string | true>;
  /** Every value of repeatable options, in order. */
  lists: Map<string, string[]>;
  positionals: string[];
}

/**
 * With `stopAtPositional`, the first positional and everything after it are returned untouched
 * (used to read global options before the command name).
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], { stopAtPositional = false } = {}): ParsedArgs {
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (stopAtPositional) {
        positionals.push(...argv.slice(i));
        break;
      }
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const written = equals >= 0 ? arg.slice(0, equals) : arg;
    const spec = findSpec(written, specs);
    if (!spec) throw new UsageError(`unknown option '${written}'`);
    if (spec.value === undefined) {
      if (equals >= 0) throw new UsageError(`option '--${spec.name}' takes no value`);
      options.set(spec.name, true);
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`option '--${spec.name}' needs a value (${spec.value})`);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`unknown value '${value}' for --${spec.name} (expected ${listChoices(spec.choices)})`);
    }
    options.set(spec.name, value);
    if (spec.repeatable) lists.set(spec.name, [...(lists.get(spec.name) ?? []), value]);
  }
  return { options, lists, positionals };
}

function findSpec(written: string, specs: readonly OptionSpec[]): OptionSpec | undefined {
  if (written.startsWith('--')) return specs.find((s) => s.name === written.slice(2));
  if (written.length === 2) return specs.find((s) => s.short === written.slice(1));
  return undefined;
}

/** `text, json or sarif`. */
export function listChoices(choices: readonly string[]): string {
  return choices.length < 2 ? choices.join('') : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

/** Help lines for an option table, aligned. */
export function describeOptions(specs: readonly OptionSpec[]): string[] {
  const heads = specs.map((s) => {
    const names = s.short ? `-${s.short}, --${s.name}` : `    --${s.name}`;
    const value = s.choices ? ` ${s.choices.join('|')}` : s.value ? ` ${s.value}` : '';
    return `  ${names}${value}`;
  });
  const width = Math.max(...heads.map((h) => h.length)) + 2;
  return specs.map((s, i) => heads[i].padEnd(width) + s.description);
}
