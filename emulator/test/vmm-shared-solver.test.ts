// The entries of one program share a solver: a routine written out twice
// under other labels asks the same questions of its service results, and
// the second copy's run finds them answered. Its findings are the ones a
// run of it alone finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseVmmProcedure } from '../src/models/vmm/index.js';
import { Solver } from '../src/values/solver.js';
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

/** The searches the solver's rounds start (its private `solve`, counted through the prototype) while `run` runs. */
function searches<T>(run: () => T): { readonly result: T; readonly count: number } {
  const proto = Solver.prototype as unknown as { solve: (...args: unknown[]) => unknown };
  const solve = proto.solve;
  let count = 0;
  proto.solve = function counted(this: unknown, ...args: unknown[]) {
    count++;
    return solve.apply(this, args);
  };
  try {
    return { result: run(), count };
  } finally {
    proto.solve = solve;
  }
}

test('a routine written out twice: the second copy\'s run finds its questions answered, its findings those of a run of it alone', () => {
  const a = assemble(SOURCE, ENTRIES);
  const first = searches(() => analyseVmmProcedure(a.program, 'procA', { macroCalls: a.macroCalls }));
  const second = searches(() => analyseVmmProcedure(a.program, 'procB', { macroCalls: a.macroCalls }));
  assert.deepEqual(codes(first.result.findings), ['PW222'], 'the third pass frees its block twice');
  assert.ok(first.count > 0);
  assert.ok(second.count < first.count / 2, `the second copy searched ${second.count} times, the first ${first.count}`);

  const alone = assemble(SOURCE, ENTRIES);
  const own = analyseVmmProcedure(alone.program, 'procB', { macroCalls: alone.macroCalls });
  assert.deepEqual(second.result, own);
});
