import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A PreGrow that calls a routine from outside its source (an ObjAsm
// IMPORT, a C function say; in BASIC a variable that is no label, a block
// DIMmed for other code): analysis steps over the BL as it does over a
// VxD's EXTRN procedure, and since the routine may have written the page
// block, what memory shows of the block at the return proves nothing.

const module = (between: string): string => `        AREA    |Asm$$Code|, CODE, READONLY
        GET     Hdr:ListOpts
        GET     Hdr:Macros
        GET     Hdr:System
        GET     Hdr:ModHand
        GET     Hdr:Proc

        IMPORT  fill_rest

Module_Base
        DCD     0
        DCD     Init - Module_Base
        DCD     0
        DCD     0
        DCD     Title - Module_Base
        DCD     Title - Module_Base
        DCD     0

Title   DCB     "FillRest", 0
        ALIGN

Init    ROUT
        Entry   "r1-r8"
        MOV     r0, #0
        MOV     r1, #-1
        MOV     r2, #0
        MOV     r3, #-1
        MOV     r4, #(1:SHL:8)
        MOV     r5, #16*1024*1024
        ADR     r6, Handler
        MOV     r7, r12
        ADR     r8, Title
        SWI     XOS_DynamicArea
        EXIT

Handler ROUT
        TEQ     r0, #0
        BEQ     PreGrow
        CLRV
        MOV     pc, lr

PreGrow
        Push    "r0-r3, r12, lr"
        MOV     r3, #0
        STR     r3, [r1]                ; entry 0: page 0
${between}
        Pull    "r0-r3, r12, lr"
        CLRV
        MOV     pc, lr

        END
`;

const program = (between: string): string => `REM > FillRest
DIM code% 256
DIM fill_rest% 64
flags% = 1 << 8
FOR pass% = 0 TO 2 STEP 2
P% = code%
[ OPT pass%
.handler%
        CMP     r0, #0
        MOVNE   pc, lr
        STMFD   r13!, {r0-r3, lr}
        MOV     r3, #0
        STR     r3, [r1]
${between}
        LDMFD   r13!, {r0-r3, lr}
        CMN     r0, #0
        MOV     pc, lr
]
NEXT pass%
SYS "OS_DynamicArea", 0, -1, 0, -1, flags%, 1024*1024, handler%, 0, "FillRest" TO ,area%
END
`;

describe('a BL to a routine from outside the source', () => {
  const root = tempDir('pw-imports-');
  for (const [name, between] of Object.entries({ calls: '        BL      fill_rest               ; entries 1 to R2-1', own: '        NOP' })) {
    mkdirSync(join(root, name, 's'), { recursive: true });
    writeFileSync(join(root, name, 's/Module'), module(between));
  }
  for (const [name, between] of Object.entries({ 'basic-calls': '        BL      fill_rest%', 'basic-own': '        MOV     r0, r0' })) {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, 'FillRest.bas'), program(between));
  }
  const run = checkJson([root]);
  run.catch(() => undefined);
  const findings = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.includes(`/${variant}/`)).map((f) => `${f.line} ${f.code}`);

  it('ObjAsm IMPORT: is stepped over, and the block it may have filled is no PW301', async () => {
    assert.deepEqual(await findings('calls'), []);
  });

  it('BBC BASIC variable: is stepped over, and the block it may have filled is no PW301', async () => {
    assert.deepEqual(await findings('basic-calls'), []);
    const lines = program('').split('\n');
    assert.deepEqual(await findings('basic-own'), [`${lines.findLastIndex((l) => /^\s+MOV\s+pc, lr$/.test(l)) + 1} PW301`]);
  });

  it('ObjAsm: without it, entry 0 alone is PW301 at the return', async () => {
    const lines = module('        NOP').split('\n');
    const ret = lines.findLastIndex((l) => /^\s+MOV\s+pc, lr$/.test(l)) + 1;
    assert.deepEqual(await findings('own'), [`${ret} PW301`]);
  });
});
