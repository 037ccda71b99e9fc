import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { code, lower } from './lowering-masm-support.js';
import { Document, replaced } from './support/editedDocuments.js';
import { checkVariants } from './support/runCli.js';

// MASM 6's .IF, .WHILE and .REPEAT families assemble to compares, jumps and
// labels, and the analysis follows those. They were dropped before, so the
// code under a `.IF eax != 0` ran on the path where EAX was 0: a false PW211.

/** The instructions of one procedure whose body is `lines`, the generated labels named L0, L1, … in the order the jumps name them. */
async function assembled(lines: readonly string[], data = ''): Promise<string[]> {
  const r = await lower(`${data}VxD_LOCKED_CODE_SEG\nBeginProc P\n${lines.join('\n')}\nEndProc P\nVxD_LOCKED_CODE_ENDS\n`);
  const names = new Map<string, string>();
  return code(r).map((l) => l.replace(/\?\?[0-9A-F]{4}/g, (n) => names.get(n) ?? (names.set(n, `L${names.size}`), `L${names.size - 1}`)));
}

describe('MASM 6 decision and loop directives: what they assemble to', () => {
  it('.IF / .ELSEIF / .ELSE / .ENDIF: a false condition jumps to the next clause, each clause ends at the .ENDIF', async () => {
    assert.deepEqual(await assembled([
      '.IF eax == 1', 'inc ebx', '.ELSEIF eax >= 5', 'dec ebx', '.ELSE', 'nop', '.ENDIF',
    ]), ['cmp eax, 1h', 'jne L0', 'inc ebx', 'jmp L1', 'cmp eax, 5h', 'jb L2', 'dec ebx', 'jmp L1', 'nop']);
  });

  it('compares unsigned, or signed where an operand is a signed variable, field or cast', async () => {
    const data = 'Pair struc\nlow  SDWORD ?\nhigh DWORD ?\nPair ends\nVxD_LOCKED_DATA_SEG\nBalance SDWORD 0\nCount DWORD 0\nVxD_LOCKED_DATA_ENDS\n';
    assert.deepEqual(await assembled([
      '.IF Count > 0', 'nop', '.ENDIF',
      '.IF Balance > 0', 'nop', '.ENDIF',
      '.IF [esi].low < 2', 'nop', '.ENDIF',
      '.IF [esi].high < 2', 'nop', '.ENDIF',
      '.IF SDWORD PTR eax <= 7', 'nop', '.ENDIF',
    ], data), [
      'cmp 4:[10004h], 0h', 'jbe L0', 'nop',
      'cmp 4:[10000h], 0h', 'jle L1', 'nop',
      'cmp 4:[esi], 2h', 'jge L2', 'nop',
      'cmp 4:[esi+4h], 2h', 'jae L3', 'nop',
      'cmp eax, 7h', 'jg L4', 'nop',
    ]);
  });

  it('compares signed where a variable, field or cast is of a TYPEDEF of a signed type', async () => {
    const data = 'SINT TYPEDEF SDWORD\nCOUNT TYPEDEF SINT\nPair struc\nlow SINT ?\nPair ends\nVxD_LOCKED_DATA_SEG\nBalance COUNT 0\nVxD_LOCKED_DATA_ENDS\n';
    assert.deepEqual(await assembled([
      '.IF Balance > 0', 'nop', '.ENDIF',
      '.IF [esi].low < 2', 'nop', '.ENDIF',
      '.IF SINT PTR eax <= 7', 'nop', '.ENDIF',
    ], data), [
      'cmp 4:[10000h], 0h', 'jle L0', 'nop',
      'cmp 4:[esi], 2h', 'jge L1', 'nop',
      'cmp eax, 7h', 'jg L2', 'nop',
    ]);
  });

  it('joins conditions with && and || as MASM does, jumping as soon as the outcome is known (a condition continued over two lines)', async () => {
    assert.deepEqual(await assembled(['.IF eax != 0 && \\', '    (ebx < 3 || !(ecx & 4))', 'nop', '.ENDIF']), [
      'cmp eax, 0h', 'je L0',
      'cmp ebx, 3h', 'jb L1',
      'test ecx, 4h', 'jnz L0',
      'nop',
    ]);
  });

  it('tests a register with OR, memory against 0, a flag by its jump; puts a constant second; works out constant conditions', async () => {
    assert.deepEqual(await assembled([
      '.IF eax', 'nop', '.ENDIF',
      '.IF dword ptr [edi]', 'nop', '.ENDIF',
      '.IF CARRY? || !ZERO?', 'nop', '.ENDIF',
      '.IF 5 < eax', 'nop', '.ENDIF',
      '.IF 1 == 2', 'nop', '.ENDIF',
      '.IF (4 SHL 1) == 8', 'nop', '.ENDIF',
    ]), [
      'or eax, eax', 'jz L0', 'nop',
      'cmp 4:[edi], 0h', 'jz L1', 'nop',
      'jc L2', 'jz L3', 'nop',
      'cmp eax, 5h', 'jbe L4', 'nop',
      'jmp L5', 'nop',
      'nop',
    ]);
  });

  it('.WHILE tests at the bottom; .REPEAT / .UNTIL and .UNTILCXZ loop back; .BREAK and .CONTINUE leave or go on', async () => {
    assert.deepEqual(await assembled([
      '.WHILE ecx != 0', 'dec ecx', '.BREAK .IF ZERO?', '.CONTINUE .IF eax == 2', 'nop', '.ENDW',
      '.REPEAT', 'inc eax', '.BREAK', '.UNTIL eax >= 10',
      '.REPEAT', 'nop', '.UNTILCXZ',
      '.REPEAT', 'nop', '.UNTILCXZ eax == 3',
    ]), [
      'jmp L0', 'dec ecx', 'jz L1', 'cmp eax, 2h', 'je L0', 'nop', 'cmp ecx, 0h', 'jne L2',
      'inc eax', 'jmp L3', 'cmp eax, 0ah', 'jb L4',
      'nop', 'loop L5',
      'nop', 'cmp eax, 3h', 'loopne L6',
    ]);
  });
});

const procedure = (body: string): string => `        .386p
        include vmm.inc

VxD_LOCKED_CODE_SEG

BeginProc Guarded
${body}
        ret
EndProc Guarded

VxD_LOCKED_CODE_ENDS
        END
`;

const ALLOCATE = '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>';
const MAP = '        VMMcall _MapPhysToLinear, <0FEC00000h, 1000h, 0>';

describe('MASM 6 decision and loop directives: analysis', () => {
  const variants: Record<string, string> = {
    allocateChecked: procedure(`${ALLOCATE}\n        .IF eax != 0\n            mov dword ptr [edx], 0\n        .ENDIF`),
    allocateWrongWay: procedure(`${ALLOCATE}\n        .IF eax == 0\n            mov dword ptr [edx], 0\n        .ENDIF`),
    mapChecked: procedure(`${MAP}\n        .IF eax != 0FFFFFFFFh\n            mov ecx, [eax]\n        .ENDIF`),
    mapZeroOnly: procedure(`${MAP}\n        .IF eax != 0\n            mov ecx, [eax]\n        .ENDIF`),
    mapSignedType: procedure(`SINT    TYPEDEF SDWORD\n${MAP}\n        .IF SINT PTR eax >= 0\n            mov ecx, [eax]\n        .ENDIF`),
    mapUnsignedType: procedure(`UINT    TYPEDEF DWORD\n${MAP}\n        .IF UINT PTR eax >= 0\n            mov ecx, [eax]\n        .ENDIF`),
    loopChecked: procedure(`        mov esi, 4\n        .WHILE esi != 0\n${ALLOCATE}\n            .BREAK .IF eax == 0\n            mov dword ptr [edx], 0\n            VMMcall _PageFree, <eax, 0>\n            dec esi\n        .ENDW`),
    halfTyped: procedure(`${ALLOCATE}\n        .IF eax != 0\n            mov dword ptr [edx], 0`),
    unopened: procedure(`${ALLOCATE}\n        nop\n        .ENDIF`),
    badCondition: procedure(`${ALLOCATE}\n        .IF eax !=\n            mov dword ptr [edx], 0\n        .ENDIF`),
  };
  const findings = checkVariants(variants);
  const lineOf = (variant: string, text: string): number => (variants[variant]?.split('\n').findIndex((l) => l.includes(text)) ?? -2) + 1;

  it('a use under the .IF that excludes the failure value is clean; under the wrong test it is found', async () => {
    assert.deepEqual(await findings('allocateChecked'), []);
    assert.deepEqual(await findings('allocateWrongWay'), [`${lineOf('allocateWrongWay', '[edx]')} PW211`]);
    assert.deepEqual(await findings('mapChecked'), []);
    assert.deepEqual(await findings('mapZeroOnly'), [`${lineOf('mapZeroOnly', '[eax]')} PW210`]);
  });

  it('a cast to a TYPEDEF of a signed type compares signed: >= 0 then excludes 0FFFFFFFFh; of an unsigned one it excludes nothing', async () => {
    assert.deepEqual(await findings('mapSignedType'), []);
    assert.deepEqual(await findings('mapUnsignedType'), [`${lineOf('mapUnsignedType', '[eax]')} PW210`]);
  });

  it('a .BREAK .IF on the failure leaves the loop before the use', async () => {
    assert.deepEqual(await findings('loopChecked'), []);
  });

  it('a .IF still being typed, an .ENDIF with no .IF and a condition MASM cannot read stop the analysis with a note, not an error', async () => {
    assert.deepEqual(await findings('halfTyped', true), [
      `${lineOf('halfTyped', '.IF')} PW900 Analysis of Guarded was cut short: .IF without its closing directive`,
    ]);
    assert.deepEqual(await findings('unopened', true), [
      `${lineOf('unopened', '.ENDIF')} PW900 Analysis of Guarded was cut short: .ENDIF without an open .IF`,
    ]);
    assert.deepEqual(await findings('badCondition', true), [
      `${lineOf('badCondition', '.IF')} PW900 Analysis of Guarded was cut short: .IF eax !=: the condition ends too early`,
    ]);
  });
});

describe('MASM 6 decision directives: lowering reuse', () => {
  it('an edit in one procedure with .IF blocks lowers as the new text does afresh, before and after another procedure with them', async () => {
    const two = ['VxD_LOCKED_CODE_SEG', 'BeginProc One', '.IF eax == 1', 'inc ebx', '.ELSE', 'dec ebx', '.ENDIF', 'ret', 'EndProc One',
      'BeginProc Two', '.WHILE ecx', 'dec ecx', '.ENDW', 'ret', 'EndProc Two', 'VxD_LOCKED_CODE_ENDS', ''].join('\n');
    const document = await Document.open('vxd-masm', '/test/blocks.asm', two);
    document.lower();
    await document.check(replaced(document.current, 'inc ebx', 'add ebx, 2'), 'edit inside One');
    await document.check(replaced(document.current, '.ELSE\ndec ebx\n', ''), '.ELSE removed from One');
    await document.check(replaced(document.current, 'dec ecx', '.IF ecx > 4\nsub ecx, 2\n.ENDIF\ndec ecx'), '.IF added to Two');
  });

  it('a block left open by the statements between procedures (as while it is typed) lowers as the new text does afresh', async () => {
    const text = ['VxD_LOCKED_CODE_SEG', 'Loose:', '.IF eax', 'inc ebx', 'BeginProc One', 'mov ecx, 1', 'ret', 'EndProc One',
      'BeginProc Two', 'ret', 'EndProc Two', 'VxD_LOCKED_CODE_ENDS', ''].join('\n');
    const document = await Document.open('vxd-masm', '/test/loose.asm', text);
    document.lower();
    await document.check(replaced(document.current, 'mov ecx, 1', 'mov ecx, 2'), 'edit inside One');
    await document.check(replaced(document.current, 'inc ebx\n', 'inc ebx\n.ENDIF\n'), 'the block closed');
    await document.check(replaced(document.current, '.ENDIF\n', ''), 'open again');
  });
});
