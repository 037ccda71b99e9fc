import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

// Strict mode rejects unknown keywords, which catches typos in the schema;
// VS Code's own annotation keywords are declared so they pass.
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
const validate = ajv.compile(readJson('client/schemas/scenario.schema.json') as object);

function errorsOf(scenario: unknown): string {
  return validate(scenario) ? '' : ajv.errorsText(validate.errors);
}

/** Where in the scenario the errors are, so a bad example cannot pass by failing for another reason. */
function errorPaths(scenario: unknown): string[] {
  return validate(scenario) ? [] : (validate.errors ?? []).map((e) => e.instancePath);
}

const vmm = { entry: 'Compact_Region', kind: 'vmm-procedure' };
const handler = { entry: 'DynHandler', kind: 'da-handler', riscos: { area: { size: 0, maxSize: 0x400000 } } };

test('package.json associates the schema with .pagewarden/scenarios/*.json', () => {
  const manifest = readJson('package.json') as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
  const entry = manifest.contributes.jsonValidation.find((v) => v.url.endsWith('scenario.schema.json'));
  assert.equal(entry?.fileMatch, '**/.pagewarden/scenarios/*.json');
  assert.ok(existsSync(join(root, entry.url)));
  assert.match(readFileSync(join(root, '.vscodeignore'), 'utf8'), /^!client\/schemas\/\*\.json$/m);
});

test('the example scenarios are valid', () => {
  const folder = 'examples/.pagewarden/scenarios';
  const files = readdirSync(join(root, folder)).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 2);
  for (const file of files) assert.equal(errorsOf(readJson(join(folder, file))), '', file);
});

test('minimal and fully specified scenarios are valid', () => {
  const good: unknown[] = [
    vmm,
    handler,
    { ...handler, reason: 2 },
    { ...handler, reason: 'ResizePMP', riscos: { ...handler.riscos, change: -3 } },
    {
      ...vmm,
      description: 'every field',
      file: 'vxd/FREECACH.ASM',
      windows: {
        version: '98',
        freePhysicalRegion: { pages: 8, present: [] },
        freePages: 0,
        registers: { eax: '0xFFFFFFFF', ebx: -1, ecx: 4294967295, edx: '0X0', esi: 0, edi: '0x1', ebp: '0xdeadbeef' },
      },
      limits: { maxSteps: 1 },
    },
    {
      ...handler,
      reason: 'PreShrink',
      riscos: {
        area: { flags: '&300', size: 8192, maxSize: 65536, needsSpecificPages: false },
        freePool: 0, reservedPages: [1, 2], otherAreaPages: [3], pageSize: 8192, change: -1,
        registers: { r0: 2, r3: '&2000', r12: '0x8000' },
      },
    },
  ];
  for (const scenario of good) assert.equal(errorsOf(scenario), '', JSON.stringify(scenario));
});

test('scenarios that break the schema are refused where they break it', () => {
  // [why, where the error is (a JSON pointer), scenario]
  const bad: [string, string, unknown][] = [
    ['no entry', '', { kind: 'vmm-procedure' }],
    ['no kind', '', { entry: 'X' }],
    ['unknown kind', '/kind', { entry: 'X', kind: 'vxd' }],
    ['blank entry', '/entry', { ...vmm, entry: 'two words' }],
    ['unknown top-level property', '', { ...vmm, extra: 1 }],
    ['reason out of range', '/reason', { ...handler, reason: 7 }],
    ['reason by an unknown name', '/reason', { ...handler, reason: 'Grow' }],
    ['reason for a VMM procedure', '/reason', { ...vmm, reason: 0 }],
    ['RISC OS state for a VMM procedure', '/riscos', { ...vmm, riscos: handler.riscos }],
    ['Windows state for a handler', '/windows', { ...handler, windows: { version: '95' } }],
    ['Windows state without a version', '/windows', { ...vmm, windows: {} }],
    ['unknown Windows version', '/windows/version', { ...vmm, windows: { version: '2000' } }],
    ['region without pages', '/windows/freePhysicalRegion', { ...vmm, windows: { version: '3.1', freePhysicalRegion: { present: [0] } } }],
    ['region page listed twice', '/windows/freePhysicalRegion/present', { ...vmm, windows: { version: '3.1', freePhysicalRegion: { pages: 4, present: [1, 1] } } }],
    ['negative free pages', '/windows/freePages', { ...vmm, windows: { version: '95', freePages: -1 } }],
    ['ESP set by the scenario', '/windows/registers', { ...vmm, windows: { version: '95', registers: { esp: 0 } } }],
    ['register wider than 32 bits', '/windows/registers/eax', { ...vmm, windows: { version: '95', registers: { eax: '0x100000000' } } }],
    ['register in decimal text', '/windows/registers/eax', { ...vmm, windows: { version: '95', registers: { eax: '12' } } }],
    ['handler without an area', '/riscos', { ...handler, riscos: {} }],
    ['area without maxSize', '/riscos/area', { ...handler, riscos: { area: { size: 0 } } }],
    ['area flags as a word too wide', '/riscos/area/flags', { ...handler, riscos: { area: { ...handler.riscos.area, flags: '&123456789' } } }],
    ['zero change', '/riscos/change', { ...handler, riscos: { ...handler.riscos, change: 0 } }],
    ['odd page size', '/riscos/pageSize', { ...handler, riscos: { ...handler.riscos, pageSize: 1000 } }],
    ['negative page number', '/riscos/reservedPages/0', { ...handler, riscos: { ...handler.riscos, reservedPages: [-1] } }],
    ['R13 set by the scenario', '/riscos/registers', { ...handler, riscos: { ...handler.riscos, registers: { r13: 0 } } }],
    ['zero step limit', '/limits/maxSteps', { ...vmm, limits: { maxSteps: 0 } }],
    ['unknown limit', '/limits', { ...vmm, limits: { maxPaths: 10 } }],
  ];
  for (const [why, where, scenario] of bad) assert.ok(errorPaths(scenario).includes(where), `${why}: ${errorsOf(scenario) || 'valid'}`);
});
