import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// `check` analyses a Control_Dispatch target of Sys_Critical_Init,
// Device_Init or Init_Complete in the phase of its message, as `run` does:
// PW202's Correct code (PageUseAlign) in a Device_Init handler is clean on a
// Windows 3.1 target, and PageLockedIfDP there is reported. A procedure such
// a handler calls is also analysed in the running phase, so only a rule
// broken in every phase is reported there; the handler's analysis reports
// the call in its own.

const folder = tempDir('pw-init-phases-');
const W31 = join(folder, 'w31.json');
writeFileSync(W31, JSON.stringify({ 'windows.version': '3.1' }));

const ALIGNED = 'VMMcall _PageAllocate, <16, PG_SYS, 0, 0Fh, 0, 1000h, <OFFSET32 DMA_Phys>, PageUseAlign+PageContig+PageFixed>';
const LOCKED_IF_DP = 'VMMcall _PageAllocate, <16, PG_SYS, 0, 0, 0, 0, 0, PageLockedIfDP>';
const PLAIN = 'VMMcall _PageAllocate, <16, PG_SYS, 0, 0, 0, 0, 0, PageFixed>';

/**
 * A VxD whose control procedure dispatches `message` (none: no dispatch) to DMAB_Init, which makes `call` (line 20;
 * line 23 in the helper) or calls a helper that does; `equates` go at the end, where they move no line.
 */
function vxd(name: string, message: string | undefined, call: string, throughHelper = false, equates: readonly string[] = []): string {
  const body = (line: string): string => `        ${line}
        test    eax, eax
        jz      DMA_Fail
        mov     [DMA_Handle], eax
        clc
        ret
DMA_Fail:
        stc
        ret`;
  const text = `        .386p
        include vmm.inc

Declare_Virtual_Device DMAB, 1, 0, DMAB_Control, Undefined_Device_ID, \\
                       Undefined_Init_Order, , ,

VxD_LOCKED_DATA_SEG
DMA_Phys        dd      0
DMA_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG
Begin_Control_Dispatch DMAB
${message ? `        Control_Dispatch ${message}, DMAB_Init` : ''}
End_Control_Dispatch DMAB
VxD_LOCKED_CODE_ENDS

VxD_ICODE_SEG
BeginProc DMAB_Init
${throughHelper ? '        jmp     Alloc_DMA' : body(call)}
EndProc DMAB_Init
BeginProc Alloc_DMA
${throughHelper ? body(call) : '        ret'}
EndProc Alloc_DMA
VxD_ICODE_ENDS
${equates.map((line) => `${line}\n`).join('')}        END
`;
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

interface JsonFinding { readonly code: string; readonly line: number; readonly message: string }

function check(file: string, ...options: string[]): string[] {
  const run = runCli(['check', '--format', 'json', ...options, file]);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.line} ${f.code} ${f.message}`);
}

const USE_ALIGN = 'PW202 PageUseAlign is only allowed during initialisation on Windows 3.1';
const LOCKED_EARLY = 'PW202 PageLockedIfDP may not be used before Init_Complete';

test('check: PageUseAlign in a Device_Init handler on Windows 3.1 is clean, in a run-time procedure PW202', () => {
  assert.deepEqual(check(vxd('aligned-init.asm', 'Device_Init', ALIGNED), '--config', W31), []);
  assert.deepEqual(check(vxd('aligned-init-complete.asm', 'Init_Complete', ALIGNED), '--config', W31), []);
  assert.deepEqual(check(vxd('aligned-helper.asm', 'Device_Init', ALIGNED, true), '--config', W31), [], 'a helper only the handler reaches');
  assert.deepEqual(check(vxd('aligned-vm-init.asm', 'VM_Init', ALIGNED), '--config', W31), [`20 ${USE_ALIGN}`]);
  assert.deepEqual(check(vxd('aligned-plain.asm', undefined, ALIGNED), '--config', W31), [`20 ${USE_ALIGN}`]);
  assert.deepEqual(check(vxd('aligned-vm-init-helper.asm', 'VM_Init', ALIGNED, true), '--config', W31), [`23 ${USE_ALIGN}`]);
});

test('check: PageLockedIfDP in a Device_Init or Sys_Critical_Init handler, or a helper it reaches, is PW202; the corrected call is clean', () => {
  assert.deepEqual(check(vxd('locked-init.asm', 'Device_Init', LOCKED_IF_DP)), [`20 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('locked-critical.asm', 'Sys_Critical_Init', LOCKED_IF_DP)), [`20 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('locked-helper.asm', 'Device_Init', LOCKED_IF_DP, true)), [`23 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('fixed-init.asm', 'Device_Init', PLAIN)), []);
  assert.deepEqual(check(vxd('locked-vm-init.asm', 'VM_Init', LOCKED_IF_DP)), []);
});

test('check: a message written as a number, an equate of the file or an expression takes the phase of the message it stands for', () => {
  assert.deepEqual(check(vxd('locked-1.asm', '1', LOCKED_IF_DP)), [`20 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('locked-equate.asm', 'DMAB_FIRST_MSG', LOCKED_IF_DP, false, ['DMAB_FIRST_MSG equ 0'])), [`20 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('locked-sum.asm', 'Sys_VM_Init-2', LOCKED_IF_DP)), [`20 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(vxd('aligned-2.asm', '2', ALIGNED), '--config', W31), []);
  assert.deepEqual(check(vxd('fixed-1.asm', '1', PLAIN)), []);
  // 9 is VM_Init, which runs once the system does.
  assert.deepEqual(check(vxd('locked-9.asm', '9', LOCKED_IF_DP)), []);
  assert.deepEqual(check(vxd('aligned-9.asm', '9', ALIGNED), '--config', W31), [`20 ${USE_ALIGN}`]);
});

/** A VxD whose control procedure is written by hand: `dispatch` are its lines before `clc` / `ret`; DMAH_Init makes `call` (line 14). */
function handWritten(name: string, dispatch: readonly string[], call: string): string {
  const text = `        .386p
        include vmm.inc

Declare_Virtual_Device DMAH, 1, 0, DMAH_Control, Undefined_Device_ID, \\
                       Undefined_Init_Order, , ,

VxD_LOCKED_DATA_SEG
DMA_Phys        dd      0
DMA_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_ICODE_SEG
BeginProc DMAH_Init
        ${call}
        test    eax, eax
        jz      DMA_Fail
        mov     [DMA_Handle], eax
        clc
        ret
DMA_Fail:
        stc
        ret
EndProc DMAH_Init
VxD_ICODE_ENDS

VxD_LOCKED_CODE_SEG
BeginProc DMAH_Control
${dispatch.map((line) => (line.endsWith(':') ? `${line}\n` : `        ${line}\n`)).join('')}        clc
        ret
EndProc DMAH_Control
VxD_LOCKED_CODE_ENDS
        END
`;
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

test('check: a control procedure\'s hand-written dispatch on the message gives its handler the message\'s phase, as Control_Dispatch does', () => {
  const forms: Readonly<Record<string, readonly string[]>> = {
    'cmp-jz': ['cmp     eax, Device_Init', 'jz      DMAH_Init'],
    'cmp-je-number': ['cmp     eax, 1', 'je      DMAH_Init'],
    'jne-jmp': ['cmp     eax, Device_Init', 'jne     @F', 'jmp     DMAH_Init', '@@:'],
    'chain': ['cmp     eax, Sys_Critical_Init', 'jz      DMAH_Skip', 'or      eax, eax', 'jz      DMAH_Skip', 'cmp     eax, Device_Init', 'jz      DMAH_Init', 'DMAH_Skip:'],
    // Code that runs for one message, inline after `jne`, is passed over to the next comparison.
    'past-inline': ['cmp     eax, Sys_VM_Init', 'jne     @F', 'mov     [DMA_Phys], ebx', 'clc', 'ret', '@@:', 'cmp     eax, Device_Init', 'jz      DMAH_Init'],
    // A table of handlers indexed by the message, below a bound (`jae`) or up to it (`ja`).
    'table': ['cmp     eax, 3', 'jae     DMAH_Default', 'jmp     [DispatchTab + eax*4]', 'DispatchTab dd DMAH_Default, DMAH_Init, DMAH_Default', 'DMAH_Default:'],
    // Instructions before the comparisons that keep the message in EAX and change no register or memory.
    'leading': ['cld', 'test    ebx, ebx', 'cmp     eax, Device_Init', 'jz      DMAH_Init'],
    'chain-table': [
      'or      eax, eax', 'jz      DMAH_Default', 'cmp     eax, Init_Complete', 'ja      DMAH_Default', 'jmp     dword ptr DispatchTab[eax*4]',
      'DispatchTab dd DMAH_Default', 'dd      DMAH_Init, DMAH_Default', 'DMAH_Default:',
    ],
  };
  for (const [form, dispatch] of Object.entries(forms)) {
    assert.deepEqual(check(handWritten(`hand-aligned-${form}.asm`, dispatch, ALIGNED), '--config', W31), [], form);
    assert.deepEqual(check(handWritten(`hand-locked-${form}.asm`, dispatch, LOCKED_IF_DP)), [`14 ${LOCKED_EARLY}`], form);
    assert.deepEqual(check(handWritten(`hand-fixed-${form}.asm`, dispatch, PLAIN)), [], form);
  }
  // A message that runs once the system does, or a compare of another register, gives no phase of initialisation.
  assert.deepEqual(check(handWritten('hand-vm-init.asm', ['cmp     eax, VM_Init', 'jz      DMAH_Init'], ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('hand-ecx.asm', ['cmp     ecx, Device_Init', 'jz      DMAH_Init'], ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('hand-after-write.asm', ['mov     eax, Device_Init', 'cmp     eax, Device_Init', 'jz      DMAH_Init'], ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  // The dispatch after a prologue that saves registers is found; one that loads EAX first dispatches on something else.
  assert.deepEqual(check(handWritten('hand-prologue-locked.asm', ['mov     edx, ebx', 'push    esi', 'pop     esi', 'cmp     eax, Device_Init', 'jz      DMAH_Init'], LOCKED_IF_DP)), [`14 ${LOCKED_EARLY}`]);
  // A table's handler of Sys_VM_Init, past the bound or indexed by another register runs after initialisation.
  const table = (bound: string, index: string, handlers: string): string[] =>
    [`cmp     ${index}, ${bound}`, 'jae     DMAH_Default', `jmp     [DispatchTab + ${index}*4]`, `DispatchTab dd ${handlers}`, 'DMAH_Default:'];
  assert.deepEqual(check(handWritten('hand-table-vm.asm', table('4', 'eax', 'DMAH_Default, DMAH_Default, DMAH_Default, DMAH_Init'), ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('hand-table-bound.asm', table('1', 'eax', 'DMAH_Default, DMAH_Init'), ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('hand-table-ecx.asm', table('2', 'ecx', 'DMAH_Default, DMAH_Init'), ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
});

/** Each finding's line, code and the entry whose run replays it. */
function replayed(file: string, ...options: string[]): string[] {
  const run = runCli(['check', '--format', 'json', ...options, file]);
  return (JSON.parse(run.stdout) as { findings: (JsonFinding & { replay?: { entry: string } })[] }).findings.map((f) => `${f.line} ${f.code} ${f.replay?.entry ?? ''}`);
}

test('check: a handler a hand-written dispatch reaches through anonymous labels (`jz @F`, `jz @B`, `@@:` / `jmp Handler`) is a target of its message, as a named one is', () => {
  const verdict = (file: string, entry: string, ...options: string[]): string =>
    /^Verdict: .*$/m.exec(runCli(['run', file, '--entry', entry, ...options]).stdout)?.[0] ?? '';
  const forms: Readonly<Record<string, readonly string[]>> = {
    'forward': ['cmp     eax, Device_Init', 'jz      @F', 'clc', 'ret', '@@:', 'jmp     DMAH_Init'],
    'hops': ['cmp     eax, Device_Init', 'jz      @F', 'clc', 'ret', '@@:', 'jmp     @F', '@@:', 'jmp     DMAH_Init'],
    'backward': ['cmp     eax, Sys_VM_Init', 'jne     DMAH_Next', 'clc', 'ret', '@@:', 'jmp     DMAH_Init', 'DMAH_Next:', 'cmp     eax, Device_Init', 'jz      @B'],
    'jne-jmp': ['cmp     eax, Device_Init', 'jne     DMAH_Next', 'jmp     @F', 'DMAH_Next:', 'clc', 'ret', '@@:', 'jmp     DMAH_Init'],
  };
  for (const [form, dispatch] of Object.entries(forms)) {
    const locked = handWritten(`anonymous-locked-${form}.asm`, dispatch, LOCKED_IF_DP);
    // DMAH_Init is Device_Init's handler: its own run reports the call, as `run` of it does.
    assert.deepEqual(replayed(locked), ['14 PW202 DMAH_Init'], form);
    assert.equal(verdict(locked, 'DMAH_Init'), 'Verdict: returned; 1 finding(s)', form);
    assert.deepEqual(replayed(handWritten(`anonymous-aligned-${form}.asm`, dispatch, ALIGNED), '--config', W31), [], form);
  }
  // Code under an anonymous label is the handler itself when it does more than jump on (line 33 makes the call).
  const inline = handWritten('anonymous-inline.asm', ['cmp     eax, Device_Init', 'jz      @F', 'clc', 'ret', '@@:', LOCKED_IF_DP, 'mov     [DMA_Handle], eax'], 'nop');
  assert.deepEqual(replayed(inline), ['33 PW202 DMAH_Control@@Device_Init']);
  assert.equal(verdict(inline, 'DMAH_Control@@Device_Init'), 'Verdict: returned; 1 finding(s)');
  // A message that runs once the system does gives its handler the running phase.
  const vmInit = ['cmp     eax, VM_Init', 'jz      @F', 'clc', 'ret', '@@:', 'jmp     DMAH_Init'];
  assert.deepEqual(replayed(handWritten('anonymous-aligned-vm.asm', vmInit, ALIGNED), '--config', W31), ['14 PW202 DMAH_Init']);
  assert.deepEqual(replayed(handWritten('anonymous-locked-vm.asm', vmInit, LOCKED_IF_DP)), []);
});

test('check: code a control procedure written by hand runs for a message, inline or in a procedure it calls, runs in that message\'s phase', () => {
  // DMAH_Init makes the call; the control procedure calls it for `message` (between a push and a pop of EBX), or jumps to it after a prologue.
  const called = (message: string): string[] =>
    ['push    ebx', `cmp     eax, ${message}`, 'jne     @F', 'call    DMAH_Init', 'pop     ebx', 'ret', '@@:', 'pop     ebx'];
  const prologue = ['mov     edx, ebx', 'cmp     eax, Device_Init', 'jz      DMAH_Init'];
  for (const [form, dispatch] of Object.entries({ called: called('Device_Init'), prologue })) {
    assert.deepEqual(check(handWritten(`hand-aligned-${form}.asm`, dispatch, ALIGNED), '--config', W31), [], form);
    assert.deepEqual(check(handWritten(`hand-locked-${form}.asm`, dispatch, LOCKED_IF_DP)), [`14 ${LOCKED_EARLY}`], form);
  }
  assert.deepEqual(check(handWritten('hand-aligned-called-vm.asm', called('VM_Init'), ALIGNED), '--config', W31), [`14 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('hand-locked-called-vm.asm', called('VM_Init'), LOCKED_IF_DP)), []);
  // The call written in the control procedure itself (line 30); DMAH_Init only tests EAX.
  const inline = (message: string, call: string): string[] => [`cmp     eax, ${message}`, 'jne     @F', call, 'mov     [DMA_Handle], eax', 'clc', 'ret', '@@:'];
  assert.deepEqual(check(handWritten('inline-aligned.asm', inline('Device_Init', ALIGNED), 'nop'), '--config', W31), []);
  assert.deepEqual(check(handWritten('inline-locked.asm', inline('Device_Init', LOCKED_IF_DP), 'nop')), [`30 ${LOCKED_EARLY}`]);
  assert.deepEqual(check(handWritten('inline-aligned-vm.asm', inline('VM_Init', ALIGNED), 'nop'), '--config', W31), [`30 ${USE_ALIGN}`]);
  assert.deepEqual(check(handWritten('inline-locked-vm.asm', inline('VM_Init', LOCKED_IF_DP), 'nop')), []);
});

test('check: a control procedure written by hand is entered with a VM handle in EBX, never a message', () => {
  // EAX loaded from EBX holds a VM handle (80000000h and up), which no message's comparison matches: DMAH_Init is not run for Device_Init or Sys_Critical_Init.
  const fromEbx = (message: string): string[] => ['push    ebx', 'pop     eax', `cmp     eax, ${message}`, 'jz      DMAH_Init'];
  for (const message of ['Device_Init', 'Sys_Critical_Init']) {
    assert.deepEqual(check(handWritten(`hand-pop-eax-locked-${message}.asm`, fromEbx(message), LOCKED_IF_DP)), [], message);
    assert.deepEqual(check(handWritten(`hand-pop-eax-aligned-${message}.asm`, fromEbx(message), ALIGNED), '--config', W31), [], message);
  }
  // A handle the code does compare EBX with still decides the path, and code the message selects still runs in its phase.
  assert.deepEqual(check(handWritten('hand-ebx-compared.asm', ['cmp     ebx, 80001000h', 'jne     @F', 'cmp     eax, Device_Init', 'jz      DMAH_Init', '@@:'], LOCKED_IF_DP)), [`14 ${LOCKED_EARLY}`]);
  // A value loaded into EBX is what it holds from there on.
  assert.deepEqual(check(handWritten('hand-ebx-loaded.asm', ['mov     ebx, 1', 'cmp     ebx, Device_Init', 'jz      DMAH_Init'], LOCKED_IF_DP)), [`14 ${LOCKED_EARLY}`]);
});

test('run agrees with check on the handler and on the helper it reaches', () => {
  const verdict = (file: string, entry: string, ...options: string[]): string =>
    /^Verdict: .*$/m.exec(runCli(['run', file, '--entry', entry, ...options]).stdout)?.[0] ?? '';
  assert.equal(verdict(vxd('run-aligned-helper.asm', 'Device_Init', ALIGNED, true), 'Alloc_DMA', '--config', W31), 'Verdict: returned; no findings');
  assert.equal(verdict(vxd('run-locked-init.asm', 'Device_Init', LOCKED_IF_DP), 'DMAB_Init'), 'Verdict: returned; 1 finding(s)');
  assert.equal(verdict(vxd('run-locked-1.asm', '1', LOCKED_IF_DP), 'DMAB_Init'), 'Verdict: returned; 1 finding(s)');
  // A control procedure written by hand runs in the phase of the message it is given.
  const inline = handWritten('run-inline-locked.asm', ['cmp     eax, Device_Init', 'jne     @F', LOCKED_IF_DP, 'mov     [DMA_Handle], eax', '@@:'], 'nop');
  assert.equal(verdict(inline, 'DMAH_Control', '--witness', '{"eax":"0x1"}'), 'Verdict: returned; 1 finding(s)');
  assert.equal(verdict(inline, 'DMAH_Control', '--witness', '{"eax":"0x9"}'), 'Verdict: returned; no findings');
  // Given no EBX, the run enters it with a VM handle there, as check does, and one given is taken.
  const fromEbx = handWritten('run-pop-eax.asm', ['push    ebx', 'pop     eax', 'cmp     eax, Sys_Critical_Init', 'jz      DMAH_Init'], LOCKED_IF_DP);
  assert.equal(verdict(fromEbx, 'DMAH_Control'), 'Verdict: returned; no findings');
  assert.equal(verdict(fromEbx, 'DMAH_Control', '--witness', '{"ebx":"0x0"}'), 'Verdict: returned; 1 finding(s)');
});
