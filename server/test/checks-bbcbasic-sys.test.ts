import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// PW313 for the areas a BASIC program creates with SYS "OS_DynamicArea", 0:
// no ARM code runs these calls, so their flags are checked where the SYS is.

const parsers = Parsers.create();

async function found(flags: string, handlerArgument: string, version = DEFAULT_SETTINGS.riscosVersion): Promise<string[]> {
  const text = [
    'DIM code% 64',
    'P% = code%',
    '[ OPT 2',
    '.handler%',
    '        CMP     r0, r0',
    '        MOV     pc, r14',
    ']',
    `flags% = ${flags}`,
    `SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, 8*1024*1024, ${handlerArgument}, -1, "Frames" TO ,area%`,
    'END',
    '',
  ].join('\n');
  const findings = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Frames,fd1', settings: { ...DEFAULT_SETTINGS, riscosVersion: version } });
  return findings.map((f) => `${f.code} ${f.range.start.line} ${f.message}`);
}

test('SYS with flag bit 8 and no handler is PW313 at the SYS; with the handler it is clean', async () => {
  assert.deepEqual(await found('(1 << 7) OR (1 << 8)', '0'), ['PW313 8 OS_DynamicArea 0 sets flag bit 8 (NeedsSpecificPages) with no handler to name the pages']);
  assert.deepEqual(await found('(1 << 7) OR (1 << 8)', 'handler%'), []);
});

test('SYS with a reserved flag bit is PW313 for the target RISC OS', async () => {
  assert.deepEqual(await found('(1 << 7) OR (1 << 16)', '0'), ['PW313 8 OS_DynamicArea 0 with reserved flag bits set in R4 (bits 16-19 and 21-31 are not defined by RISC OS 5.27)']);
  assert.deepEqual(await found('1 << 7', '0'), []);
});

test('SYS giving a sparse area a handler is PW313; a handler the program cannot place proves nothing', async () => {
  assert.deepEqual(await found('1 << 10', 'handler%'), ['PW313 8 OS_DynamicArea 0 gives a handler to a sparse area: the kernel discards it (and the workspace)']);
  assert.deepEqual(await found('1 << 10', '0'), []);
  assert.deepEqual(await found('(1 << 7) OR (1 << 8)', 'unknown%'), []);
});

test('SYS flags given by EVAL of a constant string are read; by EVAL of a string read at run time, not known, they prove nothing', async () => {
  assert.deepEqual(await found('EVAL("&" + "180")', '0'), ['PW313 8 OS_DynamicArea 0 sets flag bit 8 (NeedsSpecificPages) with no handler to name the pages']);
  assert.deepEqual(await found('EVAL("&" + "180")', 'handler%'), []);
  assert.deepEqual(await found('EVAL("&" + "80")', '0'), []);
  assert.deepEqual(await found('EVAL(style$)', '0'), []);
});

test('SYS flags written as powers of two are read', async () => {
  assert.deepEqual(await found('2^7 + 2^8', '0'), ['PW313 8 OS_DynamicArea 0 sets flag bit 8 (NeedsSpecificPages) with no handler to name the pages']);
  assert.deepEqual(await found('2^7 + 2^8', 'handler%'), []);
  assert.deepEqual(await found('2^7', '0'), []);
});
