import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './support/lspClient.js';
import { distFile } from './support/paths.js';

// After an edit the server re-analyses only the entry points whose code, or
// what that code depends on (equates, data, the procedures it calls), the
// edit changed; the others keep their findings. `pagewarden/analysisStatistics`
// says how many entries each published analysis ran and reused, and the
// diagnostics must always be those of the same text opened fresh.

const SOURCE = `        .386p
        include vmm.inc

ALLOC_FLAGS     EQU     PageContig+PageFixed

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
Window_Lin      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Alloc_Buffer
        VMMcall _PageAllocate, <4, PG_SYS, 0, 0Fh, 0, 1000h, 0, ALLOC_FLAGS>
        test    eax, eax
        jz      Alloc_Fail
        mov     [Buf_Handle], eax
        clc
        ret
Alloc_Fail:
        stc
        ret
EndProc Alloc_Buffer

BeginProc Count_One
        mov     eax, 1
        ret
EndProc Count_One

BeginProc Fall_Into
        mov     ecx, 3
EndProc Fall_Into

BeginProc Count_Two
        mov     eax, 2
        ret
EndProc Count_Two

BeginProc Keep_Window
        call    Get_Window
        mov     [Window_Lin], eax
        ret
EndProc Keep_Window

BeginProc Get_Window
        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
        ret
EndProc Get_Window

VxD_LOCKED_CODE_ENDS
        END
`;

const ENTRIES = 6;

interface Statistics {
  readonly version: number;
  readonly analysed: number;
  readonly reused: number;
}

/**
 * One open document of the server, edited with ranged changes; every
 * published analysis is compared with a fresh open of the same text.
 */
class Session {
  private document: TextDocument;
  private fresh = 0;

  constructor(private readonly client: () => LspClient, private readonly folder: string, private readonly name: string, private readonly languageId: string, text: string) {
    this.document = TextDocument.create(this.uri, languageId, 1, text);
  }

  get uri(): string {
    return `file:///work/${this.folder}/${this.name}`;
  }

  get version(): number {
    return this.document.version;
  }

  /** The 0-based line of the first `needle` in the text. */
  lineOf(needle: string): number {
    return this.document.positionAt(this.document.getText().indexOf(needle)).line;
  }

  async open(): Promise<Diagnostic[]> {
    return (await this.client().open(this.uri, this.languageId, this.document.getText())).diagnostics;
  }

  statistics(): Promise<Statistics | null> {
    return this.client().connection.sendRequest('pagewarden/analysisStatistics', { uri: this.uri });
  }

  async freshDiagnostics(text = this.document.getText()): Promise<Diagnostic[]> {
    const freshUri = `file:///work/${this.folder}${++this.fresh}/${this.name}`;
    const published = await this.client().open(freshUri, this.languageId, text);
    return JSON.parse(JSON.stringify(published.diagnostics).replaceAll(freshUri, this.uri)) as Diagnostic[];
  }

  /** Replaces the first `from` with `to`, as a ranged change, and returns the diagnostics published for it. */
  async edit(from: string, to: string): Promise<Diagnostic[]> {
    const text = this.document.getText();
    const at = text.indexOf(from);
    assert.notEqual(at, -1, `no ${JSON.stringify(from)} in the text`);
    const change = { range: { start: this.document.positionAt(at), end: this.document.positionAt(at + from.length) }, text: to };
    const version = this.document.version + 1;
    this.document = TextDocument.update(this.document, [change], version);
    const published = this.client().nextDiagnostics(this.uri);
    await this.client().edit(this.uri, version, [change]);
    const result = await published;
    assert.equal(result.version, version);
    assert.deepEqual(result.diagnostics, await this.freshDiagnostics());
    return result.diagnostics;
  }
}

describe('re-analysis of changed entry points only', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'reuse', 'buffer.asm', 'vxd-masm', SOURCE);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  const statistics = (): Promise<Statistics | null> => session.statistics();
  const edit = (from: string, to: string): Promise<Diagnostic[]> => session.edit(from, to);

  test('the first analysis runs every entry point', async () => {
    assert.equal(await statistics(), null);
    await session.open();
    assert.deepEqual(await statistics(), { version: 1, analysed: ENTRIES, reused: 0 });
  });

  test('an edit inside one procedure re-analyses that procedure alone', async () => {
    await edit('mov     eax, 1', 'mov     eax, 7');
    assert.deepEqual(await statistics(), { version: session.version, analysed: 1, reused: ENTRIES - 1 });
  });

  test('an edit of a procedure re-analyses the procedure that runs on into it', async () => {
    await edit('mov     eax, 2', 'mov     eax, 5');
    assert.deepEqual(await statistics(), { version: session.version, analysed: 2, reused: ENTRIES - 2 });
  });

  test('an edit of a called procedure re-analyses its callers too, and their findings change', async () => {
    const before = await session.freshDiagnostics();
    assert.ok(before.some((d) => d.code === 'PW210' && d.range.start.line === 40), 'Keep_Window stores a result that may be 0FFFFFFFFh');
    const after = await edit('VMMcall _PageReserve, <PR_SYSTEM, 4, 0>', 'mov     eax, 12345000h');
    assert.ok(!after.some((d) => d.code === 'PW210'));
    assert.deepEqual(await statistics(), { version: session.version, analysed: 2, reused: ENTRIES - 2 });
  });

  test('an edit that grows a procedure re-analyses it and what runs into it; the procedures after it keep their slots and results', async () => {
    await edit('mov     eax, 5', 'VMMcall _PageFree, <eax, 0>');
    // Count_Two and Fall_Into, which runs into it across the rest of its slot; Keep_Window, whose call pushes a return
    // address, stays where it was.
    assert.deepEqual(await statistics(), { version: session.version, analysed: 2, reused: ENTRIES - 2 });
  });

  test('an edit of an equate re-analyses the procedures that use it, and their findings change', async () => {
    const before = await session.freshDiagnostics();
    assert.ok(before.some((d) => d.code === 'PW202'));
    const after = await edit('PageContig+PageFixed', 'PageContig+PageFixed+PageUseAlign');
    assert.ok(!after.some((d) => d.code === 'PW202'));
    assert.deepEqual(await statistics(), { version: session.version, analysed: 1, reused: ENTRIES - 1 });
  });

  test('a change of settings re-analyses everything', async () => {
    const published = client.nextDiagnostics(session.uri);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { analysis: { maxPaths: 1999 } } } });
    await published;
    assert.deepEqual(await statistics(), { version: session.version, analysed: ENTRIES, reused: 0 });
  });
});

// An edit that only moves an entry point moves its findings: Alloc_Temp's
// PW202, and the findings of Lock_Pages and Keep_Window, whose messages name
// the line of the call they blame ("_PageReserve (line 46)"), the number
// following the call. Alloc_Buffer and Keep_Window read the data, Count_One
// and Alloc_Temp do not.
const MOVING = `        .386p
        include vmm.inc

ALLOC_FLAGS     EQU     PageContig+PageFixed
COUNT_BASE      EQU     10

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
Window_Lin      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Alloc_Buffer
        VMMcall _PageAllocate, <4, PG_SYS, 0, 0Fh, 0, 1000h, 0, ALLOC_FLAGS>
        test    eax, eax
        jz      Alloc_Fail
        mov     [Buf_Handle], eax
        clc
        ret
Alloc_Fail:
        stc
        ret
EndProc Alloc_Buffer

BeginProc Count_One
        mov     eax, COUNT_BASE
        ret
EndProc Count_One

BeginProc Alloc_Temp
        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageContig>
        ret
EndProc Alloc_Temp

BeginProc Lock_Pages
        mov     ecx, 8
        VMMcall _LinPageLock, <eax, ecx, 0>
        VMMcall _LinPageLock, <eax, ecx, 0>
        mov     edx, eax
        VMMcall _LinPageUnLock, <edx, 8, 0>
        ret
EndProc Lock_Pages

BeginProc Keep_Window
        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>
        mov     [Window_Lin], eax
        ret
EndProc Keep_Window

VxD_LOCKED_CODE_ENDS
        END
`;

describe('findings moved with their entry points, and keys narrowed to what an entry reads', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'moving', 'moving.asm', 'vxd-masm', MOVING);
  const counts = async (): Promise<{ analysed: number; reused: number }> => {
    const found = await session.statistics();
    assert.ok(found && found.version === session.version);
    return { analysed: found.analysed, reused: found.reused };
  };
  const tempFinding = (diagnostics: readonly Diagnostic[]): number | undefined =>
    diagnostics.find((d) => d.code === 'PW202' && d.range.start.line > 25)?.range.start.line;
  /** The message of Keep_Window's PW210, which names the line of its _PageReserve. */
  const windowFinding = (diagnostics: readonly Diagnostic[]): string => {
    const found = diagnostics.find((d) => d.code === 'PW210' && d.range.start.line === session.lineOf('mov     [Window_Lin], eax'));
    return typeof found?.message === 'string' ? found.message : '';
  };
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('the first analysis runs all five entry points', async () => {
    const diagnostics = await session.open();
    assert.equal(tempFinding(diagnostics), 31);
    assert.match(windowFinding(diagnostics), /_PageReserve \(line 46\)/);
    assert.deepEqual(await counts(), { analysed: 5, reused: 0 });
  });

  test('a new comment line moves the findings below it, and the lines their messages name, without re-analysing anything', async () => {
    const diagnostics = await session.edit('BeginProc Count_One', '; counts one\nBeginProc Count_One');
    assert.equal(tempFinding(diagnostics), 32);
    assert.match(windowFinding(diagnostics), /_PageReserve \(line 47\)/);
    assert.deepEqual(await counts(), { analysed: 0, reused: 5 });
  });

  test('removing the line moves them back', async () => {
    const diagnostics = await session.edit('; counts one\n', '');
    assert.equal(tempFinding(diagnostics), 31);
    assert.match(windowFinding(diagnostics), /_PageReserve \(line 46\)/);
    assert.deepEqual(await counts(), { analysed: 0, reused: 5 });
  });

  test('a new line inside a procedure moves the lines below it, in that procedure and the ones below, without re-analysing anything', async () => {
    const diagnostics = await session.edit('        ret\nEndProc Alloc_Temp', '\n        ret\nEndProc Alloc_Temp');
    assert.equal(tempFinding(diagnostics), 31);
    assert.match(windowFinding(diagnostics), /_PageReserve \(line 47\)/);
    assert.deepEqual(await counts(), { analysed: 0, reused: 5 });
  });

  test('a new line above all the code moves every finding; entries that read the data above it are reused too', async () => {
    const diagnostics = await session.edit('VxD_LOCKED_CODE_SEG\n', 'VxD_LOCKED_CODE_SEG\n; the code\n');
    assert.equal(tempFinding(diagnostics), 32);
    assert.ok(diagnostics.some((d) => d.code === 'PW202' && d.range.start.line === 15), "Alloc_Buffer's finding moved with it");
    assert.match(windowFinding(diagnostics), /_PageReserve \(line 48\)/);
    assert.deepEqual(await counts(), { analysed: 0, reused: 5 });
  });

  test('an edit of an equate re-analyses only the entries whose code uses it', async () => {
    await session.edit('COUNT_BASE      EQU     10', 'COUNT_BASE      EQU     11');
    assert.deepEqual(await counts(), { analysed: 1, reused: 4 });
  });

  test('an edit of data re-analyses only the entries whose code reads that data', async () => {
    await session.edit('Window_Lin      dd      0', 'Window_Lin      dd      5');
    assert.deepEqual(await counts(), { analysed: 2, reused: 3 });
  });
});

// Each procedure starts a slot (10000h, 20000h, …), 16 bytes an instruction:
// 10000h is First_Proc's address, 10010h its second instruction's, which no
// label names.
const NUMBERS = `        .386p
        include vmm.inc

VxD_LOCKED_CODE_SEG

BeginProc First_Proc
        mov     eax, 1
        mov     ecx, 2
        ret
EndProc First_Proc

BeginProc Page_Size
        mov     eax, 10010h
        ret
EndProc Page_Size

BeginProc Handler_Of
        mov     eax, 10000h
        ret
EndProc Handler_Of

VxD_LOCKED_CODE_ENDS
        END
`;

describe('numbers that fall inside code', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'numbers', 'numbers.asm', 'vxd-masm', NUMBERS);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('tie an entry to that code only at a label', async () => {
    await session.open();
    await session.edit('mov     ecx, 2', 'mov     ecx, 3');
    const statistics = await session.statistics();
    assert.ok(statistics && statistics.version === session.version);
    // First_Proc, and Handler_Of, whose 10000h is First_Proc's address (its slot's start); not Page_Size.
    assert.deepEqual({ analysed: statistics.analysed, reused: statistics.reused }, { analysed: 2, reused: 1 });
  });
});

// Runs_On falls off its end into data: its finding points at the data line.
const RUNS_ON = `        .386p
        include vmm.inc

VxD_LOCKED_CODE_SEG

BeginProc Runs_On
        mov     eax, 1
EndProc Runs_On

Table   dd      5

VxD_LOCKED_CODE_ENDS
        END
`;

describe('a finding that points into data', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'runs', 'runs.asm', 'vxd-masm', RUNS_ON);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('is found again when the data moves and the entry does not', async () => {
    const before = await session.open();
    assert.ok(before.some((d) => d.code === 'PW900' && d.range.start.line === 9), 'execution runs into Table');
    const after = await session.edit('Table   dd      5', '\nTable   dd      5');
    assert.ok(after.some((d) => d.code === 'PW900' && d.range.start.line === 10));
    const statistics = await session.statistics();
    assert.ok(statistics && statistics.version === session.version);
    assert.deepEqual({ analysed: statistics.analysed, reused: statistics.reused }, { analysed: 1, reused: 0 });
  });
});

// init calls helper only through a code pointer in a separate read-only data
// area; helper's non-X SWI is a PW311 of init's, the module entry. helper's
// code lies in the region of another entry point, final.
const POINTER = `        AREA    |Ptr$$Code|, CODE, READONLY

module_base
        DCD     0
        DCD     init - module_base
        DCD     final - module_base
        DCD     0
        DCD     0
        DCD     0
        DCD     0

init
        STMFD   sp!, {lr}
        LDR     r1, =table
        LDR     r2, [r1]
        MOV     lr, pc
        MOV     pc, r2
        LDMFD   sp!, {pc}

        LTORG

final
        MOV     pc, lr

helper
        MOV     r0, #0
        SWI     OS_ReadUnsigned
        MOV     pc, lr

        AREA    |Ptr$$Table|, DATA, READONLY

table
        DCD     helper

        END
`;

describe('code reached through a pointer in data', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'pointer', 'Ptr,ffd', 'riscos-objasm', POINTER);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('an edit of the code a data pointer names re-analyses the entry that calls through it', async () => {
    const before = await session.open();
    assert.ok(before.some((d) => d.code === 'PW311' && d.range.start.line === 26), 'init reaches helper through the table');
    const after = await session.edit('SWI     OS_ReadUnsigned', 'SWI     XOS_ReadUnsigned');
    assert.ok(!after.some((d) => d.code === 'PW311'));
    const statistics = await session.statistics();
    assert.ok(statistics && statistics.version === session.version);
    assert.deepEqual({ analysed: statistics.analysed, reused: statistics.reused }, { analysed: 2, reused: 0 }, 'init through the table, final as its own region');
  });
});

// A procedure is analysed in the phases of the Control_Dispatch targets that
// call it as well as the running one (PageUseAlign is allowed during
// initialisation on Windows 3.1): an edit that makes its caller a Device_Init
// handler changes its own result, though none of the code it reaches changed.
const PHASES = `        .386p
        include vmm.inc

Declare_Virtual_Device DMAB, 1, 0, DMAB_Control, Undefined_Device_ID, \\
                       Undefined_Init_Order, , ,

VxD_LOCKED_DATA_SEG
DMA_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG
Begin_Control_Dispatch DMAB
        Control_Dispatch VM_Init, DMAB_Init
End_Control_Dispatch DMAB
VxD_LOCKED_CODE_ENDS

VxD_ICODE_SEG
BeginProc DMAB_Init
        call    Alloc_DMA
        ret
EndProc DMAB_Init

BeginProc Alloc_DMA
        VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, 0, PageUseAlign+PageContig+PageFixed>
        mov     [DMA_Handle], eax
        ret
EndProc Alloc_DMA
VxD_ICODE_ENDS
        END
`;

describe('a procedure in the phases of the handlers that call it', { timeout: 120_000 }, () => {
  let client: LspClient;
  const session = new Session(() => client, 'phases', 'dmab.asm', 'vxd-masm', PHASES);
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize();
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { pagewarden: { windows: { version: '3.1' } } } });
  });
  after(async () => {
    if (client.process.exitCode === null) await client.shutdown();
  });

  test('a caller that becomes a Device_Init handler re-analyses the procedure it calls', async () => {
    const before = await session.open();
    assert.deepEqual(before.map((d) => [d.code, d.range.start.line]), [['PW202', session.lineOf('VMMcall _PageAllocate')]]);
    // Checked against a fresh open: a reused result of Alloc_DMA would keep the PW202.
    assert.deepEqual(await session.edit('VM_Init', 'Device_Init'), []);
  });
});
