import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { code, lower, sharedParsers } from './lowering-objasm-support.js';

// ObjAsm replaces `$name` of a string variable (GBLS, LCLS) by its value in
// any line it reads, before it reads the line: a register, an expression, a
// mnemonic, a macro's argument.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('ObjAsm string variables substituted in lines', () => {
  it('puts the value where $name stands: a register, an immediate, a mnemonic, a header macro\'s list, a string', async () => {
    const r = await lower(src(
      '        GET     Hdr:Macros',
      '        GBLS    Tmp',
      'Tmp     SETS    "r10"',
      '        GBLS    Flags',
      'Flags   SETS    "(1 :SHL: 8)"',
      '        GBLS    Op',
      'Op      SETS    "MOV"',
      '        GBLA    Count',
      'Count   SETA    5',
      '        ^       0, r12',
      'ws_area #       4',
      'ws_first #      4',
      '        LDR     $Tmp, ws_first',
      '        MOV     r4, #$Flags',
      '        $Op     r0, $Tmp',
      'Save    Push    "r1, $Tmp"',
      '10      ADD     $Tmp., $Tmp, #$Count',
      'Name    =       "$Tmp.x$$", 0',
    ));
    assert.deepEqual(code(r), ['ldr r10, [r12, #&4]', 'mov r4, #&100', 'mov r0, r10', 'stmdb sp!, {r1,r10}', 'add r10, r10, #&5']);
    const name = r.program.label('Name') ?? 0n;
    assert.equal(String.fromCharCode(...[0n, 1n, 2n, 3n, 4n, 5n].map((k) => Number(r.program.image(name + k)))), 'r10x$\0');
    assert.ok(r.program.label('Save') !== undefined);
    assert.deepEqual(r.unmodelled, []);
  });

  it('substitutes a macro\'s local string variable in its expansion', async () => {
    const r = await lower(src(
      '        MACRO',
      '        Zero    $n',
      '        LCLS    reg',
      'reg     SETS    "r$n"',
      '        MOV     $reg, #0',
      '        MEND',
      '        Zero    7',
    ));
    assert.deepEqual(code(r), ['mov r7, #&0']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('reports a line that does not parse once substituted as a PW100 there', async () => {
    const r = await lower(src('        GBLS    Bad', 'Bad     SETS    "1 +"', '        MOV     r0, #$Bad'));
    assert.deepEqual(r.notes.map((n) => [n.code, n.source.range.start.line, n.message]), [
      ['PW100', 2, 'Syntax error in the line with its variables substituted: cannot make sense of "MOV r0, #1 +"'],
    ]);
  });
});

async function findings(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code}@${f.range.start.line}`);
}

/** A PreGrow that fills the page block with `$Tmp` (R10) as its page counter, each entry `stride` bytes on. */
const preGrow = (stride: number) => [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        AREA    |G$$Code|, CODE, READONLY',
  '        GBLS    Tmp',
  'Tmp     SETS    "r10"',
  '        ^       0, r12',
  'ws_area #       4',
  'ws_first #      4',
  'Create  ROUT',
  '        Push    "r1-r8, lr"',
  '        MOV     r0, #0',
  '        MOV     r1, #-1',
  '        MOV     r2, #0',
  '        MOV     r3, #-1',
  '        MOV     r4, #1 :SHL: 8',
  '        MOV     r5, #&100000',
  '        ADR     r6, Handler',
  '        MOV     r7, r12',
  '        ADR     r8, AName',
  '        SWI     XOS_DynamicArea',
  '        STRVC   r1, ws_area',
  '        Pull    "r1-r8, pc"',
  'AName   =       "G", 0',
  '        ALIGN',
  'Handler ROUT',
  '        TEQ     r0, #0',
  '        BNE     %FT90',
  '        Push    "r1, r2, $Tmp"',
  '        LDR     $Tmp, ws_first',
  `10      STR     $Tmp, [r1], #${stride}`,
  '        ADD     $Tmp, $Tmp, #1',
  '        SUBS    r2, r2, #1',
  '        BNE     %BT10',
  '        Pull    "r1, r2, $Tmp"',
  '90      CLRV',
  '        MOV     pc, lr',
  '        END',
];

describe('ObjAsm: a handler that names a register with a string variable', () => {
  it('is analysed: clean when it fills the page block right, a PW302 when its stride is wrong', async () => {
    assert.deepEqual(await findings(preGrow(12)), []);
    // The wrong stride may be reported more than once at its store; what matters here is that it is found.
    assert.deepEqual([...new Set(await findings(preGrow(16)))], ['PW302@30']);
  });
});

/** Analysis findings as code, 0-based line, 0-based column and end column. */
async function placed(lines: readonly string[]): Promise<string[]> {
  const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: `${lines.join('\n')}\n`, file: 'test', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}-${f.range.end.character}`);
}

describe('ObjAsm arithmetic and logical variables substituted in lines', () => {
  it('puts an arithmetic variable\'s value as eight hex digits and a logical one as T or F, as ObjAsm does', async () => {
    const lines = [
      '        GBLA    Count',
      'Count   SETA    16',
      '        GBLL    Debug',
      'Debug   SETL    {TRUE}',
      '        GBLS    Flag',
      'Flag    SETS    "$Debug"',
      '        B       Lab$Count',
      '        MOV     r0, #$Count',
      '        [ Flag = "T"',
      '        MOV     r1, #1',
      '        |',
      '        MOV     r1, #2',
      '        ]',
      'Lab00000010',
      '        MOV     pc, lr',
    ];
    const r = await lower(src(...lines));
    // `#$Count` reads 00000010, ten, as ObjAsm reads it; the branch goes to the label `Lab$Count` names.
    assert.deepEqual(code(r).slice(1), ['mov r0, #&A', 'mov r1, #&1', 'mov pc, lr']);
    assert.equal(r.program.label('Lab00000010'), 0x800cn);
    assert.deepEqual(await placed(lines), []);
  });

  it('keeps a line without variables and an unknown arithmetic value as written', async () => {
    const r = await lower(src('        GBLA    Count', 'Count   SETA    9', '        MOV     r0, #$Count', '        MOV     r1, #Count', '        MOV     r2, #5'));
    assert.deepEqual(code(r), ['mov r0, #&9', 'mov r1, #&9', 'mov r2, #&5']);
  });

  it('reads a hex number whose digits a variable writes (`#&$Pages`, `0x$Pages`, `DCD &$Pages`), as ObjAsm substitutes first', async () => {
    const lines = [
      '        GBLA    Pages',
      'Pages   SETA    16',
      '        GBLS    Bits',
      'Bits    SETS    "0C"',
      'Handler MOV     r1, #&$Pages',
      '        MOV     r2, #&$Bits',
      '        MOV     r3, #0x$Pages',
      '        MOV     pc, lr',
      'Table   DCD     &$Pages',
    ];
    const r = await lower(src(...lines));
    assert.deepEqual(code(r), ['mov r1, #&10', 'mov r2, #&C', 'mov r3, #&10', 'mov pc, lr']);
    assert.equal(r.program.image(r.program.label('Table') ?? 0n), 16n);
    assert.deepEqual(await placed(lines), []);
  });

  it('reports such a number that is not hex once substituted as a PW100 at its line', async () => {
    assert.deepEqual(await placed(['        GBLS    Bits', 'Bits    SETS    "zz"', 'Handler MOV     r2, #&$Bits', '        MOV     pc, lr']), ['PW100@2:8-27']);
  });
});

describe('ObjAsm: an undefined name in a substituted line', () => {
  const lines = (operand: string) => [
    '        AREA    |T$$Code|, CODE, READONLY',
    '        GBLS    Flags',
    'Flags   SETS    "(1 :SHL: 8)"',
    '        GBLS    Name',
    'Name    SETS    "Missing"',
    'Start',
    `        MOV     r3, #${operand}`,
    '        MOV     pc, lr',
    '        END',
  ];

  it('is a PW102 where it is written, after a value of another length; one a value names is at its $name', async () => {
    assert.deepEqual(await placed(lines('$Flags + Undefined')), ['PW102@6:30-39']);
    assert.deepEqual(await placed(lines('1 + $Name')), ['PW102@6:25-30']);
  });

  it('is nothing once the name is defined', async () => {
    assert.deepEqual(await placed([...lines('$Flags + Undefined').slice(0, 6), 'Undefined * 1', ...lines('$Flags + Undefined').slice(6)]), []);
  });
});

describe('ObjAsm: a variable substituted in a macro body', () => {
  /** Clear's body names $Reg and $Count, which are no parameters: the variables the program holds when it calls Clear. */
  const program = (declared: readonly string[]) => [
    '        MACRO', //                                   0
    '$label  Clear   $val', //                            1
    '$label  MOV     $Reg, #$val', //                     2
    '        ADD     $Reg, $Reg, #$Count', //             3
    '        MEND', //                                    4
    ...declared,
    '        AREA    |T$$Code|, CODE, READONLY',
    'Start   Clear   1',
    'Reg     SETS    "r4"',
    'Count   SETA    9',
    '        Clear   2',
    '        MOV     pc, lr',
    '        END',
  ];
  const declared = ['        GBLS    Reg', '        GBLA    Count', 'Reg     SETS    "r3"', 'Count   SETA    8'];

  it('takes the value each variable has at each call, as ObjAsm expands the macro', async () => {
    const r = await lower(src(...program(declared)));
    assert.deepEqual(code(r), ['mov r3, #&1', 'add r3, r3, #&8', 'mov r4, #&2', 'add r4, r4, #&9', 'mov pc, lr']);
    assert.deepEqual(await placed(program(declared)), []);
  });

  it('is a PW102 at each call where no variable of that name is defined, not a PW900', async () => {
    const undeclared = program([]).filter((l) => !/^(Reg|Count) /.test(l));
    const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: src(...undeclared), file: 'test', settings: DEFAULT_SETTINGS });
    assert.deepEqual(found.map((f) => `${f.code}@${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.message}`), [
      'PW102@6:8-17 Reg is not defined', 'PW102@6:8-17 Count is not defined', 'PW102@7:8-17 Reg is not defined', 'PW102@7:8-17 Count is not defined',
    ]);
  });
});

describe('ObjAsm: a label or routine whose name holds a variable', () => {
  /** A module whose routine `name` ROUT (after `s SETS "One"`) has a syntax error, and a branch to `target`. */
  const broken = (name: string, target = 'labOne') => [
    '        AREA    |T$$Code|, CODE, READONLY', //  0
    '        GBLS    s', //                           1
    's       SETS    "One"', //                       2
    '        ENTRY', //                               3
    `${name.padEnd(7)} ROUT`, //                      4
    '        MOV     r0, r0,', //                     5
    '        MOV     pc, lr', //                      6
    'Other   ROUT', //                                7
    `        B       ${target}`, //                   8
    '        END',
  ];
  const messages = async (lines: readonly string[]): Promise<string[]> =>
    (await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text: src(...lines), file: 'test', settings: DEFAULT_SETTINGS }))
      .filter((f) => f.code !== 'PW100').map((f) => `${f.code}@${f.range.start.line} ${f.message}`);

  it('names the routine by its value, in the PW900 that it was not analysed and as a branch\'s target', async () => {
    assert.deepEqual(await messages(broken('lab$s')), ['PW900@4 labOne was not analysed: it has a syntax error']);
  });

  it('substitutes nothing between bars, in a label\'s name or in a line, as ObjAsm does not', async () => {
    const r = await lower(src(...broken('|lab$s.|')));
    assert.equal(r.program.label('labOne'), undefined);
    assert.ok(r.program.label('lab$s.') !== undefined);
    assert.deepEqual(await messages(broken('|lab$s|', '|lab$s|')), ['PW900@4 lab$s was not analysed: it has a syntax error']);
    assert.deepEqual(await messages(broken('|lab$s|')), ['PW900@4 lab$s was not analysed: it has a syntax error', 'PW102@8 labOne is not defined']);
    const word = await lower(src(
      '        AREA    |T$$Code|, CODE, READONLY', '        GBLA    n', 'n       SETA    5', '|x$n|   MOV     pc, lr', 'w       DCD     |x$n| + $n - 5', '        END',
    ));
    const at = word.program.label('w') ?? 0n;
    assert.equal([0n, 1n, 2n, 3n].reduce((v, k) => v | ((word.program.image(at + k) ?? 0n) << (8n * k)), 0n), word.program.label('x$n'));
    // Bars inside a string are no name's: the string is substituted.
    const data = await lower(src('        AREA    |T$$Code|, CODE, READONLY', '        GBLS    s', 's       SETS    "One"', 'str     =       "|$s|"', '        END'));
    const str = data.program.label('str') ?? 0n;
    assert.equal(String.fromCharCode(...[0n, 1n, 2n, 3n, 4n].map((k) => Number(data.program.image(str + k)))), '|One|');
  });

  it('defines a label on its own or before a macro call by its value', async () => {
    const r = await lower(src(
      '        GET     Hdr:Macros', '        AREA    |T$$Code|, CODE, READONLY', '        GBLS    s', 's       SETS    "Two"',
      'lab$s   MOV     r0, r0', 'sav$s   Push    "r1"', 'end$s', '        MOV     pc, lr',
    ));
    const start = r.program.label('labTwo') ?? -1n;
    assert.deepEqual(['savTwo', 'endTwo'].map((l) => r.program.label(l)), [start + 4n, start + 8n]);
  });

  it('keeps $$ in the name as written', async () => {
    assert.deepEqual(await messages(broken('lab$$s', 'lab$$s')), ['PW900@4 lab$$s was not analysed: it has a syntax error']);
  });

  /** The PW102s of `lines` after `s SETS "One"`, each at its columns (without "did you mean"), and the labels the lowering defines of `names`. */
  const undefinedIn = async (lines: readonly string[], names: readonly string[] = []): Promise<{ found: string[]; labels: string[] }> => {
    const text = src('        AREA    |T$$Code|, CODE, READONLY', '        GBLS    s', 's       SETS    "One"', ...lines, '        END');
    const found = (await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text, file: 'test', settings: DEFAULT_SETTINGS }))
      .filter((f) => f.code === 'PW102').map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.character} ${f.message.replace(/;.*/, '')}`);
    const r = await lower(text);
    return { found, labels: names.filter((n) => r.program.label(n) !== undefined) };
  };

  it('reports a $name no variable defines as ObjAsm does, a PW102 at it, and keeps it in the name as written', async () => {
    assert.deepEqual(await undefinedIn([
      'lab$t   ROUT', //             3
      '        MOV     pc, lr', //   4
      'x$s$u   MOV     r0, r0', //   5
      '|y$v.|  DCD     0', //        6
      'z$s     Push    "r1"', //     7
      'w$w     Push    "r1"', //     8
      '        B       lab$t', //    9
    ], ['lab$t', 'xOne$u', '|y$v.|', 'y$v.', 'zOne', 'w$w']), {
      found: ['3:3-5 t is not defined', '5:3-5 u is not defined', '8:1-3 w is not defined', '9:19-21 t is not defined'],
      labels: ['lab$t', 'xOne$u', 'y$v.', 'zOne', 'w$w'],
    });
  });

  it('reports nothing where every $name is a variable\'s, a macro\'s parameter or $$', async () => {
    assert.deepEqual(await undefinedIn([
      '        MACRO',
      '$l      Mac     $p',
      '$l$s    MOV     r0, r0',
      'in$p$s  MOV     r0, r0',
      '        MEND',
      'm       Mac     Two',
      'ok$s$$  MOV     r0, r0',
      '        B       mOne',
      '        B       inTwoOne',
    ], ['mOne', 'inTwoOne', 'ok$s$$', 'okOne$$']), { found: [], labels: ['mOne', 'inTwoOne', 'okOne$$'] });
  });

  it('reports a $name no variable defines in a name an operand uses at the $name, not the name, whether or not a label is written so', async () => {
    assert.deepEqual(await undefinedIn([
      '        B       lab$t', //        3
      '        B       lab$s$t', //      4
      '        LDR     r0, =x$u.y', //   5
      '        B       labOne', //       6
      'labOne  MOV     pc, lr', //       7
    ]), { found: ['3:19-21 t is not defined', '4:21-23 t is not defined', '5:22-24 u is not defined'], labels: [] });
  });

  it('suggests no label that keeps a $name no variable defines for a misspelt name', async () => {
    const text = src('        AREA    |T$$Code|, CODE, READONLY', 'lab$t   MOV     pc, lr', 'labe    MOV     pc, lr', '        B       lab', '        END');
    const found = await analyseSource(await sharedParsers(), { languageId: 'riscos-objasm', text, file: 'test', settings: DEFAULT_SETTINGS });
    assert.deepEqual(found.filter((f) => f.code === 'PW102').map((f) => f.message), ['t is not defined', 'lab is not defined; did you mean labe?']);
  });

  it('reports a $name no variable defines in a label of a macro\'s body at each call that expands it', async () => {
    assert.deepEqual(await undefinedIn([
      '        MACRO', //                3
      '        Mac     $p', //          4
      'in$p$z  MOV     r0, r0', //      5
      '        MEND', //                6
      '        Mac     Two', //         7
      '        Mac     Three', //       8
    ], ['inTwo$z', 'inThree$z']), { found: ['7:8-19 z is not defined', '8:8-21 z is not defined'], labels: ['inTwo$z', 'inThree$z'] });
  });

  it('names a label before a macro call whose line is substituted by its value too', async () => {
    const r = await lower(src(
      '        GET     Hdr:Macros', '        AREA    |T$$Code|, CODE, READONLY', '        GBLS    s', 's       SETS    "One"',
      '        GBLS    reg', 'reg     SETS    "r1"', 'sav$s   Push    "$reg"', '        MOV     pc, lr',
    ));
    assert.ok(r.program.label('savOne') !== undefined);
    assert.equal(r.program.label('sav$s'), undefined);
  });
});
