import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// Paging code reads CR3, flushes the TLB, saves segment registers and, in a
// debug build, stops at INT 3. None of it moves a page the VMM keeps: the
// analysis goes on past it, and finds what comes after.

const parsers = Parsers.create();

const procedure = (system: readonly string[]): string => [
  '.386p',
  'include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Lin     dd      0',
  'Pdbr    dd      0',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Remap_Window',
  ...system.map((line) => `        ${line}`),
  '        VMMcall _PageReserve, <PR_SYSTEM, 4, 0>',
  '        test    eax, eax',
  '        jz      Fail',
  '        mov     [Lin], eax',
  'Fail:',
  '        ret',
  'EndProc Remap_Window',
  'VxD_LOCKED_CODE_ENDS',
  '',
].join('\n');

test('control and segment registers, TLB and cache flushes, CPUID, RDTSC and INT 3 do not cut the analysis short', async () => {
  const text = procedure([
    'push    ds', 'push    es', 'mov     ax, ds', 'mov     es, ax',
    'mov     eax, cr3', 'mov     [Pdbr], eax', 'mov     cr3, eax', 'invlpg  [esi]', 'wbinvd',
    'mov     eax, cr0', 'mov     ecx, dr6', 'cpuid', 'rdtsc', 'int     3',
    'pop     es', 'pop     ds',
  ]);
  const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text, file: 'remap.asm', settings: DEFAULT_SETTINGS });
  const store = text.split('\n').indexOf('        mov     [Lin], eax');
  assert.deepEqual(findings.map((f) => [f.code, f.range.start.line]), [['PW210', store]]);
});

test('an interrupt the models do not know still cuts the procedure short', async () => {
  const findings = await analyseSource(await parsers, { languageId: 'vxd-masm', text: procedure(['int     1']), file: 'remap.asm', settings: DEFAULT_SETTINGS });
  assert.deepEqual(findings.map((f) => f.code), ['PW900']);
  assert.match(findings[0]?.message ?? '', /no model for interrupt 1/);
});
