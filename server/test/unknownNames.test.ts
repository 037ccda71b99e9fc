import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseSource, analyseTree } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { Parsers } from '../src/parsing/parsers.js';

// PW101 names the unknown service or SWI and suggests the nearest known
// names; names outside what the catalogue must know are never judged.

const parsers = Parsers.create();

async function pw101(languageId: LanguageId, text: string): Promise<{ line: number; message: string }[]> {
  const settings = { analysis: false } as const;
  const findings = await analyseSource(await parsers, { languageId, text, file: 'test', settings: { ...(await import('../src/analysis/settings.js')).DEFAULT_SETTINGS, ...settings } });
  return findings.filter((f) => f.code === 'PW101').map((f) => ({ line: f.range.start.line, message: f.message }));
}

/** PW101 in VxD texts analysed one after another as edits of one document, its syntax trees kept between them. */
function keptTreesPw101(): (text: string) => Promise<{ range: { start: { line: number } }; message: string }[]> {
  const syntaxTrees = new SyntaxTrees();
  const settings = { ...DEFAULT_SETTINGS, analysis: false };
  return async (text) => {
    const tree = await (await parsers).parse('vxd-masm', text);
    try {
      const findings = await analyseTree(tree, { languageId: 'vxd-masm', text, file: 'test', settings, syntaxTrees });
      return findings.filter((f) => f.code === 'PW101');
    } finally {
      tree.delete();
    }
  };
}

/** PW101 with the analysis on, which expands macros: the services macro arguments name are judged at the calls. */
function analysedPw101(syntaxTrees = new SyntaxTrees()): (text: string) => Promise<{ at: [number, number]; message: string }[]> {
  return async (text) => {
    const tree = await (await parsers).parse('vxd-masm', text);
    try {
      const findings = await analyseTree(tree, { languageId: 'vxd-masm', text, file: 'test', settings: DEFAULT_SETTINGS, syntaxTrees });
      return findings.filter((f) => f.code === 'PW101').map((f) => ({ at: [f.range.start.line, f.range.start.character], message: f.message }));
    } finally {
      tree.delete();
    }
  };
}

/** A VxD whose Init procedure runs `lines`, after `macros`. */
const vxdWithMacros = (macros: readonly string[], lines: readonly string[]): string => [
  '        .386p', '        include vmm.inc', ...macros,
  'VxD_LOCKED_CODE_SEG', 'BeginProc Init', ...lines.map((l) => `        ${l}`), 'Fail:   stc', '        ret', 'EndProc Init', 'VxD_LOCKED_CODE_ENDS', '        END', '',
].join('\n');

const SVC_CHK = ['Svc_Chk MACRO svc, args, fail', '        VMMcall svc, <args>', '        or      eax, eax', '        jz      fail', '        ENDM'];

describe('PW101 unknown-service', () => {
  test('a misspelt VMM service, with or without the comma, suggests the right one', async () => {
    const found = await pw101('vxd-masm', 'BeginProc Foo\n        VMMcall _PageAlocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>\n        VMMCall _XchgFreePhysRg <esi, 0, 0>\n        ret\nEndProc Foo\n');
    assert.deepEqual(found.map((f) => f.line), [1, 2]);
    assert.match(found[0]?.message ?? '', /No VMM service is called _PageAlocate; did you mean _PageAllocate/);
    assert.match(found[1]?.message ?? '', /did you mean _XchgFreePhysReg/);
  });

  test('known services, register services, other devices\' services and the file\'s own service table are not reported', async () => {
    const text = [
      'Create_MYVXD_Service_Table = 1',
      'Begin_Service_Table MYVXD',
      'MYVXD_Service _MYVXD_Get_Version, VxD_LOCKED_CODE',
      'End_Service_Table MYVXD',
      'BeginProc Foo',
      '        VMMcall _PageFree, <eax, 0>',
      '        VMMcall Get_Cur_VM_Handle',
      '        VxDcall VPICD_Set_Int_Request',
      '        VxDcall _MYVXD_Get_Version',
      '        ret',
      'EndProc Foo',
      '',
    ].join('\n');
    assert.deepEqual(await pw101('vxd-masm', text), []);
  });

  const vxdCalls = (includes: readonly string[], ...calls: string[]): string =>
    [...includes.map((i) => `        include ${i}`), 'BeginProc Foo', ...calls.map((c) => `        ${c}`), '        ret', 'EndProc Foo', '        END', ''].join('\n');

  test('a VxDcall of another device\'s service is never reported, whatever its name and whether a header PageWarden provides declares it', async () => {
    const text = vxdCalls(['vmm.inc', 'shell.inc', 'vwin32.inc', 'configmg.inc', 'ifsmgr.inc', 'vdmad.inc'],
      'VxDcall _SHELL_CallAtAppyTime, <OFFSET32 Foo, 0, 0, 0>',
      'VxDcall _VWIN32_QueueUserApc, <OFFSET32 Foo, 0, ebx>',
      'VxDjmp  _CONFIGMG_Register_Device_Driver',
      'VxDcall SHELL_Resolve_Contention',
      // A typo in a table PageWarden does not list proves nothing: the catalogue lists VMM's services alone.
      'VxDcall SHELL_Resolve_Contnetion',
      'VxDcall VDMAD_Lock_DMA_Regio',
      // IFSMgr's table has names that do not begin with its own.
      'VxDcall UniToBCS, <esi, edi, ecx, 255, 0>',
      // With tables PageWarden does not list in reach, a name like a VMM service's may be theirs too.
      'VxDcall _PageAlocate',
      'VxDcall Bogus_Nonexistent_Service');
    assert.deepEqual(await pw101('vxd-masm', text), []);
    // VMMcall takes VMM services alone.
    const [vmmOnly] = await pw101('vxd-masm', vxdCalls(['vmm.inc', 'shell.inc'], 'VMMcall _SHELL_CallAtAppyTime, <OFFSET32 Foo, 0, 0, 0>'));
    assert.match(vmmOnly?.message ?? '', /^No VMM service is called _SHELL_CallAtAppyTime/);
  });

  test('with vmm.inc alone, a VxDcall name that begins with no standard device\'s is judged as a VMM service', async () => {
    const found = await pw101('vxd-masm', vxdCalls(['vmm.inc', 'winerror.inc'],
      'VxDcall _PageAlocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>',
      'VxDcall Bogus_Nonexistent_Service',
      'VxDcall _SHELL_CallAtAppyTime, <OFFSET32 Foo, 0, 0, 0>',
      'VxDcall VPICD_Phys_EOI'));
    assert.deepEqual(found.map((f) => [f.line, f.message]), [
      [3, 'No VMM service is called _PageAlocate; did you mean _PageAllocate, _PageReAllocate, _PageLock?'],
      [4, 'No VMM service is called Bogus_Nonexistent_Service'],
    ]);
  });

  test('a VxDcall of a device whose service table the file declares is judged against that table, whatever the file includes', async () => {
    const text = [
      '        include vmm.inc',
      '        include shell.inc',
      'Begin_Service_Table MYVXD',
      'MYVXD_Service MYVXD_Get_Version, LOCAL',
      'MYVXD_StdCall_Service _MYVXD_Read_Buffer, 2',
      'End_Service_Table MYVXD',
      'BeginProc Foo',
      '        VxDcall MYVXD_Get_Version',
      '        VxDcall _MYVXD_Read_Buffer, <eax, ecx>',
      '        VxDcall MYVXD_Get_Versoin',
      '        VxDcall _MYVXD_Read_Bufer, <eax, ecx>',
      '        ret',
      'EndProc Foo',
      '        END',
      '',
    ].join('\n');
    assert.deepEqual((await pw101('vxd-masm', text)).map((f) => [f.line, f.message]), [
      [9, 'No MYVXD service is called MYVXD_Get_Versoin; did you mean MYVXD_Get_Version?'],
      [10, 'No MYVXD service is called _MYVXD_Read_Bufer; did you mean _MYVXD_Read_Buffer?'],
    ]);
  });

  test('a VxDcall in a file with a header of its own is not judged: the header may declare the service', async () => {
    assert.deepEqual(await pw101('vxd-masm', vxdCalls(['vmm.inc', 'myvxd.inc'], 'VxDcall _MYVXD_Get_Version', 'VxDcall Get_Buffer_Info')), []);
    // Nor in a file that includes nothing: another file includes it, and decides what is in reach.
    assert.deepEqual(await pw101('vxd-masm', vxdCalls([], 'VxDcall _MYVXD_Get_Version')), []);
  });

  test('a misspelt kernel SWI in ObjAsm is reported with its X form suggested; other modules\' SWIs and numbers are not', async () => {
    const found = await pw101('riscos-objasm', '        AREA    |x|, CODE\n        SWI     XOS_DynamicAera\n        SWI     XWimp_Poll\n        SWI     &20066\n        SWI     OS_Memory\n        END\n');
    assert.deepEqual(found.map((f) => f.line), [1]);
    assert.match(found[0]?.message ?? '', /No SWI is called XOS_DynamicAera; did you mean XOS_DynamicArea/);
  });

  test('another module\'s SWI no header defines cuts the procedure short with a PW900 that names it as written', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY', 'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
      '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
      'Title   =       "Test", 0', '        ALIGN',
      'Init    STMFD   sp!, {lr}', '        MOV     r0, #0', '        SWI     XWimp_ReadSysInfo', '        LDMFD   sp!, {pc}', '        END', '',
    ].join('\n');
    const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: 'test', settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.map((f) => [f.code, f.range.start.line, f.message]),
      [['PW900', 13, 'Analysis of Init was cut short: no model for SWI XWimp_ReadSysInfo, whose number is not known']]);
  });

  test('BASIC SYS and assembler swi names are checked the same way', async () => {
    const found = await pw101('riscos-bbcbasic', '10 SYS "OS_Memroy", 0\n20 SYS "Wimp_Initialise"\n30 [ OPT 2\n40 swi "OS_WriteC"\n50 ]\n');
    assert.deepEqual(found.map((f) => f.line), [0]);
    assert.match(found[0]?.message ?? '', /did you mean OS_Memory/);
  });

  test('a SWI name in another case is no SWI, as ObjAsm and OS_SWINumberFromString take it: PW101 names the SWI it spells', async () => {
    const objasm = await pw101('riscos-objasm', '        AREA    |T$$Code|, CODE, READONLY\n        SWI     xos_dynamicarea\n        SWI     XOS_DynamicArea\n        END\n');
    assert.deepEqual(objasm, [{ line: 1, message: 'No SWI is called xos_dynamicarea; did you mean XOS_DynamicArea? SWI names are case-sensitive' }]);
    const basic = await pw101('riscos-bbcbasic', '10 SYS "os_memory", 0\n20 SYS "OS_Memory", 0\n30 [ OPT 2\n40 SWI "xos_memory"\n50 SWI "XOS_Memory"\n60 ]\n');
    assert.deepEqual(basic, [
      { line: 0, message: 'No SWI is called os_memory; did you mean OS_Memory? SWI names are case-sensitive' },
      { line: 3, message: 'No SWI is called xos_memory; did you mean XOS_Memory? SWI names are case-sensitive' },
    ]);
  });

  test('a catalogued module SWI\'s name in another case, and one a symbol of an ObjAsm expression spells, are PW101 too', async () => {
    const objasm = await pw101('riscos-objasm', [
      '        AREA    |T$$Code|, CODE, READONLY',
      '        SWI     XMessageTrans_Errorlookup',
      '        SWI     OS_Dynamicarea :OR: Auto_Error_SWI_bit',
      '        SWI     (xhourglass_on)',
      '        SWI     |XOS_Dynamicarea|',
      '        SWI     XOS_DynamicAera + 0',
      // Written as the SWIs are, or another module's SWI the catalogue does not list: nothing to say.
      '        SWI     XMessageTrans_ErrorLookup',
      '        SWI     OS_DynamicArea :OR: Auto_Error_SWI_bit',
      '        SWI     XWimp_Poll :OR: 0',
      '        SWI     OS_WriteI + 10',
      '        END', '',
    ].join('\n'));
    assert.deepEqual(objasm, [
      { line: 1, message: 'No SWI is called XMessageTrans_Errorlookup; did you mean XMessageTrans_ErrorLookup? SWI names are case-sensitive' },
      { line: 2, message: 'No SWI is called OS_Dynamicarea; did you mean OS_DynamicArea? SWI names are case-sensitive' },
      { line: 3, message: 'No SWI is called xhourglass_on; did you mean XHourglass_On? SWI names are case-sensitive' },
      { line: 4, message: 'No SWI is called XOS_Dynamicarea; did you mean XOS_DynamicArea? SWI names are case-sensitive' },
      { line: 5, message: 'No SWI is called XOS_DynamicAera; did you mean XOS_DynamicArea?' },
    ]);
    // In BBC BASIC a name in an expression is a variable: only the string is a SWI's name.
    const basic = await pw101('riscos-bbcbasic', '10 SYS "XMessageTrans_errorlookup", 0\n20 SYS "MessageTrans_ErrorLookup", 0\n30 SYS os_dynamicarea% + 1\n40 [ OPT 2\n50 SWI "MessageTrans_errorLookup"\n60 ]\n');
    assert.deepEqual(basic, [
      { line: 0, message: 'No SWI is called XMessageTrans_errorlookup; did you mean XMessageTrans_ErrorLookup? SWI names are case-sensitive' },
      { line: 4, message: 'No SWI is called MessageTrans_errorLookup; did you mean MessageTrans_ErrorLookup? SWI names are case-sensitive' },
    ]);
  });

  test('a SWI name PW101 reports inside an expression is not PW102 as well', async () => {
    const text = '        AREA    |T$$Code|, CODE, READONLY\n        SWI     XOS_DynamicAera :OR: 0\n        SWI     os_dynamicarea :OR: Auto_Error_SWI_bit\n        SWI     Not_Defined :OR: 0\n        END\n';
    const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text, file: 'test', settings: DEFAULT_SETTINGS });
    assert.deepEqual(findings.map((f) => `${f.code}@${f.range.start.line}`), ['PW101@1', 'PW101@2', 'PW102@3']);
  });

  test('a SWI name in another case is an unknown call: the area it would create has no handler to analyse', async () => {
    const module = (swi: string): string => [
      '        AREA    |Test$$Code|, CODE, READONLY', 'Module_Base', '        DCD     0', '        DCD     Init - Module_Base', '        DCD     0', '        DCD     0',
      '        DCD     Title - Module_Base', '        DCD     Title - Module_Base', '        DCD     0',
      'Title   =       "Test", 0', '        ALIGN',
      'Init    STMFD   sp!, {lr}', '        MOV     r0, #0', '        MOV     r1, #-1', '        MOV     r2, #0', '        MOV     r3, #-1', '        MOV     r4, #0',
      '        MOV     r5, #&100000', '        ADR     r6, Handler', '        MOV     r7, #0', '        ADR     r8, Title', `        SWI     ${swi}`, '        LDMFD   sp!, {pc}',
      // Every reason returns with R2 changed.
      'Handler MOV     r2, #0', '        MSR     CPSR_f, #0', '        MOV     pc, lr', '        END', '',
    ].join('\n');
    const codes = async (swi: string) => (await analyseSource(await parsers, { languageId: 'riscos-objasm', text: module(swi), file: 'test', settings: DEFAULT_SETTINGS }))
      .map((f) => f.code);
    assert.ok((await codes('XOS_DynamicArea')).includes('PW304'));
    assert.deepEqual(await codes('xos_dynamicarea'), ['PW900', 'PW101']);
    // So is one written as an expression of the SWI's name and the X bit.
    assert.ok((await codes('OS_DynamicArea :OR: Auto_Error_SWI_bit')).includes('PW304'));
    assert.deepEqual(await codes('OS_Dynamicarea :OR: Auto_Error_SWI_bit'), ['PW900', 'PW101']);
  });

  test('with the document\'s syntax trees kept between edits, names are found where they now are', async () => {
    const pw101 = keptTreesPw101();
    const lines = async (text: string): Promise<number[]> => (await pw101(text)).map((f) => f.range.start.line);
    const first = 'BeginProc First\n        VMMcall _PageAlocate, <1, 0, 0, 0, 0, 0, 0, 0>\n        ret\nEndProc First\n';
    const second = (service: string): string => `BeginProc Second\n        VMMcall ${service}, <eax, 0>\n        ret\nEndProc Second\n`;
    assert.deepEqual(await lines(`${first}\n${second('_PageFree')}`), [1]);
    // First moves down unchanged; Second's call is misspelt.
    assert.deepEqual(await lines(`; moved\n${first}\n${second('_PageFre')}`), [2, 7]);
    assert.deepEqual(await lines(`; moved\n${first.replace('_PageAlocate', '_PageAllocate')}\n${second('_PageFre')}`), [7]);
  });

  test('a service a macro names by its parameter is judged at each call, at the argument that names it, never in the macro body', async () => {
    const analysed = analysedPw101();
    const valid = vxdWithMacros(SVC_CHK, ['Svc_Chk _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>, Fail', 'Svc_Chk _PageLock, <eax, 2, 0, 0>, Fail', 'clc']);
    assert.deepEqual(await analysed(valid), []);
    // Without the analysis nothing is expanded: the body alone names nothing.
    assert.deepEqual(await pw101('vxd-masm', valid), []);
    const misspelt = vxdWithMacros(SVC_CHK, ['Svc_Chk _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, 0>, Fail', 'Svc_Chk _PageLok, <eax, 2, 0, 0>, Fail', 'clc']);
    assert.deepEqual(await analysed(misspelt), [{ at: [10, 16], message: 'No VMM service is called _PageLok; did you mean _PageLock?' }]);
  });

  test('a service passed on through other macros, glued with &, or listed for IRP is judged where the file\'s call writes it', async () => {
    const analysed = analysedPw101();
    const macros = [
      ...SVC_CHK,
      'Outer MACRO s', '        Svc_Chk s, <0, 0>, Fail', '        ENDM',
      'Pg MACRO op', '        VMMcall _Page&op, <0, 0>', '        ENDM',
      'Each MACRO a, b', '        IRP s, <a, b>', '        VMMcall s', '        ENDM', '        ENDM',
      'Own MACRO', '        LOCAL there', '        Svc_Chk _PageFre, <0, 0>, there', 'there:', '        ENDM',
    ];
    const valid = vxdWithMacros(macros, ['Outer _PageFree', 'Pg Free', 'Each Get_Cur_VM_Handle, Get_Sys_VM_Handle', 'IRP x, <Get_Cur_VM_Handle>', 'VMMcall x', 'ENDM']);
    assert.deepEqual(await analysed(valid), []);
    const misspelt = vxdWithMacros(macros, ['Outer _PageFre', 'Pg Fre', 'Each Get_Cur_VM_Handle, Get_Sys_VM_Handl', 'IRP x, <Get_Cur_VM_Handl>', 'VMMcall x', 'ENDM', 'Own']);
    assert.deepEqual((await analysed(misspelt)).map((f) => [f.at, f.message.replace(/;.*/, '')]), [
      // Written in Own's body, which passes it on to Svc_Chk: judged there, as no call's argument names it.
      [[20, 16], 'No VMM service is called _PageFre'],
      [[25, 14], 'No VMM service is called _PageFre'],
      [[26, 11], 'No VMM service is called _PageFre'],
      [[27, 32], 'No VMM service is called Get_Sys_VM_Handl'],
      [[28, 16], 'No VMM service is called Get_Cur_VM_Handl'],
    ]);
  });

  test('a VxDcall service a macro\'s argument names is judged as the call written out is, against the file\'s own table', async () => {
    const analysed = analysedPw101();
    const table = ['Begin_Service_Table MYVXD', 'MYVXD_Service MYVXD_Get_Version, LOCAL', 'End_Service_Table MYVXD', 'Call_It MACRO svc', '        VxDcall svc', '        ENDM'];
    assert.deepEqual(await analysed(vxdWithMacros(table, ['Call_It MYVXD_Get_Version', 'Call_It SHELL_Resolve_Contnetion'])), []);
    assert.deepEqual((await analysed(vxdWithMacros(table, ['Call_It MYVXD_Get_Versoin']))).map((f) => f.message),
      ['No MYVXD service is called MYVXD_Get_Versoin; did you mean MYVXD_Get_Version?']);
  });

  test('with the syntax trees kept, a service a macro argument names is judged where the call now is', async () => {
    const analysed = analysedPw101(new SyntaxTrees());
    const text = vxdWithMacros(SVC_CHK, ['Svc_Chk _PageLok, <eax, 2, 0, 0>, Fail']);
    assert.deepEqual((await analysed(text)).map((f) => f.at), [[9, 16]]);
    assert.deepEqual((await analysed(`; a line\n; another\n${text}`)).map((f) => f.at), [[11, 16]]);
    assert.deepEqual(await analysed(`; a line\n; another\n${text.replace('_PageLok', '_PageLock')}`), []);
  });

  test('a service a macro\'s own text passes on (its body, a parameter\'s default) is reported once, where that text is, however many calls expand it', async () => {
    const analysed = analysedPw101();
    const macros = (alloc: string, free: string, again: string): string[] => [
      ...SVC_CHK,
      'Alloc_Into MACRO var, n, fail', `        Svc_Chk ${alloc}, <n, PG_SYS, 0, 0, 0, 0, 0, 0>, fail`, '        mov     var, eax', '        ENDM',
      `Free_Var MACRO var, svc:=<${free}>`, '        VMMcall svc, <var, 0>', '        ENDM',
      'Free_Twice MACRO', '        REPT 2', `        Svc_Chk ${again}, <0, 0>, Fail`, '        ENDM', '        ENDM',
      'Direct MACRO', `        VMMcall ${again}, <0, 0>`, '        ENDM',
    ];
    const calls = ['Alloc_Into [esi], 4, Fail', 'Alloc_Into [edi], 1, Fail', 'Free_Var [esi]', 'Free_Var [edi]', 'Free_Var [ebx], _PageFree', 'Free_Twice', 'Free_Twice', 'Direct', 'Direct'];
    const misspelt = await analysed(vxdWithMacros(macros('_PageAlocate', '_PagFree', '_PageFre'), calls));
    assert.deepEqual(misspelt.map((f) => [f.at, f.message.replace(/;.*/, '')]), [
      [[8, 16], 'No VMM service is called _PageAlocate'],
      [[11, 26], 'No VMM service is called _PagFree'],
      // In a repeat block's body, and written in a macro body as the call's own service, which the syntax tree shows.
      [[16, 16], 'No VMM service is called _PageFre'],
      [[20, 16], 'No VMM service is called _PageFre'],
    ]);
    assert.deepEqual(await analysed(vxdWithMacros(macros('_PageAllocate', '_PageFree', '_PageFree'), calls)), []);
  });

  test('a service a macro\'s text passes on is reported in the included file that defines the macro, once', async () => {
    const header = ['Svc_Chk MACRO svc', '        VMMcall svc, <0, 0>', '        ENDM', 'Free_It MACRO', '        Svc_Chk _PagFree', '        ENDM', ''].join('\n');
    const text = vxdWithMacros(['        include mymacros.inc'], ['Free_It', 'Free_It', 'Svc_Chk _PageFre']);
    const tree = await (await parsers).parse('vxd-masm', text);
    try {
      const readFile = (path: string): string | undefined => (/mymacros\.inc$/.test(path) ? header : undefined);
      const findings = await analyseTree(tree, { languageId: 'vxd-masm', text, file: '/src/test.asm', settings: DEFAULT_SETTINGS, readFile });
      assert.deepEqual(findings.filter((f) => f.code === 'PW101').map((f) => [f.file, f.range.start.line, f.range.start.character, f.message.replace(/;.*/, '')]), [
        ['/src/mymacros.inc', 4, 16, 'No VMM service is called _PagFree'],
        [undefined, 7, 16, 'No VMM service is called _PageFre'],
      ]);
    } finally {
      tree.delete();
    }
  });

  test('with the syntax trees kept, a service a macro\'s text passes on is reported where that text now is', async () => {
    const analysed = analysedPw101(new SyntaxTrees());
    const macros = [...SVC_CHK, 'Alloc_It MACRO fail', '        Svc_Chk _PageAlocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>, fail', '        ENDM'];
    const text = vxdWithMacros(macros, ['Alloc_It Fail', 'Alloc_It Fail']);
    const at = async (edited: string): Promise<[number, number][]> => (await analysed(edited)).map((f) => f.at);
    assert.deepEqual(await at(text), [[8, 16]]);
    // Lines between the macro and its calls move the calls, not the macro.
    const between = text.replace('VxD_LOCKED_CODE_SEG', '; a line\n; another\nVxD_LOCKED_CODE_SEG');
    assert.deepEqual(await at(between), [[8, 16]]);
    // A comment on the macro's first line, then lines above it: the macro moves with them.
    const commented = between.replace('Alloc_It MACRO fail', 'Alloc_It MACRO fail ; allocates');
    assert.deepEqual(await at(commented), [[8, 16]]);
    assert.deepEqual(await at(`; a line\n${commented}`), [[9, 16]]);
    assert.deepEqual(await at(`; a line\n${commented.replace('_PageAlocate', '_PageAllocate')}`), []);
  });

  test('a service named through a text macro is judged by the text it stands for, once, at the text macro\'s value', async () => {
    const analysed = analysedPw101();
    const macros = (alloc: string, free: string, lock: string): string[] => [
      ...SVC_CHK,
      `Alloc_Svc TEXTEQU <${alloc}>`, `Free_Svc EQU <${free}>`, `Lock_Svc CATSTR <_Page>, <${lock}>`, 'Same_Svc TEXTEQU Alloc_Svc', 'Pages TEXTEQU <2>',
      'Alloc_Two MACRO', '        Svc_Chk Alloc_Svc, <2, PG_SYS, 0, 0, 0, 0, 0, 0>, Fail', '        ENDM',
      'Lock_It MACRO svc', '        VMMcall svc, <eax, Pages, 0, 0>', '        ENDM',
    ];
    const calls = [
      'VMMcall Alloc_Svc, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', 'VMMcall Same_Svc, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', 'Alloc_Two', 'Alloc_Two',
      'VMMcall Free_Svc, <eax, 0>', 'Svc_Chk Lock_Svc, <eax, Pages, 0, 0>, Fail',
    ];
    const valid = vxdWithMacros(macros('_PageAllocate', '_PageFree', 'Lock'), [...calls, 'Svc_Chk _PageLock, <eax, Pages, 0, 0>, Fail', 'Lock_It _PageLock']);
    assert.deepEqual(await analysed(valid), []);
    // Without the analysis nothing is expanded: a text macro's name is no service's.
    assert.deepEqual(await pw101('vxd-masm', valid), []);
    const misspelt = await analysed(vxdWithMacros(macros('_PageAlocate', '_PagFree', 'Lok'), [...calls, 'Svc_Chk _PageLok, <eax, Pages, 0, 0>, Fail', 'Lock_It _PageLok']));
    assert.deepEqual(misspelt.map((f) => [f.at, f.message.replace(/;.*/, '')]), [
      [[7, 19], 'No VMM service is called _PageAlocate'],
      [[8, 14], 'No VMM service is called _PagFree'],
      // Made of several pieces: where they are written.
      [[9, 16], 'No VMM service is called _PageLok'],
      // A call's argument beside a text macro's name, in the call or in the macro's body, is still where that call writes it.
      [[26, 16], 'No VMM service is called _PageLok'],
      [[27, 16], 'No VMM service is called _PageLok'],
    ]);
  });

  test('with the syntax trees kept, a service a text macro names is reported where its value now is', async () => {
    const analysed = analysedPw101(new SyntaxTrees());
    const text = vxdWithMacros(['Alloc_Svc TEXTEQU <_PageAlocate>'], ['VMMcall Alloc_Svc, <1, PG_SYS, 0, 0, 0, 0, 0, 0>']);
    const at = async (edited: string): Promise<[number, number][]> => (await analysed(edited)).map((f) => f.at);
    assert.deepEqual(await at(text), [[2, 19]]);
    const between = text.replace('VxD_LOCKED_CODE_SEG', '; a line\nVxD_LOCKED_CODE_SEG');
    assert.deepEqual(await at(between), [[2, 19]]);
    const commented = between.replace('<_PageAlocate>', '<_PageAlocate> ; allocates');
    assert.deepEqual(await at(commented), [[2, 19]]);
    assert.deepEqual(await at(`; a line\n${commented}`), [[3, 19]]);
  });

  test('a service named through a text macro a header defines is judged by its text, at the header\'s value; a header not found leaves every name unjudged', async () => {
    const header = (alloc: string): string => [`My_Alloc TEXTEQU <${alloc}>`, 'My_Free EQU <_PageFree>', ''].join('\n');
    const found = async (header: string | undefined, lines: readonly string[], settings = DEFAULT_SETTINGS): Promise<unknown[]> => {
      const text = vxdWithMacros(['        include mydefs.inc'], lines);
      const tree = await (await parsers).parse('vxd-masm', text);
      try {
        const readFile = (path: string): string | undefined => (/mydefs\.inc$/.test(path) ? header : undefined);
        const findings = await analyseTree(tree, { languageId: 'vxd-masm', text, file: '/src/test.asm', settings, readFile });
        return findings.filter((f) => f.code === 'PW101').map((f) => [f.file, f.range.start.line, f.range.start.character, f.message.replace(/;.*/, '')]);
      } finally {
        tree.delete();
      }
    };
    const calls = ['VMMcall My_Alloc, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', 'VMMcall My_Free, <eax, 0>'];
    assert.deepEqual(await found(header('_PageAllocate'), calls), []);
    const misspelt = [...calls, 'VMMcall _PageAlocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>'];
    assert.deepEqual(await found(header('_PageAlocate'), misspelt), [
      ['/src/mydefs.inc', 0, 18, 'No VMM service is called _PageAlocate'],
      // No text macro of the header's: the name as the call writes it.
      [undefined, 7, 16, 'No VMM service is called _PageAlocate'],
    ]);
    // Without the header (PW103) any name may be one of its text macros; without the analysis the header is not read.
    assert.deepEqual(await found(undefined, misspelt), []);
    assert.deepEqual(await found(header('_PageAllocate'), misspelt, { ...DEFAULT_SETTINGS, analysis: false }), []);
  });

  test('a line the expansion operator opens is judged as it expands, at the text macro\'s value, the function\'s call or the line\'s name', async () => {
    const analysed = analysedPw101(new SyntaxTrees());
    const macros = (alloc: string, free: string): string[] => [`Alloc_Svc TEXTEQU <${alloc}>`, 'Free_It MACRO', `%       VMMcall ${free}, <eax, 0>`, '        ENDM'];
    const lines = (lock: string, free: string): string[] => [
      '% VMMcall Alloc_Svc, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', `% VMMcall @CatStr(<_Page>, <${lock}>), <eax, 1, 0, 0>`, `% VMMcall ${free}, <eax, 0>`, 'Free_It', 'Free_It',
    ];
    assert.deepEqual(await analysed(vxdWithMacros(macros('_PageAllocate', '_PageFree'), lines('Lock', '_PageFree'))), []);
    const misspelt = vxdWithMacros(macros('_PageAlocate', '_PagFree'), lines('Lok', '_PageFre'));
    const at = async (text: string): Promise<[[number, number], string][]> => (await analysed(text)).map((f) => [f.at, f.message.replace(/;.*/, '')]);
    assert.deepEqual(await at(misspelt), [
      [[2, 19], 'No VMM service is called _PageAlocate'],
      // In a macro's body: once for both calls.
      [[4, 16], 'No VMM service is called _PagFree'],
      [[9, 18], 'No VMM service is called _PageLok'],
      [[10, 18], 'No VMM service is called _PageFre'],
    ]);
    assert.deepEqual((await at(`; a line\n${misspelt}`)).map(([place]) => place), [[3, 19], [5, 16], [10, 18], [11, 18]]);
  });

  test('a line the expansion operator opens goes on past a backslash ending it, as any MASM line does', async () => {
    const text = (service: string): string => vxdWithMacros([], [`% VMMcall ${service}, <1, PG_SYS, 0, 0, 0, 0, 0, \\`, '        PageFixed>']);
    const tree = await (await parsers).parse('vxd-masm', text('_PageAllocate'));
    try {
      const findings = await analyseTree(tree, { languageId: 'vxd-masm', text: text('_PageAllocate'), file: 'test', settings: DEFAULT_SETTINGS });
      assert.deepEqual(findings.map((f) => f.code), []);
    } finally {
      tree.delete();
    }
    assert.deepEqual(await analysedPw101()(text('_PageAlocate')), [{ at: [4, 18], message: 'No VMM service is called _PageAlocate; did you mean _PageAllocate, _PageReAllocate, _PageLock?' }]);
  });

  test('with the syntax trees kept, a call left alone is judged again against the service table as each edit leaves it', async () => {
    const pw101 = keptTreesPw101();
    const messages = async (text: string): Promise<string[]> => (await pw101(text)).map((f) => `${f.range.start.line}: ${f.message}`);
    const table = (service: string): string => `Begin_Service_Table MYVXD\nMYVXD_Service ${service}, VxD_LOCKED_CODE\nEnd_Service_Table MYVXD\n`;
    const procedure = 'BeginProc Foo\n        VMMcall _MYVXD_Get_Version\n        VMMcall _PageFree, <eax, 0>\n        ret\nEndProc Foo\n';
    assert.deepEqual(await messages(`${table('_MYVXD_Get_Version')}${procedure}`), []);
    // The table no longer declares it: the very call is unknown now, where it lies.
    const [unknown] = await messages(`; a line\n${table('_MYVXD_Get_Versio')}${procedure}`);
    assert.match(unknown ?? '', /^5: No VMM service is called _MYVXD_Get_Version/);
    assert.deepEqual(await messages(`${table('_MYVXD_Get_Version')}${procedure}`), []);
  });

  describe('a VMM service the target\'s VMM does not have', () => {
    const targetPw101 = async (version: '3.1' | '95' | '98', lines: readonly string[], macros: readonly string[] = []): Promise<string[]> => {
      const text = vxdWithMacros(macros, lines);
      const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'test', settings: { ...DEFAULT_SETTINGS, windowsVersion: version } });
      return findings.filter((f) => f.code === 'PW101').map((f) => `${f.range.start.line}:${f.range.start.character} ${f.message}`);
    };
    const RESERVE = 'VMMcall _PageReserve, <PR_SYSTEM, 4, 0>';
    const UNMAP = 'VMMcall _UnmapPhysToLinear, <esi, 4000h, 0>';
    const PAGE_OUT = 'VMMcall _PageOutPages, <esi, 1, 0>';

    test('is reported at its name, with the Windows that brought it', async () => {
      assert.deepEqual(await targetPw101('3.1', [RESERVE, UNMAP]), [
        '4:16 _PageReserve is not a Windows 3.1 service (it came with Windows 95)',
        '5:16 _UnmapPhysToLinear is not a Windows 3.1 service (it came with Windows Me)',
      ]);
      assert.deepEqual(await targetPw101('95', [RESERVE, PAGE_OUT, UNMAP]), [
        '5:16 _PageOutPages is not a Windows 95 service (it came with Windows 98)',
        '6:16 _UnmapPhysToLinear is not a Windows 95 service (it came with Windows Me)',
      ]);
      assert.deepEqual(await targetPw101('98', [RESERVE, PAGE_OUT, UNMAP]), ['6:16 _UnmapPhysToLinear is not a Windows 98 service (it came with Windows Me)']);
    });

    test('is not reported where the target has it, nor in a conditional the target does not assemble', async () => {
      assert.deepEqual(await targetPw101('3.1', ['VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>', 'VMMcall _PageFree, <eax, 0>']), []);
      assert.deepEqual(await targetPw101('95', [RESERVE]), []);
      assert.deepEqual(await targetPw101('3.1', ['IFDEF WIN40SERVICES', RESERVE, 'ENDIF']), []);
    });

    test('named by a macro\'s argument, is reported at the argument, once', async () => {
      assert.deepEqual(await targetPw101('3.1', ['Svc_Chk _PageReserve, <PR_SYSTEM, 4, 0>, Fail'], SVC_CHK), [
        '9:16 _PageReserve is not a Windows 3.1 service (it came with Windows 95)',
      ]);
    });
  });
});

