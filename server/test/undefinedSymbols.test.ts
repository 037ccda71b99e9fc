import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';

// PW102 reports names defined nowhere the analysis can see, with the nearest
// names the program defines; wherever a definition may be out of sight it
// stays silent.

const parsers = Parsers.create();

async function pw102(languageId: LanguageId, lines: readonly string[], file = '/src/test'): Promise<string[]> {
  const text = `${lines.join('\n')}\n`;
  const findings = await analyseSource(await parsers, { languageId, text, file, settings: { ...DEFAULT_SETTINGS, includePaths: [] } });
  return findings.filter((f) => f.code === 'PW102').map((f) => `${f.range.start.line}: ${f.message}`);
}

const vxd = (...body: string[]): string[] => [
  '        .386p',
  'Region_Page     dd      0',
  'BeginProc Init',
  ...body,
  'Init_Fail:',
  '        ret',
  'EndProc Init',
  '        END',
];

describe('PW102 undefined-symbol in MASM', () => {
  test('a misspelt label, data name, field and macro are reported, with the names they were meant to be', async () => {
    const found = await pw102('vxd-masm', [
      'Info    STRUC',
      'Info_Size dd ?',
      'Info    ENDS',
      'Log_It  MACRO x',
      '        mov eax, x',
      '        ENDM',
      ...vxd('        mov     ebx, [Region_Pg]', '        jz      Init_Fial', '        mov     eax, [esi.Info_Sise]', '        Log_Iy  eax', '        mov     ecx, Nothing_Like_It'),
    ]);
    assert.deepEqual(found, [
      '9: Region_Pg is not defined; did you mean Region_Page?',
      '10: Init_Fial is not defined; did you mean Init_Fail?',
      '11: No structure or storage-map field is called Info_Sise; did you mean Info_Size?',
      '12: No macro or instruction is called Log_Iy; did you mean Log_It?',
      '13: Nothing_Like_It is not defined',
    ]);
  });

  test('names defined later, by EXTRN, by macros (parameters, LOCAL labels), @@ labels and the vmm.inc layer are not reported', async () => {
    assert.deepEqual(await pw102('vxd-masm', [
      '        include vmm.inc',
      '        EXTRN   Other_Proc:NEAR',
      'Spin    MACRO count',
      '        LOCAL   again',
      'again:  dec     count',
      '        jnz     again',
      '        ENDM',
      ...vxd(
        '        mov     eax, Later_Value',
        '        Spin    ecx',
        '@@:     call    Other_Proc',
        '        jz      @F',
        '        jmp     @B',
        '@@:     VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
        '        mov     eax, [ebp.Client_EAX]',
        '        mov     eax, [ebx.CB_VM_Status]',
      ),
      'Later_Value EQU 4',
    ]), []);
  });

  test('the VM control block, VM status flags, DDB fields and other core vmm.inc names are vmm.inc\'s, whatever the program names near them', async () => {
    // The program's own per-VM data has CB_ fields too, as is common.
    assert.deepEqual(await pw102('vxd-masm', [
      '        include vmm.inc',
      'MyVM_Data STRUC',
      'CB_Flags        dd      ?',
      'CB_Status       dd      ?',
      'MyVM_Data ENDS',
      ...vxd(
        '        test    [ebx.CB_VM_Status], VMStat_Suspended',
        '        mov     eax, [ebx.CB_High_Linear]',
        '        or      [edi.CB_Status], 1',
      ),
    ]), []);
    // A program name one letter longer than each vmm.inc name.
    const fields = ['CB_VM_Status', 'CB_High_Linear', 'CB_Client_Pointer', 'CB_VMID', 'CB_Signature', 'TCB_VMHandle', 'PMCB_Flags', 'DDB_Name',
      'DDB_Req_Device_Number', 'DDB_Control_Proc', 'DDB_Reference_Data'];
    const constants = ['VMStat_Suspended', 'VMStat_Exclusive', 'VMStat_Background', 'VMStat_Not_Executeable', 'VMStat_PM_Exec', 'CF_Mask',
      'VMM_Init_Order', 'VPICD_Init_Order', 'SHELL_Device_ID', 'DDB_Dynamic_VxD'];
    assert.deepEqual(await pw102('vxd-masm', [
      '        include vmm.inc',
      ...[...fields, ...constants].map((name) => `${name}x dd 0`),
      ...vxd(...fields.map((name) => `        mov     eax, [ebx.${name}]`), ...constants.map((name) => `        mov     eax, ${name}`)),
    ]), []);
  });

  test('with vmm.inc, a name is taken for a misspelling of the program\'s only one or two edits away, not as a header name holding it', async () => {
    assert.deepEqual(await pw102('vxd-masm', [
      '        include vmm.inc',
      'Buffer_Size     dd      0',
      'Pages   dd      0',
      ...vxd(
        // What a DDK header this PageWarden does not know may define: the program's names with a prefix.
        '        mov     eax, DMA_Buffer_Size',
        '        mov     eax, [esi.PG_Pages]',
        '        mov     eax, [Bufer_Sise]',
        '        mov     eax, [Pagse]',
        '        mov     eax, [Pags]',
      ),
    ]), [
      '8: Bufer_Sise is not defined; did you mean Buffer_Size?',
      '9: Pagse is not defined; did you mean Pages?',
      '10: Pags is not defined; did you mean Pages?',
    ]);
  });

  test('with vmm.inc, a conditional jump or loop to a label defined nowhere is still reported, and the PW900 at it goes', async () => {
    const text = [
      '        include vmm.inc',
      ...vxd(
        '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, PageLocked>',
        '        test    eax, eax',
        '        jz      Alloc_Failed',
        '        loop    Retry_Alloc',
        '        jecxz   Init_Done',
        // A header may declare these: an EXTRN procedure, an equate.
        '        call    Shared_Helper',
        '        jmp     Common_Exit',
        '        mov     ecx, Some_Header_Value',
      ),
    ];
    assert.deepEqual(await pw102('vxd-masm', text), [
      '6: Alloc_Failed is not defined',
      '7: Retry_Alloc is not defined',
      '8: Init_Done is not defined',
    ]);
    const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text: `${text.join('\n')}\n`, file: '/src/test', settings: { ...DEFAULT_SETTINGS, includePaths: [] } });
    assert.deepEqual(findings.filter((f) => f.code === 'PW900').map((f) => f.message), [], 'the analysis stops at the jump that PW102 already explains');
  });

  test('conditional assembly: neither a branch not taken nor a condition is judged', async () => {
    assert.deepEqual(await pw102('vxd-masm', vxd(
      'IFDEF DEBUG',
      '        call    Debug_Dump_State',
      'ENDIF',
      'IF BUILD_LEVEL GT 2',
      '        nop',
      'ENDIF',
    )), []);
  });

  test('the names suggested follow what the file defines now, edit after edit', async () => {
    const withData = (name: string): string[] => [
      '        .386p',
      `${name}     dd      0`,
      'BeginProc Init',
      '        mov     ebx, [Buffer_Sise]',
      '        ret',
      'EndProc Init',
      '        END',
    ];
    assert.deepEqual(await pw102('vxd-masm', withData('Buffer_Size')), ['3: Buffer_Sise is not defined; did you mean Buffer_Size?']);
    assert.deepEqual(await pw102('vxd-masm', withData('Buffer_Sizes')), ['3: Buffer_Sise is not defined; did you mean Buffer_Sizes?']);
    assert.deepEqual(await pw102('vxd-masm', withData('Buffer_Size')), ['3: Buffer_Sise is not defined; did you mean Buffer_Size?']);
  });

  test('nothing is reported while a definition may be out of sight: a missing include, a fragment without END', async () => {
    assert.deepEqual(await pw102('vxd-masm', ['        include mydefs.inc', ...vxd('        jz      Init_Fial')]), []);
    assert.deepEqual(await pw102('vxd-masm', vxd('        jz      Init_Fial').slice(0, -1)), []);
  });
});

const objasm = (...body: string[]): string[] => [
  '        AREA    |Code|, CODE, READONLY',
  '                ^       0, r12',
  'ws_area         #       4',
  'start   ROUT',
  ...body,
  'handler_done',
  '        MOV     pc, lr',
  '        END',
];

describe('PW102 undefined-symbol in ObjAsm', () => {
  test('a misspelt storage-map field, label and macro are reported', async () => {
    assert.deepEqual(await pw102('riscos-objasm', objasm('        LDR     r1, ws_aera', '        BNE     handler_dne', '        Sav     r0')), [
      '4: ws_aera is not defined; did you mean ws_area?',
      '5: handler_dne is not defined; did you mean handler_done?',
      '6: No macro or instruction is called Sav',
    ]);
  });

  test('macro parameters, numeric local labels, IMPORTs, RN names, untaken branches and header names are not reported', async () => {
    assert.deepEqual(await pw102('riscos-objasm', [
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      '        IMPORT  external_routine',
      'wp      RN      r12',
      '        MACRO',
      '$label  Load    $reg, $where',
      '$label  LDR     $reg, $where',
      '        MEND',
      ...objasm(
        '        Load    r0, ws_area',
        '10      SUBS    r0, r0, #1',
        '        BNE     %BT10',
        '        BL      external_routine',
        '        LDR     r1, [wp]',
        '        [ {FALSE}',
        '        BL      not_written_yet',
        '        ]',
        '        Push    "r0-r3, lr"',
        '        MOV     r0, #ModHandReason_Claim',
        '        LDR     r0, =Service_SomethingNew',
      ),
    ]), []);
  });

  test('Hdr:OSMem\'s OS_ReadDynamicArea and DMAPrep flags are the header\'s, whatever the program names near them', async () => {
    const names = ['ReadDyn_ReturnMax', 'DMAPrep_Write', 'DMAPrep_End', 'DMAPrep_PhysProvided', 'ChangeDyn_MaxArea'];
    assert.deepEqual(await pw102('riscos-objasm', [
      '        GET     Hdr:OSMem',
      ...names.map((name) => `${name}x * 0`),
      ...objasm(...names.map((name) => `        LDR     r0, =${name}`)),
    ]), []);
  });

  test('a local label its routine does not define is reported whatever headers the file GETs, and the PW900 at it goes', async () => {
    const text = [
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      ...objasm('        BVS     %FT90', '        BNE     %BT20', '        BEQ     %30', '20      SUBS    r0, r0, #1', '        BNE     %BA20').slice(0, -1),
      // Labels 90 and 30 in the next routine are not this routine's.
      'next    ROUT',
      '30      MOV     r0, #0',
      '90      MOV     pc, lr',
      '        END',
    ];
    assert.deepEqual(await pw102('riscos-objasm', text), [
      '6: %FT90: no local label 90 follows in this routine',
      '7: %BT20: no local label 20 comes before it in this routine',
      '8: %30: this routine has no local label 30',
    ]);
    const findings = await analyseSource(await parsers, { languageId: 'riscos-objasm', text: `${text.join('\n')}\n`, file: '/src/test', settings: { ...DEFAULT_SETTINGS, includePaths: [] } });
    assert.deepEqual(findings.filter((f) => f.code === 'PW900').map((f) => f.range.start.line), [], 'the analysis stops at the branch that PW102 already explains');
  });

  test('a file without AREA is a fragment another file GETs, and a missing GET hides names: nothing is reported', async () => {
    assert.deepEqual(await pw102('riscos-objasm', objasm('        LDR     r1, ws_aera').slice(1)), []);
    assert.deepEqual(await pw102('riscos-objasm', ['        GET     s.Missing', ...objasm('        LDR     r1, ws_aera')]), []);
  });
});

const basic = (...body: string[]): string[] => [
  'DIM code% 256',
  'FOR pass% = 0 TO 2 STEP 2',
  'P% = code%',
  '[ OPT pass%',
  '.handler',
  ...body,
  '.handler_done',
  '        MOV     pc, lr',
  ']',
  'NEXT',
];

describe('PW102 undefined-symbol in BBC BASIC', () => {
  test('a misspelt assembler label is reported', async () => {
    assert.deepEqual(await pw102('riscos-bbcbasic', basic('        BNE     handler_dne')), ['5: handler_dne is not defined; did you mean handler_done?']);
  });

  test('BASIC variables set anywhere, labels of later blocks and registers are not reported', async () => {
    assert.deepEqual(await pw102('riscos-bbcbasic', [
      ...basic('        MOV     r0, #flags%', '        BL      later_routine', '        LDR     r1, [pc, #offset%]'),
      'flags% = 1 << 8',
      'READ offset%',
      'P% = code% + 128',
      '[ OPT 2',
      '.later_routine',
      '        MOV     pc, lr',
      ']',
    ]), []);
  });

  test('a program that loads code at run time may define anything', async () => {
    assert.deepEqual(await pw102('riscos-bbcbasic', ['LIBRARY "Lib"', ...basic('        BNE     handler_dne')]), []);
    assert.deepEqual(await pw102('riscos-bbcbasic', ['ok%=EVALsetup$', ...basic('        BNE     handler_dne')]), [], 'EVAL written against its argument');
    assert.deepEqual(await pw102('riscos-bbcbasic', ['REM no LIBRARY here', ...basic('        BNE     handler_dne')]),
      ['6: handler_dne is not defined; did you mean handler_done?'], 'a comment loads nothing');
  });
});
