import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// BASIC V's tokeniser takes a keyword off the front of a word, so most real
// programs write DEFPROCname, FORpass%=0TO2STEP2, NEXTpass%, IFx%THEN: the
// program is analysed as its spaced twin is, with no syntax error.

const parsers = Parsers.create();

const program = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

const UNSPACED = program([
  'DIM code% 256, ws% 16',
  'PROCassemble',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, 1 << 10, FNmaxsize, handler%, ws%, "Sparse" TO ,area%',
  'END',
  '',
  'DEFPROCassemble',
  'LOCALp%',
  'FORpass%=0TO2STEP2',
  'P%=code%',
  '[ OPT pass%',
  '.handler%',
  '        CMP     r0, r0                  \\ clears V',
  '        MOV     pc, r14',
  ']',
  'NEXTpass%',
  'ENDPROC',
  '',
  'DEFFNmaxsize',
  'IFcode%<>0THEN=1<<20',
  '=1<<16',
]);

const SPACED = UNSPACED
  .replace('DEFPROCassemble', 'DEF PROCassemble')
  .replace('LOCALp%', 'LOCAL p%')
  .replace('FORpass%=0TO2STEP2', 'FOR pass%=0 TO 2 STEP 2')
  .replace('NEXTpass%', 'NEXT pass%')
  .replace('DEFFNmaxsize', 'DEF FNmaxsize')
  .replace('IFcode%<>0THEN=1<<20', 'IF code%<>0 THEN =1<<20');

async function findings(text: string): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-bbcbasic', text, file: 'Sparse,fd1', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code} ${f.range.start.line} ${f.message}`);
}

test('keywords written against the next word are no syntax error, and the program is analysed as its spaced twin', async () => {
  const spaced = await findings(SPACED);
  assert.deepEqual(spaced, ['PW313 2 OS_DynamicArea 0 gives a handler to a sparse area: the kernel discards it (and the workspace)']);
  assert.deepEqual(await findings(UNSPACED), spaced);
});
