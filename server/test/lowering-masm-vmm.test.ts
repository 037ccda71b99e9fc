import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseVmmProcedure } from '../../emulator/src/index.js';
import { lower } from './lowering-masm-support.js';

// Lowered procedures run through the VMM model: the IR is what the model
// expects (int 20h + link dword, the macro sites for PW250) and findings
// point back at the source lines.

const SOURCE = [
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Unchecked',
  '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>',
  '        mov     edx, [eax]',
  '        ret',
  'EndProc Unchecked',
  'BeginProc Checked',
  '        VMMcall _PageReserve, <PR_SYSTEM, 1, PR_FIXED>',
  '        cmp     eax, -1',
  '        je      Fail',
  '        mov     edx, [eax]',
  'Fail:   ret',
  'EndProc Checked',
  'BeginProc Short_List',
  '        VMMcall _PageFree, <eax>',
  '        ret',
  'EndProc Short_List',
  'VxD_LOCKED_CODE_ENDS',
].join('\n');

describe('MASM lowering into the VMM model', () => {
  it('finds an unchecked 0FFFFFFFFh at the dereference and nothing in the checked version', async () => {
    const r = await lower(SOURCE);
    const bad = analyseVmmProcedure(r.program, 'Unchecked', { macroCalls: r.vmmCalls });
    assert.deepEqual(bad.findings.map((f) => [f.code, f.range.start.line]), [['PW210', 3]]);
    const good = analyseVmmProcedure(r.program, 'Checked', { macroCalls: r.vmmCalls });
    assert.deepEqual(good.findings, []);
  });

  it('reports a short argument list at the VMMcall', async () => {
    const r = await lower(SOURCE);
    const a = analyseVmmProcedure(r.program, 'Short_List', { macroCalls: r.vmmCalls });
    assert.deepEqual(a.findings.map((f) => [f.code, f.range.start.line]), [['PW250', 14]]);
  });
});
