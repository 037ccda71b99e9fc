import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LoweringNote } from '../src/lowering/objasm/index.js';
import { lower } from './lowering-objasm-support.js';

// Before its first pass an ObjAsm lowering hands over the notes every pass
// will make, in either address mode: those of the missing GETs straight
// under the file or a routine, up to the first END or MEXIT, GET inside a
// conditional, loop or macro, or GET that finds a file.

const src = (...lines: string[]): string => `${lines.join('\n')}\n`;

const AREA = '        AREA    |Test$$Code|, CODE, READONLY';
/** 26-bit code whose passes read the mode: the file is lowered again as 26-bit code. */
const TWO_MODES = ['Handler ROUT', '        MOVS    pc, lr', '  [ {CONFIG} = 26', '        MOV     r0, #1', '  ]'];

/** The notes handed over, the lowering's, and what happened in order: each file looked for, and the notes handed over (`ahead`). */
async function notesAhead(text: string, found: readonly string[] = []): Promise<{ ahead: string[][]; notes: string[]; events: string[] }> {
  const ahead: string[][] = [];
  const events: string[] = [];
  const readFile = (path: string): string | undefined => {
    events.push(path);
    return found.some((f) => path.endsWith(`/h/${f}`)) ? '; nothing here\n' : undefined;
  };
  const paths = (notes: readonly LoweringNote[]): string[] => notes.map((n) => /GET (\S+):/.exec(n.message)?.[1] ?? n.message);
  const lowering = await lower(text, {
    file: '/src/s/test', readFile, notesAhead: (notes) => {
      ahead.push(paths(notes));
      events.push('ahead');
    },
  });
  return { ahead, notes: paths(lowering.notes), events };
}

describe('ObjAsm notes handed over before the first pass', () => {
  it('hands over the missing GETs before a GET inside a conditional, which another pass or mode may not read', async () => {
    const { ahead, notes, events } = await notesAhead(src(AREA, '        GET     h.First', ...TWO_MODES, '  [ {CONFIG} = 32', '        GET     h.Nested', '  ]', '        GET     h.Last', '        END'));
    assert.deepEqual(ahead, [['h.First']]);
    assert.deepEqual(notes, ['h.First', 'h.Last'], 'the 26-bit lowering kept does not read the GET for 32-bit code');
    assert.ok(events.indexOf('ahead') < events.findIndex((e) => e.includes('Nested')), 'handed over before the first pass looks for the GET in the conditional');
  });

  it('stops at a GET that finds a file, whose text may hold anything', async () => {
    const { ahead, notes } = await notesAhead(src(AREA, '        GET     h.First', '        GET     h.Found', '        GET     h.Second', ...TWO_MODES, '        END'), ['Found']);
    assert.deepEqual(ahead, [['h.First']]);
    assert.deepEqual(notes, ['h.First', 'h.Second']);
  });

  it('stops at a macro that may end the assembly', async () => {
    const { ahead } = await notesAhead(src(AREA, '        GET     h.First', '        MACRO', '        Stop', '        END', '        MEND', '        GET     h.Second', '        END'));
    assert.deepEqual(ahead, [['h.First']]);
  });

  it('hands over the GETs inside routines, in a file lowered in one mode or two', async () => {
    assert.deepEqual((await notesAhead(src(AREA, ...TWO_MODES, '        GET     h.Inside', '        END'))).ahead, [['h.Inside']]);
    assert.deepEqual((await notesAhead(src(AREA, 'Handler ROUT', '        GET     h.Inside', '        MOV     pc, lr', '        END'))).ahead, [['h.Inside']]);
  });

  it('hands over nothing without a missing GET of the file itself', async () => {
    const { ahead, notes } = await notesAhead(src(AREA, '        GET     Hdr:ListOpts', 'Handler ROUT', '        MOV     pc, lr', '        END'));
    assert.deepEqual({ ahead, notes }, { ahead: [], notes: [] });
  });
});
