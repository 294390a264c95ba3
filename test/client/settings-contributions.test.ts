// Every setting the server reads (ZoneSettings, server/src/protocol.ts) is contributed by
// package.json under postmarkZone.* with the same default, so VS Code shows it, validates it and
// sends the value the server expects when the user has not set it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/protocol';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const configuration = [manifest.contributes.configuration].flat();
const properties: Record<string, { default?: unknown; minimum?: number }> = Object.assign({}, ...configuration.map((section: { properties: object }) => section.properties));

test('each server setting is contributed with the default the server falls back to', () => {
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const contributed = properties[`${SETTINGS_SECTION}.${key}`];
    assert.ok(contributed, `package.json contributes ${SETTINGS_SECTION}.${key}`);
    assert.deepEqual(contributed.default, value, `${SETTINGS_SECTION}.${key}: default`);
  }
});

test('the limits take 0 for "no limit" and nothing below it', () => {
  for (const key of ['maxProblems', 'maxOutlineItems']) assert.equal(properties[`${SETTINGS_SECTION}.${key}`].minimum, 0, key);
});
