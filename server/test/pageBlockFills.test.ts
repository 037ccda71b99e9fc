import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './support/paths.js';
import { checkJson } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// PreGrow fill loops of a page block, through the CLI: DynCache's module
// with its PreGrow rewritten as a loop over the R2 entries, correct, and
// capped at 32 entries, which leaves entries 32 to 62 at -1 only when the
// kernel asks for more than 32 pages (up to 63), past the counts a loop is
// followed one by one.

const preGrow = (cap: readonly string[], first = ['        LDR     r6, ws_firstpage'], step = ['        ADD     r6, r6, #1']): string => [
  'PreGrow',
  '        Push    "r2, r3, r6, lr"',
  ...cap,
  ...first,
  '        MOV     r3, r1',
  '10      STR     r6, [r3], #12',
  ...step,
  '        SUBS    r2, r2, #1',
  '        BNE     %BT10',
  '        CLRV',
  '        Pull    "r2, r3, r6, pc"',
  '',
].join('\n');

describe('PreGrow page-block fill loops past 16 entries', () => {
  const root = tempDir('pw-fills-');
  const dynCache = join(repoRoot, 'examples/riscos/DynCache/s');
  const handler = readFileSync(join(dynCache, 'Handler'), 'latin1');
  const original = /^PreGrow\n[\s\S]*?\n(?=PostGrow\n)/m;
  assert.match(handler, original);
  const variants = {
    full: preGrow([]), capped: preGrow(['        CMP     r2, #32', '        MOVHI   r2, #32']),
    // One known page for every entry, and the same loop naming pages from it upwards.
    same: preGrow([], ['        MOV     r6, #100'], []), counted: preGrow([], ['        MOV     r6, #100']),
  };
  for (const [name, code] of Object.entries(variants)) {
    mkdirSync(join(root, name, 's'), { recursive: true });
    cpSync(join(dynCache, 'Module'), join(root, name, 's/Module'));
    writeFileSync(join(root, name, 's/Handler'), handler.replace(original, code), 'latin1');
  }
  const run = checkJson([root]);
  run.catch(() => undefined);
  const pw301 = async (variant: string): Promise<number[]> =>
    (await run).filter((f) => f.file.includes(`/${variant}/s/Handler`) && f.code === 'PW301').map((f) => f.line);

  it('a loop over every entry is clean', async () => {
    assert.deepEqual(await pw301('full'), []);
  });

  it('a loop that names one page in every entry is PW302 at its store, not at the return; counting the pages up is clean', async () => {
    const lines = readFileSync(join(root, 'same/s/Handler'), 'latin1').split('\n');
    const pw302 = async (variant: string) => (await run).filter((f) => f.file.includes(`/${variant}/s/Handler`) && f.code === 'PW302').map((f) => [f.line, f.message]);
    assert.deepEqual(await pw302('same'), [[lines.findIndex((l) => l.includes('STR     r6, [r3], #12')) + 1, 'PreGrow names the same physical page in entries 0 and 1']]);
    assert.deepEqual(await pw302('counted'), []);
  });

  it('a loop capped at 32 entries is PW301 at the return, for an R2 of 63', async () => {
    const lines = readFileSync(join(root, 'capped/s/Handler'), 'latin1').split('\n');
    assert.deepEqual(await pw301('capped'), [lines.findIndex((l) => l.includes('Pull    "r2, r3, r6, pc"')) + 1]);
    const finding = (await run).find((f) => f.file.includes('/capped/s/Handler') && f.code === 'PW301');
    assert.match(finding?.message ?? '', /entry 32 still -1/);
  });
});
