import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { code, lower, sharedParsers } from './lowering-objasm-support.js';

// ObjAsm binds a macro call's arguments to the parameters by position: an
// empty one, first or not, keeps its place and takes the parameter's default,
// as does `|`. In the body a dot after a parameter's name ends the name and is
// dropped (`$name._Exit`), the way per-call labels are made.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

async function findings(lines: readonly string[], messages = false): Promise<string[]> {
  const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code}@${f.range.start.line}${messages ? ` ${f.message}` : ''}`);
}

/** A module creating a shrinkable area whose handler sends TestShrink (reason 4) to `TestShrink`, whose lines are `testShrink` (from line 28). */
const shrinkable = (testShrink: readonly string[]): string[] => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        GET     Hdr:Proc',
  '        AREA    |E$$Code|, CODE, READONLY',
  '        ^       0, r12',
  'ws_area #       4',
  'Create  ROUT',
  '        Push    "r1-r8, lr"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 9',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, AName',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        Pull    "r1-r8, pc"',
  'AName   =       "E", 0',
  '        ALIGN',
  'Handler ROUT',
  '        TEQ     r0, #4',
  '        BEQ     TestShrink',
  '        CLRV',
  '        MOV     pc, lr',
  ...testShrink,
  '        END',
];

describe('ObjAsm macro arguments', () => {
  it('keeps an empty first argument in its place, and an empty one takes the default', async () => {
    const r = await lower(src(
      '        MACRO',
      '        Pair    $a, $b',
      '        [ "$a" <> ""',
      '        MOV     r2, #$a',
      '        ]',
      '        MOV     r3, #$b',
      '        MEND',
      '        MACRO',
      '        Three   $a=7, $b, $c=9',
      '        MOV     r0, #$a',
      '        MOV     r1, #$c',
      '        MEND',
      '        Pair    , 5',
      '        Pair    1, 2',
      '        Three   , 4',
      '        Three   1,,3',
      '        Three',
    ));
    assert.deepEqual(code(r), [
      'mov r3, #&5', 'mov r2, #&1', 'mov r3, #&2', 'mov r0, #&7', 'mov r1, #&9', 'mov r0, #&1', 'mov r1, #&3', 'mov r0, #&7', 'mov r1, #&9',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('gives a parameter its default for a bar alone, and one without a default nothing', async () => {
    const r = await lower(src(
      '        MACRO',
      '        Set     $a=7, $b, $c=9',
      '        MOV     r0, #$a',
      '        [ "$b" <> ""',
      '        MOV     r1, #$b',
      '        ]',
      '        MOV     r2, #$c',
      '        MEND',
      '        Set     |, 4, |',
      '        Set     1, |, 3',
      '        Push    "r0", |',
    ));
    assert.deepEqual(code(r), ['mov r0, #&7', 'mov r1, #&4', 'mov r2, #&9', 'mov r0, #&1', 'mov r2, #&3', 'stmdb sp!, {r0}']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('ends a parameter\'s name at a dot and drops the dot: $name._Entry, $label.loop, $label.$n', async () => {
    const r = await lower(src(
      '        MACRO',
      '$label  Count   $n',
      '$label._Entry ROUT',
      '        MOV     r0, #$n',
      '$label.loop',
      '        SUBS    r0, r0, #1',
      '        BNE     $label.loop',
      '        B       $label.$n',
      '$label.$n',
      '        MOV     pc, lr',
      '        MEND',
      'Grow    Count   3',
    ));
    assert.deepEqual(code(r), ['mov r0, #&3', 'subs r0, r0, #&1', 'bne Growloop', 'b Grow3', 'mov pc, lr']);
    assert.ok(r.program.label('Grow_Entry') !== undefined);
    assert.deepEqual(r.unmodelled, []);
  });

  it('gives Hdr:Proc\'s Entry with an empty register list its frame: Entry , 8', async () => {
    const r = await lower(src('        GET     Hdr:Proc', 'Fn      Entry   , 8', '        EXIT'));
    assert.deepEqual(code(r), ['stmdb sp!, {lr}', 'sub sp, sp, #&8', 'add sp, sp, #&8', 'ldmia sp!, {pc}']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('finds no PW304 at the EXIT of an Entry , 8, and one where the routine writes over the R14 it saved', async () => {
    const body = (store: string) => [
      'TestShrink Entry , 8',
      `        STR     r4, ${store}`,
      '        MOV     r3, #0',
      '        CLRV',
      '        EXIT',
    ];
    assert.deepEqual(await findings(shrinkable(body('[sp]'))), []);
    assert.deepEqual(await findings(shrinkable(body('[sp, #8]'))), ['PW304@32']);
  });
});

describe('ObjAsm: a macro expansion that does not parse', () => {
  const setR3 = (call: string) => shrinkable([
    '        MACRO',
    '        SetR3   $unused, $value',
    '        MOV     r3, #$value',
    '        MEND',
    'TestShrink ROUT',
    `        ${call}`,
    '        CLRV',
    '        MOV     pc, lr',
  ]);

  it('is a PW100 at the call, and the analysis stops there: MOV r3, # from an empty argument', async () => {
    assert.deepEqual(await findings(setR3('SetR3   5'), true), [
      'PW100@33 Syntax error in the expansion of macro SetR3: cannot make sense of "MOV r3, #"',
      'PW900@33 Analysis of TestShrink was cut short: the expansion of macro SetR3 has a syntax error: MOV r3, #',
    ]);
    assert.deepEqual(await findings(setR3('SetR3   , 5')), []);
  });

  it('written out where the call stands, MOV r3, # is the parser\'s PW100 and no PW102 for the missing name', async () => {
    // No header is got, which would keep every name from being judged undefined.
    const found = await findings(['        AREA    |E$$Code|, CODE, READONLY', 'Fn      ROUT', '        MOV     r3, #', '        MOV     pc, lr', '        END']);
    assert.deepEqual(found.filter((f) => !f.startsWith('PW900')), ['PW100@2']);
  });
});

/** A module whose area's handler is made by the macro `Reason`, its per-call labels made with `$name.`, the last line of its exit path `exit`. */
const reasonMacro = (exit: string): string[] => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |D$$Code|, CODE, READONLY',
  '        MACRO',
  '$name   Reason  $n',
  '$name._Entry ROUT',
  '        TEQ     r0, #$n',
  '        BNE     $name._Exit',
  '        CLRV',
  '        MOV     pc, lr',
  '$name._Exit',
  `        ${exit}`,
  '        MOV     pc, lr',
  '        MEND',
  '        ^       0, r12',
  'ws_area #       4',
  'Create  ROUT',
  '        Push    "r1-r8, lr"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #0',
  '        MOV     r5, #&100000',
  '        ADR     r6, Grow_Entry',
  '        MOV     r7, r12',
  '        ADR     r8, AName',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        Pull    "r1-r8, pc"',
  'AName   =       "D", 0',
  '        ALIGN',
  'Grow    Reason  0',
  '        END',
];

describe('ObjAsm: a handler a macro makes with $name. labels', () => {
  it('parses and is analysed: clean when it is, a finding at the call where it is not', async () => {
    assert.deepEqual(await findings(reasonMacro('CLRV')), []);
    // One for each reason the exit path serves.
    assert.deepEqual([...new Set(await findings(reasonMacro('MSR     CPSR_f, #1 << 28')))], ['PW305@33']);
  });
});

describe('ObjAsm: a bar alone as a macro argument', () => {
  it('takes the default, and the handler whose routine holds the call is analysed', async () => {
    const ret = (call: string) => [
      '        AREA    |D$$Code|, CODE, READONLY',
      '        MACRO',
      '$lab    Ret     $err=0, $r3',
      '$lab',
      '        [ "$r3" <> ""',
      '        MOV     r3, #$r3',
      '        ]',
      '        [ $err = 0',
      '        MSR     CPSR_f, #0',
      '        MOV     pc, lr',
      '        MEXIT',
      '        ]',
      '        MOV     r0, #8',
      '        MSR     CPSR_f, #1 :SHL: 28',
      '        MOV     pc, lr',
      '        MEND',
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
      '        ADR     r8, AName',
      '        SWI     &20066',
      '        LDMFD   sp!, {r1-r8, pc}',
      'AName   =       "D", 0',
      '        ALIGN',
      'Handler ROUT',
      '        TEQ     r0, #2',
      '        BEQ     PreShrink',
      '        Ret',
      'PreShrink',
      `        Ret     ${call}`,
      '        END',
    ];
    assert.deepEqual(await findings(ret('|, 0')), []);
    assert.deepEqual(await findings(ret('1, 0')), ['PW305@36']);
  });
});
