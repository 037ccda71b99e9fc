import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { Parsers } from '../src/parsing/parsers.js';

// Creating a dynamic area can fail whatever its arguments (no RMA for the
// area's node or name, no address space, too few free pages for its initial
// size), so the area number XOS_DynamicArea 0 returns needs V tested even
// when every register the module gives it is a constant.

const parsers = Parsers.create();

/** A module whose Init creates a plain area from constants and keeps R1 with `store` (line 26). */
const module = (store: readonly string[], initial = '#0'): string => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  'Title   =       "Test", 0',
  'AreaName =      "Test buffer", 0',
  '        ALIGN',
  '                ^       0, r12',
  'ws_area         #       4',
  'Init    Entry   "r1-r8"',
  '        LDR     r12, [r12]',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  `        MOV     r2, ${initial}`,
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #4*1024*1024',
  '        MOV     r6, #0',
  '        MOV     r7, #-1',
  '        ADR     r8, AreaName',
  '        SWI     XOS_DynamicArea',
  ...store,
  '        EXIT',
  '        END',
  '',
].join('\n');

async function findings(text: string): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: 's/Module' });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

test('XOS_DynamicArea 0 with every argument a constant may still fail: R1 stored untested is PW310, whatever the initial size; STRVC, or EXIT VS first, is clean', async () => {
  for (const initial of ['#0', '#&10000']) assert.deepEqual(await findings(module(['        STR     r1, ws_area'], initial)), ['PW310@26'], initial);
  assert.deepEqual(await findings(module(['        STRVC   r1, ws_area'])), []);
  assert.deepEqual(await findings(module(['        EXIT    VS', '        STR     r1, ws_area'])), []);
});

/** A module whose Init completes the flags in R4 with `BL AddFlags` before creating an area whose PostGrow reads its page block (line 36 + the lines of AddFlags). */
const flagsByCall = (addFlags: readonly string[]): string => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  'Title   =       "Test", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  '        MOV     r4, #0',
  '        BL      AddFlags',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, [r12]',
  '        EXIT',
  'AddFlags ROUT',
  ...addFlags,
  '        MOV     pc, lr',
  'Handler ROUT',
  '        TEQ     r0, #1',
  '        BEQ     PostGrow',
  '        CMP     r0, #4',
  '        MOVLO   pc, lr',
  '        MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr',
  'PostGrow',
  '        LDR     r10, [r1, #8]',
  '        STR     r10, [r12]',
  '        CLRV',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

test('flags a BL\'d routine completes are the area\'s: bit 8 ORRed in there gives PostGrow its page block; a routine the scan cannot follow leaves them unknown', async () => {
  assert.deepEqual(await findings(flagsByCall(['        ORR     r4, r4, #(1:SHL:8) :OR: (1:SHL:7)'])), []);
  assert.deepEqual(await findings(flagsByCall(['        ORR     r4, r4, #1:SHL:7'])), ['PW307@37']);
  assert.deepEqual(await findings(flagsByCall(['        TEQ     r4, #0', '        ORREQ   r4, r4, #1:SHL:7', '        MOVEQ   pc, lr', '        ORR     r4, r4, #1:SHL:8'])), []);
});

/**
 * A module whose Init takes one of two paths, `taken` after a BEQ and
 * `fallen` on the way past it, to one XOS_DynamicArea 0 (`create`) whose R4
 * and R6 the lines before the BEQ (`before`) and the paths set, two lines
 * and one: Handler's PostGrow reads its page block at line 39, Bad returns
 * with R1 corrupted at line 46.
 */
const twoPaths = (before: readonly string[], fallen: readonly string[]): string => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  'Title   =       "Test", 0',
  '        ALIGN',
  'Init    Entry   "r1-r8"',
  '        LDR     r12, [r12]',
  '        LDR     r0, [r12, #4]',
  ...before,
  '        TEQ     r0, #0',
  '        BEQ     create',
  ...fallen,
  'create',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r5, #&100000',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, [r12]',
  '        EXIT',
  'Handler ROUT',
  '        TEQ     r0, #1',
  '        BEQ     PostGrow',
  '        CMP     r0, #4',
  '        MOVLO   pc, lr',
  '        MOV     r0, #0',
  '        SETV',
  '        MOV     pc, lr',
  'PostGrow',
  '        LDR     r10, [r1, #8]',
  '        STR     r10, [r12]',
  '        CLRV',
  '        MOV     pc, lr',
  'Bad     ROUT',
  '        MOV     r1, #0',
  '        CLRV',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

test('flags two paths give one OS_DynamicArea 0 are judged on each path: bit 8 set only on the way past a BEQ leaves the branch\'s area without a page block (PW307)', async () => {
  const handler = '        ADR     r6, Handler';
  assert.deepEqual(await findings(twoPaths(['        MOV     r4, #0', handler], ['        MOV     r4, #1:SHL:8'])), ['PW307@39']);
  assert.deepEqual(await findings(twoPaths(['        MOV     r4, #1:SHL:8', handler], ['        MOV     r4, #0'])), ['PW307@39']);
  assert.deepEqual(await findings(twoPaths(['        MOV     r4, #1:SHL:8', handler], ['        ORR     r4, r4, #1:SHL:7'])), []);
});

test('handlers two paths give one OS_DynamicArea 0 are each analysed as a handler: the one the branch passes, corrupting R1, is PW304; two sound handlers are clean', async () => {
  const bits = '        MOV     r4, #1:SHL:8';
  assert.deepEqual(await findings(twoPaths([bits, '        ADR     r6, Bad'], ['        ADR     r6, Handler'])), ['PW304@46']);
  assert.deepEqual(await findings(twoPaths([bits, '        ADR     r6, Handler'], ['        ADR     r6, Bad'])), ['PW304@46']);
  assert.deepEqual(await findings(twoPaths([bits, '        ADR     r6, Handler'], ['        ADR     r6, Handler'])), []);
});

/** A module whose Init keeps its handler's address in a workspace word across `between` before creating the area; its PreShrink permits 4K more than asked (PW308 at line 31 + the lines of `between`). */
const handlerKept = (between: readonly string[]): string => [
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  'Title   =       "Test", 0',
  '        ALIGN',
  'Init    STMFD   sp!, {r1-r8, lr}',
  '        LDR     r12, [r12]',
  '        ADR     r6, Handler',
  '        STR     r6, [r12, #4]',
  ...between.map((l) => `        ${l}`),
  '        LDR     r6, [r12, #4]',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #16 * 4096',
  '        MOV     r7, r12',
  '        ADR     r8, Title',
  '        SWI     XOS_DynamicArea',
  '        LDMFD   sp!, {r1-r8, pc}',
  'Handler ROUT',
  '        CMP     r0, #2',
  '        BEQ     PreShrink',
  '        CMP     r0, #0                  ; clears V',
  '        MOV     pc, lr',
  'PreShrink ROUT',
  '        ADD     r3, r3, #4096',
  '        CMP     r0, #0                  ; clears V',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

test('a handler address kept in workspace across a SWI that writes nothing the module owns is the area\'s handler; across one given a pointer into the workspace it is not known', async () => {
  const kept = [['SWI     XOS_ReadMonotonicTime'], ['MOV     r0, #8', 'SWI     XOS_Memory'], ['SWI     XOS_ReadMemMapInfo']];
  for (const between of kept) assert.deepEqual(await findings(handlerKept(between)), [`PW308@${31 + between.length}`], between.join(' / '));
  // OS_Memory 0 fills the page block at R1, here in the workspace: the handler's address may have been overwritten.
  assert.deepEqual(await findings(handlerKept(['MOV     r0, #&2200', 'ADD     r1, r12, #8', 'MOV     r2, #1', 'SWI     XOS_Memory'])), []);
});
