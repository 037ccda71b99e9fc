import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Finding } from '../../emulator/src/index.js';
import { analyseSource } from '../src/analysis/analyseSource.js';
import { EntryCache } from '../src/analysis/entryCache.js';
import { sharedParsers } from './lowering-objasm-support.js';
import { repoRoot } from './support/paths.js';

// An entry is keyed by its own code and by each code region it reaches, each
// with lines relative to its own first line, so a line between an entry and
// a routine it calls keeps the entry's key, and its findings in each part
// move with that part.

const FILE = '/src/apart.asm';

const SOURCE = `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Temp_Handle     dd      0
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Alloc_Some
        call    Alloc_Temp
        ret
EndProc Alloc_Some

BeginProc Count_One
        mov     eax, 1
        ret
EndProc Count_One

BeginProc Alloc_Temp
        VMMcall _PageAllocate, <2, PG_SYS, 0, 0, 0, 0, 0, PageContig>
        mov     [Temp_Handle], eax
        ret
EndProc Alloc_Temp

VxD_LOCKED_CODE_ENDS
        END
`;

type Dialect = 'vxd-masm' | 'riscos-objasm';

async function analysed(text: string, cache: EntryCache, languageId: Dialect = 'vxd-masm'): Promise<Finding[]> {
  cache.begin();
  return analyseSource(await sharedParsers(), { languageId, text, file: FILE, cache });
}

const fresh = async (text: string, languageId: Dialect = 'vxd-masm'): Promise<Finding[]> => analyseSource(await sharedParsers(), { languageId, text, file: FILE });

const line = (text: string, find: string): number => text.slice(0, text.indexOf(find)).split('\n').length - 1;

test('a new line between an entry and the routine it calls moves the findings in the routine and re-analyses nothing', async () => {
  const cache = new EntryCache();
  const before = await analysed(SOURCE, cache);
  const call = line(SOURCE, '        VMMcall _PageAllocate');
  assert.ok(before.some((f) => f.code === 'PW202' && f.range.start.line === call), 'Alloc_Temp passes PageContig');
  const text = SOURCE.replace('BeginProc Alloc_Temp', '; allocates\n\nBeginProc Alloc_Temp');
  const after = await analysed(text, cache);
  assert.deepEqual(cache.statistics, { analysed: 0, reused: 3 });
  assert.ok(after.some((f) => f.code === 'PW202' && f.range.start.line === call + 2));
  assert.deepEqual(after, await fresh(text));
});

test('a new line inside the routine moves the findings below it in the routine and re-analyses nothing', async () => {
  const cache = new EntryCache();
  await analysed(SOURCE, cache);
  const call = line(SOURCE, '        VMMcall _PageAllocate');
  const text = SOURCE.replace('        VMMcall _PageAllocate', '; allocates\n        VMMcall _PageAllocate');
  const after = await analysed(text, cache);
  assert.deepEqual(cache.statistics, { analysed: 0, reused: 3 });
  assert.ok(after.some((f) => f.code === 'PW202' && f.range.start.line === call + 1));
  assert.deepEqual(after, await fresh(text));
});

test('a line of the routine indented anew re-analyses the routine and the entry that calls it', async () => {
  const cache = new EntryCache();
  await analysed(SOURCE, cache);
  const text = SOURCE.replace('        ret\nEndProc Alloc_Temp', '         ret\nEndProc Alloc_Temp');
  const after = await analysed(text, cache);
  assert.deepEqual(cache.statistics, { analysed: 2, reused: 1 });
  assert.deepEqual(after, await fresh(text));
});

test('lines above everything move every part alike, and removing them moves the findings back', async () => {
  const cache = new EntryCache();
  const before = await analysed(SOURCE, cache);
  const text = SOURCE.replace('VxD_LOCKED_CODE_SEG\n', 'VxD_LOCKED_CODE_SEG\n; code\n; more\n');
  assert.deepEqual(await analysed(text, cache), await fresh(text));
  assert.deepEqual(cache.statistics, { analysed: 0, reused: 3 });
  assert.deepEqual(await analysed(SOURCE, cache), before);
  assert.deepEqual(cache.statistics, { analysed: 0, reused: 3 });
});

/** A deterministic sequence of line edits (Park–Miller): new blank and comment lines, deleted and duplicated lines. */
function* randomEdits(seed: number): Generator<(text: string) => string> {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 48271) % 0x7fffffff;
    return state % n;
  };
  for (;;) {
    const kind = next(4);
    const pick = next(1_000_000);
    yield (text) => {
      const lines = text.split('\n');
      const at = pick % Math.max(1, lines.length - 1);
      if (kind === 0) lines.splice(at, 0, '');
      else if (kind === 1) lines.splice(at, 0, '; a comment');
      else if (kind === 2) lines.splice(at, 1);
      else lines.splice(at, 0, lines[at] ?? '');
      return lines.join('\n');
    };
  }
}

test('after random line edits, the kept results give what a fresh analysis finds', async () => {
  for (const path of ['examples/vxd/DMABUF.ASM', 'examples/vxd/FREECACH.ASM']) {
    let text = readFileSync(join(repoRoot, path), 'utf8');
    const cache = new EntryCache();
    assert.ok((await analysed(text, cache)).some((f) => f.code.startsWith('PW2')), `${path} has findings of the memory manager model`);
    const edits = randomEdits(path.length * 7919);
    let reused = 0;
    for (let n = 0; n < 16; n++) {
      text = edits.next().value?.(text) ?? assert.fail('no edit');
      assert.deepEqual(await analysed(text, cache), await fresh(text), `${path}, edit ${n}`);
      reused += cache.statistics.reused;
    }
    assert.ok(reused > 0, `${path}: results were reused`);
  }
});

test('after random line edits of an ObjAsm module, the kept results give what a fresh analysis finds', async () => {
  const folder = join(repoRoot, 'examples/riscos/DynCache/s');
  // The handler in place of the GET that reads it: the edits move its lines too.
  let text = readFileSync(join(folder, 'Module'), 'utf8').replace('        GET     s.Handler\n', readFileSync(join(folder, 'Handler'), 'utf8'));
  const cache = new EntryCache();
  assert.ok((await analysed(text, cache, 'riscos-objasm')).some((f) => f.code.startsWith('PW3')), 'the module has findings of the kernel model');
  const edits = randomEdits(4099);
  let reused = 0;
  for (let n = 0; n < 16; n++) {
    text = edits.next().value?.(text) ?? assert.fail('no edit');
    assert.deepEqual(await analysed(text, cache, 'riscos-objasm'), await fresh(text, 'riscos-objasm'), `edit ${n}`);
    reused += cache.statistics.reused;
  }
  assert.ok(reused > 0, 'results were reused');
});
