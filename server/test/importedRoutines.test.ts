import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson } from './support/runCli.js';

// A module whose PreGrow calls a routine linked in from elsewhere (ObjAsm
// IMPORT, a C function say): analysis steps over the BL as it does over a
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

describe('a BL to an imported routine', () => {
  const root = mkdtempSync(join(tmpdir(), 'pw-imports-'));
  for (const [name, between] of Object.entries({ calls: '        BL      fill_rest               ; entries 1 to R2-1', own: '        NOP' })) {
    mkdirSync(join(root, name, 's'), { recursive: true });
    writeFileSync(join(root, name, 's/Module'), module(between));
  }
  const run = checkJson([root]);
  run.catch(() => undefined);
  const findings = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.includes(`/${variant}/`)).map((f) => `${f.line} ${f.code}`);

  it('is stepped over, and the block it may have filled is no PW301', async () => {
    assert.deepEqual(await findings('calls'), []);
  });

  it('without it, entry 0 alone is PW301 at the return', async () => {
    const lines = module('        NOP').split('\n');
    const ret = lines.findLastIndex((l) => /^\s+MOV\s+pc, lr$/.test(l)) + 1;
    assert.deepEqual(await findings('own'), [`${ret} PW301`]);
  });
});
