// Parses each zone under test/fixtures/bind with our parser and with named-checkzone, and
// asserts they agree on accept/reject. "Reject" for us: an error-severity zone/* finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analyze';
import { createNodeIncludeReader } from '../../server/src/node-include-reader';
import { NAMED_CHECKZONE, bindAccepts } from '../helpers/named-checkzone';

const dir = join(__dirname, '..', 'fixtures', 'bind');
const files = readdirSync(dir).filter((f) => f.endsWith('.zone')).sort();

function ourVerdict(file: string): { accepted: boolean; errors: string[] } {
  const path = join(dir, file);
  const { findings } = analyze(readFileSync(path, 'utf8'), { file: path, origin: 'example.com.', readInclude: createNodeIncludeReader() });
  const errors = findings.filter((f) => f.severity === 'error' && f.code.startsWith('zone/')).map((f) => `${f.code}: ${f.message}`);
  return { accepted: errors.length === 0, errors };
}

test('fixture names state what BIND does with each file', () => {
  assert.ok(files.length >= 50, `only ${files.length} fixtures`);
  for (const file of files) assert.match(file, /^(good|good-warn|bad)-/);
});

test('our accept/reject agrees with named-checkzone on every fixture', (t) => {
  if (!NAMED_CHECKZONE) {
    t.skip('named-checkzone is not installed (Debian package bind9-utils); .ci/run installs it');
    return;
  }
  const disagreements: string[] = [];
  for (const file of files) {
    const bind = bindAccepts('example.com', join(dir, file));
    const ours = ourVerdict(file);
    assert.equal(bind.accepted, !file.startsWith('bad-'), `${file}: fixture name disagrees with BIND: ${bind.output}`);
    if (bind.accepted !== ours.accepted) {
      disagreements.push(`${file}: BIND ${bind.accepted ? 'accepts' : 'rejects'} (${bind.output.split('\n')[0]}); we ${ours.accepted ? 'accept' : `reject (${ours.errors.join('; ')})`}`);
    }
  }
  t.diagnostic(`agreement with named-checkzone: ${files.length - disagreements.length}/${files.length}`);
  assert.deepEqual(disagreements, []);
});

test('the verdict follows the fixture prefix without BIND too', () => {
  for (const file of files) {
    assert.equal(ourVerdict(file).accepted, !file.startsWith('bad-'), `${file}: ${ourVerdict(file).errors.join('; ')}`);
  }
});
