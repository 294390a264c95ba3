// schemas/postmark-zone.schema.json and the hand-written checks agree: the same patterns, the same
// keys, and every example in the schema passes parsePostmarkConfig.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as types from '../../server/src/config/config-types';
import { parsePostmarkConfig } from '../../server/src/config/postmark-config';

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'postmark-zone.schema.json'), 'utf8'));
const domain = schema.definitions.domain;
const dkim = schema.definitions.dkim;

test('draft-07, with a description on every property', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [name, value] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      assert.equal(typeof value.description, 'string', `${path}.${name} has a description`);
      walk(value, `${path}.${name}`);
    }
  };
  walk(schema, '');
  walk(domain, 'domain');
  walk(dkim, 'dkim');
});

test('the schema uses the validator patterns', () => {
  assert.equal(schema.properties.domains.propertyNames.pattern, types.DOMAIN_PATTERN);
  assert.equal(schema.properties.severities.propertyNames.pattern, types.CODE_PATTERN);
  assert.deepEqual(schema.properties.severities.additionalProperties.enum, [...types.CONFIG_SEVERITIES]);
  for (const key of ['returnPath', 'tracking']) assert.equal(domain.properties[key].properties.host.pattern, types.HOST_PATTERN, key);
  assert.equal(domain.properties.inbound.properties.host.pattern, types.INBOUND_HOST_PATTERN);
  assert.equal(domain.properties.tracking.properties.target.pattern, types.DOMAIN_PATTERN);
  assert.equal(domain.properties.dmarc.properties.rua.pattern, types.RUA_PATTERN);
  assert.equal(dkim.properties.host.pattern, types.DKIM_HOST_PATTERN);
  assert.deepEqual(dkim.properties.value.allOf, [{ pattern: types.DKIM_TAG_LIST_PATTERN }, { pattern: types.DKIM_KEY_PATTERN }]);
});

test('the schema allows exactly the keys the validator reads', () => {
  assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'domains', 'severities']);
  assert.deepEqual(Object.keys(domain.properties).sort(), ['dkim', 'dmarc', 'inbound', 'returnPath', 'tracking']);
  assert.deepEqual(Object.keys(dkim.properties).sort(), ['host', 'value']);
  for (const node of [schema, domain, dkim, domain.properties.returnPath, domain.properties.tracking, domain.properties.dmarc]) assert.equal(node.additionalProperties, false);
});

test("the schema's examples are valid configuration", () => {
  for (const example of schema.properties.domains.examples) {
    assert.deepEqual(parsePostmarkConfig(JSON.stringify({ domains: example })).problems, []);
  }
  for (const example of schema.properties.severities.examples) {
    assert.deepEqual(parsePostmarkConfig(JSON.stringify({ severities: example })).problems, []);
  }
  const host = (key: string) => domain.properties[key].properties.host.examples as string[];
  for (const value of host('returnPath')) assert.deepEqual(parsePostmarkConfig(JSON.stringify({ domains: { 'example.com': { returnPath: { host: value } } } })).problems, []);
  for (const value of host('inbound')) assert.deepEqual(parsePostmarkConfig(JSON.stringify({ domains: { 'example.com': { inbound: { host: value } } } })).problems, []);
  for (const value of dkim.properties.value.examples) {
    assert.deepEqual(parsePostmarkConfig(JSON.stringify({ domains: { 'example.com': { dkim: { host: dkim.properties.host.examples[0], value } } } })).problems, []);
  }
  const rua = domain.properties.dmarc.properties.rua.examples[0];
  assert.deepEqual(parsePostmarkConfig(JSON.stringify({ domains: { 'example.com': { dmarc: { rua } } } })).problems, []);
});
