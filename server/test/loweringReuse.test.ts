import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { generateSource } from '../bench/generateSources.js';
import { expr } from '../../emulator/src/index.js';
import type { LoweredDocument } from '../src/analysis/lowerDocument.js';
import type { MasmLowering } from '../src/lowering/masm/index.js';
import {
  at, Document, everything, insertLine, linesMatching, Random, replaced, replaceLine, type Change,
} from './support/editedDocuments.js';
import { repoRoot } from './support/paths.js';

// A document's lowering after an edit reuses the syntax tree copies of the
// statements the edit did not change and replays what it recorded of the
// MASM procedures among them (of the ObjAsm routines:
// loweringReuseObjAsm.test.ts). Whatever the edit, the result must be what
// lowering the new text afresh gives, item for item and in the same order.

const corpusDir = (dialect: string): string => join(repoRoot, 'examples', 'corpus', dialect);
const corpus = (path: string): string => readFileSync(join(corpusDir('vxd-masm'), path), 'utf8');

/** Rows inside procedures (after a BeginProc line, before its EndProc). */
function procedureRows(lines: readonly string[]): number[] {
  const rows: number[] = [];
  let inside = false;
  lines.forEach((l, i) => {
    if (/^\s*BeginProc\b/i.test(l)) inside = true;
    else if (/^\s*EndProc\b/i.test(l)) inside = false;
    else if (inside) rows.push(i);
  });
  return rows;
}

/** The file the random edits include into procedures: a macro and the code that calls it. */
const INCLUDED = 'extra.inc';
const includedText = 'Extra   MACRO   reg\n        inc     reg\n        ENDM\n        Extra   esi\n        mov     ecx, 2\n';
const readIncluded = (path: string): string | undefined => (path.endsWith(`/${INCLUDED}`) ? includedText : undefined);

/**
 * One random MASM edit of the kinds a user makes: lines inserted, deleted,
 * commented; an instruction changed inside a procedure; an equate's value; a
 * macro body; a label renamed; a forward reference added; a conditional
 * flipped; an anonymous label added; an equate read before it is defined, of
 * an equate defined after it (which later equate edits change); several
 * lines pasted elsewhere or deleted at once; a line of a macro body deleted;
 * a file included into a procedure.
 */
function masmEdit(text: string, random: Random): { change: Change; what: string } {
  const lines = text.split('\n');
  const any = random.below(Math.max(1, lines.length - 2));
  const inProcedure = random.pick(procedureRows(lines)) ?? any;
  const kind = random.below(17);
  switch (kind) {
    case 0: return { change: insertLine(any, lines[any] ?? ''), what: `line ${any} duplicated` };
    case 1: return { change: { range: { start: at(any), end: at(any + 1) }, text: '' }, what: `line ${any} deleted` };
    case 2: return { change: insertLine(any, ''), what: `blank line at ${any}` };
    case 3: return { change: insertLine(inProcedure, '        nop'), what: `nop at ${inProcedure}` };
    case 4: {
      const line = lines[inProcedure] ?? '';
      const changed = line.replace(/\b(\d+)\b/, (n) => String(Number(n) + 1));
      return { change: replaceLine(lines, inProcedure, changed === line ? `${line} ; edited` : changed), what: `number changed at ${inProcedure}` };
    }
    case 5: {
      const row = random.pick(linesMatching(lines, /\bEQU\s+\d/i)) ?? any;
      const line = lines[row] ?? '';
      return { change: replaceLine(lines, row, line.replace(/(\bEQU\s+)(\d+)/i, (_m, op: string, n: string) => `${op}${Number(n) + 2}`)), what: `equate at ${row}` };
    }
    case 6: {
      const bodies = linesMatching(lines, /\bMACRO\b/i).map((r) => r + 1);
      const row = random.pick(bodies) ?? any;
      return { change: insertLine(row, '        inc     eax'), what: `macro body at ${row}` };
    }
    case 7: {
      const row = random.pick(linesMatching(lines, /^\s*(BeginProc\s+\w+|\w+:)/i)) ?? any;
      const line = lines[row] ?? '';
      return { change: replaceLine(lines, row, line.replace(/(BeginProc\s+)?(\w+)/i, (_m, b: string | undefined, n: string) => `${b ?? ''}${n}X`)), what: `label renamed at ${row}` };
    }
    case 8: {
      const labels = lines.flatMap((l, i) => {
        const m = /^\s*(?:BeginProc\s+(\w+)|(\w+):)/i.exec(l);
        const name = m?.[1] ?? m?.[2];
        return name && i > inProcedure ? [name] : [];
      });
      const target = random.pick(labels) ?? 'Nowhere';
      return { change: insertLine(inProcedure, random.below(2) ? `        jmp     ${target}` : `        mov     eax, OFFSET32 ${target}`), what: `forward reference to ${target} at ${inProcedure}` };
    }
    case 9: {
      const row = random.pick(linesMatching(lines, /^\s*IF(N?DEF)?\b/i)) ?? any;
      const line = lines[row] ?? '';
      const flipped = /IFDEF/i.test(line) ? line.replace(/IFDEF/i, 'IFNDEF') : /IFNDEF/i.test(line) ? line.replace(/IFNDEF/i, 'IFDEF') : line.replace(/\bIF\b/i, 'IFE');
      return { change: replaceLine(lines, row, flipped), what: `conditional flipped at ${row}` };
    }
    case 10: return { change: insertLine(inProcedure, random.below(2) ? '@@:' : '@@:     inc     ecx'), what: `anonymous label at ${inProcedure}` };
    case 11: return { change: insertLine(any, '        mov     eax, Ahead\nAhead   EQU     Later + 1\nLater   EQU     3'), what: `equates read ahead at ${any}` };
    case 12: return { change: insertLine(any, 'IF 0\n        nop\nENDIF'), what: `IF 0 block at ${any}` };
    case 13: {
      const from = random.below(lines.length - 1);
      const count = 2 + random.below(6);
      return { change: insertLine(inProcedure, lines.slice(from, from + count).join('\n')), what: `lines ${from} to ${from + count - 1} pasted at ${inProcedure}` };
    }
    case 14: {
      const count = 2 + random.below(5);
      return { change: { range: { start: at(any), end: at(Math.min(any + count, lines.length - 1)) }, text: '' }, what: `${count} lines deleted at ${any}` };
    }
    case 15: {
      const row = random.pick(linesMatching(lines, /\bMACRO\b/i).map((r) => r + 1).filter((r) => !/\bENDM\b/i.test(lines[r] ?? ''))) ?? any;
      return { change: { range: { start: at(row), end: at(row + 1) }, text: '' }, what: `macro body line ${row} deleted` };
    }
    default: return { change: insertLine(inProcedure, `        include ${INCLUDED}`), what: `include at ${inProcedure}` };
  }
}

describe('MASM lowering reuse', () => {
  test('random edits of the clean corpus and a generated source lower as the new text does afresh', async () => {
    const files = readdirSync(corpusDir('vxd-masm')).filter((f) => f.endsWith('.asm')).sort();
    const sources: [string, string][] = [...files.map((f): [string, string] => [`/corpus/${f}`, corpus(f)]), ['/bench/generated.asm', generateSource('vxd-masm', 2500)]];
    let replayed = 0;
    let onePass = 0;
    let included = 0;
    for (const [index, [file, text]] of sources.entries()) {
      const document = await Document.open('vxd-masm', file, text, readIncluded);
      document.lower();
      const random = new Random(7919 * (index + 1));
      for (let n = 0; n < 24; n++) {
        const { change, what } = masmEdit(document.current, random);
        const lowering = masm(await document.check(change, `edit ${n}: ${what}`));
        replayed += lowering.chunks.replayed;
        if (lowering.passes === 1) onePass++;
        if (lowering.program.items.some((item) => item.source.file.endsWith(`/${INCLUDED}`))) included++;
      }
    }
    assert.ok(replayed > 0, 'procedures were replayed');
    assert.ok(onePass > 0, 'edits were lowered in one pass');
    assert.ok(included > 0, 'edits were lowered with code from an included file');
  });
});

/** Two procedures and what they read: an equate, a text equate, a macro, a forward address, anonymous labels. */
const TWO_PROCEDURES = [
  'LIMIT   EQU     10',
  'Counter EQU     <ecx>',
  'Bump    MACRO   reg',
  '        LOCAL   skip',
  'skip:   inc     reg',
  '        ENDM',
  'Mark    MACRO',
  '        LOCAL   here',
  'here:',
  '        ENDM',
  'VxD_LOCKED_CODE_SEG',
  'BeginProc First',
  '        mov     eax, LIMIT',
  '        mov     edx, OFFSET32 Second',
  '@@:',
  '        Mark',
  '        ret',
  'EndProc First',
  '',
  'BeginProc Second',
  '        mov     Counter, LIMIT',
  '@@:     dec     Counter',
  '        jnz     @B',
  '        Bump    eax',
  '        mov     ebx, 10',
  '        ret',
  'EndProc Second',
  'VxD_LOCKED_CODE_ENDS',
  '        END',
  '',
].join('\n');

const masm = (lowered: LoweredDocument): MasmLowering => {
  assert.equal(lowered.dialect, 'vxd-masm');
  return lowered.lowering as MasmLowering;
};

/** The items a procedure lowered to: those from its first row to its last. */
function itemsOf(lowering: MasmLowering, text: string, name: string): MasmLowering['program']['items'] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l === `BeginProc ${name}`);
  const last = lines.findIndex((l) => l === `EndProc ${name}`);
  return lowering.program.items.filter((i) => i.source.range.start.line > first && i.source.range.start.line < last);
}

describe('MASM lowering reuse: what a procedure reads', () => {
  /** Opens the two procedures, applies the edit, checks the result against a fresh lowering and returns the chunk counts and passes. */
  /** Data after First that runs past the start of the next slot, so that Second moves a slot (64 KB) on. */
  const PAD = ['EndProc First\n', 'EndProc First\nPad     db      65536 dup (0)\n'] as const;

  async function afterEdit(find: string, by: string, text = TWO_PROCEDURES): Promise<{
    counts: MasmLowering['chunks']; runs: MasmLowering['runs']; passes: number; before: MasmLowering; after: MasmLowering; text: string;
  }> {
    const document = await Document.open('vxd-masm', '/test/two.asm', text);
    const before = masm(document.lower());
    const { chunks: counts, runs, passes } = masm(await document.check(replaced(document.current, find, by), `${find} -> ${by}`));
    return { counts, runs, passes, before, after: masm(document.lower()), text: document.current };
  }

  test('an edit inside one procedure replays the other, the very same items', async () => {
    const { counts, passes, before, after, text } = await afterEdit('        mov     eax, LIMIT\n', '        mov     eax, LIMIT + 1\n');
    // One pass: it lowers First as the first pass from scratch would (to follow it) and as itself, and replays Second.
    assert.equal(passes, 1);
    assert.deepEqual(counts, { replayed: 1, lowered: 2 });
    const second = itemsOf(after, text, 'Second');
    assert.equal(second.length, 6);
    second.forEach((item, i) => assert.equal(item, itemsOf(before, TWO_PROCEDURES, 'Second')[i], 'the same object'));
  });

  test('a procedure is lowered again when an equate it reads changes', async () => {
    const { counts, passes } = await afterEdit('LIMIT   EQU     10', 'LIMIT   EQU     12');
    assert.equal(passes, 1);
    assert.deepEqual(counts, { replayed: 0, lowered: 4 });
  });

  test('a procedure is replayed when an equate changes whose name it holds only inside a string or a number', async () => {
    const text = TWO_PROCEDURES.replace('Counter EQU', 'TAG     EQU     1\nFFh     EQU     2\nCounter EQU').replace('        mov     ebx, 10\n', "        cmp     eax, 'TAG'\n        mov     ebx, 0FFh\n");
    assert.deepEqual((await afterEdit('TAG     EQU     1', 'TAG     EQU     3', text)).counts, { replayed: 2, lowered: 0 });
    assert.deepEqual((await afterEdit('FFh     EQU     2', 'FFh     EQU     4', text)).counts, { replayed: 2, lowered: 0 });
  });

  test('a procedure is lowered again when a text equate or a macro it expands changes', async () => {
    assert.deepEqual((await afterEdit('Counter EQU     <ecx>', 'Counter EQU     <edx>')).counts, { replayed: 1, lowered: 2 });
    assert.deepEqual((await afterEdit('skip:   inc     reg', 'skip:   dec     reg')).counts, { replayed: 1, lowered: 2 });
  });

  test('an instruction added to a procedure moves no other procedure: each starts a slot of its own', async () => {
    const { counts, passes, before, after, text } = await afterEdit('        mov     eax, LIMIT\n', '        mov     eax, LIMIT\n        nop\n');
    assert.equal(passes, 1);
    assert.deepEqual(counts, { replayed: 1, lowered: 2 });
    assert.equal(after.program.label('Second'), before.program.label('Second'));
    assert.deepEqual(itemsOf(after, text, 'Second').map((i) => i.address), itemsOf(before, TWO_PROCEDURES, 'Second').map((i) => i.address));
  });

  test('a procedure moved a slot on is lowered again there, and so is the procedure that takes its address', async () => {
    const { counts, passes, before, after, text } = await afterEdit(...PAD);
    // First takes the address of Second, which the data moves: a second pass reads where the first pass from scratch puts it.
    assert.equal(passes, 2);
    assert.deepEqual(counts, { replayed: 2, lowered: 3 });
    assert.equal(after.program.label('Second'), (before.program.label('Second') ?? 0n) + 0x10000n);
    assert.equal(itemsOf(after, text, 'Second')[0]?.address, after.program.label('Second'));
    // A procedure's BeginProc reads where it stands, so one that takes its own address or $ is no different.
    for (const own of ['OFFSET32 @B', '$']) {
      const changed = TWO_PROCEDURES.replace('        mov     ebx, 10\n', `        mov     ebx, ${own}\n`);
      assert.deepEqual((await afterEdit(...PAD, changed)).counts, { replayed: 2, lowered: 3 }, own);
    }
  });

  test('a procedure is lowered again when the anonymous labels or LOCAL names before it are numbered anew', async () => {
    assert.deepEqual((await afterEdit('@@:\n', '')).counts, { replayed: 0, lowered: 4 });
    assert.deepEqual((await afterEdit('        Mark\n', '')).counts, { replayed: 0, lowered: 4 });
  });

  test('a procedure is lowered again when the radix it starts with changes', async () => {
    const { counts, after, text } = await afterEdit('        ret\nEndProc First', '        .radix  16\n        ret\nEndProc First');
    assert.deepEqual(counts, { replayed: 0, lowered: 4 });
    assert.ok(itemsOf(after, text, 'Second').some((i) => JSON.stringify(i, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}` : v)).includes('"value":"16"')));
  });

  test('a procedure whose rows alone move is replayed with its positions moved', async () => {
    const { counts, passes, after, text } = await afterEdit('LIMIT   EQU     10\n', '\n\nLIMIT   EQU     10\n');
    assert.equal(passes, 1);
    assert.deepEqual(counts, { replayed: 2, lowered: 0 });
    const second = itemsOf(after, text, 'Second');
    assert.equal(second.length, 6);
    assert.equal(second[0]?.source.range.start.line, text.split('\n').indexOf('        mov     Counter, LIMIT'));
  });

  test('a procedure that includes a file is lowered each time', async () => {
    const text = TWO_PROCEDURES.replace('        ret\nEndProc First', '        include extra.inc\n        ret\nEndProc First');
    const document = await Document.open('vxd-masm', '/test/two.asm', text);
    const readFile = (path: string): string | undefined => (path.endsWith('extra.inc') ? '        inc     esi\n' : undefined);
    document.lower(readFile);
    await document.edit(replaced(document.current, 'mov     ebx, 10', 'mov     ebx, 11'));
    const kept = document.lower(readFile);
    assert.deepEqual(everything(kept), everything(await document.fresh(readFile)));
    assert.deepEqual(masm(kept).chunks, { replayed: 0, lowered: 4 });
  });

  /** Equates, a data segment and a procedure: three runs of statements (the equates, the data, END) around one procedure. */
  const DATA_AND_CODE = [
    'LIMIT   EQU     10',
    'TWICE   EQU     LIMIT * 2',
    'VxD_LOCKED_DATA_SEG',
    'Table   dd      LIMIT',
    'Other   dd      5',
    'VxD_LOCKED_DATA_ENDS',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc First',
    '        mov     eax, [Table]',
    '        ret',
    'EndProc First',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');

  test('the statements between procedures are replayed too, but for the run an edit touches', async () => {
    const { counts, runs } = await afterEdit('Other   dd      5', 'Other   dd      6', DATA_AND_CODE);
    assert.deepEqual(counts, { replayed: 1, lowered: 0 });
    // The data's run is lowered as the first pass and as the seeded pass.
    assert.deepEqual(runs, { replayed: 2, lowered: 2 });
  });

  test('a run of statements is lowered again when an equate it reads changes', async () => {
    const { counts, runs } = await afterEdit('LIMIT   EQU     10', 'LIMIT   EQU     11', DATA_AND_CODE);
    assert.deepEqual(counts, { replayed: 1, lowered: 0 });
    // The equates' run and the data's run, as the first pass and as the seeded pass; END's run is replayed.
    assert.deepEqual(runs, { replayed: 1, lowered: 4 });
  });

  /** A service table and a procedure that calls one of its services. */
  const SERVICES = [
    'MYVXD_Device_ID EQU     3C81h',
    'Begin_Service_Table MYVXD',
    'MYVXD_Service MYVXD_Get_Version, LOCAL',
    'MYVXD_Service MYVXD_Do, LOCAL',
    'End_Service_Table MYVXD',
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Caller',
    '        VxDcall MYVXD_Do',
    '        ret',
    'EndProc Caller',
    'VxD_LOCKED_CODE_ENDS',
    'Spare   dd      0',
    '        END',
    '',
  ].join('\n');

  test('a service table is replayed with the services it declares', async () => {
    const { counts, runs, after } = await afterEdit('Spare   dd      0', 'Spare   dd      1', SERVICES);
    assert.deepEqual(counts, { replayed: 1, lowered: 0 });
    assert.deepEqual(runs, { replayed: 1, lowered: 2 });
    assert.equal(after.vmmCalls[0]?.linkCode, 0x3c810001);
  });

  test('a procedure is lowered again when the link code of the service it calls changes', async () => {
    const { counts, runs, after } = await afterEdit('MYVXD_Service MYVXD_Get_Version, LOCAL\n', '', SERVICES);
    assert.deepEqual(counts, { replayed: 0, lowered: 2 });
    assert.deepEqual(runs, { replayed: 1, lowered: 2 });
    assert.equal(after.vmmCalls[0]?.linkCode, 0x3c810000);
  });

  test('a procedure is lowered again when the PROTO of a procedure it calls changes what the callee takes off', async () => {
    const text = TWO_PROCEDURES.replace('LIMIT   EQU     10', 'LIMIT   EQU     10\nHandle  PROTO   STDCALL :DWORD')
      .replace('        mov     ebx, 10\n', '        push    ebx\n        call    Handle\n');
    const { counts, after } = await afterEdit('Handle  PROTO   STDCALL :DWORD', 'Handle  PROTO   STDCALL :DWORD, :DWORD', text);
    assert.deepEqual(counts, { replayed: 1, lowered: 2 });
    const call = after.program.items.find((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'call');
    assert.equal(call?.kind === 'instruction' && call.instruction.arch === 'x86' ? call.instruction.calleePops : undefined, 8);
  });

  test('a procedure is lowered again when the PROTO of a procedure it invokes changes its parameters', async () => {
    const text = TWO_PROCEDURES.replace('LIMIT   EQU     10', 'LIMIT   EQU     10\nLog     PROTO   C :DWORD')
      .replace('        mov     ebx, 10\n', '        invoke  Log, eax\n');
    const { counts } = await afterEdit('Log     PROTO   C :DWORD', 'Log     PROTO   C :DWORD, :DWORD', text);
    assert.deepEqual(counts, { replayed: 1, lowered: 2 });
  });

  test('a run of statements is lowered again when its statements move apart', async () => {
    const { runs } = await afterEdit('Table   dd      LIMIT\n', 'Table   dd      LIMIT\n\n', DATA_AND_CODE);
    assert.deepEqual(runs, { replayed: 2, lowered: 2 });
  });

  test('a procedure that leaves a procedure a wrapper macro opened open is lowered each time', async () => {
    const text = [
      'MyBegin MACRO   name',
      'BeginProc name',
      '        ENDM',
      'MyEnd   MACRO   name',
      'EndProc name',
      '        ENDM',
      'BeginProc Outer',
      '        ret',
      '        MyBegin Inner',
      'EndProc Outer',
      '        mov     eax, 1',
      '        MyEnd   Inner',
      'BeginProc Last',
      '        ret',
      'EndProc Last',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('vxd-masm', '/test/wrapped.asm', text);
    document.lower();
    const { chunks: counts, passes } = masm(await document.check(replaced(document.current, 'mov     eax, 1', 'mov     eax, 2'), 'the wrapped line'));
    // Outer is lowered in each pass; Last follows the frame Outer's macro call left behind, so it is no chunk. A pass
    // seeded with the last lowering's symbols cannot follow the first pass from scratch past such a chunk, and stops there.
    assert.equal(passes, 3);
    assert.deepEqual(counts, { replayed: 0, lowered: 3 });
  });

  test('a procedure that leaves a conditional a macro opened open is lowered each time', async () => {
    const text = [
      'BeginDebug MACRO',
      'IFDEF DEBUG',
      '        ENDM',
      'EndDebug MACRO',
      'ENDIF',
      '        ENDM',
      'BeginProc Outer',
      '        ret',
      '        BeginDebug',
      'EndProc Outer',
      '        mov     eax, 1',
      '        EndDebug',
      'BeginProc Last',
      '        ret',
      'EndProc Last',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('vxd-masm', '/test/debugOnly.asm', text);
    document.lower();
    const { chunks: counts, passes } = masm(await document.check(replaced(document.current, 'mov     eax, 1', 'mov     eax, 2'), 'the skipped line'));
    // Outer is lowered in each pass (a replay would not reopen the conditional that skips the line), the seeded pass
    // stopping there as above; Last is replayed in the other two.
    assert.equal(passes, 3);
    assert.deepEqual(counts, { replayed: 2, lowered: 3 });
  });
});

describe('MASM lowering: one pass per edit', () => {
  /**
   * A use of an equate before its definition, which reads an equate defined
   * after it: from scratch, the second pass reads what the first pass (which
   * reads nothing ahead) made of A, not A's final value.
   */
  const AHEAD = [
    'BeginProc First',
    '        mov     eax, A',
    '        ret',
    'EndProc First',
    'A       EQU     B+1',
    'B       EQU     5',
    '        END',
    '',
  ].join('\n');

  /** The immediate `mov eax, A` loads. */
  const loaded = (lowering: MasmLowering): unknown => {
    const mov = lowering.program.items.find((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'mov');
    return mov?.kind === 'instruction' ? mov.instruction.operands[1] : undefined;
  };

  test('an edit that changes nothing a forward reference reads is lowered in one pass', async () => {
    const document = await Document.open('vxd-masm', '/test/ahead.asm', AHEAD);
    document.lower();
    const lowering = masm(await document.check(replaced(document.current, '        ret\n', '        nop\n        ret\n'), 'a nop'));
    assert.equal(lowering.passes, 1);
    assert.deepEqual(lowering.chunks, { replayed: 0, lowered: 2 });
  });

  test('an edit of what a forward reference read is lowered again from what the first pass from scratch ends with', async () => {
    const document = await Document.open('vxd-masm', '/test/ahead.asm', AHEAD);
    document.lower();
    const lowering = masm(await document.check(replaced(document.current, 'B       EQU     5', 'B       EQU     7'), 'B changed'));
    // The seeded pass read B as 5 ahead of its definition, where the first pass from scratch ends with 7.
    assert.equal(lowering.passes, 2);
    assert.deepEqual(lowering.program.symbols.get('A'), expr.bv(8));
    assert.notDeepEqual(loaded(lowering), { kind: 'imm', value: expr.bv(8) }, 'mov eax, A reads what the first pass made of A');
  });

  test('a first pass in other symbols is followed across the ends and starts of segments', async () => {
    const text = [
      'VxD_LOCKED_DATA_SEG',
      'A       EQU     B+1',
      'Table   dd      A',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      ...AHEAD.split('\n').slice(0, 4),
      'B       EQU     5',
      'VxD_LOCKED_CODE_ENDS',
      'BeginProc Second',
      '        ret',
      'EndProc Second',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('vxd-masm', '/test/segments.asm', text);
    document.lower();
    // A, read ahead of B, is not what it is in the first pass from scratch, from the data segment to the end.
    const nop = masm(await document.check(replaced(document.current, '        ret\nEndProc Second', '        nop\n        ret\nEndProc Second'), 'a nop'));
    assert.equal(nop.passes, 1);
    const changed = masm(await document.check(replaced(document.current, 'B       EQU     5', 'B       EQU     6'), 'B changed'));
    assert.equal(changed.passes, 2);
  });

  test('data inserted in a row above data that takes a later procedure\'s address, each moving it a slot on, are each lowered in two passes', async () => {
    const text = [
      'VxD_LOCKED_CODE_SEG',
      'BeginProc First',
      '        mov     eax, 1',
      '        ret',
      'EndProc First',
      'VxD_LOCKED_CODE_ENDS',
      'VxD_LOCKED_DATA_SEG',
      'Handler dd      OFFSET32 Later',
      'VxD_LOCKED_DATA_ENDS',
      'VxD_LOCKED_CODE_SEG',
      'BeginProc Later',
      '        ret',
      'EndProc Later',
      'VxD_LOCKED_CODE_ENDS',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('vxd-masm', '/test/inserts.asm', text);
    document.lower();
    const passes: number[] = [];
    for (let n = 0; n < 6; n++) {
      passes.push(masm(await document.check(replaced(document.current, '        mov     eax, 1\n', '        mov     eax, 1\n        db      65536 dup (0)\n'), `data ${n}`)).passes);
    }
    assert.deepEqual(passes, [2, 2, 2, 2, 2, 2]);
  });

  test('equates read ahead changed, deleted, moved, made undefined and made a cycle lower as the new text does afresh', async () => {
    const document = await Document.open('vxd-masm', '/test/ahead.asm', AHEAD);
    document.lower();
    const steps: [string, string, string][] = [
      ['B       EQU     5', 'B       EQU     7', 'B changed'],
      ['B       EQU     7\n', '', 'B deleted'],
      ['BeginProc First\n', 'B       EQU     9\nBeginProc First\n', 'B defined before its use'],
      ['A       EQU     B+1\n', '', 'A deleted: undefined'],
      ['BeginProc First\n', 'A       EQU     B+1\nBeginProc First\n', 'A defined before its use'],
      ['A       EQU     B+1\nBeginProc First\n', 'BeginProc First\n', 'A undefined again'],
      ['        END\n', 'A       EQU     B+1\n        END\n', 'A defined after its use'],
      ['B       EQU     9\n', 'B       EQU     A+1\n', 'a cycle'],
      ['B       EQU     A+1\n', 'B       EQU     A+2\n', 'the cycle changed'],
      ['        mov     eax, A\n', '        mov     eax, A\n        mov     ebx, B\n', 'a use of the cycle'],
      ['B       EQU     A+2\n', '', 'the cycle broken'],
    ];
    const passes: number[] = [];
    for (const [find, by, what] of steps) passes.push(masm(await document.check(replaced(document.current, find, by), what)).passes);
    assert.ok(passes.includes(1) && passes.some((n) => n > 1), `passes ${passes.join(', ')}`);
  });
});

describe('MASM lowering reuse: the symbol table printed', () => {
  test('comment edits and new lines replay every procedure and run without checking its reads of the table, as the new text lowers afresh', async () => {
    const document = await Document.open('vxd-masm', '/bench/generated.asm', generateSource('vxd-masm', 2500));
    document.lower();
    const random = new Random(104729);
    for (let n = 0; n < 16; n++) {
      const lines = document.current.split('\n');
      const row = random.pick(procedureRows(lines)) ?? 0;
      const line = lines[row] ?? '';
      const change = n % 2 === 0 ? replaceLine(lines, row, `${line} ; edit ${n}`) : insertLine(row, `; note ${n}`);
      const lowering = masm(await document.check(change, `edit ${n} at ${row}`));
      assert.equal(lowering.passes, 1);
      const replayed = lowering.chunks.replayed + lowering.runs.replayed;
      assert.ok(replayed > 0);
      assert.equal(lowering.printed, replayed, `edit ${n}: every replay printed alike`);
    }
  });

  test('an instruction inserted has the procedures after it, whose table holds labels moved, checked read by read', async () => {
    const text = [
      'LIMIT   EQU     10', 'VxD_LOCKED_CODE_SEG',
      'BeginProc First', '        mov     eax, LIMIT', 'Again:  dec     eax', '        jnz     Again', '        ret', 'EndProc First',
      'BeginProc Second', '        mov     ecx, LIMIT', '        ret', 'EndProc Second',
      'BeginProc Third', '        inc     edx', '        ret', 'EndProc Third',
      'VxD_LOCKED_CODE_ENDS', '        END', '',
    ].join('\n');
    const document = await Document.open('vxd-masm', '/test/three.asm', text);
    document.lower();
    const nop = masm(await document.check(replaced(document.current, '        mov     eax, LIMIT\n', '        mov     eax, LIMIT\n        nop\n'), 'nop in First'));
    assert.deepEqual([nop.chunks.replayed, nop.runs.replayed], [2, 2]);
    // The equates' run before First alone: Second, Third and END's run are replayed at their new addresses after Again moved.
    assert.equal(nop.printed, 1);
    const comment = masm(await document.check(replaced(document.current, '        inc     edx\n', '        inc     edx ; c\n'), 'comment in Third'));
    assert.deepEqual([comment.chunks.replayed, comment.runs.replayed, comment.printed], [2, 2, 4]);
  });

  test('a changed equate has the procedures after it checked read by read, even where they do not read it', async () => {
    const text = TWO_PROCEDURES.replace('Counter EQU', 'TAG     EQU     1\nCounter EQU');
    const document = await Document.open('vxd-masm', '/test/two.asm', text);
    document.lower();
    const unchanged = masm(await document.check(insertLine(0, '; note'), 'a comment line above'));
    assert.deepEqual(unchanged.chunks, { replayed: 2, lowered: 0 });
    assert.equal(unchanged.printed, unchanged.chunks.replayed + unchanged.runs.replayed);
    const changed = masm(await document.check(replaced(document.current, 'TAG     EQU     1', 'TAG     EQU     3'), 'TAG changed'));
    assert.deepEqual(changed.chunks, { replayed: 2, lowered: 0 });
    assert.equal(changed.printed, 0);
  });
});

describe('MASM lowering from scratch: the second pass replays what the first pass recorded', () => {
  /**
   * Four procedures: one that reads nothing ahead, one that jumps to a label
   * further down its own body (and to one defined nowhere), one that jumps
   * to a procedure further down the file, and one whose jump target is
   * defined nowhere.
   */
  const JUMPS = [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Plain',
    '        mov     eax, 1',
    '        ret',
    'EndProc Plain',
    'BeginProc Down',
    '        test    eax, eax',
    '        jz      done',
    '        inc     eax',
    '        jnz     Elsewhere',
    'done:   ret',
    'EndProc Down',
    'BeginProc Caller',
    '        call    Last',
    '        ret',
    'EndProc Caller',
    'BeginProc Lost',
    '        jmp     Nowhere',
    'EndProc Lost',
    'BeginProc Last',
    '        ret',
    'EndProc Last',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');

  const opened = async (text: string): Promise<MasmLowering> => masm((await Document.open('vxd-masm', '/test/scratch.asm', text)).lower());
  const instruction = (lowering: MasmLowering, line: number): unknown => {
    const item = lowering.program.items.find((i) => i.source.range.start.line === line);
    return item?.kind === 'instruction' ? item.instruction : undefined;
  };
  const lineOf = (text: string, line: string): number => text.split('\n').indexOf(line);

  test('procedures that read nothing ahead, or only jump to code labels further down, are replayed in the second pass', async () => {
    const lowering = await opened(JUMPS);
    assert.equal(lowering.passes, 2);
    // The first pass lowers all five; the second replays them all.
    assert.deepEqual(lowering.chunks, { replayed: 5, lowered: 5 });
    assert.deepEqual(lowering.names.undefined.map((u) => u.name), ['Elsewhere', 'Nowhere']);
    assert.deepEqual(lowering.unmodelled.map((u) => u.message), ['unknown symbol Elsewhere', 'unknown symbol Nowhere']);
    assert.deepEqual(instruction(lowering, lineOf(JUMPS, '        jz      done')), { arch: 'x86', mnemonic: 'jz', operands: [{ kind: 'target', label: 'done' }] });
    assert.deepEqual(instruction(lowering, lineOf(JUMPS, '        call    Last')), { arch: 'x86', mnemonic: 'call', operands: [{ kind: 'target', label: 'Last' }] });
  });

  test('a jump to a label spelled otherwise than it is defined is lowered again, to the label as defined', async () => {
    const text = JUMPS.replace('        jz      done', '        jz      DONE');
    const lowering = await opened(text);
    assert.deepEqual(lowering.chunks, { replayed: 4, lowered: 6 });
    assert.deepEqual(instruction(lowering, lineOf(text, '        jz      DONE')), { arch: 'x86', mnemonic: 'jz', operands: [{ kind: 'target', label: 'done' }] });
    assert.deepEqual(lowering.names.undefined.map((u) => u.name), ['Elsewhere', 'Nowhere']);
  });

  test('a jump target defined nowhere, then defined, lowers as the new text does afresh', async () => {
    const document = await Document.open('vxd-masm', '/test/scratch.asm', JUMPS);
    document.lower();
    const lowering = masm(await document.check(replaced(document.current, '        END\n', 'Elsewhere:\n        END\n'), 'Elsewhere defined'));
    assert.deepEqual(lowering.names.undefined.map((u) => u.name), ['Nowhere']);
    const lost = masm(await document.check(replaced(document.current, 'Elsewhere:\n', ''), 'Elsewhere undefined again'));
    assert.deepEqual(lost.names.undefined.map((u) => u.name), ['Elsewhere', 'Nowhere']);
  });

  test('a jump to a data label further down is lowered again', async () => {
    const text = JUMPS.replace('        call    Last', '        call    Table').replace('        END', 'Table   dd      0\n        END');
    const lowering = await opened(text);
    assert.deepEqual(lowering.chunks, { replayed: 4, lowered: 6 });
    assert.deepEqual(lowering.unmodelled.map((u) => u.message), ['unknown symbol Elsewhere', 'unknown symbol Nowhere']);
    assert.notDeepEqual(instruction(lowering, lineOf(text, '        call    Table')), { arch: 'x86', mnemonic: 'call', operands: [{ kind: 'target', label: 'Table' }] });
  });

  /** Equates and a label defined after the procedures that read them. */
  const AHEAD = [
    'VxD_LOCKED_CODE_SEG',
    'BeginProc Reads',
    '        mov     eax, LATER',
    '        mov     ebx, OFFSET32 Last',
    '        ret',
    'EndProc Reads',
    'BeginProc Sized',
    '        db      PAD dup (0)',
    'Inside: ret',
    'EndProc Sized',
    'BeginProc Chosen',
    'IF LATER GT 3',
    '        mov     ecx, 4',
    'ELSE',
    '        mov     ecx, 3',
    'ENDIF',
    '        ret',
    'EndProc Chosen',
    'BeginProc Last',
    '        ret',
    'EndProc Last',
    'LATER   EQU     5',
    'PAD     EQU     32',
    'VxD_LOCKED_CODE_ENDS',
    '        END',
    '',
  ].join('\n');

  test('the seeded pass follows the first pass, sized apart by an equate ahead, to the next procedure\'s slot', async () => {
    const document = await Document.open('vxd-masm', '/test/scratch.asm', AHEAD);
    document.lower();
    const lowering = masm(await document.check(replaced(AHEAD, '        mov     eax, LATER\n', '        mov     eax, LATER\n        nop\n'), 'nop in Reads'));
    // The first pass lays Sized out without its 32 bytes (PAD is ahead) and Chosen where its slot starts, as the seeded
    // pass does: Reads is lowered as the first pass and as itself, the rest replayed from the first pass's recordings.
    assert.equal(lowering.passes, 2);
    assert.deepEqual(lowering.chunks, { replayed: 7, lowered: 2 });
  });

  test('procedures that read an equate or a label address ahead, or are sized or assembled by one, are lowered again', async () => {
    const lowering = await opened(AHEAD);
    // The second pass lowers Reads, Sized and Chosen again and replays Last where it was (Sized's 32 bytes stay in its
    // slot); the third, as Sized's own label Inside moved, replays all four.
    assert.equal(lowering.passes, 3);
    assert.deepEqual(lowering.chunks, { replayed: 5, lowered: 7 });
    assert.deepEqual(instruction(lowering, lineOf(AHEAD, '        mov     eax, LATER')), { arch: 'x86', mnemonic: 'mov', operands: [{ kind: 'reg', reg: 'eax' }, { kind: 'imm', value: expr.bv(5) }] });
    const last = lowering.program.label('Last');
    assert.deepEqual(instruction(lowering, lineOf(AHEAD, '        mov     ebx, OFFSET32 Last')), { arch: 'x86', mnemonic: 'mov', operands: [{ kind: 'reg', reg: 'ebx' }, { kind: 'imm', value: expr.bv(last ?? 0n) }] });
    // Each procedure starts a slot of 64 KB: Reads where the segment starts one (10000h), Sized (32 bytes, then ret), Chosen, Last.
    assert.equal(lowering.program.label('Inside'), 0x20000n + 32n);
    assert.equal(last, 0x40000n);
    assert.ok(instruction(lowering, lineOf(AHEAD, '        mov     ecx, 4')));
    assert.equal(instruction(lowering, lineOf(AHEAD, '        mov     ecx, 3')), undefined);
    assert.deepEqual(lowering.unmodelled, []);
    assert.deepEqual(lowering.names.undefined, []);
  });
});
