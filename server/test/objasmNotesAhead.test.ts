import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { lowerObjAsm, type LoweringNote } from '../src/lowering/objasm/index.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { DocumentTrees } from '../src/parsing/documentTrees.js';
import { insertLine, linesMatching, replaceLine, type Change } from './support/editedDocuments.js';
import { lower, sharedParsers } from './lowering-objasm-support.js';

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

/** A document kept as the language server's worker keeps it: each lowering hands over its notes, and says how many statements it read for them. */
class KeptDocument {
  private readonly trees: DocumentTrees;
  private readonly syntaxTrees = new SyntaxTrees();
  private text = '';

  private constructor(trees: DocumentTrees) {
    this.trees = trees;
  }

  /** The document, and what its first lowering handed over and read. */
  static async open(text: string): Promise<{ document: KeptDocument; opened: { ahead: string[]; read: number } }> {
    const document = new KeptDocument(new DocumentTrees(await sharedParsers()));
    return { document, opened: await document.update({ text }) };
  }

  get current(): string {
    return this.text;
  }

  /** The notes handed over by the kept lowering, and the statements it read for them, after `content`. */
  async update(content: { text: string } | { changes: readonly Change[] }): Promise<{ ahead: string[]; read: number }> {
    const parsed = await this.trees.update('/src/s/kept', 'riscos-objasm', content);
    assert.ok('tree' in parsed);
    this.text = parsed.text;
    const ahead: string[] = [];
    const lowering = lowerObjAsm(parsed.tree, parsed.text, {
      file: '/src/s/kept', readFile: () => undefined, syntaxTrees: this.syntaxTrees, notesAhead: (notes) => ahead.push(...notes.map((n) => n.message)),
    });
    return { ahead, read: lowering.statementsReadAhead };
  }

  /** The notes a fresh lowering of the same text hands over. */
  async fresh(): Promise<string[]> {
    const ahead: string[] = [];
    await lower(this.text, { file: '/src/s/kept', notesAhead: (notes) => ahead.push(...notes.map((n) => n.message)) });
    return ahead;
  }
}

describe('ObjAsm notes handed over before the first pass, after edits', () => {
  it('an edit reads the statements of the routines it changed and the file\'s own, and hands over what a fresh lowering does', async () => {
    const text = generateSource('riscos-objasm', 3000);
    const { document, opened: open } = await KeptDocument.open(text);
    assert.ok(open.ahead.length > 0, 'the generated file GETs files that are not there');
    const lines = text.split('\n');
    const row = linesMatching(lines, /^\s+(MOV|LDR|STR|ADD|SUB)\s/).find((r) => r >= lines.length / 2) ?? 0;
    const comment = await document.update({ changes: [replaceLine(lines, row, `${lines[row] ?? ''} ; edited`)] });
    assert.deepEqual(comment.ahead, await document.fresh());
    assert.ok(comment.read < open.read / 10, `comment: ${comment.read} of ${open.read} statements read`);
    const newLine = await document.update({ changes: [insertLine(row, '; a new line')] });
    assert.deepEqual(newLine.ahead, await document.fresh());
    assert.ok(newLine.read < open.read / 10, `new line: ${newLine.read} of ${open.read} statements read`);
  });

  it('GETs, ENDs and conditionals added to and taken out of routines that were quiet hand over what a fresh lowering does', async () => {
    const routine = (n: number): string[] => [`Routine${n} ROUT`, '        MOV     r0, #1', '  [ {TRUE}', '        MOV     r1, #2', '  ]', '        MOV     pc, lr'];
    const text = src(AREA, '        GET     h.Top', ...routine(1), ...routine(2), ...routine(3), ...routine(4), '        END');
    const { document } = await KeptDocument.open(text);
    const edits: [string, (lines: readonly string[]) => Change][] = [
      ['GET in the second routine', () => insertLine(9, '        GET     h.Second')],
      ['GET in the first routine\'s conditional', () => insertLine(5, '        GET     h.Nested')],
      ['that GET taken out', () => ({ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' })],
      ['END in the third routine', () => insertLine(16, '        END')],
      ['GET after it', () => insertLine(18, '        GET     h.After')],
      ['the END taken out', () => ({ range: { start: { line: 16, character: 0 }, end: { line: 17, character: 0 } }, text: '' })],
      ['MEXIT in a macro before the routines', () => insertLine(2, '        MACRO\n        Stop\n        MEXIT\n        MEND')],
      ['the macro taken out', () => ({ range: { start: { line: 2, character: 0 }, end: { line: 6, character: 0 } }, text: '' })],
      ['the second routine\'s GET commented out', (lines) => replaceLine(lines, 9, '; GET h.Second')],
    ];
    let handedOver = 0;
    for (const [what, edit] of edits) {
      const { ahead } = await document.update({ changes: [edit(document.current.split('\n'))] });
      assert.deepEqual(ahead, await document.fresh(), what);
      handedOver += ahead.length;
    }
    assert.ok(handedOver > edits.length, 'the edits hand over notes');
  });
});
