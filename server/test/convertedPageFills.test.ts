import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// PreGrow fills that take their page numbers from OS_Memory 0: each pass
// converts the logical address of the next page the area wants, through a
// one-entry block in the workspace, and stores the page number the kernel
// filled in. The model cannot work those numbers out (the addresses are
// the workspace's), so each call fills the block with a fresh unknown: a
// loop that converts each page in turn names pages that may all differ and
// is clean; one that converts once, or stores a register it does not
// reload, names one page in every entry, whatever it is: PW302.

const parsers = Parsers.create();

/** The loop's variants: `before` converts before the loop; `body` is the loop's work before the store of R6. */
interface Fill {
  readonly before: readonly string[];
  readonly body: readonly string[];
  readonly step: readonly string[];
}

const CONVERT = ['STR     r7, [r12, #8]           ; the logical address given', 'MOV     r0, #(1 :SHL: 9) :OR: (1 :SHL: 11)', 'ADD     r1, r12, #4',
  'MOV     r2, #1', 'SWI     XOS_Memory', 'BVS     %FT30'];
const EACH: Fill = { before: [], body: [...CONVERT, 'LDR     r6, [r12, #4]           ; the page number'], step: ['ADD     r7, r7, #4096'] };
const FILLS: Readonly<Record<string, Fill>> = {
  each: EACH,
  // The same address every pass: the kernel's answers may be one page, but nothing here says so.
  again: { ...EACH, step: [] },
  once: { before: [...CONVERT, 'LDR     r6, [r12, #4]'], body: [], step: [] },
  register: { before: [...CONVERT, 'LDR     r6, [r12, #4]'], body: [...CONVERT, 'LDR     r5, [r12, #4]           ; reloaded, but not into R6'], step: ['ADD     r7, r7, #4096'] },
};

function objAsm(fill: Fill): string {
  const lines = (ls: readonly string[]) => ls.map((l) => `        ${l}`);
  return [
    '        AREA    |Conv$$Code|, CODE, READONLY',
    'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
    '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
    'Title   =       "Conv", 0', '        ALIGN',
    'Init    STMFD   sp!, {r1-r8, lr}',
    '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1',
    '        MOV     r4, #&100', '        MOV     r5, #16 * 4096', '        ADR     r6, Handler', '        MOV     r7, r12', '        ADR     r8, Title',
    '        SWI     XOS_DynamicArea',
    '        LDMFD   sp!, {r1-r8, pc}',
    'Handler ROUT',
    '        TEQ     r0, #0',
    '        BEQ     PreGrow',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    'PreGrow ROUT',
    '        STMFD   sp!, {r0-r2, r5-r9, lr}',
    '        MOV     r9, r1',
    '        MOVS    r8, r2',
    '        LDR     r7, [r12]               ; logical address of the first page wanted',
    '        BEQ     %FT20',
    ...lines(fill.before),
    '10',
    ...lines(fill.body),
    '        STR     r6, [r9], #12           ; store',
    ...lines(fill.step),
    '        SUBS    r8, r8, #1',
    '        BNE     %BT10',
    '20      LDMFD   sp!, {r0-r2, r5-r9, lr}',
    '        CMP     r0, #0                  ; clears V',
    '        MOV     pc, lr',
    '30      ADD     sp, sp, #4              ; V set, R0 the error',
    '        LDMFD   sp!, {r1-r2, r5-r9, pc}',
    '        END', '',
  ].join('\n');
}

/** The same handler assembled by BBC BASIC, its workspace claimed from the RMA. */
function basic(fill: Fill): string {
  const arm = (ls: readonly string[]) => ls.map((l) => `        ${l.replace(/%FT30/, 'failed').replace('SWI     XOS_Memory', 'SWI     "XOS_Memory"').replace(/:SHL:/g, '<<').replace(/ :OR: /g, ' OR ')}`);
  return [
    'SYS "OS_Module", 6,,, 64 TO ,, ws%',
    'DIM code% 1024',
    'FOR pass% = 0 TO 2 STEP 2',
    'P% = code%',
    '[ OPT pass%',
    '.handler',
    '        TEQ     R0, #0',
    '        BEQ     pregrow',
    '        CMP     R0, #0',
    '        MOV     PC, R14',
    '.pregrow',
    '        STMFD   R13!, {R0-R2, R5-R9, R14}',
    '        MOV     R9, R1',
    '        MOVS    R8, R2',
    '        LDR     R7, [R12]',
    '        BEQ     done',
    ...arm(fill.before),
    '.fill',
    ...arm(fill.body),
    '        STR     R6, [R9], #12',
    ...arm(fill.step),
    '        SUBS    R8, R8, #1',
    '        BNE     fill',
    '.done   LDMFD   R13!, {R0-R2, R5-R9, R14}',
    '        CMP     R0, #0',
    '        MOV     PC, R14',
    '.failed ADD     R13, R13, #4',
    '        LDMFD   R13!, {R1-R2, R5-R9, PC}',
    ']',
    'NEXT pass%',
    'SYS "OS_DynamicArea", 0, -1, 0, -1, &100, 16 * 4096, handler, ws%, "Conv" TO ,area%',
    'END', '',
  ].join('\n');
}

async function findings(languageId: 'riscos-objasm' | 'riscos-bbcbasic', text: string) {
  return analyseSource(await parsers, { languageId, text, file: languageId === 'riscos-objasm' ? '/test/s/Conv' : '/test/Conv,ffb', settings: DEFAULT_SETTINGS });
}

const storeLine = (text: string): number => text.split('\n').findIndex((l) => /STR {5}r6, \[r9\], #12/i.test(l));

for (const [dialect, source] of [['riscos-objasm', objAsm], ['riscos-bbcbasic', basic]] as const) {
  test(`${dialect}: a PreGrow that converts each page in turn with OS_Memory 0 is clean, also when it converts one address again and again`, async () => {
    for (const name of ['each', 'again']) {
      const fs = await findings(dialect, source(FILLS[name] as Fill));
      assert.deepEqual(fs.map((f) => `${f.code} ${f.range.start.line} ${f.message}`), [], name);
    }
  });

  test(`${dialect}: a PreGrow that stores one page number OS_Memory 0 gave in every entry is PW302 at its store`, async () => {
    for (const name of ['once', 'register']) {
      const text = source(FILLS[name] as Fill);
      const fs = await findings(dialect, text);
      assert.deepEqual(fs.map((f) => [f.code, f.range.start.line, f.message]), [['PW302', storeLine(text), 'PreGrow names the same physical page in entries 0 and 1']], name);
      // The path: each conversion on it succeeded (one before the loop, and for `register` one on each of two passes), and the kernel asked for two pages.
      const notes = fs[0]?.notes.map((n) => n.message) ?? [];
      const converted = notes.filter((n) => /^assuming XOS_Memory's result \(V(, [^)]+)?\) == 0$/.test(n));
      assert.ok(converted.length === (name === 'once' ? 1 : 3) && notes.includes('assuming entries == 2'), JSON.stringify(notes));
    }
  });
}
