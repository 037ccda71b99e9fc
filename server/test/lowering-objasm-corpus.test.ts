import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { analyseDynamicAreaHandler } from '../../emulator/src/index.js';
import { repoRoot } from './support/paths.js';
import { at, instructionItems, lower } from './lowering-objasm-support.js';

// Every ObjAsm sample lowers without throwing and without unmodelled items;
// a fragment another sample GETs (RAMCache's s.Handler) lowers clean through
// its includer and, alone, only misses the includer's symbols. The lowered
// DynCache handler runs through the RISC OS model.

const DIRS = ['examples/corpus/riscos-objasm', 'examples/riscos'];
/** Fragments assembled only as part of another file. */
const FRAGMENTS = new Set(['examples/corpus/riscos-objasm/RAMCache/s/Handler']);
const FRAGMENT_GAPS = /^(undefined symbol \w+|unknown macro DebugText)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const files = DIRS.flatMap((d) => filesUnder(join(repoRoot, d)))
  .map((f) => relative(repoRoot, f))
  .filter((f) => !/\/bas\//.test(f) && !/\.bas$|,fd1$/.test(f));

describe('ObjAsm lowering of the sample corpus', () => {
  it('finds the samples', () => {
    assert.ok(files.length >= 12, files.join(', '));
  });

  let total = 0;
  for (const file of files) {
    it(`lowers ${file}`, async () => {
      const text = readFileSync(join(repoRoot, file), 'latin1');
      const r = await lower(text, { file: join(repoRoot, file), readFile: (p) => { try { return readFileSync(p, 'latin1'); } catch { return undefined; } } });
      for (const u of r.unmodelled) console.log(`${file}:${u.source.range.start.line + 1}: ${u.message}`);
      total += r.unmodelled.length;
      assert.deepEqual(r.notes, []);
      if (FRAGMENTS.has(file)) assert.deepEqual(r.unmodelled.filter((u) => !FRAGMENT_GAPS.test(u.message)), []);
      else assert.deepEqual(r.unmodelled, []);
      const lines = text.split('\n').length;
      for (const item of instructionItems(r)) {
        if (item.source.file === join(repoRoot, file)) assert.ok(item.source.range.start.line < lines);
        assert.notEqual(item.instruction.mnemonic, 'undefined');
      }
      for (const e of r.program.entries) assert.equal(r.program.itemAt(e.address)?.kind, 'instruction', `${file}: entry ${e.name}`);
    });
  }

  it('finds the handlers, module entries and SWI handlers the samples declare', async () => {
    const read = (f: string): string => readFileSync(join(repoRoot, f), 'latin1');
    const kinds = async (f: string): Promise<Record<string, string>> => {
      const r = await lower(read(f), { file: join(repoRoot, f), readFile: (p) => { try { return readFileSync(p, 'latin1'); } catch { return undefined; } } });
      return Object.fromEntries(r.program.entries.filter((e) => e.contract.kind !== 'procedure').map((e) => [e.name, JSON.stringify(e.contract)]));
    };
    const ram = await kinds('examples/corpus/riscos-objasm/RAMCache/s/Module');
    assert.equal(ram.DynAreaHandler, JSON.stringify({ kind: 'da-handler', needsSpecificPages: false }));
    assert.equal(ram.Init, JSON.stringify({ kind: 'module-entry', entry: 'init' }));
    assert.equal(ram.SWIHandler, JSON.stringify({ kind: 'swi-handler', chunk: 0x5a1c0 }));
    const lcd = await kinds('examples/corpus/riscos-objasm/LCDShadow/s/Shadow');
    assert.equal(lcd.sh_handler, JSON.stringify({ kind: 'da-handler', needsSpecificPages: true }));
  });

  it('prints the unmodelled total', () => {
    console.log(`unmodelled items over the ObjAsm corpus: ${total}`);
  });
});

describe('ObjAsm lowering into the RISC OS model', () => {
  it('DynCache: the module passes DynHandler with flag bit 8, and its PreGrow is PW301', async () => {
    const read = (f: string): string => readFileSync(join(repoRoot, 'examples/riscos/DynCache/s', f), 'latin1');
    const module = await lower(read('Module'), { file: 'Module' });
    const hints = module.areaCreations.flatMap((c) => (c.handler ? [{ name: c.handler, ...(c.needsSpecificPages === undefined ? {} : { needsSpecificPages: c.needsSpecificPages }) }] : []));
    assert.deepEqual(hints, [{ name: 'DynHandler', needsSpecificPages: true }]);
    const handler = await lower(read('Handler'), { file: 'Handler', handlers: hints });
    assert.deepEqual(handler.program.entries.find((e) => e.name === 'DynHandler')?.contract, { kind: 'da-handler', needsSpecificPages: true });
    const { findings } = analyseDynamicAreaHandler(handler.program, 'DynHandler');
    const pw301 = findings.filter((f) => f.code === 'PW301');
    assert.equal(pw301.length, 1);
    // The return of PreGrow (`Pull "r6, pc"`), in the handler's file.
    assert.equal(pw301[0]?.range.start.line, read('Handler').split('\n').findIndex((l) => /Pull\s+"r6, pc"/.test(l)));
    assert.ok(findings.some((f) => f.code === 'PW312'));
    assert.ok(at(handler, 'PreGrow') > at(handler, 'DynHandler'));
  });
});
