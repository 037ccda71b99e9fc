import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The code an ObjAsm handler's TEQ dispatch sends PreGrow to is an entry of
// that reason: `check` reports its findings there, once, and `run` replays
// them from it.

const folder = tempDir('pw-reason-entries-');

/** A module whose area (no flag bit 8) has a handler dispatching PreGrow, which reads through R1 at line 14. */
function module(): string {
  const file = join(folder, 'area.s');
  writeFileSync(file, [
    '        AREA    |M|, CODE, READONLY', 'Init    ROUT', '        MOV     r0, #0', '        MOV     r4, #0', '        ADR     r6, Handler', '        SWI     XOS_DynamicArea', '        MOV     pc, lr',
    'Handler ROUT', '        TEQ     r0, #0', '        BEQ     PreGrow', '        CMP     r0, #0', '        MOV     pc, lr',
    'PreGrow ROUT', '        LDR     r2, [r1]', '        CMP     r0, #0', '        MOV     pc, lr', '        END', '',
  ].join('\n'));
  return file;
}

interface JsonFinding { readonly code: string; readonly line: number; readonly replay?: { readonly entry: string; readonly witness: Record<string, string> } }
const check = (file: string): JsonFinding[] => (JSON.parse(runCli(['check', '--format', 'json', file]).stdout) as { findings: JsonFinding[] }).findings;

test('check: a PreGrow reached by the handler\'s dispatch reports its PW307 as its own entry, once; run replays it from there', () => {
  const file = module();
  const found = check(file);
  assert.deepEqual(found.map((f) => [f.code, f.line, f.replay?.entry]), [['PW307', 14, 'PreGrow']]);
  const run = runCli(['run', file, '--entry', 'PreGrow', '--witness', JSON.stringify(found[0]?.replay?.witness)]);
  assert.match(run.stdout, /^ {2}14:9 PW307 This handler reads through R1/m);
});
