import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from './support/paths.js';
import { checkJson, type JsonFinding } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The clean corpus as a user first opens it, before the include paths and
// the Hdr: mapping are set up: every include and GET names a file that is
// not there, so every constant from a header is unknown. An unknown header
// constant never turns correct code into an error: the only findings are
// the PW103 warnings for the files not found, and no PW900 either (a
// dispatch bounded by an unknown count is still followed entry by entry),
// but where a macro the missing files define is called: what it assembles
// to is not known, so the analysis stops there and says so; nor where a
// conditional reads a switch they set, which picks a branch of assembly.
// BASIC has no includes; a program whose constants a LIBRARY defines is
// the same case, so its constant assignments go and a LIBRARY comes in.


const CORPUS = join(repoRoot, 'examples/corpus');
const W31_DRIVER = 'fprcache.asm';


function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every include (MASM) or GET (ObjAsm) names a file that is not there. */
const missingIncludes = (text: string): string => text
  .replace(/^(\s*include\s+)(\S+)/gim, '$1missing_$2')
  .replace(/^(\s*GET\s+)(\S+)/gm, '$1Missing$2');

/** A BASIC program whose numeric constants come from a library that is not there. */
const constantsFromLibrary = (text: string): string => `LIBRARY "Missing"\n${text
  .split('\n').filter((line) => !/^\s*\d*\s*[A-Za-z_]\w*%?\s*=\s*[&%]?[0-9A-F]+\s*$/i.test(line)).join('\n')}`;

/** RAMCache's s.Handler, no longer got from s.Module, calls the DebugText macro s.Module defines. */
const MACRO_NOT_FOUND = /^PW900 Analysis of \w+ was cut short: unknown macro DebugText( \(and \d+ more\))?$/;

/** It reads the UseTestShrink switch s.Module sets: alone, a [ of it picks a branch of assembly for want of it. */
const SWITCH_NOT_KNOWN = /^PW900 Analysis of \w+ is incomplete: condition UseTestShrink is not known: assembling the false branch( \(and \d+ more\))?$/;

const others = (fs: readonly JsonFinding[]): string[] => fs
  .filter((f) => f.code !== 'PW103' && !MACRO_NOT_FOUND.test(`${f.code} ${f.message}`) && !SWITCH_NOT_KNOWN.test(`${f.code} ${f.message}`))
  .map((f) => `${f.file}:${f.line} ${f.code} ${f.message}`);

describe('the clean corpus with its headers missing', () => {
  const root = tempDir('pw-missing-headers-');
  const w31Config = join(root, 'w31.json');
  writeFileSync(w31Config, JSON.stringify({ windows: { version: '3.1' } }));

  const vxd = join(root, 'vxd'), vxd31 = join(root, 'vxd31');
  mkdirSync(vxd); mkdirSync(vxd31);
  for (const name of readdirSync(join(CORPUS, 'vxd-masm')).filter((f) => f.endsWith('.asm'))) {
    writeFileSync(join(name === W31_DRIVER ? vxd31 : vxd, name), missingIncludes(readFileSync(join(CORPUS, 'vxd-masm', name), 'latin1')), 'latin1');
  }

  // Each module's own header folder goes too, so neither Hdr: nor a path finds it.
  const objasm = join(root, 'objasm');
  cpSync(join(CORPUS, 'riscos-objasm'), objasm, { recursive: true });
  for (const file of filesUnder(objasm)) {
    if (basename(join(file, '..')) === 'hdr') rmSync(file);
    else writeFileSync(file, missingIncludes(readFileSync(file, 'latin1')), 'latin1');
  }

  const basic = join(root, 'basic');
  cpSync(join(CORPUS, 'riscos-bbcbasic'), basic, { recursive: true });
  for (const file of filesUnder(basic)) writeFileSync(file, constantsFromLibrary(readFileSync(file, 'latin1')), 'latin1');

  const groups: Record<string, readonly string[]> = {
    'VxD MASM (Windows 95)': [vxd],
    'VxD MASM (Windows 3.1)': ['--config', w31Config, vxd31],
    'RISC OS ObjAsm': [objasm],
    'RISC OS BBC BASIC': [basic],
  };
  for (const [name, args] of Object.entries(groups)) {
    const run = checkJson(args);
    // Awaited by its test; this keeps an early failure from being an unhandled rejection meanwhile.
    run.catch(() => undefined);
    it(`${name}: nothing but PW103`, async () => {
      const findings = await run;
      assert.deepEqual(others(findings), []);
      if (name !== 'RISC OS BBC BASIC') assert.ok(findings.some((f) => f.code === 'PW103'), 'the includes were missing');
    });
  }
});

// An area whose creation flags come from a header that was not found: its
// handler may be called with or without a page block (bit 8) and as a pool
// or not (bit 20), and no finding may rest on a guess of either.
describe('area flags from a header that was not found', () => {
  const root = tempDir('pw-missing-flags-');
  /** The text with `pattern` removed, which must be there. */
  const without = (text: string, pattern: RegExp): string => {
    assert.match(text, pattern);
    return text.replace(pattern, '');
  };
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'latin1')), 'latin1');

  // PhysBuf's handler reads the page block of its bit-8 area; the flags move to its header, which goes.
  const objasm = join(root, 'objasm');
  cpSync(join(CORPUS, 'riscos-objasm/PhysBuf'), join(objasm, 'PhysBuf'), { recursive: true });
  rmSync(join(objasm, 'PhysBuf/hdr'), { recursive: true });
  edit(join(objasm, 'PhysBuf/s/PhysBuf'), (t) => without(t, /^PhysBufAreaFlags\t\*(?:[^\n]*\\\n)*[^\n]*\n/m));
  // FramePool's handler refuses every reason but ResizePMP; its flags move to a header of its own, which is not there.
  cpSync(join(CORPUS, 'riscos-objasm/FramePool'), join(objasm, 'FramePool'), { recursive: true });
  edit(join(objasm, 'FramePool/s/Pool'), (t) => without(t, /^PoolAreaFlags\s+\*.*\n/m).replace(/^(\s+GET\s+Hdr:Proc\n)/m, '$1        GET     Hdr:FramePool\n'));
  // PMPDemo's pool flag comes from a library.
  const basic = join(root, 'basic');
  mkdirSync(basic);
  writeFileSync(join(basic, 'PMPDemo.bas'), `LIBRARY "Missing"\n${without(readFileSync(join(CORPUS, 'riscos-bbcbasic/PMPDemo.bas'), 'latin1'), /^DA_PMP%\s*=.*\n/m)}`, 'latin1');

  for (const [name, dir] of [['PhysBuf and FramePool (ObjAsm)', objasm], ['PMPDemo (BBC BASIC)', basic]] as const) {
    const run = checkJson([dir]);
    run.catch(() => undefined);
    it(`${name}: nothing but PW103`, async () => {
      const findings = await run;
      assert.deepEqual(others(findings), []);
      if (dir === objasm) assert.deepEqual([...new Set(findings.map((f) => basename(f.file)))].sort(), ['PhysBuf', 'Pool'], 'each module is missing a header');
    });
  }
});

// Flags that a missing header leaves partly known: the known bits still say
// whether the handler gets a page block (bit 8) and whether the area is a
// pool (bit 20). DynCache's PreGrow names the page of entry 0 only, a PW301
// that only a page block shows; its other bugs show with either bit 8, and
// with bit 20 unknown too, as its table sends PreGrow to code of its own.
describe('area flags partly known, with a header that was not found', () => {
  const root = tempDir('pw-partial-flags-');
  const dynCache = join(repoRoot, 'examples/riscos/DynCache/s');
  const variants = {
    // bit 8 set, bit 20 clear, the access bits from the header
    known: '(1 :SHL: 8) :OR: (AreaAccess :AND: &F)',
    // bit 8 from the header, bit 20 clear
    bit8: 'AreaAccess :AND: &1FF',
    // bit 8 set, bit 20 from the header: the area may be a pool, which gets no PreGrow
    bit20: '(1 :SHL: 8) :OR: AreaAccess',
  };
  for (const [name, flags] of Object.entries(variants)) {
    mkdirSync(join(root, name, 's'), { recursive: true });
    cpSync(join(dynCache, 'Handler'), join(root, name, 's/Handler'));
    const module = readFileSync(join(dynCache, 'Module'), 'latin1');
    const flagsLine = /^ {8}MOV {5}r4, #1 :SHL: 8 .*$/m;
    assert.match(module, flagsLine);
    writeFileSync(join(root, name, 's/Module'), module
      .replace(flagsLine, `        LDR     r4, =${flags}`)
      .replace(/^( {8}GET {5}Hdr:ModHand\n)/m, '$1        GET     h.AreaBits\n'), 'latin1');
  }
  const run = checkJson([root]);
  run.catch(() => undefined);
  const handlerCodes = async (variant: string): Promise<string[]> =>
    (await run).filter((f) => f.file.includes(`/${variant}/s/Handler`)).map((f) => `${f.code} ${f.line}`).sort();

  it('bit 8 known set and bit 20 known clear: the partial page block is PW301', async () => {
    assert.deepEqual(await handlerCodes('known'), ['PW301 27', 'PW303 27', 'PW308 36', 'PW312 14']);
  });

  it('bit 8 unknown: no PW301, and no PW307 for the page block read either', async () => {
    assert.deepEqual(await handlerCodes('bit8'), ['PW303 27', 'PW308 36', 'PW312 14']);
  });

  it('bit 20 unknown: what PreGrow does as no other reason still shows, with its known bit 8', async () => {
    assert.deepEqual(await handlerCodes('bit20'), ['PW301 27', 'PW303 27', 'PW308 36', 'PW312 14']);
  });

  it('the header is the only other finding of each module, besides its non-X SWI', async () => {
    const modules = (await run).filter((f) => f.file.endsWith('/s/Module')).map((f) => f.code).sort();
    assert.deepEqual(modules, ['PW103', 'PW103', 'PW103', 'PW311', 'PW311', 'PW311']);
  });
});
