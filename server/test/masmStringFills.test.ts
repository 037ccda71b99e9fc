import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkJson } from './support/runCli.js';

// A VxD fills the pages it just allocated with `rep stosd`, without a `cld`
// of its own: ring-0 code runs with DF clear, and a C-convention service
// returns it clear. A fill of a page or more after a service call (or an
// EXTRN procedure) took a minute, then crashed Node, as each step added a
// term on DF to EDI; it is clean now, and a real bug beside it is still
// found.

const procedure = (call: string): string => `        .386p
        include vmm.inc

        EXTRN   Prepare_Fill:NEAR

VxD_LOCKED_DATA_SEG
Buf_Handle      dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Fill_Pages
        VMMcall _PageAllocate, <4, PG_SYS, 0, 0, 0, 0, 0, PAGEFIXED>
        or      eax, eax
        jz      short fail
        mov     Buf_Handle, eax
        mov     edi, edx
${call}
        mov     eax, 0FFFFFFFFh
        mov     ecx, 4 * 4096 / 4
        rep     stosd
        clc
        ret
fail:
        stc
        ret
EndProc Fill_Pages

VxD_LOCKED_CODE_ENDS
        END
`;

describe('rep stosd over freshly allocated pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'pw-fills-'));
  const variants: Record<string, string> = {
    service: procedure(''),
    external: procedure('        call    Prepare_Fill'),
    bug: procedure('        mov     esi, [ecx]              ; ECX is _PageAllocate\'s'),
  };
  for (const [name, text] of Object.entries(variants)) writeFileSync(join(root, `${name}.asm`), text);
  const run = checkJson([root]);
  run.catch(() => undefined);
  const findings = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.endsWith(`/${variant}.asm`)).map((f) => `${f.line} ${f.code}`);

  it('after a service call, DF is still clear and the fill is clean', async () => {
    assert.deepEqual(await findings('service'), []);
  });

  it('after an EXTRN procedure, too', async () => {
    assert.deepEqual(await findings('external'), []);
  });

  it('ECX destroyed by the service and used before the fill is PW230', async () => {
    const line = variants.bug?.split('\n').findIndex((l) => l.includes('[ecx]')) ?? -1;
    assert.deepEqual(await findings('bug'), [`${line + 1} PW230`]);
  });
});
