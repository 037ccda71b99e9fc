import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from './support/runCli.js';
import { repoRoot } from './support/paths.js';

// The bug examples (examples/vxd, examples/riscos) are written to show what
// PageWarden finds: each planted bug is a proven finding at its line, and
// nothing else is reported. Every finding below was checked against the
// example's own description of its bugs.

const EXPECTED: readonly (readonly [code: string, file: string, line: number])[] = [
  // the contiguous request without PageUseAlign, the VM handle with PG_SYS, ECX kept across _PageLock, a typo
  ['PW201', 'examples/vxd/DMABUF.ASM', 31],
  ['PW202', 'examples/vxd/DMABUF.ASM', 31],
  ['PW230', 'examples/vxd/DMABUF.ASM', 48],
  ['PW900', 'examples/vxd/DMABUF.ASM', 52],
  ['PW100', 'examples/vxd/DMABUF.ASM', 53],
  // PageMapFreePhysReg under the default Windows 95 target; _XchgFreePhysReg's
  // result unchecked and a page dropped; _PageReserve tested for 0; an address for a page number
  ['PW202', 'examples/vxd/FREECACH.ASM', 40],
  ['PW210', 'examples/vxd/FREECACH.ASM', 74],
  ['PW220', 'examples/vxd/FREECACH.ASM', 74],
  ['PW210', 'examples/vxd/FREECACH.ASM', 84],
  ['PW240', 'examples/vxd/FREECACH.ASM', 84],
  // a STDCALL helper's arguments removed a second time by its caller
  ['PW231', 'examples/vxd/PINSTACK.ASM', 37],
  // a write through R1 in an area without flag bit 8, R9 not preserved
  ['PW307', 'examples/riscos/bas/MakeArea,fd1', 16],
  ['PW304', 'examples/riscos/bas/MakeArea,fd1', 19],
  // unbounded dispatch (reason 4 would land in PreGrow's code: that is this finding, not a TestShrink one), a partial
  // page block, R0 neither preserved nor RESV, PreShrink over its permit, a plain SWI in module code
  ['PW312', 'examples/riscos/DynCache/s/Handler', 14],
  ['PW301', 'examples/riscos/DynCache/s/Handler', 27],
  ['PW303', 'examples/riscos/DynCache/s/Handler', 27],
  ['PW308', 'examples/riscos/DynCache/s/Handler', 36],
  ['PW311', 'examples/riscos/DynCache/s/Module', 53],
];

interface JsonFinding {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

describe('the bug examples', () => {
  const run = runCli(['check', '--format', 'json', 'examples/vxd', 'examples/riscos'], repoRoot);
  const { findings } = JSON.parse(run.stdout) as { findings: JsonFinding[] };

  it('report exactly their planted bugs (code, file, line)', () => {
    const key = ([code, file, line]: readonly [string, string, number]): string => `${file}:${line} ${code}`;
    assert.deepEqual(findings.map((f) => key([f.code, f.file, f.line])).sort(), EXPECTED.map(key).sort());
    assert.equal(run.status, 1, 'error-severity findings make the exit status 1');
  });

  it('name the line of the call they blame by its number', () => {
    const named = findings.flatMap((f) => [.../line \d+/.exec(f.message) ?? []].map((line) => `${f.file}:${f.line} ${f.code} ${line}`));
    assert.deepEqual(named.sort(), [
      'examples/vxd/DMABUF.ASM:48 PW230 line 47',
      'examples/vxd/FREECACH.ASM:74 PW210 line 71',
      'examples/vxd/FREECACH.ASM:74 PW220 line 71',
      'examples/vxd/FREECACH.ASM:84 PW210 line 80',
    ]);
    assert.ok(findings.every((f) => !/\{\d+\}/.test(f.message)), 'no message is shown with a line still to fill in');
  });
});
