import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// What a lowering cannot model either makes a value unknown, which the
// analysis copes with (silent), or makes the code analysed differ from what
// the assembler would assemble: a branch of conditional assembly picked for
// want of its condition, a loop skipped, an ORG not followed, an instruction
// the emulator does not run. The second gives the procedure whose lines hold
// it one PW900 saying what and where, however many it holds.

const parsers = Parsers.create();

async function found(languageId: LanguageId, file: string, lines: readonly string[]): Promise<string[]> {
  const findings = await analyseSource(await parsers, { languageId, text: `${lines.join('\n')}\n`, file, settings: DEFAULT_SETTINGS });
  return findings.map((f) => `${f.code}@${f.range.start.line} ${f.message}`);
}

/** Two procedures, P1 of `body` (from line 9) and P2, after data a conditional of unknown condition assembles (line 3). */
const vxd = (...body: string[]): string[] => [
  '        .386p', '        include vmm.inc', 'VxD_LOCKED_DATA_SEG', 'IF Unknown_Data', 'Table   dd      0', 'ENDIF', 'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG', 'BeginProc P1', ...body, '        ret', 'EndProc P1', 'BeginProc P2', '        ret', 'EndProc P2', 'VxD_LOCKED_CODE_ENDS', '        END',
];

describe('VxD MASM: code the lowering could not model', () => {
  it('an IF of unknown condition in a procedure gives it one PW900 at the IF, and the other procedure none', async () => {
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('IF Unknown_Flag', '        inc eax', 'ENDIF')), [
      'PW900@9 Analysis of P1 is incomplete: condition "Unknown_Flag" cannot be evaluated; assembled as false',
    ]);
  });

  it('an ORG it cannot follow is named', async () => {
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        ORG Unknown_Offset', '        nop')), [
      'PW900@9 Analysis of P1 is incomplete: ORG Unknown_Offset: the value is not known; the location counter stays where it is',
    ]);
  });

  it('two in one procedure give one PW900, at the first, counting the other', async () => {
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('IF Unknown_Flag', '        inc eax', 'ENDIF', 'REPEAT Unknown_Count', '        nop', 'ENDM')), [
      'PW900@9 Analysis of P1 is incomplete: condition "Unknown_Flag" cannot be evaluated; assembled as false (and 1 more)',
    ]);
  });

  it('16-bit addressing, which the IR cannot express, stops a run reaching it and is named where none does', async () => {
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        mov     eax, [bx+si]')), [
      'PW900@9 Analysis of P1 was cut short: operands of mov     eax, [bx+si] the IR cannot express',
    ]);
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        ret', '        mov     [bp+di+4], ecx')), [
      'PW900@10 Analysis of P1 is incomplete: operands of mov     [bp+di+4], ecx the IR cannot express',
    ]);
  });

  it('a statement MASM would not assemble that no run reaches is named, as a run reaching it is stopped there', async () => {
    // After the RET, or in a branch never taken: what is assembled there is not known, so neither is what a jump there would run.
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        ret', '        Save_State')), ['PW900@10 Analysis of P1 is incomplete: unknown macro Save_State']);
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        mov     eax, 1', '        cmp     eax, 1', '        je      Done', '        INVOKE  Nowhere, eax', 'Done:')), [
      "PW900@12 Analysis of P1 is incomplete: INVOKE Nowhere: no PROTO or PROC line before it gives Nowhere's parameters",
    ]);
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        ret', '.ENDIF')), ['PW900@10 Analysis of P1 is incomplete: .ENDIF without an open .IF']);
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        ret', '        pushd   eax, ebx')), ['PW900@10 Analysis of P1 is incomplete: pushd   eax, ebx: PUSHD takes one operand']);
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('NoText MACRO', 'ENDM', '        ret', '        mov     eax, NoText()')), [
      'PW900@12 Analysis of P1 is incomplete: "NoText()" is not expanded, as the macro function NoText returns no text PageWarden works out',
    ]);
  });

  it('a value it cannot know gives none, nor does a conditional around data outside every procedure', async () => {
    assert.deepEqual(await found('vxd-masm', 'a.asm', vxd('        mov eax, Unknown_Value')), []);
  });
});

/** Two routines, Start of `body` (from line 2) and Other. */
const objasm = (...body: string[]): string[] => [
  '        AREA    |P$$Code|, CODE, READONLY', 'Start   ROUT', ...body, '        MOV     pc, lr', 'Other   ROUT', '        MOV     pc, lr', '        END',
];

describe('RISC OS ObjAsm: code the lowering could not model', () => {
  it('a [ of unknown condition gives its routine one PW900 at the condition', async () => {
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        [ Unknown_Flag', '        MOV     r0, #1', '        ]')), [
      'PW900@2 Analysis of Start is incomplete: condition Unknown_Flag is not known: assembling the false branch',
    ]);
  });

  it('a WHILE of unknown condition and a [ give one PW900, at the first, counting the other', async () => {
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        WHILE Unknown_Flag', '        NOP', '        WEND', '        [ Other_Flag', '        NOP', '        ]')), [
      'PW900@2 Analysis of Start is incomplete: WHILE condition Unknown_Flag is not known: loop skipped (and 1 more)',
    ]);
  });

  it('an instruction the emulator does not run is named', async () => {
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        SWP     r0, r1, [r2]')), ['PW900@2 Analysis of Start is incomplete: SWP is not modelled']);
  });

  it('a shift by an amount it cannot know gives none', async () => {
    assert.deepEqual(await found('riscos-objasm', 'a.s', ['Amount  *       Amount', ...objasm('        MOV     r0, r0, LSL #Amount')]), []);
  });

  it('a second operand whose value it cannot know is an immediate of unknown value, and gives none', async () => {
    assert.deepEqual(await found('riscos-objasm', 'a.s', ['Amount  *       Amount', ...objasm('        ADD     r0, r0, Amount')]), []);
  });

  it('a run cut short at a name defined nowhere shows its PW102, and the PW900 of the code not modelled on another line', async () => {
    // The branch to no label is where the run stops, and code that differs too: counted, as the note's line is not its line.
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        [ Unknown_Flag', '        MOV     r0, #1', '        ]', '        BL      Nowhere')), [
      'PW900@2 Analysis of Start is incomplete: condition Unknown_Flag is not known: assembling the false branch (and 1 more)',
      'PW102@5 Nowhere is not defined',
    ]);
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        BL      Nowhere')), ['PW102@2 Nowhere is not defined']);
  });

  it('a branch to a name defined nowhere before a [ of unknown condition leaves the PW900 at the [', async () => {
    // The note's first line is the branch's, where the PW102 tells the user more: the note at the next line stands in.
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        BL      Nowhere', '        [ Unknown_Flag', '        MOV     r0, #1', '        ]')), [
      'PW102@2 Nowhere is not defined',
      'PW900@3 Analysis of Start is incomplete: condition Unknown_Flag is not known: assembling the false branch (and 1 more)',
    ]);
  });

  it('a run cut short for another reason shows only its own PW900', async () => {
    const [note, ...rest] = await found('riscos-objasm', 'a.s', objasm('        [ Unknown_Flag', '        MOV     r0, #1', '        ]', '        LDR     r1, [r0]', '        MOV     pc, r1'));
    assert.deepEqual(rest, []);
    assert.match(note ?? '', /^PW900@6 Analysis of Start was cut short: /);
  });

  it('a line whose first problem only makes a value unknown counts when its code differs too, even where no run reaches it', async () => {
    // The name is noted first (a value), then the instruction that cannot be lowered for want of a register.
    assert.deepEqual(await found('riscos-objasm', 'a.s', objasm('        MOV     pc, lr', '        LDR     r0, [Unknown_Reg]')), [
      'PW900@3 Analysis of Start is incomplete: cannot lower LDR     r0, [Unknown_Reg]',
    ]);
  });
});

/** A PreGrow handler, `body` from line 7, passed to OS_DynamicArea; `style%` is read at run time. */
const basic = (...body: string[]): string => [
  'DIM code% 512, ws% 16', 'SYS "OS_ReadVarVal", "X$Style", ws%, 4, 0, 1 TO ,,style%', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%',
  '.handler', '        TEQ     r0, #0', ...body, '        MOV     pc, r14', ']', 'NEXT pass%',
  'SYS "OS_DynamicArea", 0, -1, 0, -1, &180, 1 << 20, handler, ws%, "Area" TO ,area%', 'END',
].join('\n');

describe('RISC OS BBC BASIC: code the lowering could not model', () => {
  it('an instruction the emulator does not run gives the handler one PW900; two give one, counting the other', async () => {
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        SWPEQ   r1, r2, [r3]')]), ['PW900@7 Analysis of handler is incomplete: SWP is not modelled']);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        SWPEQ   r1, r2, [r3]', '        SWPNE   r1, r2, [r3]')]), [
      'PW900@7 Analysis of handler is incomplete: SWP is not modelled (and 1 more)',
    ]);
  });

  it('a handler continued in a later [ … ] block counts what that block holds, up to where its code cannot run on', async () => {
    /** The handler's block (from line 4) ends with `end`; a PROC's block (line 12 on), which P% lays out right after it, holds a SWP. */
    const continued = (end: string): string => [
      'DIM code% 512, ws% 16', 'FOR pass% = 0 TO 2 STEP 2', 'P% = code%', '[ OPT pass%', '.handler', '        TEQ     r0, #0', end, ']', 'PROCmore', 'NEXT pass%',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, &180, 1 << 20, handler, ws%, "Area" TO ,area%', 'END',
      'DEF PROCmore', '[ OPT pass%', '        SWPEQ   r1, r2, [r3]', '        MOV     pc, r14', ']', 'ENDPROC',
    ].join('\n');
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [continued('        CMP     r0, #1')]), ['PW900@14 Analysis of handler is incomplete: SWP is not modelled']);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [continued('        MOV     pc, r14')]), []);
  });

  it('a handler an ELSE arm assembles of the name the THEN arm gives one counts what the ELSE arm assembles', async () => {
    // The entry is the first build's (PROCa's block); the second build runs PROCb's as that entry, and its SWP differs.
    const arms = (b: string): string => [
      'DIM code% 512, ws% 16', 'INPUT x%', 'P% = code%', 'IF x% THEN PROCa ELSE PROCb',
      'SYS "OS_DynamicArea", 0, -1, 0, -1, &180, 1 << 20, handler, ws%, "Area" TO ,area%', 'END',
      'DEF PROCa', '[ OPT 2', '.handler', '        MOV     pc, r14', ']', 'ENDPROC',
      'DEF PROCb', '[ OPT 2', '.handler', b, '        MOV     pc, r14', ']', 'ENDPROC',
    ].join('\n');
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [arms('        SWPEQ   r1, r2, [r3]')]), ['PW900@15 Analysis of handler is incomplete: SWP is not modelled']);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [arms('        TEQ     r0, #0')]), []);
  });

  it('a shift by an amount known only at run time gives none', async () => {
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        MOV     r1, r1, LSL #style%')]), []);
  });

  it('a shift without # is by a register, whose number known only at run time keeps the instruction from lowering', async () => {
    // BASIC reads `LSL style%` as LSL by the register style% names, as it reads `ADD r1, r2, style%`.
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        MOV     r1, r1, LSL style%')]), [
      'PW900@7 Analysis of handler (PreGrow) was cut short: cannot lower MOV     r1, r1, LSL style%',
    ]);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        MOV     r1, r1, LSL style% + 1')]), [
      'PW900@7 Analysis of handler (PreGrow) was cut short: cannot lower MOV     r1, r1, LSL style% + 1',
    ]);
  });

  it('a register offset whose register number is known only at run time is not lowered, and a run reaching it stops there saying so', async () => {
    // BASIC reads a bare expression where a register goes as the register's number: `[r2, reg%]` with reg% = 3 is [r2, r3].
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        LDR     r1, [r2, style%]')]), [
      'PW900@7 Analysis of handler (PreGrow) was cut short: cannot lower LDR     r1, [r2, style%]',
    ]);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        LDR     r1, [r2, #style%]')]), []);
  });

  it('a second operand whose register number is known only at run time is not lowered, and is no immediate', async () => {
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        ADD     r1, r2, style%')]), [
      'PW900@7 Analysis of handler (PreGrow) was cut short: cannot lower ADD     r1, r2, style%',
    ]);
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        MOV     pc, r14', '        ADD     r1, r2, style%')]), [
      'PW900@8 Analysis of handler is incomplete: cannot lower ADD     r1, r2, style%',
    ]);
  });

  it('a line whose first problem only makes a value unknown counts when its code differs too', async () => {
    assert.deepEqual(await found('riscos-bbcbasic', 'Area', [basic('        MOV     pc, r14', '        LDR     r0, [unknown%]')]), [
      'PW900@8 Analysis of handler is incomplete: cannot lower LDR     r0, [unknown%]',
    ]);
  });
});
