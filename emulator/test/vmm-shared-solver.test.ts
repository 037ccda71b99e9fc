// The entries of one program share a solver (`explore/program-solver.ts`): a
// routine written out twice under other labels asks the same questions of
// its service results, and the second copy's run finds them answered. What
// an entry finds must not depend on which entries ran before it in the
// program; docs/benchmarks.md ("One solver for a VxD program's entries")
// measures the saving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { assemble, codes } from './vmm-helpers.js';

function copy(n: string): string {
  return `
proc${n}:
  mov edi, 4
next${n}:
  VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>
  test eax, eax
  jz done${n}
  mov esi, eax
  cmp edi, 2
  jne free${n}
  VMMcall _PageFree, <esi, 0>
free${n}:
  VMMcall _PageFree, <esi, 0>
  dec edi
  jnz next${n}
done${n}:
  ret`;
}

const SOURCE = `${copy('A')}\n${copy('B')}`;
const ENTRIES = [{ name: 'procA', label: 'procA' }, { name: 'procB', label: 'procB' }];

test('a routine written out twice: each copy\'s run after the other\'s finds what a run of it alone finds', () => {
  for (const [before, after] of [['procA', 'procB'], ['procB', 'procA']] as const) {
    const both = assemble(SOURCE, ENTRIES);
    analyseVmmProcedure(both.program, before, { macroCalls: both.macroCalls });
    const second = analyseVmmProcedure(both.program, after, { macroCalls: both.macroCalls });
    const alone = assemble(SOURCE, ENTRIES);
    const own = analyseVmmProcedure(alone.program, after, { macroCalls: alone.macroCalls });
    assert.deepEqual(codes(second.findings), ['PW222'], `${after}: the third pass frees its block twice`);
    assert.deepEqual(second, own, `${after} after ${before}`);
  }
});
