import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHECKS, findCheck } from '../src/index.js';

const docs = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'checks.md'), 'utf8');

test('codes and slugs are unique and well-formed', () => {
  assert.equal(new Set(CHECKS.map((c) => c.code)).size, CHECKS.length);
  assert.equal(new Set(CHECKS.map((c) => c.slug)).size, CHECKS.length);
  for (const check of CHECKS) {
    assert.match(check.code, /^PW[1-9]\d\d$/);
    assert.match(check.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  }
});

test('the public contract: the codes of spec/checks.md with their slugs and severities', () => {
  const expected: [string, string, string][] = [
    ['PW100', 'syntax-error', 'error'], ['PW101', 'unknown-service', 'error'], ['PW102', 'undefined-symbol', 'error'],
    ['PW103', 'unresolved-include', 'warning'], ['PW201', 'must-be-zero', 'error'], ['PW202', 'bad-flag-combination', 'error'],
    ['PW210', 'unchecked-error-value', 'error'], ['PW211', 'unchecked-zero-failure', 'error'], ['PW220', 'lost-physical-page', 'error'],
    ['PW221', 'leaked-memory-handle', 'warning'], ['PW222', 'handle-misuse', 'error'], ['PW230', 'clobbered-by-call', 'error'],
    ['PW231', 'stack-imbalance', 'error'], ['PW240', 'address-for-page-number', 'warning'], ['PW250', 'wrong-argument-count', 'error'],
    ['PW301', 'page-block-partial', 'error'], ['PW302', 'page-block-bad-entry', 'error'], ['PW303', 'r0-exit-contract', 'error'],
    ['PW304', 'register-not-preserved', 'error'], ['PW305', 'bad-error-return', 'error'], ['PW306', 'reserved-page-without-resv', 'error'],
    ['PW307', 'null-page-block', 'error'], ['PW308', 'preshrink-over-permit', 'error'], ['PW309', 'resize-inside-handler', 'error'],
    ['PW310', 'unchecked-v-flag', 'error'], ['PW311', 'non-x-swi-in-handler', 'warning'], ['PW312', 'unbounded-reason-dispatch', 'error'],
    ['PW313', 'bad-area-flags', 'error'], ['PW900', 'analysis-incomplete', 'info'],
  ];
  assert.deepEqual(CHECKS.map((c) => [c.code, c.slug, c.severity]), expected);
});

test('findCheck finds by code or slug, in any case', () => {
  assert.equal(findCheck('pw210')?.slug, 'unchecked-error-value');
  assert.equal(findCheck('Lost-Physical-Page')?.code, 'PW220');
  assert.equal(findCheck('PW999'), undefined);
});

test('docs/checks.md lists every code with its slug and severity', () => {
  for (const check of CHECKS) {
    assert.ok(docs.includes(`| ${check.code} | ${check.slug} | ${check.severity} |`), `${check.code} missing from docs/checks.md`);
  }
});

test('the severity setting of package.json takes every slug, as it takes every code', () => {
  const manifest = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { propertyNames: { anyOf: { enum?: string[] }[] } }> } };
  };
  const slugs = manifest.contributes.configuration.properties['pagewarden.severity']?.propertyNames.anyOf.flatMap((names) => names.enum ?? []);
  assert.deepEqual(slugs, CHECKS.map((c) => c.slug));
});
