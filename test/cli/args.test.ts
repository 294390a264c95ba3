// The CLI's option parser: values in both spellings, flags, closed value sets, `--`, and the
// one-line usage errors it raises.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, UsageError, type OptionSpec } from '../../server/src/cli/args';

const specs: OptionSpec[] = [
  { name: 'origin', short: 'o', value: 'NAME', description: 'zone name' },
  { name: 'format', value: 'FORMAT', choices: ['text', 'json'], description: 'output' },
  { name: 'help', short: 'h', description: 'help' },
  { name: 'server', short: 's', value: 'HOST', repeatable: true, description: 'servers' },
];

const parse = (...argv: string[]) => {
  const { options, positionals } = parseArgs(argv, specs);
  return { options: Object.fromEntries(options), positionals };
};

describe('parseArgs', () => {
  const valid: Array<[string[], ReturnType<typeof parse>]> = [
    [['a.zone'], { options: {}, positionals: ['a.zone'] }],
    [['--origin', 'example.com', 'a.zone'], { options: { origin: 'example.com' }, positionals: ['a.zone'] }],
    [['a.zone', '--origin=example.com'], { options: { origin: 'example.com' }, positionals: ['a.zone'] }],
    [['-o', 'example.com', 'a.zone', 'b.zone'], { options: { origin: 'example.com' }, positionals: ['a.zone', 'b.zone'] }],
    [['--format', 'json', '-h'], { options: { format: 'json', help: true }, positionals: [] }],
    [['--', '--odd-name.zone'], { options: {}, positionals: ['--odd-name.zone'] }],
    [['--origin', 'a.', '--origin', 'b.'], { options: { origin: 'b.' }, positionals: [] }],
  ];
  for (const [argv, expected] of valid) {
    test(argv.join(' '), () => assert.deepEqual(parse(...argv), expected));
  }

  const invalid: Array<[string[], string]> = [
    [['--frobnicate'], "unknown option '--frobnicate'"],
    [['-x'], "unknown option '-x'"],
    [['--origin'], "option '--origin' needs a value (NAME)"],
    [['--origin='], "option '--origin' needs a value (NAME)"],
    [['--format', 'xml'], "unknown value 'xml' for --format (expected text or json)"],
    [['--help=yes'], "option '--help' takes no value"],
  ];
  for (const [argv, message] of invalid) {
    test(`rejects ${argv.join(' ')}`, () => assert.throws(() => parse(...argv), (error) => error instanceof UsageError && error.message === message));
  }

  test('a repeatable option keeps every value in order', () => {
    const { options, lists } = parseArgs(['--server', 'a', '-s', 'b', '--server=c', '-o', 'x.'], specs);
    assert.deepEqual(lists.get('server'), ['a', 'b', 'c']);
    assert.equal(options.get('server'), 'c');
    assert.equal(lists.has('origin'), false);
  });

  test('stopAtPositional leaves the command and its arguments untouched', () => {
    const { options, positionals } = parseArgs(['-h', 'check', '--frobnicate'], specs, { stopAtPositional: true });
    assert.deepEqual(Object.fromEntries(options), { help: true });
    assert.deepEqual(positionals, ['check', '--frobnicate']);
  });
});
