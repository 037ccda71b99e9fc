import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lowerBbcBasic } from '../src/lowering/bbcbasic/index.js';
import type { RiscOsLowering } from '../src/lowering/riscos/types.js';
import { code, lower, sharedParsers } from './lowering-objasm-support.js';

// Coprocessor and FPA instructions lowered by the places of their operands:
// p15, c7 and f0 (BASIC's CP15 too) are what those places take, so they are
// never undefined names there, while a program's own symbol of such a name
// is still what a name means elsewhere, and a name defined nowhere is still
// reported.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

async function lowerBasic(text: string): Promise<RiscOsLowering> {
  const tree = await (await sharedParsers()).parse('riscos-bbcbasic', text);
  try {
    return lowerBbcBasic(tree, text, { file: 'test.bas' });
  } finally {
    tree.delete();
  }
}

const undefinedNames = (r: RiscOsLowering): string[] => r.names.undefined.map((u) => u.name);

describe('ObjAsm lowering of coprocessor and FPA instructions', () => {
  it('lowers each operand by its place: coprocessor, its registers, FPA registers, constants and addresses', async () => {
    const r = await lower(src(
      '        MCR     p15, 0, r0, c7, c10, 4',
      '        MRCNE   P15, 0, R1, C0, C0, 0',
      '        CDP     p1, 0, c1, c2, c3, 0',
      '        LDCEQL  p1, c2, [r0, #4]!',
      '        STC     p2, c3, [r1], #-8',
      '        MCRR    p15, 0, r0, r1, c2',
      '        LDFNED  f2, [r1, #8]!',
      '        STFE    f1, [r0, #12]',
      '        ADFEQSZ f0, f1, #0.5',
      '        MVFD    f2, f0',
      '        FIXZ    r0, f0',
      '        FLTS    f1, r2',
      '        WFS     r1',
      '        RFS     r2',
      '        CMFEQE  f3, f4',
      '        CNFE    f0, #0',
    ));
    assert.deepEqual(code(r), [
      'mcr p15, #&0, r0, c7, c10, #&4', 'mrcne p15, #&0, r1, c0, c0, #&0', 'cdp p1, #&0, c1, c2, c3, #&0',
      'ldcleq p1, c2, [r0, #&4]!', 'stc p2, c3, [r1], #-&8', 'mcrr p15, #&0, r0, r1, c2',
      'ldfned f2, [r1, #&8]!', 'stfe f1, [r0, #&C]', 'adfeqsz f0, f1, #0.5', 'mvfd f2, f0', 'fixz r0, f0', 'flts f1, r2',
      'wfs r1', 'rfs r2', 'cmfeeq f3, f4', 'cnfe f0, #0',
    ]);
    assert.deepEqual(r.unmodelled, []);
    assert.deepEqual(undefinedNames(r), []);
  });

  it('turns LFM and SFM stack forms into the transfers they are', async () => {
    const r = await lower(src(
      '        SFMFD   f4, 4, [sp]!',
      '        LFMFD   f4, 4, [sp]!',
      '        SFMEA   f4, 2, [r1]',
      '        LFMEA   f5, 1, [r2]!',
      '        LFM     f0, 3, [r0, #36]',
    ));
    assert.deepEqual(code(r), [
      'sfm f4, #&4, [sp, #-&30]!', 'lfm f4, #&4, [sp], #&30', 'sfm f4, #&2, [r1, #&0]', 'lfm f5, #&1, [r2, #-&C]!', 'lfm f0, #&3, [r0, #&24]',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('loads and stores FPA values at labels as LDR and STR do', async () => {
    const r = await lower(src(
      '        LDFD    f0, huge',
      '        STFS    f1, store',
      'huge    DCD     &7FEFFFFF, &FFFFFFFF',
      'store   DCD     0',
    ));
    assert.deepEqual(code(r), ['ldfd f0, huge', 'stfs f1, store']);
  });

  it('lets CN, CP and FN name them, and a program\'s own label of such a name is its label', async () => {
    const r = await lower(src(
      'cache   CP      15',
      'clean   CN      7',
      'acc     FN      3',
      '        MCR     cache, 0, r0, clean, c10, 4',
      '        MVFD    acc, #1',
      '        B       f1',
      '        ADR     r0, p1',
      'f1      MOV     r0, #0',
      'p1      DCD     0',
    ));
    assert.deepEqual(code(r), ['mcr p15, #&0, r0, c7, c10, #&4', 'mvfd f3, #1', 'b f1', 'adr r0, p1', 'mov r0, #&0']);
    assert.deepEqual(undefinedNames(r), []);
  });

  it('still reports a name defined nowhere, in a coprocessor operand or any other', async () => {
    const r = await lower(src(
      '        MCR     p15, 0, r0, cx7, c5, 0',
      '        MOV     r0, #zzqq',
      '        LDR     r1, =undefinedname',
      '        LDFD    f0, [r0]',
    ));
    assert.deepEqual(undefinedNames(r), ['cx7', 'zzqq', 'undefinedname']);
  });
});

describe('BBC BASIC lowering of coprocessor and FPA instructions', () => {
  it('reads CP15, P15, C7 and F0 in any case where the instruction takes them', async () => {
    const r = await lowerBasic(src(
      'DIM code% 256',
      'P% = code%',
      '[ OPT 2',
      'MCR CP15,0,R0,C7,C10,4',
      'mcr p15,0,r0,c7,c5,0',
      'MRC CP15,0,R1,C0,C0,0',
      'LDFD F0,[R0]',
      'MVFD F2,F0',
      'ADFEQSZ F0,F1,#0.5',
      'STFE F1,[R0,#12]!',
      'CMF F0,#0',
      ']',
    ));
    assert.deepEqual(code(r), [
      'mcr p15, #&0, r0, c7, c10, #&4', 'mcr p15, #&0, r0, c7, c5, #&0', 'mrc p15, #&0, r1, c0, c0, #&0',
      'ldfd f0, [r0, #&0]', 'mvfd f2, f0', 'adfeqsz f0, f1, #0.5', 'stfe f1, [r0, #&C]!', 'cmf f0, #0',
    ]);
    assert.deepEqual(r.unmodelled, []);
    assert.deepEqual(undefinedNames(r), []);
  });

  it('a variable called C7 is the variable in any other operand, and a name set nowhere is still reported', async () => {
    const r = await lowerBasic(src(
      'DIM code% 256',
      'C7 = &100',
      'P% = code%',
      '[ OPT 2',
      'MOV R0,#C7',
      'MCR CP15,0,R0,C7,C10,4',
      'MOV R1,#zzqq',
      ']',
    ));
    assert.deepEqual(code(r), ['mov r0, #&100', 'mcr p15, #&0, r0, c7, c10, #&4', 'mov r1, #zzqq']);
    assert.deepEqual(undefinedNames(r), ['zzqq']);
  });
});
