import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { Parsers } from '../src/parsing/parsers.js';

// The C and VMM conventions have DF clear at every call and return, so a
// VxD procedure starts with DF clear and `rep movsd` needs no `cld`.

const parsers = Parsers.create();

/** A page taken out of a region, pushed (its last copy) with a 0 and copied with `rep movsd` into Parked before its stack slot goes. */
const parking = (direction: string): string => [
  '        .386p',
  '        include vmm.inc',
  'VxD_LOCKED_DATA_SEG',
  'Region_Page     dd      0',
  'Parked          dd      2 dup (0)',
  'VxD_LOCKED_DATA_ENDS',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc Park_Page',
  '        push    esi',
  '        push    edi',
  '        VMMcall _XchgFreePhysReg, <[Region_Page], 0, 0>',
  '        cmp     eax, 0FFFFFFFFh',
  '        je      PP_Done',
  '        push    eax',
  '        xor     eax, eax',
  '        push    0',
  '        mov     esi, esp',
  '        mov     edi, OFFSET32 Parked',
  '        mov     ecx, 2',
  `        ${direction}`,
  '        rep movsd',
  '        cld',
  '        add     esp, 8',
  'PP_Done:',
  '        pop     edi',
  '        pop     esi',
  '        ret',
  'EndProc Park_Page',
  'VxD_LOCKED_CODE_ENDS',
  '        END',
  '',
].join('\n');

async function findings(direction: string): Promise<string[]> {
  const found = await analyseSource(await parsers, { languageId: 'vxd-masm', text: parking(direction), file: '/src/park.asm', settings: DEFAULT_SETTINGS });
  return found.map((f) => `${f.code} ${f.range.start.line}`);
}

test('rep movsd copies up without a cld of its own: DF is clear at entry; after std it copies down and the page is lost', async () => {
  assert.deepEqual(await findings('nop'), []);
  assert.deepEqual(await findings('std'), ['PW220 22']);
});
