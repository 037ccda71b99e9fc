import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { code, instructionItems, lower, sharedParsers } from './lowering-objasm-support.js';

// A storage-map field (`^ 0, r12` / `ws_errbuf # 256`) is an address relative
// to the map's base register wherever ObjAsm takes an address: `ADR r0,
// ws_errbuf` is `ADD r0, r12, #8`, and `ws_errbuf + 4` is R12 + 12, not the
// numbers 8 and 12.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('ObjAsm storage-map fields as addresses', () => {
  it('makes ADR and ADRL of a field an ADD (or SUB) from its base register', async () => {
    const r = await lower(src(
      '        ^       0, r12',
      'ws_area #       4',
      'ws_pinned #     4',
      'ws_errbuf #     256',
      '        ^       -8, r11',
      'fp_saved #      4',
      '        ^       0, sp',
      'sp_a    #       4',
      'sp_b    #       4',
      'Code    ADR     r0, ws_errbuf',
      '        ADRL    r1, ws_errbuf',
      '        ADRNE   r2, sp_b',
      '        ADR     r3, fp_saved',
      '        ADR     r4, Code',
    ));
    assert.deepEqual(code(r), ['add r0, r12, #&8', 'add r1, r12, #&8', 'addne r2, sp, #&4', 'sub r3, r11, #&8', 'adr r4, Code']);
    assert.equal(instructionItems(r)[1]?.size, 8);
    assert.deepEqual(r.unmodelled, []);
  });

  it('reads a field with a constant added or taken away as register-relative, and a difference of two fields as a number', async () => {
    const r = await lower(src(
      '        ^       0, r12',
      'ws_area #       4',
      'ws_errbuf #     256',
      'ws_end  #       0',
      'four    *       4',
      '        STRB    r0, ws_errbuf + 4',
      '        LDR     r1, four + ws_errbuf',
      '        ADR     r2, (ws_errbuf + 8) - four',
      '        LDR     r3, ws_errbuf - 4',
      '        MOV     r4, #ws_end - ws_errbuf',
    ));
    assert.deepEqual(code(r), ['strb r0, [r12, #&8]', 'ldr r1, [r12, #&8]', 'add r2, r12, #&8', 'ldr r3, [r12, #&0]', 'mov r4, #&100']);
    assert.deepEqual(r.unmodelled, []);
  });
});

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/** A PreShrink that refuses with an error block it builds in its workspace, R0 set by `pointer`. */
const refusingPreShrink = (pointer: string) => [
  '        AREA    |T$$Code|, CODE, READONLY',
  '                ^       0, r12',
  'ws_area         #       4',
  'ws_pinned       #       4',
  'ws_errbuf       #       256',
  'Create  ROUT',
  '        STMFD   sp!, {r1-r8, lr}',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, Name',
  '        SWI     &20066',
  '        STRVC   r1, ws_area',
  '        LDMFD   sp!, {r1-r8, pc}',
  'Name    =       "T", 0',
  '        ALIGN',
  'Handler ROUT',
  '        TEQ     r0, #2',
  '        BNE     %FT90',
  '        LDR     r0, =&81AC00',
  '        STR     r0, ws_errbuf',
  '        MOV     r0, #0',
  '        STRB    r0, ws_errbuf + 4',
  `        ${pointer}`,
  '        MOV     r3, #0',
  '        MSR     CPSR_f, #1 << 28',
  '        MOV     pc, lr',
  '90      MSR     CPSR_f, #0',
  '        MOV     pc, lr',
  '        END',
];

describe('ObjAsm: an error block built in the workspace', () => {
  it('is an error block when R0 is the ADR of its field (no PW305), and R0 holding the field\'s bare offset still is not', async () => {
    assert.deepEqual(await findings(refusingPreShrink('ADR     r0, ws_errbuf')), []);
    assert.deepEqual(await findings(refusingPreShrink('MOV     r0, #ws_errbuf')), ['PW305@31']);
  });
});
