import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ProgramBuilder, type X86Instruction } from '../../emulator/src/index.js';
import { entryKeys, KeyMemory, type KeyInputs } from '../src/analysis/entryKeys.js';
import { siteFact } from '../src/analysis/analyseVxd.js';
import { generateSource } from '../bench/generateSources.js';
import { lowerMasm } from '../src/lowering/masm/index.js';
import { lowerObjAsm } from '../src/lowering/objasm/index.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { DocumentTrees } from '../src/parsing/documentTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { lower } from './lowering-masm-support.js';
import { lower as lowerArm } from './lowering-objasm-support.js';
import { repoRoot } from './support/paths.js';

// An entry's key must stay the same for the same program however often it is
// lowered again. Expressions are interned weakly and numbered when made, so a
// value whose node was collected comes back with a new number: the key must
// not see it. Collection needs --expose-gc, hence a child process.

const SCRIPT = `
import { ProgramBuilder, expr } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'emulator/src/index.ts')).href)};
import { entryKeys } from ${JSON.stringify(pathToFileURL(join(repoRoot, 'server/src/analysis/entryKeys.ts')).href)};
function lowered() {
  const b = new ProgramBuilder('x86');
  const value = expr.add(expr.sym('Ext_Var', 32), expr.bv(4, 32));
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'mov', operands: [{ kind: 'reg', reg: 'eax' }, { kind: 'imm', value }] }, 'mov eax, Ext_Var+4');
  b.instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  return { key: entryKeys({ program, shared: {} }, '/src/test.asm')(program.entries[0]).key, id: value.id };
}
const first = lowered();
// An analysis lets the intern table's slots go as it ends; a WeakRef's target lives at least until the current job ends.
expr.releaseRecentNodes();
await new Promise((resolve) => setTimeout(resolve, 0));
globalThis.gc();
await new Promise((resolve) => setTimeout(resolve, 0));
console.log(JSON.stringify({ first, second: lowered() }));
`;

test('an entry key does not change when the expressions of the program are made anew', () => {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: repoRoot, encoding: 'utf8' });
  const { first, second } = JSON.parse(out) as { first: { key: string; id: number }; second: { key: string; id: number } };
  assert.notEqual(first.id, second.id, 'the expression was collected and made again');
  assert.equal(first.key, second.key);
});

const FILE = '/src/moved.asm';

/** A procedure after `blank` empty lines, with what every entry shares naming a line of the file. */
function keyOf(blank: number, sharedLine: number): ReturnType<ReturnType<typeof entryKeys>> {
  const b = new ProgramBuilder<X86Instruction>('x86', { file: FILE });
  for (let i = 0; i < blank; i++) b.equate(`Blank_${i}`, { kind: 'const', width: 32, value: 0n });
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  const shared = { creation: { file: FILE, range: { start: { line: sharedLine, character: 0 }, end: { line: sharedLine, character: 4 } } } };
  return entryKeys({ program, shared }, FILE)(program.entries[0] as (typeof program.entries)[number]);
}

test('an entry moved down keeps its key, at new bases; the lines a pinned result matches change', () => {
  const before = keyOf(0, 0);
  const after = keyOf(3, 0);
  assert.equal(after.key, before.key);
  assert.deepEqual(after.bases.map((base, i) => base - (before.bases[i] as number)), [3, 3]);
  assert.notEqual(after.lines(), before.lines());
});

test('a line named only by what every entry shares is not part of the key, but of the lines', () => {
  const before = keyOf(0, 10);
  const after = keyOf(0, 11);
  assert.equal(after.key, before.key);
  assert.notEqual(after.lines(), before.lines());
});

// Three procedures: one reads an equate, one reads data, one neither.
const READERS = `        .386p
        include vmm.inc

PAGE_COUNT      EQU     4

VxD_LOCKED_DATA_SEG
Page_Limit      dd      10
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Uses_Equate
        mov     eax, PAGE_COUNT
        ret
EndProc Uses_Equate

BeginProc Reads_Data
        mov     eax, [Page_Limit]
        ret
EndProc Reads_Data

BeginProc Reads_Nothing
        xor     eax, eax
        ret
EndProc Reads_Nothing

VxD_LOCKED_CODE_ENDS
        END
`;

/** Each entry's key, by name, for `text` lowered as the file `test.asm`. */
async function keysOf(text: string): Promise<Map<string, string>> {
  const { program } = await lower(text);
  const keyOf = entryKeys({ program, shared: {} }, 'test.asm');
  return new Map(program.entries.map((entry) => [entry.name, keyOf(entry).key]));
}

/** The names of the entries whose keys differ between two lowerings. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  assert.deepEqual([...after.keys()], [...before.keys()]);
  return [...before].filter(([name, key]) => after.get(name) !== key).map(([name]) => name);
}

test('an edit of an equate changes the key of exactly the entry whose code uses it', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('PAGE_COUNT      EQU     4', 'PAGE_COUNT      EQU     5'))), ['Uses_Equate']);
});

test('an edit of data changes the key of exactly the entry whose code reads it', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('Page_Limit      dd      10', 'Page_Limit      dd      11'))), ['Reads_Data']);
});

// A VMM call's link code (10001h here) falls inside the data laid out before the code: a number that names no block,
// unless a label on the dword lets code read it as data.
const LINKS = `        .386p
        include vmm.inc

VxD_LOCKED_DATA_SEG
Table           dd      4000h dup (0)
Limit           dd      10
VxD_LOCKED_DATA_ENDS

VxD_LOCKED_CODE_SEG

BeginProc Calls_Service
        VMMcall Get_Cur_VM_Handle
        ret
EndProc Calls_Service

BeginProc Reads_Own_Link
        int     20h
Own_Link dd     10001h
        mov     eax, [Own_Link]
        mov     eax, [eax]
        ret
EndProc Reads_Own_Link

VxD_LOCKED_CODE_ENDS
        END
`;

test('an edit of data where a VMM call\'s link code falls changes the key of only the entry that reads the link as data', async () => {
  const before = await keysOf(LINKS);
  assert.deepEqual(changed(before, await keysOf(LINKS.replace('Limit           dd      10', 'Limit           dd      11'))), ['Reads_Own_Link']);
});

test('an edit of a comment changes no key', async () => {
  const before = await keysOf(READERS);
  assert.deepEqual(changed(before, await keysOf(READERS.replace('        xor     eax, eax', '        xor     eax, eax ; zero'))), []);
});

/** Two ObjAsm routines, the first ending in `last`. */
const routines = (last: string, second: string): string => [
  '        AREA    |Test$$Code|, CODE, READONLY',
  'First   ROUT',
  '        MOV     r0, #1',
  `        ${last}`,
  'Second  ROUT',
  `        MOV     r0, #${second}`,
  '        ORRS    pc, lr, #&10000000',
  '        END',
  '',
].join('\n');

async function armKeysOf(text: string): Promise<Map<string, string>> {
  const { program } = await lowerArm(text);
  const keyOf = entryKeys({ program, shared: {} }, 'test.s');
  return new Map(program.entries.map((entry) => [entry.name, keyOf(entry).key]));
}

for (const [last, runsOn] of [
  ['BICS    pc, lr, #&10000000', false], ['ADD     pc, lr, #4', false], ['BICNES  pc, lr, #&10000000', true], ['ADD     pc, pc, r0, LSL #2', true],
] as const) {
  test(`riscos-objasm: after \`${last.replace(/ +/g, ' ')}\` an edit of the next routine ${runsOn ? 'changes' : 'leaves'} the key of the routine before`, async () => {
    assert.deepEqual(changed(await armKeysOf(routines(last, '2')), await armKeysOf(routines(last, '3'))), runsOn ? ['First', 'Second'] : ['Second']);
  });
}

test('riscos-objasm: after `SWI XOS_WriteS` and its string an edit of the next routine, where the SWI returns, changes the key of the routine before', async () => {
  const printing = 'SWI     XOS_WriteS\n        =       "Hi", 0\n        ALIGN';
  assert.deepEqual(changed(await armKeysOf(routines(printing, '2')), await armKeysOf(routines(printing, '3'))), ['First', 'Second']);
});

for (const [bound, runsOn] of [[2, true], [3, false]] as const) {
  test(`riscos-objasm: after a jump table bounded by ${bound} an edit of the next routine, ${runsOn ? 'where its last reason runs on, changes' : 'leaves'} the key of the routine before`, async () => {
    const table = `CMP     r0, #${bound}\n        ADDLO   pc, pc, r0, LSL #2\n        B       First\n        B       First`;
    assert.deepEqual(changed(await armKeysOf(routines(table, '2')), await armKeysOf(routines(table, '3'))), runsOn ? ['First', 'Second'] : ['Second']);
  });
}

test('a new line inside a procedure changes no key, but the layout of the lines after it; a new column changes the key', async () => {
  const placed = async (text: string): Promise<Map<string, ReturnType<ReturnType<typeof entryKeys>>>> => {
    const { program } = await lower(text);
    const keyOf = entryKeys({ program, shared: {} }, 'test.asm');
    return new Map(program.entries.map((entry) => [entry.name, keyOf(entry)]));
  };
  const before = await placed(READERS);
  const after = await placed(READERS.replace('        mov     eax, [Page_Limit]\n', '        mov     eax, [Page_Limit]\n\n'));
  const [was, now] = [before.get('Reads_Data'), after.get('Reads_Data')];
  assert.equal(now?.key, was?.key);
  assert.deepEqual(now?.bases, was?.bases);
  assert.notEqual(now?.layouts[1]?.print, was?.layouts[1]?.print);
  assert.deepEqual(now?.layouts[1]?.offsets.map((offset, i) => offset - (was?.layouts[1]?.offsets[i] as number)), [0, 0, 1, 1], 'the ret a line further on');
  assert.deepEqual(after.get('Reads_Nothing')?.layouts, before.get('Reads_Nothing')?.layouts, 'the procedure below only moved');
  const indented = await placed(READERS.replace('        xor     eax, eax', '         xor     eax, eax'));
  assert.notEqual(indented.get('Reads_Nothing')?.key, before.get('Reads_Nothing')?.key);
});

test('keys of items given again are the keys of the same items made anew', async () => {
  const { program } = await lower(READERS);
  const again = entryKeys({ program, shared: {} }, 'test.asm');
  const first = entryKeys({ program, shared: {} }, 'test.asm');
  const anew = await keysOf(READERS);
  for (const entry of program.entries) {
    assert.equal(first(entry).key, anew.get(entry.name));
    assert.equal(again(entry).key, anew.get(entry.name));
  }
});

/** A procedure after `blank` empty lines, keyed first as part of its own file and then as part of another. */
function keyedElsewhere(blank: number): string {
  const b = new ProgramBuilder<X86Instruction>('x86', { file: FILE });
  for (let i = 0; i < blank; i++) b.equate(`Blank_${i}`, { kind: 'const', width: 32, value: 0n });
  b.label('Start').instruction({ arch: 'x86', mnemonic: 'ret', operands: [] }, 'ret');
  b.entry('Start', 'Start');
  const program = b.build();
  const entry = program.entries[0] as (typeof program.entries)[number];
  entryKeys({ program, shared: {} }, FILE)(entry);
  return entryKeys({ program, shared: {} }, '/src/other.asm')(entry).key;
}

test('items keyed for their own file and then for another keep their lines as they are in the other', () => {
  // For its own file an entry's lines are relative (moving it keeps its key); for another file they are not.
  assert.equal(keyOf(0, 0).key, keyOf(3, 0).key);
  assert.notEqual(keyedElsewhere(0), keyedElsewhere(3));
});

type Dialect = 'vxd-masm' | 'riscos-objasm';

/** A document edited as the language server's worker keeps it: kept trees, replayed lowering, the keys' memory of the last program. */
class EditedDocument {
  private readonly syntax = new SyntaxTrees();
  readonly memory = new KeyMemory();
  private constructor(private readonly trees: DocumentTrees, private text: string, private readonly dialect: Dialect) {}

  static async open(text: string, dialect: Dialect = 'vxd-masm'): Promise<EditedDocument> {
    const document = new EditedDocument(new DocumentTrees(await Parsers.create()), text, dialect);
    await document.trees.update('file:///edited', dialect, { text });
    return document;
  }

  get current(): string {
    return this.text;
  }

  /** What the keys read of the lowering after the edit. */
  async edit(find: string, by: string, nth = 0): Promise<KeyInputs> {
    let index = -1;
    for (let i = 0; i <= nth; i++) index = this.text.indexOf(find, index + 1);
    assert.notEqual(index, -1, `"${find}" is in the text`);
    const position = (offset: number): { line: number; character: number } => {
      const before = this.text.slice(0, offset).split('\n');
      return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
    };
    const parsed = await this.trees.update('file:///edited', this.dialect, { changes: [{ range: { start: position(index), end: position(index + find.length) }, text: by }] });
    assert.ok('tree' in parsed);
    this.text = parsed.text;
    const options = { file: 'test.asm', readFile: () => undefined, syntaxTrees: this.syntax };
    if (this.dialect === 'riscos-objasm') {
      const lowering = lowerObjAsm(parsed.tree, parsed.text, options);
      return { program: lowering.program, shared: { mode: lowering.mode, areaCreations: lowering.areaCreations }, ...(lowering.moved ? { moved: lowering.moved } : {}) };
    }
    const lowering = lowerMasm(parsed.tree, parsed.text, options);
    return {
      program: lowering.program, shared: {}, sites: lowering.vmmCalls.map((site) => ({ address: site.interruptAddress, fact: siteFact(site) })),
      ...(lowering.moved ? { moved: lowering.moved } : {}),
    };
  }

  /** Each entry's key, by name, with the keys' memory, checked against the keys made without it. */
  keys(inputs: KeyInputs): Map<string, string> {
    const remembered = entryKeys(inputs, 'test.asm', this.memory);
    const fresh = entryKeys(inputs, 'test.asm');
    return new Map(inputs.program.entries.map((entry) => {
      const key = remembered(entry);
      assert.equal(key.key, fresh(entry).key, `${entry.name}: the key made with the memory is the key made without`);
      assert.deepEqual(key.bases, fresh(entry).bases, `${entry.name}: the parts lie where they lie`);
      assert.deepEqual(key.layouts, fresh(entry).layouts, `${entry.name}: their lines lie where they lie`);
      return [entry.name, key.key];
    }));
  }
}

test('an edit of an equate or of data changes, through the keys\' memory, the key of exactly the entry that uses it', async () => {
  const document = await EditedDocument.open(READERS);
  const before = document.keys(await document.edit('PAGE_COUNT', 'PAGE_COUNT'));
  const equate = document.keys(await document.edit('PAGE_COUNT      EQU     4', 'PAGE_COUNT      EQU     5'));
  assert.deepEqual(changed(before, equate), ['Uses_Equate']);
  const data = document.keys(await document.edit('Page_Limit      dd      10', 'Page_Limit      dd      11'));
  assert.deepEqual(changed(equate, data), ['Reads_Data']);
  const moved = document.keys(await document.edit('BeginProc Reads_Data', '\nBeginProc Reads_Data'));
  assert.deepEqual(changed(data, moved), []);
});

const editsOfEachDialect: [Dialect, [string, string, number][]][] = [
  ['vxd-masm', [
    ['\n', '\n; a comment line\n', 40],
    ['        ret', '        ret ; done', 3],
    ['EQU     1', 'EQU     3', 0],
    ['        ret\n', '        nop\n        ret\n', 5],
    ['\n\n', '\n', 10],
    ['dd      0', 'dd      1', 2],
    ['        nop\n', '', 0],
    ['\n', '\n\n\n', 200],
  ]],
  ['riscos-objasm', [
    ['\n', '\n; a comment line\n', 40],
    ['        MOV     pc, lr', '        MOV     pc, lr ; done', 3],
    ['        MOV     pc, lr\n', '        MOV     r0, #1\n        MOV     pc, lr\n', 5],
    ['\n\n', '\n', 10],
    ['#', '#1+', 7],
    ['        MOV     r0, #1\n', '', 0],
    ['        MOV     r0, #0\n', '        MOV     r0, #0\n        MOV     r0, #0\n', 4],
    ['        MOV     r0, #0\n', '        MOV     r0, #2\n', 6],
    ['\n', '\n\n\n', 200],
  ]],
];

for (const [dialect, edits] of editsOfEachDialect) {
  test(`${dialect} keys made with the memory of the last program are the keys made without, edit after edit`, async () => {
    const document = await EditedDocument.open(generateSource(dialect, 1500), dialect);
    document.keys(await document.edit('\n', '\n'));
    let copied = 0;
    for (const [find, by, nth] of edits) {
      document.keys(await document.edit(find, by, nth));
      const { blocksMade, blocksCompared } = document.memory.statistics;
      copied += blocksMade - blocksCompared;
    }
    // Both lowerings name the items they moved down as copies below a new line, whose blocks are taken as read.
    assert.ok(copied > 0, 'blocks of moved copies were taken as read');
  });
}

test('a block the last program had names, through the keys\' memory, the blocks now where its targets are', async () => {
  const text = [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc First',
    '        call    Third',
    '        ret',
    'EndProc First',
    'BeginProc Third',
    '        xor     eax, eax',
    '        ret',
    'EndProc Third',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');
  const document = await EditedDocument.open(text);
  document.keys(await document.edit('EndProc First\n', 'EndProc First\n'));
  // A procedure between them: First's code is the same objects, Third is a block further on.
  const keys = document.keys(await document.edit('EndProc First\n', 'EndProc First\nBeginProc Second\n        ret\nEndProc Second\n'));
  assert.deepEqual([...keys.keys()], ['First', 'Second', 'Third']);
});

test('after a comment in one routine, the keys find again only the blocks of its code and hash no key anew', async () => {
  const text = generateSource('riscos-objasm', 1500);
  const document = await EditedDocument.open(text, 'riscos-objasm');
  const before = document.keys(await document.edit('\n', '\n'));
  const { blocksMade: blocks } = document.memory.statistics;
  const after = document.keys(await document.edit('        MOV     pc, lr', '        MOV     pc, lr ; done', 3));
  assert.deepEqual(after, before);
  assert.ok(blocks > 20, 'the source has routines to key');
  // The routine's block, and an earlier one's whose literal load waits for the pool at the routine's end (the pool remakes it).
  assert.deepEqual(document.memory.statistics, { blocksMade: 2, blocksCompared: 2, blocksRead: 1, keysHashed: 0 });
});

test('after a new line in one routine, the keys take the blocks below it, the lowering\'s moved copies, as read, and hash no key anew', async () => {
  const text = generateSource('riscos-objasm', 1500);
  const document = await EditedDocument.open(text, 'riscos-objasm');
  const before = document.keys(await document.edit('\n', '\n'));
  const inputs = await document.edit('        MOV     pc, lr\n', '        MOV     pc, lr\n; a new line\n', 3);
  const after = document.keys(inputs);
  assert.deepEqual(after, before);
  assert.ok(inputs.moved, 'the lowering moved items down');
  const { blocksMade, blocksCompared, keysHashed } = document.memory.statistics;
  assert.ok(blocksMade > 20, `the blocks below the new line hold moved copies (${blocksMade})`);
  // The routine the line is in, and an earlier one whose literal load waits for the pool at its end.
  assert.ok(blocksCompared <= 2, `only the blocks around the new line are compared (${blocksCompared} of ${blocksMade})`);
  assert.equal(keysHashed, 0);
});

test('vxd-masm: after a new line in one procedure, the keys take the blocks below it, moved copies with their call sites moved alike, as read', async () => {
  const text = generateSource('vxd-masm', 1500);
  const document = await EditedDocument.open(text);
  const before = document.keys(await document.edit('\n', '\n'));
  const inputs = await document.edit('        ret\n', '        ret\n; a new line\n', 3);
  const after = document.keys(inputs);
  assert.deepEqual(after, before);
  assert.ok(inputs.moved, 'the lowering moved items down');
  assert.ok((inputs.sites?.length ?? 0) > 0, 'the source calls VMM services');
  const { blocksMade, blocksCompared, keysHashed } = document.memory.statistics;
  assert.ok(blocksMade > 20, `the blocks below the new line hold moved copies (${blocksMade})`);
  // The procedure the line is in.
  assert.ok(blocksCompared <= 1, `only the block around the new line is compared (${blocksCompared} of ${blocksMade})`);
  assert.equal(keysHashed, 0);
});

test('an edit of an instruction hashes again the keys of exactly the entries that reach it', async () => {
  const text = generateSource('riscos-objasm', 1500);
  const document = await EditedDocument.open(text, 'riscos-objasm');
  const before = document.keys(await document.edit('\n', '\n'));
  const after = document.keys(await document.edit('        MOV     r0, #0\n', '        MOV     r0, #1\n', 4));
  const moved = changed(before, after);
  assert.ok(moved.length > 0);
  assert.deepEqual(document.memory.statistics, { blocksMade: 1, blocksCompared: 1, blocksRead: 1, keysHashed: moved.length });
});

test('after an instruction inserted above them, the keys take the blocks of procedures moved down a line, in their own slots, as read', async () => {
  const text = [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc First',
    '        xor     eax, eax',
    '        ret',
    'EndProc First',
    'BeginProc Second',
    '        mov     eax, 1',
    '        ret',
    'EndProc Second',
    'BeginProc Third',
    '        VMMCall Get_Cur_VM_Handle',
    '        ret',
    'EndProc Third',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');
  const document = await EditedDocument.open(text);
  document.keys(await document.edit('EndProc First\n', 'EndProc First\n'));
  document.keys(await document.edit('        xor     eax, eax\n', '        xor     eax, eax\n        nop\n'));
  // Only First's key is new: Second and Third stand where they stood, the lowering's copies moved down a line, taken as read.
  assert.deepEqual(document.memory.statistics, { blocksMade: 3, blocksCompared: 1, blocksRead: 1, keysHashed: 1 });
});

test('riscos-objasm: after an instruction inserted in one routine, the keys find again the blocks of its slot only and take those below, moved down, as read', async () => {
  const document = await EditedDocument.open(generateSource('riscos-objasm', 1500), 'riscos-objasm');
  document.keys(await document.edit('\n', '\n'));
  const blocks = document.memory.statistics.blocksMade;
  const before = document.keys(await document.edit('\n', '\n'));
  const inputs = await document.edit('        MOV     pc, lr\n', '        MOV     r0, r0\n        MOV     pc, lr\n', 3);
  const after = document.keys(inputs);
  assert.ok(inputs.moved, 'the lowering told the keys which items it only moved down');
  const { blocksMade, blocksCompared, keysHashed } = document.memory.statistics;
  assert.ok(blocksMade < blocks, `not every block is made again (${blocksMade} of ${blocks})`);
  // The routine's block, the blocks of the Entry routines after it in its ROUT (in its slot, moved on), and the literal pool's.
  assert.ok(blocksCompared <= 5, `only the blocks of the routine's slot are compared (${blocksCompared} of ${blocksMade})`);
  assert.equal(keysHashed, changed(before, after).length);
});

test('riscos-objasm: after an instruction inserted near the top, the keys take the blocks below it, moved on by its bytes, as read', async () => {
  const document = await EditedDocument.open(generateSource('riscos-objasm', 1500), 'riscos-objasm');
  document.keys(await document.edit('\n', '\n'));
  document.keys(await document.edit('        MOV     pc, lr\n', '        MOV     r0, r0\n        MOV     pc, lr\n', 1));
  const { blocksMade, blocksRead } = document.memory.statistics;
  assert.ok(blocksMade > 20, `the blocks below the instruction lie further on (${blocksMade})`);
  // The block the instruction is in, and those whose literal loads or addresses taken changed with it.
  assert.ok(blocksRead <= blocksMade / 4, `the blocks moved on are not read again (${blocksRead} of ${blocksMade})`);
});
