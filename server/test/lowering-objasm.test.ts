import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseDynamicAreaHandler, analyseRiscOsCode } from '../../emulator/src/index.js';
import { directGets } from '../src/lowering/objasm/index.js';
import { at, code, instructionItems, lower, sharedParsers } from './lowering-objasm-support.js';

// ObjAsm trees lowered to ARM IR: operand forms, suffixes, pseudo-instructions,
// storage maps, macros, conditionals, local labels and entry points.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('ObjAsm lowering: instructions', () => {
  it('lowers shifter operands, addressing modes and suffixes', async () => {
    const r = await lower(src(
      '        MOVS    r0, r1, LSL #2',
      '        ADD     r2, r3, r4, ASR r5',
      '        MOV     r0, r1, RRX',
      '        LDR     r0, [r1, #4]!',
      '        STRVCB  r0, [r1], #4',
      '        LDRSH   r0, [r1, -r2, LSL #2]',
      '        LDR     r0, [r1, #-8]',
      '        TEQP    pc, #0',
      '        MSR     CPSR_f, #0',
      '        ADDCC   pc, pc, r0, LSL #2',
      '        NOP',
    ));
    assert.deepEqual(code(r), [
      'movs r0, r1, lsl #2', 'add r2, r3, r4, asr r5', 'mov r0, r1, rrx', 'ldr r0, [r1, #&4]!', 'strvcb r0, [r1], #&4',
      'ldrsh r0, [r1, -r2, lsl #2]', 'ldr r0, [r1, #-&8]', 'teqp pc, #&0', 'msr cpsr_f, #&0', 'addcc pc, pc, r0, lsl #2', 'nop',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('resolves LDM/STM stack aliases per load and store, with writeback and ^', async () => {
    const r = await lower(src(
      '        STMFD   sp!, {r0-r3, lr}',
      '        LDMFD   sp!, {r0-r3, pc}^',
      '        STMED   r1, {r2}',
      '        LDMED   r1, {r2}',
      '        STMFA   r1!, {r2}',
      '        LDMEA   r1, {r2, r4-r5}',
      '        LDMIA   r1, {r2}',
      '        STMFD   sp!, {lr}',
    ));
    assert.deepEqual(code(r), [
      'stmdb sp!, {r0,r1,r2,r3,lr}', 'ldmia sp!, {r0,r1,r2,r3,pc}^', 'stmda r1, {r2}', 'ldmib r1, {r2}', 'stmib r1!, {r2}',
      'ldmdb r1, {r2,r4,r5}', 'ldmia r1, {r2}', 'stmdb sp!, {lr}',
    ]);
  });

  it('lowers ADR/ADRL to the label address and LDR = to MOV or a literal pool at LTORG', async () => {
    const r = await lower(src(
      'start   ADR     r0, data',
      '        ADRL    r1, data',
      '        LDR     r2, =&12345678',
      '        LDR     r3, =4',
      '        LDR     r4, =-1',
      '        LDR     r5, =&12345678',
      '        LTORG',
      'data    DCD     1',
    ));
    assert.deepEqual(code(r), ['adr r0, data', 'adr r1, data', 'ldr r2, [pc, #&8]', 'mov r3, #&4', 'mvn r4, #&0', 'ldr r5, [pc, #-&4]']);
    const [adr, adrl] = instructionItems(r);
    assert.equal(adrl?.address, (adr?.address ?? 0n) + 4n);
    assert.equal(adrl?.size, 8);
    const pool = r.program.items.find((i) => i.text === 'literal pool');
    assert.equal(pool?.address, at(r, 'start') + 0x1cn);
    assert.equal(at(r, 'data'), at(r, 'start') + 0x20n);
    assert.equal(r.program.image(at(r, 'start') + 0x1cn), 0x78n);
  });

  it('places the literal pool at the end of the area without LTORG', async () => {
    const r = await lower(src('        AREA    |x|, CODE', '        LDR     r0, =&ABCDEF01', '        MOV     pc, lr'));
    assert.deepEqual(code(r), ['ldr r0, [pc, #&0]', 'mov pc, lr']);
    assert.equal(r.program.items.at(-1)?.kind, 'data');
  });

  it('looks SWIs up by name, keeping the X bit', async () => {
    const r = await lower(src('        SWI     XOS_DynamicArea', '        SWINE   OS_Memory', '        SWI     &20066'));
    assert.deepEqual(code(r), ['swi #&20066', 'swine #&68', 'swi #&20066']);
  });

  it('keeps source ranges (0-based) on every item', async () => {
    const r = await lower(src('; comment', 'here    MOV     r0, #1', '        DCD     2'));
    const [mov, data] = r.program.items;
    assert.deepEqual(mov?.source, { file: 'test.s', range: { start: { line: 1, character: 8 }, end: { line: 1, character: 22 } } });
    assert.equal(data?.source.range.start.line, 2);
  });
});

describe('ObjAsm lowering: symbols and directives', () => {
  it('turns storage-map fields into base-register operands', async () => {
    const r = await lower(src(
      '        ^       0, r12',
      'ws_area #       4',
      'ws_page #       4',
      'ws_size *       :INDEX: @',
      '        LDR     r0, ws_page',
      '        STR     r1, ws_area',
      '        MOV     r3, #ws_size',
    ));
    assert.deepEqual(code(r), ['ldr r0, [r12, #&4]', 'str r1, [r12, #&0]', 'mov r3, #&8']);
    assert.deepEqual(r.program.storage.get('ws_page'), { name: 'ws_page', base: 'r12', offset: 4n, size: 4 });
  });

  it('evaluates equates, RN aliases and ObjAsm operators', async () => {
    const r = await lower(src(
      'flags   *       1 :SHL: 8 :OR: 2_101',
      'size    EQU     4*1024 + &10',
      'ch      *       \'A\'',
      'ptr     RN      5',
      '        MOV     ptr, #flags',
      '        MOV     r0, #size :AND: :NOT: &F',
      '        MOV     r1, #ch',
      '        MOV     r2, #(3 :LAND: {TRUE}) :LOR: {FALSE}',
      '        MOV     r3, #V_bit',
      '        MOV     r4, #DynAreaFlags_NeedsSpecificPages',
    ));
    assert.deepEqual(code(r), ['mov r5, #&105', 'mov r0, #&1010', 'mov r1, #&41', 'mov r2, #&FFFFFFFF', 'mov r3, #&10000000', 'mov r4, #&100']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('shifts a register named with RN as it shifts r0', async () => {
    const r = await lower(src(
      'reason  RN      0',
      'idx     RN      3',
      '        ADDLO   pc, pc, reason, LSL #2',
      '        MOV     r1, idx, ASR r2',
      '        ADD     r2, r4, idx, LSR #1',
    ));
    assert.deepEqual(code(r), ['addcc pc, pc, r0, lsl #2', 'mov r1, r3, asr r2', 'add r2, r4, r3, lsr #1']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('reads a name quoted with bars as the name: |x| and x are one symbol', async () => {
    const r = await lower(src(
      '        IMPORT  |__RelocCode|',
      '|idx|   RN      3',
      '|Size|  *       16',
      '|Start| BL      |__RelocCode|',
      '        B       Later',
      '        ADR     r0, |Later|',
      '        MOV     r1, |idx|, LSL #2',
      '        MOV     r2, #Size',
      '        LDR     r3, [r4, idx]',
      '|Later| MOV     pc, lr',
      '        DCD     Later - |Start|',
      '      [ :DEF: Start :LAND: :DEF: |__RelocCode|',
      '        MOV     r5, #1',
      '      ]',
    ));
    assert.deepEqual(code(r), [
      'bl __RelocCode', 'b Later', 'adr r0, Later', 'mov r1, r3, lsl #2', 'mov r2, #&10', 'ldr r3, [r4, r3]', 'mov pc, lr', 'mov r5, #&1',
    ]);
    assert.equal(r.program.image(at(r, 'Later') + 4n), 24n);
    assert.deepEqual(r.unmodelled, []);
  });

  it('judges the reason dispatch of a handler that names R0 with RN', async () => {
    const handler = (bound: string): string => src(
      'reason  RN      0',
      '        AREA    |T$$Code|, CODE, READONLY',
      'Handler ROUT',
      `        CMP     reason, #${bound}`,
      '        ADDLO   pc, pc, reason, LSL #2',
      '        B       Bad',
      '        B       Ok',
      '        B       Ok',
      '        B       Ok',
      '        B       Ok',
      'Bad     MOV     r0, #0',
      '        MSR     CPSR_f, #V_bit',
      '        MOV     pc, lr',
      'Ok      MSR     CPSR_f, #0',
      '        MOV     pc, lr',
      '        END',
    );
    const pw312 = async (bound: string) => analyseDynamicAreaHandler((await lower(handler(bound))).program, 'Handler', { needsSpecificPages: false })
      .findings.filter((f) => f.code === 'PW312').map((f) => f.message);
    assert.deepEqual(await pw312('4'), []);
    // Reason 4 lands on Bad, which refuses it as it refuses 5 and on; 5 lands past Bad's first instruction.
    assert.deepEqual(await pw312('5'), []);
    assert.match((await pw312('6')).join(), /table of 4 entries/);
  });

  it('lets the last reason of a table run on into its routine on a ROUT line, across the slot that routine starts', async () => {
    const handler = (options: { bound?: number; postShrink?: string; shared?: boolean; changesR0?: boolean } = {}): string => src(
      '        GET     Hdr:Macros',
      '        AREA    |T$$Code|, CODE, READONLY',
      'Handler ROUT',
      `        CMP     r0, #${options.bound ?? 4}`,
      '        ADDLO   pc, pc, r0, LSL #2',
      '        B       Unknown',
      '        B       Done',
      '        B       Done',
      `        B       ${options.shared ? 'PostShrink' : 'Done'}`,
      `${options.postShrink ?? 'PostShrink'} ROUT`,
      '        STR     r4, [r12]',
      ...(options.changesR0 ? ['        MOV     r0, #1'] : []),
      '        CLRV',
      '        MOV     pc, lr',
      'Done    CLRV',
      '        MOV     pc, lr',
      'Unknown MOV     r0, #0',
      '        SETV',
      '        MOV     pc, lr',
      '        END',
    );
    const findings = async (text: string) => analyseDynamicAreaHandler((await lower(text)).program, 'Handler', { needsSpecificPages: false }).findings
      .map((f) => `${f.code} ${f.message}`);
    const r = await lower(handler());
    // Nothing runs on past the last B as far as the layout knows: PostShrink starts a slot of its own.
    assert.equal(at(r, 'PostShrink'), 0x9000n);
    assert.deepEqual(await findings(handler()), []);
    // Reason 3 lands on PostShrink's code, checked as PostShrink's.
    assert.deepEqual(await findings(handler({ changesR0: true })), ['PW304 PostShrink returns with R0 changed; the kernel expects it preserved']);
    // A routine without a name, one a branch of the table goes to too, and a looser bound leave the slot past the table.
    const past = (reach: number) => `PW312 Computed branch on R0 through a table of 3 entries, and the CMP at line {0} lets R0 reach ${reach}: R0 ≥ 3 jumps past the table (reason codes 3-6 exist; return an error for unknown reasons)`;
    assert.deepEqual(await findings(handler({ postShrink: '' })), [past(3)]);
    assert.deepEqual(await findings(handler({ shared: true })), [past(3)]);
    assert.deepEqual(await findings(handler({ bound: 5 })), [past(4)]);
  });

  it('takes the refusal the dispatch sends reasons past the bound to, right after the table, as its last entry', async () => {
    const handler = (options: { bound?: number; unknown?: readonly string[] } = {}): string => src(
      '        GET     Hdr:Macros',
      '        AREA    |T$$Code|, CODE, READONLY',
      'Handler ROUT',
      `        CMP     r0, #${options.bound ?? 6}`,
      '        ADDLO   pc, pc, r0, LSL #2',
      '        B       Unknown',
      ...Array.from({ length: 5 }, () => '        B       Done'),
      'Unknown',
      ...(options.unknown ?? ['        ADR     r0, Error', '        SETV', '        MOV     pc, lr']),
      'Done    CLRV',
      '        MOV     pc, lr',
      'Error   DCD     &81C600',
      '        =       "Unknown reason", 0',
      '        ALIGN',
      '        END',
    );
    const findings = async (text: string) => analyseDynamicAreaHandler((await lower(text)).program, 'Handler', { needsSpecificPages: false }).findings
      .map((f) => `${f.code} ${f.message}`);
    // R0 = 5 lands on Unknown, where R0 = 6 and on go: refused as they are.
    assert.deepEqual(await findings(handler()), []);
    const past = (reach: number) => `PW312 Computed branch on R0 through a table of 5 entries, and the CMP at line {0} lets R0 reach ${reach}: R0 ≥ 5 jumps past the table (reason codes 5-6 exist; return an error for unknown reasons)`;
    // Code there that returns V clear refuses nothing, and a looser bound lets R0 past the refusal's first instruction.
    assert.deepEqual(await findings(handler({ unknown: ['        ADR     r0, Error', '        CLRV', '        MOV     pc, lr'] })), [past(5)]);
    assert.deepEqual(await findings(handler({ unknown: ['        MOV     r0, #0', '        MOV     pc, lr'] })), [past(5)]);
    assert.deepEqual(await findings(handler({ bound: 7 })), [past(6)]);
  });

  it('takes a name no register is called, one a JavaScript object holds too, for the symbol it is', async () => {
    const r = await lower(src(
      'constructor *   4',
      '__proto__ *     8',
      '        MOV     r0, constructor',
      '        ADD     r1, r2, __proto__',
      '        MOV     r3, lr',
    ));
    assert.deepEqual(code(r), ['mov r0, #&4', 'add r1, r2, #&8', 'mov r3, lr']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('lays out data at its real size with ALIGN and space', async () => {
    const r = await lower(src('la      =       "Hi", 0', '        ALIGN', 'lb      DCW     1', 'lc      DCD     la', '        %       3', 'ld      DCB     9'));
    assert.equal(at(r, 'lb') - at(r, 'la'), 4n);
    assert.equal(at(r, 'lc') - at(r, 'lb'), 4n);
    assert.equal(at(r, 'ld') - at(r, 'lc'), 7n);
    assert.equal(r.program.image(at(r, 'lc')), at(r, 'la') & 0xffn);
  });

  it('evaluates [ | ] and IF/ELSE/ELIF with GBL/SET variables, and WHILE loops', async () => {
    const r = await lower(src(
      '        GBLL    debug',
      '        GBLA    count',
      'debug   SETL    {FALSE}',
      '      [ debug',
      '        MOV     r0, #1',
      '      |',
      '        MOV     r0, #2',
      '      ]',
      '        IF count > 0',
      '        MOV     r1, #1',
      '        ELIF count = 0',
      '        MOV     r1, #2',
      '        ELSE',
      '        MOV     r1, #3',
      '        ENDIF',
      '        WHILE   count < 3',
      '        MOV     r2, #count',
      'count   SETA    count + 1',
      '        WEND',
    ));
    assert.deepEqual(code(r), ['mov r0, #&2', 'mov r1, #&2', 'mov r2, #&0', 'mov r2, #&1', 'mov r2, #&2']);
  });

  it('scopes %FT/%BT local labels by ROUT', async () => {
    const r = await lower(src(
      'one     ROUT',
      '10      B       %FT10',
      '10      B       %BT10',
      'two     ROUT',
      '10      B       %BT10',
      '        B       %FT20',
      '20      MOV     pc, lr',
    ));
    assert.deepEqual(code(r), ['b one%10#2', 'b one%10#2', 'b two%10', 'b two%20', 'mov pc, lr']);
    assert.equal(at(r, 'one%10#2'), at(r, 'one') + 4n);
  });

  it('resolves local labels that name their routine, %FT10name and 10name, like the plain ones', async () => {
    const r = await lower(src(
      'one     ROUT',
      '10one   B       %FT20one',
      '20one   B       %BA10one',
      '        B       %BT20',
    ));
    assert.deepEqual(code(r), ['b one%20', 'b one%10', 'b one%20']);
    assert.deepEqual(r.unmodelled, []);
  });

  it('expands user macros with $parameters (in strings too), labels, defaults and MEXIT', async () => {
    const r = await lower(src(
      '        MACRO',
      '$lab    Load    $reg, $value=7',
      '$lab    MOV     $reg, #$value',
      '        [ $value = 0',
      '        MEXIT',
      '        ]',
      '        ADD     $reg, $reg, #1',
      'msg_$reg =      "$reg set", 0',
      '        MEND',
      'here    Load    r1, 5',
      '        Load    r2,',
      '        Load    r3, 0',
      '        B       here',
    ));
    assert.deepEqual(code(r), ['mov r1, #&5', 'add r1, r1, #&1', 'mov r2, #&7', 'add r2, r2, #&1', 'mov r3, #&0', 'b here']);
    assert.ok(r.program.label('msg_r1') !== undefined);
    const first = instructionItems(r)[0];
    assert.equal(first?.source.range.start.line, 9, 'expanded items point at the call');
  });

  it('lowers the Hdr macros natively', async () => {
    const r = await lower(src(
      '        GET     Hdr:ListOpts',
      '        GET     Hdr:Macros',
      'Fn      Entry   "r1-r2"',
      '        Push    "r3, lr"',
      '        Pull    "r3, lr", VS',
      '        SETV',
      '        CLRV',
      '        EXIT    VS',
      '        EXIT',
      '        PullEnv',
      '        DREG    r1, "x",,Integer',
    ));
    assert.deepEqual(code(r), [
      'stmdb sp!, {r1,r2,lr}', 'stmdb sp!, {r3,lr}', 'ldmiavs sp!, {r3,lr}', 'cmp r0, #&80000000', 'cmnvc r0, #&80000000', 'cmp r0, #&0',
      'ldmiavs sp!, {r1,r2,pc}', 'ldmia sp!, {r1,r2,pc}', 'ldmia sp!, {r1,r2,lr}',
    ]);
    assert.deepEqual(r.unmodelled, []);
    assert.deepEqual(r.notes, []);
  });

  it('keeps the last Entry\'s frame for EXIT across a bare ROUT, as Hdr:Proc\'s globals do, until the next Entry; before any Entry EXIT pulls only the PC', async () => {
    const r = await lower(src(
      '        EXIT',
      'Handler Entry   "r10", 8',
      '        EXIT    EQ',
      'Reason  ROUT',
      '        EXIT',
      '        PullEnv',
      'Other   Entry',
      '        ROUT',
      '        EXIT',
    ));
    assert.deepEqual(code(r), [
      'ldmia sp!, {pc}',
      'stmdb sp!, {r10,lr}', 'sub sp, sp, #&8', 'addeq sp, sp, #&8', 'ldmiaeq sp!, {r10,pc}',
      'add sp, sp, #&8', 'ldmia sp!, {r10,pc}', 'add sp, sp, #&8', 'ldmia sp!, {r10,lr}',
      'stmdb sp!, {lr}', 'ldmia sp!, {pc}',
    ]);
    assert.deepEqual(r.unmodelled, []);
  });

  it('builds MakeErrorBlock from ErrorNumber_ and ErrorString_', async () => {
    const r = await lower(src(
      'ErrorNumber_Busy *     &820D03',
      '        GBLS    ErrorString_Busy',
      'ErrorString_Busy SETS "Busy"',
      '        MakeErrorBlock Busy',
    ));
    const block = at(r, 'ErrorBlock_Busy');
    assert.equal(r.program.image(block), 0x03n);
    assert.equal(r.program.image(block + 4n), BigInt('B'.charCodeAt(0)));
    assert.equal(r.program.image(block + 8n), 0n);
  });

  it('turns a storage-map name it cannot resolve (a GET fragment read alone) into a load or store at an unknown address', async () => {
    const r = await lower(src('        LDR     r6, ws_limit', '        STR     r4, ws_size'));
    const transfers = instructionItems(r).map((i) => i.instruction);
    assert.deepEqual(transfers.map((i) => [i.mnemonic, i.operands[0], i.operands[1]?.kind]), [['ldr', { kind: 'reg', reg: 6 }, 'mem'], ['str', { kind: 'reg', reg: 4 }, 'mem']]);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['undefined symbol ws_limit', 'undefined symbol ws_size']);
  });

  it('lists the files its GETs read without lowering (for the CLI, which analyses them in their includer)', async () => {
    const files: Record<string, string> = { '/p/s/Handler': src('        GET     Sub'), '/p/s/Sub': src('X * 1') };
    const tree = await (await sharedParsers()).parse('riscos-objasm', src('        GET     Hdr:Nowhere', '        [ {FALSE}', '        GET     s.Handler', '        ]'));
    try {
      assert.deepEqual(directGets(tree.rootNode, '/p/Module', { pathVariables: {}, includePaths: [] }, (p) => files[p]).map((f) => f.file), ['/p/s/Handler']);
    } finally {
      tree.delete();
    }
  });

  it('reads GET files through path variables and reports a missing one (PW103) without stopping', async () => {
    const files: Record<string, string> = { '/hdrs/Mine': src('MyConst * 42') };
    const r = await lower(src('        GET     Hdr:Mine', '        GET     Hdr:Nowhere', '        GET     Hdr:System', '        MOV     r0, #MyConst', '        MOV     r1, #Missing'), {
      pathVariables: { Hdr: ['/hdrs'] }, readFile: (p) => files[p],
    });
    assert.deepEqual(code(r), ['mov r0, #&2A', 'mov r1, #Missing']);
    assert.deepEqual(r.notes.map((n) => [n.code, n.source.range.start.line]), [['PW103', 1]]);
    assert.deepEqual(r.unmodelled.map((u) => u.message), ['undefined symbol Missing']);
  });
});

describe('ObjAsm lowering: entry points', () => {
  it('finds a dynamic-area handler from OS_DynamicArea 0 with flag bit 8', async () => {
    const r = await lower(src(
      'Init    ROUT',
      '        MOV     r0, #0',
      '        MOV     r4, #1 :SHL: 8',
      '        ADR     r6, Handler',
      '        SWI     XOS_DynamicArea',
      '        MOV     pc, lr',
      'Other   ROUT',
      '        MOV     r0, #0',
      '        LDR     r4, =DynAreaFlags_Shrinkable',
      '        ADRL    r6, Handler2',
      '        SWI     XOS_DynamicArea',
      '        MOV     pc, lr',
      'Handler ROUT',
      '        MOV     pc, lr',
      'Handler2 ROUT',
      '        MOV     pc, lr',
    ));
    const kinds = Object.fromEntries(r.program.entries.map((e) => [e.name, e.contract]));
    assert.deepEqual(kinds.Handler, { kind: 'da-handler', needsSpecificPages: true });
    assert.deepEqual(kinds.Handler2, { kind: 'da-handler', needsSpecificPages: false });
    assert.deepEqual(kinds.Init, { kind: 'procedure' });
    assert.deepEqual(r.areaCreations.map((c) => c.handler), ['Handler', 'Handler2']);
  });

  it('follows the registers of an OS_DynamicArea call from its routine\'s start only, and past each call', async () => {
    const r = await lower(src(
      'Setup   ROUT',
      '        MOV     r0, #0',
      '        ADR     r6, Handler',
      'Create  ROUT',
      '        SWI     XOS_DynamicArea',
      '        ADR     r6, Handler',
      '        SWI     XOS_DynamicArea',
      '        MOV     r0, #1',
      '        SWI     XOS_DynamicArea',
      '        MOV     r0, #0',
      '        ADR     r6, Handler2',
      '        SWI     XOS_DynamicArea',
      '        MOV     pc, lr',
      'Handler ROUT',
      '        MOV     pc, lr',
      'Handler2 ROUT',
      '        MOV     pc, lr',
    ));
    // R0 and R6 set in Setup do not reach Create; each call returns in R0, so only the last call creates an area.
    assert.deepEqual(r.areaCreations.map((c) => [c.handler, c.source.range.start.line]), [['Handler2', 11]]);
    assert.deepEqual(r.program.entries.filter((e) => e.contract.kind === 'da-handler').map((e) => e.name), ['Handler2']);
  });

  it('takes flag bits 8 and 20 from the known bits of flags a missing header leaves partly unknown', async () => {
    const r = await lower(src(
      '        GET     h.Missing',
      'Init    ROUT',
      '        MOV     r0, #0',
      '        LDR     r4, =(1 :SHL: 8) :OR: (AreaAccess :AND: &F)',
      '        ADR     r6, Handler',
      '        SWI     XOS_DynamicArea',
      '        MOV     r0, #0',
      '        LDR     r4, =AreaAccess :AND: &1FF',
      '        ADR     r6, Handler',
      '        SWI     XOS_DynamicArea',
      '        MOV     r0, #0',
      '        MOV     r4, #1 :SHL: 8',
      '        ORR     r4, r4, #AreaAccess',
      '        ADR     r6, Handler',
      '        SWI     XOS_DynamicArea',
      '        MOV     pc, lr',
      'Handler ROUT',
      '        MOV     pc, lr',
    ));
    assert.deepEqual(r.areaCreations.map((c) => [c.needsSpecificPages, c.pmp]), [[true, false], [undefined, false], [true, undefined]]);
  });

  it('reads the module header: start code (application code, a plain routine), init, final, service, SWI handler with its chunk, commands', async () => {
    const r = await lower(src(
      '        AREA    |M|, CODE, READONLY',
      'base    DCD     start - base',
      '        DCD     init - base',
      '        DCD     final - base',
      '        DCD     service - base',
      '        DCD     title - base',
      '        DCD     0',
      '        DCD     cmds - base',
      '        DCD     &5A1C0',
      '        DCD     swi - base',
      'title   =       "M", 0',
      'cmds    =       "Go", 0',
      '        ALIGN',
      '        DCD     go - base, 0, 0, 0',
      '        DCB     0',
      '        ALIGN',
      'init    MOV     pc, lr',
      'final   MOV     pc, lr',
      'service MOV     pc, lr',
      'swi     MOV     pc, lr',
      'go      MOV     pc, lr',
      'start   SWI     OS_Exit',
    ));
    const kinds = Object.fromEntries(r.program.entries.map((e) => [e.name, e.contract]));
    assert.deepEqual(kinds, {
      start: { kind: 'procedure' }, init: { kind: 'module-entry', entry: 'init' }, final: { kind: 'module-entry', entry: 'final' },
      service: { kind: 'module-entry', entry: 'service' }, swi: { kind: 'swi-handler', chunk: 0x5a1c0 },
      go: { kind: 'module-entry', entry: 'command' },
    });
  });

  it('reads header words laid out as bytes and halfwords, and no word from code or unknown data', async () => {
    const r = await lower(src(
      '        GET     h.Missing',
      '        AREA    |M|, CODE, READONLY',
      'base    DCD     0',
      '        DCB     init - base, 0, 0, 0',
      '        DCD     0, 0, 0, 0, 0',
      '        DCW     &A1C0, &5',
      '        DCD     swi - base',
      'init    MOV     pc, lr',
      'swi     MOV     pc, lr',
    ));
    assert.deepEqual(r.program.entries.map((e) => [e.name, e.contract]), [
      ['init', { kind: 'module-entry', entry: 'init' }], ['swi', { kind: 'swi-handler', chunk: 0x5a1c0 }],
    ]);
    const unknown = await lower(src(
      '        GET     h.Missing',
      '        AREA    |M|, CODE, READONLY',
      'base    DCD     0',
      '        DCD     init - base',
      '        DCD     0, 0, 0, 0, 0',
      '        DCD     Unknown',
      '        DCD     swi - base',
      'init    MOV     pc, lr',
      'swi     MOV     pc, lr',
    ));
    // The SWI chunk is unknown, so the word after it is no SWI handler.
    assert.deepEqual(unknown.program.entries.map((e) => [e.name, e.contract]), [['init', { kind: 'module-entry', entry: 'init' }]]);
  });

  it('reads the header of a module that provides SWIs and nothing else, by its SWI chunk', async () => {
    const header = (chunk: string) => lower(src(
      '        AREA    |M|, CODE, READONLY',
      'base    DCD     0, 0, 0, 0',
      '        DCD     title - base, 0, 0',
      `        DCD     ${chunk}`,
      '        DCD     swi - base',
      'title   =       "M", 0',
      '        ALIGN',
      'swi     MOV     pc, lr',
    ));
    assert.deepEqual((await header('&5A1C0')).program.entries.map((e) => [e.name, e.contract]), [['swi', { kind: 'swi-handler', chunk: 0x5a1c0 }]]);
    // No chunk is a multiple of 64 past 0 below 2^24: these words are data, not a header.
    for (const chunk of ['&5A1C1', '&1000000']) assert.deepEqual((await header(chunk)).program.entries, []);
  });

  /** A module creating areas with each flags word in `flags`, all with the handler H, whose code is `handler`; a header AreaFlags is missing from. */
  const areas = (flags: readonly string[], handler: readonly string[]): string => src(
    '        GET     h.Missing',
    'Init    ROUT',
    ...flags.flatMap((f) => ['        MOV     r0, #0', `        LDR     r4, =${f}`, '        ADR     r6, H', '        SWI     XOS_DynamicArea']),
    '        MOV     pc, lr',
    'H       ROUT',
    ...handler,
    ...['Grow', 'Done', 'Resize', 'Other'].flatMap((name) => [`${name.padEnd(8)}ROUT`, '        MOV     pc, lr']),
  );
  const reasons = async (flags: readonly string[], handler: readonly string[]) =>
    Object.fromEntries((await lower(areas(flags, handler))).program.entries.filter((e) => e.name !== 'Init').map((e) => [e.name, e.contract]));

  it('makes the labels a handler\'s leading TEQ or CMP dispatch on R0 reaches entries of their reason, with its flag bit 8', async () => {
    const dispatch = [
      '        TEQ     r0, #0', '        BEQ     Grow', '        CMP     r0, #1', '        BEQ     Done',
      '        TEQ     r0, #6', '        BEQ     Resize', '        MOV     r1, r1', '        TEQ     r0, #2', '        BEQ     Other', '        MOV     pc, lr',
    ];
    assert.deepEqual(await reasons(['1 :SHL: 8'], dispatch), {
      H: { kind: 'da-handler', needsSpecificPages: true },
      Grow: { kind: 'da-handler-reason', reason: 0, needsSpecificPages: true },
      Done: { kind: 'da-handler-reason', reason: 1, needsSpecificPages: true },
      // A pool's reason only: this handler is never called with it.
      Resize: { kind: 'procedure' },
      // After another instruction: no longer the dispatch.
      Other: { kind: 'procedure' },
    });
    // A pool's handler gets ResizePMP alone.
    const pool = await reasons(['1 :SHL: 20', '(1 :SHL: 20) :OR: 1'], dispatch);
    assert.deepEqual([pool.Grow, pool.Done, pool.Resize], [{ kind: 'procedure' }, { kind: 'procedure' }, { kind: 'da-handler-reason', reason: 6, needsSpecificPages: false }]);
  });

  it('makes the label a handler\'s dispatch sends TestShrink to an entry of reason 4 only where an area is Shrinkable (flag bit 9)', async () => {
    const dispatch = ['        TEQ     r0, #4', '        BEQ     Other', '        MOV     pc, lr'];
    const testShrink = async (flags: readonly string[]) => (await reasons(flags, dispatch)).Other;
    const entry = { kind: 'da-handler-reason', reason: 4, needsSpecificPages: false };
    assert.deepEqual(await testShrink(['1 :SHL: 9']), entry);
    assert.deepEqual(await testShrink(['0', '1 :SHL: 9']), entry);
    // The kernel never asks an area without the bit; with the bit unknown (bit 20 known clear), the handler's analysis reports only what both ways find.
    assert.deepEqual(await testShrink(['0']), { kind: 'procedure' });
    assert.deepEqual(await testShrink(['AreaFlags :AND: &FFEFFFFF']), { kind: 'procedure' });
    assert.deepEqual((await reasons(['AreaFlags :AND: &FFEFFFFF'], ['        TEQ     r0, #2', '        BEQ     Other', '        MOV     pc, lr'])).Other,
      { kind: 'da-handler-reason', reason: 2 });
  });

  it('takes the area\'s maximum size from R5, the larger of two areas a handler serves, and passes it to its reason entries', async () => {
    const sized = async (maxima: readonly string[]) => {
      const r = await lower(src(
        'Init    ROUT',
        ...maxima.flatMap((max) => ['        MOV     r0, #0', '        MOV     r4, #1 :SHL: 8', `        ${max}`, '        ADR     r6, H', '        SWI     XOS_DynamicArea']),
        '        MOV     pc, lr',
        'H       ROUT',
        '        TEQ     r0, #0',
        '        BEQ     Grow',
        '        MOV     pc, lr',
        'Grow    ROUT',
        '        MOV     pc, lr',
      ));
      return [r.areaCreations.map((c) => c.maxSize), ...['H', 'Grow'].map((name) => r.program.entries.find((e) => e.name === name)?.contract)];
    };
    assert.deepEqual(await sized(['MOV     r5, #4096']), [[4096n],
      { kind: 'da-handler', needsSpecificPages: true, maxSize: 4096n }, { kind: 'da-handler-reason', reason: 0, needsSpecificPages: true, maxSize: 4096n }]);
    assert.deepEqual((await sized(['MOV     r5, #4096', 'MOV     r5, #&10000']))[1], { kind: 'da-handler', needsSpecificPages: true, maxSize: 0x10000n });
    // -1 is as big as RAM; a size the code reads at run time may be anything.
    assert.deepEqual(await sized(['MVN     r5, #0', 'LDR     r5, [r12]']), [[undefined, undefined], { kind: 'da-handler', needsSpecificPages: true }, { kind: 'da-handler-reason', reason: 0, needsSpecificPages: true }]);
    assert.deepEqual((await sized(['MOV     r5, #4096', 'LDR     r5, [r12]']))[1], { kind: 'da-handler', needsSpecificPages: true });
  });

  it('makes no reason entries for a handler that may or may not be a pool\'s, nor for a label reached with two reasons', async () => {
    const either = await reasons(['AreaFlags'], ['        TEQ     r0, #0', '        BEQ     Grow', '        TEQ     r0, #6', '        BEQ     Resize', '        MOV     pc, lr']);
    assert.deepEqual([either.H, either.Grow, either.Resize], [{ kind: 'da-handler' }, { kind: 'procedure' }, { kind: 'procedure' }]);
    const twice = await reasons(['0'], ['        TEQ     r0, #0', '        BEQ     Grow', '        TEQ     r0, #1', '        BEQ     Grow', '        MOV     pc, lr']);
    assert.deepEqual(twice.Grow, { kind: 'procedure' });
  });

  it('records a handler defined in another file and accepts it as a hint there', async () => {
    const module = await lower(src('        IMPORT  DynHandler', 'Init    ROUT', '        MOV     r0, #0', '        MOV     r4, #&100', '        ADR     r6, DynHandler', '        SWI     XOS_DynamicArea'));
    assert.deepEqual(module.areaCreations.map((c) => [c.handler, c.needsSpecificPages]), [['DynHandler', true]]);
    const handler = await lower(src('DynHandler ROUT', '        MOV     pc, lr'), { handlers: [{ name: 'DynHandler', needsSpecificPages: true }] });
    assert.deepEqual(handler.program.entries.map((e) => e.contract), [{ kind: 'da-handler', needsSpecificPages: true }]);
  });
});

describe('ObjAsm lowering: writable and read-only areas', () => {
  const program = (attributes: string): string => src(
    '        AREA    |Code|, CODE, READONLY',
    'init   MOV     r0, #0',
    '        LDR     r4, flags',
    '        MOV     r6, #0',
    '        SWI     XOS_DynamicArea',
    '        MOV     pc, lr',
    `        AREA    |Flags|, ${attributes}`,
    'flags  DCD     &01000000',
    '        END',
  );
  const pw313 = async (attributes: string): Promise<number[]> => {
    const r = await lower(program(attributes));
    return analyseRiscOsCode(r.program, 'init').filter((f) => f.code === 'PW313').map((f) => f.range.start.line);
  };

  it('trusts data in CODE and READONLY areas', async () => {
    assert.deepEqual(await pw313('CODE, READONLY'), [4]);
    assert.deepEqual(await pw313('DATA, READONLY'), [4]);
  });

  it('reads data in a DATA area without READONLY as unknown: the program may have changed it', async () => {
    assert.deepEqual(await pw313('DATA'), []);
    assert.deepEqual(await pw313('DATA, NOINIT'), []);
  });

  it('keeps literal pools read-only inside a writable area', async () => {
    const r = await lower(src('        AREA    |D|, DATA', 'word   DCD     7', 'get    LDR     r0, =&12345678', '        END'));
    assert.equal(r.program.constantImage(r.program.label('word') ?? 0n), undefined);
    const pool = r.program.items.find((i) => i.kind === 'data' && i.text === 'literal pool');
    assert.equal(r.program.constantImage(pool?.address ?? 0n), 0x78n);
  });
});

describe('ObjAsm lowering: routine slots', () => {
  const labels = (r: Awaited<ReturnType<typeof lower>>, ...names: string[]): (bigint | undefined)[] => names.map((n) => r.program.label(n));

  it('starts a routine nothing runs into at the next 4 KB, and lays out one the code before runs into right after it', async () => {
    const r = await lower(src(
      '        AREA    |T$$Code|, CODE, READONLY',
      'First   ROUT',
      '        MOV     r0, #1',
      '        MOV     pc, lr',
      'Second  ROUT',
      '        MOVNE   pc, lr',
      'Third   ROUT',
      '        B       First',
      'Table   ROUT',
      '        DCD     1',
      'Fourth  ROUT',
      '        LDMFD   sp!, {r0, pc}',
      'Fifth   ROUT',
      '        LDR     pc, [r0]',
      'Sixth   ROUT',
      '        SWI     OS_Exit',
      'Seventh ROUT',
      '        MOV     pc, lr',
      '        END',
    ));
    // A return, a B, data, an LDM or LDR of the PC end the flow; a conditional return and a SWI run on.
    assert.deepEqual(labels(r, 'First', 'Second', 'Third', 'Table', 'Fourth', 'Fifth', 'Sixth', 'Seventh'), [
      0x8000n, 0x9000n, 0x9004n, 0xa000n, 0xb000n, 0xc000n, 0xd000n, 0xd004n,
    ]);
    assert.deepEqual(r.unmodelled.map((u) => u.message), []);
  });

  it('lays out a routine of a GET file, one opened by a macro and one inside a conditional by the same rule', async () => {
    const routines = ['Second  ROUT', '        MOV     r0, r0', '        MOV     pc, lr', 'Third   ROUT', '        MOV     pc, lr'];
    const around = (...middle: string[]): string => src(
      '        AREA    |T$$Code|, CODE, READONLY',
      '        MACRO',
      '$label  Start',
      '$label  ROUT',
      '        MEND',
      'First   ROUT',
      '        MOV     pc, lr',
      ...middle,
      'Fourth  Start',
      '        MOV     pc, lr',
      '      [ {TRUE}',
      'Fifth   ROUT',
      '        MOV     r1, r1',
      '      ]',
      'Sixth   ROUT',
      '        MOV     pc, lr',
      '        END',
    );
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
    const inline = await lower(around(...routines));
    const got = await lower(around('        GET     sub.s'), { readFile: (p) => (p.endsWith('sub.s') ? src(...routines) : undefined) });
    const expected = [0x8000n, 0x9000n, 0xa000n, 0xb000n, 0xc000n, 0xc004n];
    assert.deepEqual(labels(inline, ...names), expected);
    assert.deepEqual(labels(got, ...names), expected);
    assert.deepEqual(got.unmodelled.map((u) => u.message), []);
  });

  it('lays out a routine whose label a difference before it takes right after the code before it, as ObjAsm does', async () => {
    // A table whose end label stands on a ROUT line, measured by the bound check before it.
    const handler = (...beforeEnd: string[]): string => src(
      '        GET     Hdr:Macros',
      '        AREA    |T$$Code|, CODE, READONLY',
      'DynHandler ROUT',
      '        CMP     r0, #(DynTableEnd - DynTable) :SHR: 2',
      '        ADDLO   pc, pc, r0, LSL #2',
      '        B       DynUnknown',
      'DynTable',
      '        B       DynOK',
      '        B       DynOK',
      '        B       DynOK',
      '        B       DynOK',
      ...beforeEnd,
      'DynTableEnd ROUT',
      'DynOK',
      '        CLRV',
      '        MOV     pc, lr',
      'DynUnknown ROUT',
      '        MOV     r0, #0',
      '        SETV',
      '        MOV     pc, lr',
      '        END',
    );
    const r = await lower(handler());
    assert.deepEqual(labels(r, 'DynTable', 'DynTableEnd', 'DynUnknown'), [0x800cn, 0x801cn, 0x9000n]);
    assert.equal(code(r)[0], 'cmp r0, #&4');
    const pw312 = (lowering: typeof r) => analyseDynamicAreaHandler(lowering.program, 'DynHandler', { needsSpecificPages: false }).findings
      .filter((f) => f.code === 'PW312').map((f) => f.message);
    assert.deepEqual(pw312(r), []);
    // A word more before the end lets R0 reach 4, past the four entries.
    assert.deepEqual(pw312(await lower(handler('        DCD     0'))), [
      'Computed branch on R0 through a table of 4 entries, and the CMP at line {0} lets R0 reach 4: R0 ≥ 4 jumps past the table (reason codes 4-6 exist; return an error for unknown reasons)',
    ]);
    // A data word's difference is an offset, which finds its label in a slot as well: the routine it names keeps its slot.
    const offset = await lower(src(
      '        AREA    |T$$Code|, CODE, READONLY',
      'First   ROUT',
      '        MOV     pc, lr',
      '        DCD     Second - First',
      'Second  ROUT',
      '        MOV     pc, lr',
      '        END',
    ));
    assert.deepEqual(labels(offset, 'First', 'Second'), [0x8000n, 0x9000n]);
  });

  it('packs the routines past the last slot, 8 MB on', async () => {
    const r = await lower(src(
      '        AREA    |T$$Code|, CODE, READONLY',
      'First   ROUT',
      '        MOV     pc, lr',
      'Big     ROUT',
      '        MOV     pc, lr',
      '        SPACE   &800000',
      'Next    ROUT',
      '        MOV     pc, lr',
      'Last    ROUT',
      '        MOV     pc, lr',
      '        END',
    ));
    assert.deepEqual(labels(r, 'First', 'Big', 'Next', 'Last'), [0x8000n, 0x9000n, 0x809004n, 0x809008n]);
  });
});
