import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { notesOfEveryPass, type LoweringNote } from '../src/lowering/objasm/index.js';
import { lower, sharedParsers } from './lowering-objasm-support.js';
import { repoRoot } from './support/paths.js';

// Before its first pass, the notes every pass of an ObjAsm lowering will
// make can be read from the parsed tree: those of the missing GETs straight
// under the file or a routine, up to the first END or MEXIT, GET inside a
// conditional, loop or macro, or GET that finds a file. Each of them is
// among the lowering's own notes.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

const AREA = '        AREA    |Test$$Code|, CODE, READONLY';
/** 26-bit code whose passes read the mode: the file is lowered again as 26-bit code. */
const TWO_MODES = ['Handler ROUT', '        MOVS    pc, lr', '  [ {CONFIG} = 26', '        MOV     r0, #1', '  ]'];

/** The notes read ahead, and the lowering's, by the GETs' paths (`found`: the headers that exist). */
async function notesAhead(text: string, found: readonly string[] = []): Promise<{ ahead: string[]; notes: string[] }> {
  const readFile = (path: string): string | undefined => (found.some((f) => path.endsWith(`/h/${f}`)) ? '; nothing here\n' : undefined);
  const paths = (notes: readonly LoweringNote[]): string[] => notes.map((n) => /GET (\S+):/.exec(n.message)?.[1] ?? n.message);
  const options = { file: '/src/s/test', readFile };
  const tree = await (await sharedParsers()).parse('riscos-objasm', text);
  try {
    return { ahead: paths(notesOfEveryPass(tree, options)), notes: paths((await lower(text, options)).notes) };
  } finally {
    tree.delete();
  }
}

describe('ObjAsm notes of every pass, read before the first', () => {
  it('reads the missing GETs before a GET inside a conditional, which another pass or mode may not read', async () => {
    const { ahead, notes } = await notesAhead(src(AREA, '        GET     h.First', ...TWO_MODES, '  [ {CONFIG} = 32', '        GET     h.Nested', '  ]', '        GET     h.Last', '        END'));
    assert.deepEqual(ahead, ['h.First']);
    assert.deepEqual(notes, ['h.First', 'h.Last'], 'the 26-bit lowering kept does not read the GET for 32-bit code');
  });

  it('stops at a GET that finds a file, whose text may hold anything', async () => {
    const { ahead, notes } = await notesAhead(src(AREA, '        GET     h.First', '        GET     h.Found', '        GET     h.Second', ...TWO_MODES, '        END'), ['Found']);
    assert.deepEqual(ahead, ['h.First']);
    assert.deepEqual(notes, ['h.First', 'h.Second']);
  });

  it('stops at a macro that may end the assembly', async () => {
    const { ahead } = await notesAhead(src(AREA, '        GET     h.First', '        MACRO', '        Stop', '        END', '        MEND', '        GET     h.Second', '        END'));
    assert.deepEqual(ahead, ['h.First']);
  });

  it('reads the GETs inside routines, in a file lowered in one mode or two', async () => {
    assert.deepEqual((await notesAhead(src(AREA, ...TWO_MODES, '        GET     h.Inside', '        END'))).ahead, ['h.Inside']);
    assert.deepEqual((await notesAhead(src(AREA, 'Handler ROUT', '        GET     h.Inside', '        MOV     pc, lr', '        END'))).ahead, ['h.Inside']);
  });

  it('reads nothing without a missing GET of the file itself', async () => {
    const { ahead, notes } = await notesAhead(src(AREA, '        GET     Hdr:ListOpts', 'Handler ROUT', '        MOV     pc, lr', '        END'));
    assert.deepEqual({ ahead, notes }, { ahead: [], notes: [] });
  });

  for (const module of ['RAMCache/s/Module', 'PhysBuf/s/PhysBuf', 'SpriteStore/s/Module,ffd']) {
    it(`reads the GETs of the corpus's ${module} read without its project, each one the lowering notes`, async () => {
      const { ahead, notes } = await notesAhead(readFileSync(join(repoRoot, 'examples/corpus/riscos-objasm', module), 'utf8'));
      assert.ok(ahead.length > 0, 'the module GETs files of its own, not there');
      assert.deepEqual(ahead.filter((path) => !notes.includes(path)), []);
    });
  }
});
