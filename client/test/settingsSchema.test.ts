import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchemaObject } from 'ajv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, AnySchemaObject & { default?: unknown }> } };
};
const properties = manifest.contributes.configuration.properties;

// VS Code's settings keywords are declared so that strict mode still catches typos.
const ajv = new Ajv({ strict: true });
ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'scope']);

test('every setting is under pagewarden., described, and has a default its own schema accepts', () => {
  for (const [name, schema] of Object.entries(properties)) {
    assert.match(name, /^pagewarden\./);
    assert.ok(schema.description ?? schema.markdownDescription, `${name} has no description`);
    assert.ok('default' in schema, `${name} has no default`);
    assert.ok(ajv.validate(schema, schema.default), `${name}: ${ajv.errorsText()}`);
  }
});

test('severity overrides take PW codes or slugs and the four levels only', () => {
  const severity = properties['pagewarden.severity'];
  assert.ok(severity);
  assert.ok(ajv.validate(severity, { PW100: 'off', PW311: 'info', PW221: 'error', PW900: 'warning' }));
  assert.ok(ajv.validate(severity, { 'non-x-swi-in-handler': 'off', 'leaked-memory-handle': 'error' }));
  for (const bad of [{ PW31: 'off' }, { pw311: 'off' }, { PW311: 'hint' }, { PW3110: 'off' }, { 'non-x-swi': 'off' }, { 'non-x-swi-in-handler': 'loud' }]) {
    assert.ok(!ajv.validate(severity, bad), JSON.stringify(bad));
  }
});
