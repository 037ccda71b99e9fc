import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { expr, type ArmInstruction } from '../../emulator/src/index.js';
import { generateSource } from '../bench/generateSources.js';
import type { LoweredDocument } from '../src/analysis/lowerDocument.js';
import { readFromDisk } from '../src/lowering/includeResolution.js';
import { pcRelative } from '../src/lowering/riscos/armAddress.js';
import type { ObjAsmLowering } from '../src/lowering/objasm/index.js';
import {
  at, chunkCounts, Document, everything, insertLine, linesMatching, Random, replaced, replaceLine, type Change, type ChunkCounts,
} from './support/editedDocuments.js';
import { repoRoot } from './support/paths.js';

// An ObjAsm document's lowering after an edit replays the routines whose
// text and inputs the edit did not change (lowering/objasm/chunks.ts).
// Whatever the edit, the result must be what lowering the new text afresh
// gives, item for item and in the same order.

const corpusDir = join(repoRoot, 'examples', 'corpus', 'riscos-objasm');

/** The ObjAsm sources of the clean corpus (headers left out), by their path on disk, so that their GETs find the headers. */
function objAsmSources(folder = corpusDir): [string, string][] {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((entry): [string, string][] => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'hdr' ? [] : objAsmSources(path);
    return [[path, readFileSync(path, 'utf8')]];
  });
}

/**
 * One random ObjAsm edit of the kinds a user makes: lines inserted, deleted,
 * commented; an instruction inside a routine; an equate, a variable's
 * declaration or value; a macro body; a storage map; a literal load or an
 * LTORG; a local label or a reference to one; a new routine; data that
 * changes the alignment; a use of `{PC}`; a conditional flipped or added; a
 * label renamed; a branch forward; a 26-bit flag macro.
 */
function objAsmEdit(text: string, random: Random): { change: Change; what: string } {
  const lines = text.split('\n');
  const any = random.below(Math.max(1, lines.length - 2));
  const code = random.pick(linesMatching(lines, /^\s+[A-Z]{2,}/i)) ?? any;
  const pick = (pattern: RegExp): number => random.pick(linesMatching(lines, pattern)) ?? any;
  const line = (row: number): string => lines[row] ?? '';
  switch (random.below(22)) {
    case 0: return { change: insertLine(any, line(any)), what: `line ${any} duplicated` };
    case 1: return { change: { range: { start: at(any), end: at(any + 1) }, text: '' }, what: `line ${any} deleted` };
    case 2: return { change: insertLine(any, ''), what: `blank line at ${any}` };
    case 3: return { change: insertLine(code, '\tMOV\tr0, r0'), what: `instruction at ${code}` };
    case 4: return { change: replaceLine(lines, code, `${line(code)} ; edited`), what: `comment at ${code}` };
    case 5: {
      const row = pick(/^\w+\s+(\*|EQU)\s+\S/i);
      return { change: replaceLine(lines, row, line(row).replace(/(\s(?:\*|EQU)\s+)(.*)$/i, '$1($2) + 4')), what: `equate at ${row}` };
    }
    case 6: {
      const row = pick(/^[A-Za-z_]\w*/);
      return { change: replaceLine(lines, row, line(row).replace(/^(\w+)/, '$1X')), what: `label renamed at ${row}` };
    }
    case 7: {
      const labels = lines.flatMap((l, i) => (i > code ? [/^([A-Za-z_]\w*)/.exec(l)?.[1]] : [])).filter((l): l is string => l !== undefined);
      const target = random.pick(labels) ?? 'nowhere';
      return { change: insertLine(code, `\tB\t${target}`), what: `branch to ${target} at ${code}` };
    }
    case 8: {
      const row = pick(/^\s*\[\s/);
      return { change: replaceLine(lines, row, line(row).replace(/\[\s+(.*)$/, '[ :LNOT: ($1)')), what: `conditional flipped at ${row}` };
    }
    case 9: {
      const row = pick(/\bSET[LA]\b/);
      const flipped = line(row).replace(/\{TRUE\}/, '{FALSE}').replace(/\bSETA(\s+)(.*)$/, 'SETA$1($2) + 1');
      return { change: replaceLine(lines, row, flipped === line(row) ? line(row).replace(/\{FALSE\}/, '{TRUE}') : flipped), what: `variable set at ${row}` };
    }
    case 10: {
      const row = pick(/^\s+GBL[LAS]\b/);
      const declared = /GBLL/.test(line(row)) ? line(row).replace('GBLL', 'GBLA') : line(row).replace(/GBL[AS]/, 'GBLL');
      return { change: replaceLine(lines, row, declared), what: `declaration at ${row}` };
    }
    case 11: {
      const row = pick(/^\s+MACRO\b/) + 2;
      return { change: insertLine(row, '\tADD\tr1, r1, #1'), what: `macro body at ${row}` };
    }
    case 12: {
      const row = pick(/^\w+\s+#\s/);
      return random.below(2)
        ? { change: insertLine(row, `extra_${row}\t#\t8`), what: `storage field at ${row}` }
        : { change: replaceLine(lines, row, line(row).replace(/#(\s+)(\S+)/, '#$1($2) * 2')), what: `storage field size at ${row}` };
    }
    case 13: return { change: insertLine(code, '\tLTORG'), what: `LTORG at ${code}` };
    case 14: {
      const value = random.below(2) ? '&12345678' : `&${(0x10000 + code).toString(16)}1`;
      return { change: insertLine(code, `\tLDR\tr1, =${value}`), what: `literal load at ${code}` };
    }
    case 15: {
      const local = random.pick(['10\tMOV\tr2, r2', '\tB\t%FT10', '\tB\t%BT10', '01', '\tBNE\t%F01']) ?? '';
      return { change: insertLine(code, local), what: `local label "${local}" at ${code}` };
    }
    case 16: return { change: insertLine(code, random.below(2) ? '\tROUT' : `Extra${code}\tROUT`), what: `routine at ${code}` };
    case 17: {
      const data = random.pick(['\t=\t"ab"', '\tDCB\t1', '\tALIGN\t16', '\tDCW\t7', '\t%\t6']) ?? '';
      return { change: insertLine(code, data), what: `data "${data}" at ${code}` };
    }
    case 18: {
      // A difference of two names at the start of a line (labels, equates, fields): one of labels reads their offsets only.
      const names = lines.flatMap((l) => /^([A-Za-z_]\w*)/.exec(l)?.[1] ?? []);
      const difference = `${random.pick(names) ?? 'nowhere'} - ${random.pick(names) ?? 'nowhere'}`;
      const use = random.pick(['\tDCD\t{PC}', '\tMOV\tr0, #{PC} :AND: 255', `\tDCD\t${difference}`, `\tMOV\tr0, #(${difference}) :AND: 255`]) ?? '';
      return { change: insertLine(code, use), what: `"${use}" at ${code}` };
    }
    case 19: return { change: insertLine(code, '\t[ {FALSE}\n\tMOV\tr2, r2\n\t|\n\tMOV\tr3, r3\n\t]'), what: `conditional at ${code}` };
    case 20: return { change: insertLine(code, random.below(2) ? '\tSETV\tNE' : '\tEXITS'), what: `flag macro at ${code}` };
    default: {
      const row = pick(/^\s+\^\s/);
      return { change: replaceLine(lines, row, line(row).replace(/\^(\s+)([^,;\s]+)/, '^$1($2) + 16')), what: `storage map at ${row}` };
    }
  }
}

describe('ObjAsm lowering reuse', () => {
  test('random edits of the clean corpus and a generated source lower as the new text does afresh', async () => {
    const sources: [string, string][] = [...objAsmSources(), [join(corpusDir, 'generated.s'), generateSource('riscos-objasm', 2500)]];
    let replayed = 0;
    let known = 0;
    for (const [index, [file, text]] of sources.entries()) {
      const document = await Document.open('riscos-objasm', file, text, readFromDisk);
      document.lower();
      const random = new Random(4099 * (index + 1));
      for (let n = 0; n < 30; n++) {
        const { change, what } = objAsmEdit(document.current, random);
        const kept = await document.check(change, `edit ${n}: ${what}`);
        replayed += chunkCounts(kept).replayed;
        known += objAsm(kept).chunks.known;
      }
    }
    assert.ok(replayed > 0, 'routines were replayed');
    assert.ok(known > 0, 'routines were replayed in states known from earlier lowerings');
  });
});

/** What `GET extra.s` may hold: names the routine after it reads, changed between lowerings. */
function extraFile(random: Random): string {
  const flag = random.below(2) ? '{TRUE}' : '{FALSE}';
  return [
    `ExtraValue *       ${random.below(3)}`,
    '        GBLL    ExtraFlag',
    `ExtraFlag SETL    ${flag}`,
    '        MACRO',
    '        ExtraMacro',
    random.below(2) ? '        ADD     r3, r3, #1' : '        MOV     r3, r3\n        MOV     r3, r3',
    '        MEND',
    `        ^       ${random.below(2) * 4}, r12`,
    `ws_extra #      ${4 + 4 * random.below(2)}`,
    '',
  ].join('\n');
}

/** A routine reading what `GET extra.s` defines, before the first routine from the middle of `text` on. */
function withExtra(text: string): string {
  const lines = text.split('\n');
  const row = lines.findIndex((l, i) => i >= lines.length / 2 && /^\w+\s+ROUT\b/.test(l));
  const reader = [
    '        GET     extra.s', 'Reader  ROUT', '        MOV     r0, #ExtraValue', '        ExtraMacro', '      [ ExtraFlag', '        MOV     r1, r1', '      |',
    '        B       %FT10', '      ]', '        LDR     r2, ws_extra', '10      MOV     pc, lr', '',
  ];
  return [...lines.slice(0, row), ...reader, ...lines.slice(row)].join('\n');
}

/**
 * An edit in the middle third of `text` of a kind that changes what the
 * routines after it read: a variable's value or declaration, a conditional,
 * a macro body, an equate, a storage map or field; or a comment or a new
 * line, which changes nothing they read.
 */
function middleEdit(text: string, random: Random): { change: Change; what: string } {
  const lines = text.split('\n');
  const middle = (pattern: RegExp): number | undefined =>
    random.pick(linesMatching(lines, pattern).filter((r) => r >= lines.length / 3 && r < (2 * lines.length) / 3));
  const line = (row: number): string => lines[row] ?? '';
  const code = middle(/^\s+[A-Z]{2,}/i) ?? Math.floor(lines.length / 2);
  const edit = (row: number | undefined, by: (l: string) => string, what: string): { change: Change; what: string } =>
    (row === undefined || by(line(row)) === line(row)
      ? { change: insertLine(code, '\tMOV\tr0, r0'), what: `instruction at ${code}` }
      : { change: replaceLine(lines, row, by(line(row))), what: `${what} at ${row}` });
  switch (random.below(9)) {
    case 0: return edit(middle(/\bSET[LA]\b/), (l) => (/\{TRUE\}/.test(l) ? l.replace('{TRUE}', '{FALSE}') : l.replace(/\{FALSE\}/, '{TRUE}').replace(/\bSETA(\s+)(.*)$/, 'SETA$1($2) + 1')), 'variable set');
    case 1: return edit(middle(/^\s+GBL[LAS]\b/), (l) => (/GBLL/.test(l) ? l.replace('GBLL', 'GBLA') : l.replace(/GBL[AS]/, 'GBLL')), 'declaration');
    case 2: return edit(middle(/^\s*\[\s/), (l) => l.replace(/\[\s+(.*)$/, '[ :LNOT: ($1)'), 'conditional flipped');
    case 3: {
      const row = middle(/^\s+MACRO\b/);
      return row === undefined ? edit(undefined, (l) => l, '') : { change: insertLine(row + 2, '\tADD\tr1, r1, #1'), what: `macro body at ${row + 2}` };
    }
    case 4: return edit(middle(/^\w+\s+(\*|EQU)\s+\S/i), (l) => l.replace(/(\s(?:\*|EQU)\s+)(.*)$/i, '$1($2) + 4'), 'equate');
    case 5: return edit(middle(/^\s+\^\s/), (l) => l.replace(/\^(\s+)([^,;\s]+)/, '^$1($2) + 16'), 'storage map');
    case 6: return edit(middle(/^\w+\s+#\s/), (l) => l.replace(/#(\s+)(\S+)/, '#$1($2) * 2'), 'storage field');
    case 7: return { change: replaceLine(lines, code, `${line(code)} ; edited`), what: `comment at ${code}` };
    default: return { change: insertLine(code, '; a new line'), what: `new line at ${code}` };
  }
}

describe('ObjAsm lowering reuse: passes resumed and taken over', () => {
  test('edits in the middle of a generated source, and of a file it GETs there, lower as the new text does afresh', async () => {
    const random = new Random(65537);
    let extra = extraFile(random);
    const document = await Document.open('riscos-objasm', join(corpusDir, 'generated.s'), withExtra(generateSource('riscos-objasm', 1500)), (path) =>
      (path === join(corpusDir, 'extra.s') ? extra : readFromDisk(path)));
    document.lower();
    let takenOver = 0;
    let lowered = 0;
    let copies = 0;
    for (let n = 0; n < 30; n++) {
      // One edit in four changes the GET file too, with the edit (the language server analyses a document again when a file it read changes).
      const changed = random.below(4) === 0;
      if (changed) extra = extraFile(random);
      const { change, what } = middleEdit(document.current, random);
      const kept = objAsm(await document.check(change, `edit ${n}: ${what}${changed ? ', extra.s changed' : ''}`));
      const { chunks } = kept;
      copies += movedCopiesAlike(kept, `edit ${n}: ${what}`);
      takenOver += chunks.takenOver;
      lowered += chunks.lowered;
    }
    assert.ok(takenOver > 0, 'passes were taken over');
    assert.ok(lowered > 0, 'routines were lowered');
    assert.ok(copies > 0, 'items were moved down as copies');
  });
});

/** Checks that each item `lowering` names a moved copy is its original with the whole span moved; how many it names. */
function movedCopiesAlike(lowering: ObjAsmLowering, what: string): number {
  const { moved } = lowering;
  if (!moved) return 0;
  for (const [original, copy] of moved.of) {
    const { source, ...fields } = copy;
    const { source: was, ...originalFields } = original;
    assert.deepEqual(Object.keys(fields), Object.keys(originalFields), `${what}: a copy has its original's shape`);
    for (const [key, value] of Object.entries(fields)) assert.equal(value, (originalFields as Record<string, unknown>)[key], `${what}: a copy's ${key} is its original's`);
    assert.equal(source.file, moved.file);
    assert.equal(was.file, moved.file);
    assert.deepEqual(source.range, {
      start: { line: was.range.start.line + moved.rows, character: was.range.start.character },
      end: { line: was.range.end.line + moved.rows, character: was.range.end.character },
    }, `${what}: a copy's span is its original's ${moved.rows} lines down`);
  }
  return moved.of.size;
}

/** Three routines and what they read: an equate, a field, a macro, a variable, local labels, a later label, a literal pool. */
const THREE_ROUTINES = [
  '        AREA    |Test$$Code|, CODE, READONLY',
  '        GBLL    Flag',
  'Flag    SETL    {TRUE}',
  'Limit   *       10',
  '        ^       0, r12',
  'ws_a    #       4',
  'ws_b    #       4',
  '        MACRO',
  '        Bump    $reg',
  '        ADD     $reg, $reg, #1',
  '        MEND',
  '',
  'First   ROUT',
  '        MOV     r0, #Limit',
  '        LDR     r1, ws_a',
  '        Bump    r2',
  '10      SUBS    r0, r0, #1',
  '        BNE     %BT10',
  '        B       %FT20',
  '20      MOV     pc, lr',
  '',
  'Second  ROUT',
  '      [ Flag',
  '        MOV     r4, #1',
  '      |',
  '        MOV     r4, #2',
  '      ]',
  '        B       Third',
  '',
  'Third   ROUT',
  '        LDR     r5, =&12345678',
  '        MOV     pc, lr',
  '        LTORG',
  '        END',
  '',
].join('\n');

/**
 * THREE_ROUTINES with each routine able to run on into the next, so that they are laid out end to end, as ObjAsm
 * lays them out, rather than each in a slot of its own (riscos/layout.ts): an instruction added at the end of First
 * moves Second and Third on by its size.
 */
const RUNNING_ON = THREE_ROUTINES.replace('20      MOV     pc, lr', '20      MOVNE   pc, lr').replace('        B       Third\n', '        B       Third\n        MOV     r0, r0\n');
const NOP_RUNNING_ON = ['20      MOVNE   pc, lr', '20      MOVNE   pc, lr\n        MOV     r0, r0'] as const;

const objAsm = (lowered: LoweredDocument): ObjAsmLowering => {
  assert.equal(lowered.dialect, 'riscos-objasm');
  return lowered.lowering as ObjAsmLowering;
};

/** The items lowered from the rows of routine `name`: from its ROUT line to the next blank line. */
function itemsOf(lowering: ObjAsmLowering, text: string, name: string): ObjAsmLowering['program']['items'] {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith(`${name} `));
  const last = lines.findIndex((l, i) => i > first && l === '');
  return lowering.program.items.filter((i) => i.source.range.start.line >= first && i.source.range.start.line < last);
}

interface Edited {
  readonly counts: ChunkCounts;
  /** Of the replays, those in a state the routine was met in before (lowering/objasm/statePrint.ts). */
  readonly known: number;
  /** Copies of recordings moved to where they were replayed. */
  readonly moved: number;
  /** Of the known replays, the routines a pass took over from the last lowering's without visiting them. */
  readonly takenOver: number;
  readonly before: ObjAsmLowering;
  readonly after: ObjAsmLowering;
  readonly text: string;
}

/** Opens `text`, replaces `find` by `by`, checks the result against a fresh lowering and returns the routine counts of the kept one. */
async function afterEdit(find: string, by: string, text = THREE_ROUTINES, readFile?: (path: string) => string | undefined): Promise<Edited> {
  const document = await Document.open('riscos-objasm', '/test/three.s', text, readFile);
  const before = objAsm(document.lower());
  const kept = await document.check(replaced(document.current, find, by), `${find} -> ${by}`);
  const { known, moved, takenOver } = objAsm(kept).chunks;
  return { counts: chunkCounts(kept), known, moved, takenOver, before, after: objAsm(document.lower()), text: document.current };
}

const instruction = (lowering: ObjAsmLowering, line: number): ArmInstruction | undefined => {
  const item = lowering.program.items.find((i) => i.source.range.start.line === line && i.kind === 'instruction');
  return item?.kind === 'instruction' ? item.instruction : undefined;
};

describe('ObjAsm lowering reuse: what a routine reads', () => {
  test('an edit inside one routine replays the others, the very same items', async () => {
    const { counts, known, before, after, text } = await afterEdit('MOV     r0, #Limit', 'MOV     r0, #Limit + 1');
    // The first pass lowers First again, and the second replays that (First's `%FT20` is its own); both replay Second and Third,
    // which First leaves as it did: in states met before.
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(known, 4);
    const second = itemsOf(after, text, 'Second');
    assert.equal(second.length, 2);
    second.forEach((item, i) => assert.equal(item, itemsOf(before, THREE_ROUTINES, 'Second')[i], 'the same object'));
  });

  test('an instruction added to a routine that still ends returning leaves the routines after it in their slots, the very same items', async () => {
    // In place of the blank line after it, so that no line below moves.
    const { counts, before, after, text } = await afterEdit('20      MOV     pc, lr\n\n', '        MOV     r0, r0\n20      MOV     pc, lr\n');
    // First lowers again in the first pass, and the second replays that; Second and Third start where they started.
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    for (const name of ['Second', 'Third']) {
      assert.equal(after.program.label(name), before.program.label(name));
      const items = itemsOf(after, text, name);
      assert.ok(items.length > 0);
      items.forEach((item, i) => assert.equal(item, itemsOf(before, THREE_ROUTINES, name)[i], `${name}: the same object`));
    }
    assert.equal((after.program.label('Second') ?? 0n) % 0x1000n, 0n);
  });

  test('an instruction added at the end of a routine that runs on into the next moves the routines after it on by its size', async () => {
    const { counts, before, after } = await afterEdit(...NOP_RUNNING_ON, RUNNING_ON);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    for (const name of ['Second', 'Third']) assert.equal(after.program.label(name), (before.program.label(name) ?? 0n) + 4n);
    assert.equal(after.program.label('Second'), after.program.label('First%20') as bigint + 8n);
  });

  test('a routine is lowered again when an equate, a field, a variable or a macro it reads changes', async () => {
    const limit = await afterEdit('Limit   *       10', 'Limit   *       12');
    // First, which reads Limit, lowers again in the first pass, and the second replays that; Second and Third are replayed in both.
    assert.deepEqual(limit.counts, { replayed: 5, lowered: 1 });
    assert.equal(limit.known, 0, 'the routines after a changed statement are checked read by read');
    assert.deepEqual((await afterEdit('ws_a    #       4', 'ws_z    #       4\nws_a    #       4')).counts, { replayed: 5, lowered: 1 });
    // Second, which reads Flag, lowers again in the first pass, and the second replays that: it finds Third, the label
    // further down the first pass named Second's branch target as.
    assert.deepEqual((await afterEdit('Flag    SETL    {TRUE}', 'Flag    SETL    {FALSE}')).counts, { replayed: 5, lowered: 1 });
    assert.deepEqual((await afterEdit('ADD     $reg, $reg, #1', 'SUB     $reg, $reg, #1')).counts, { replayed: 5, lowered: 1 });
  });

  test('a routine is lowered again when a label it branches to appears or goes', async () => {
    const { counts, after } = await afterEdit('Third   ROUT', 'Thirdly ROUT');
    // Third's text changed. The first pass replays Second, which names its branch target as a label further down; the
    // second, which finds no such label, lowers Second again.
    assert.deepEqual(counts, { replayed: 4, lowered: 2 });
    assert.deepEqual(after.names.undefined.map((u) => u.name), ['Third']);
  });

  test('a routine that defines a label taken before is lowered again when the first definition goes', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        B       Third\nFirst   MOV     r0, r0\n');
    const { counts, after } = await afterEdit('First   ROUT', 'Start   ROUT', text);
    // Start (renamed, so new) and Second, which defines First now, are lowered once: the second pass replays the first's
    // lowerings, Second's as it finds Third, the label further down the first pass named Second's branch target as.
    assert.deepEqual(counts, { replayed: 4, lowered: 2 });
    assert.deepEqual(after.unmodelled, []);
  });

  test('a routine that takes no address of its own is replayed at its new address', async () => {
    const { counts, known, after, text } = await afterEdit('20      MOV     pc, lr', '20      MOV     pc, lr\n        MOV     r0, r0');
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(known, 0, 'First ends four bytes on: the routines after it stand in new states');
    assert.equal(itemsOf(after, text, 'Second')[0]?.address, after.program.label('Second'));
    assert.equal(itemsOf(after, text, 'Third')[0]?.address, after.program.label('Third'));
  });

  test('a routine that takes differences of labels that moved with it is replayed at its new address', async () => {
    const nop = NOP_RUNNING_ON;
    // Third's own label and Second's, both four bytes on; the second pass replays Second, whose difference reads Third ahead.
    const back = RUNNING_ON.replace('        LTORG\n', '        LTORG\n        DCD     Third - Second\n');
    const { counts, after, text } = await afterEdit(...nop, back);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    const row = text.split('\n').indexOf('        DCD     Third - Second');
    const word = after.program.items.find((i) => i.source.range.start.line === row);
    const distance = (after.program.label('Third') ?? 0n) - (after.program.label('Second') ?? 0n);
    assert.ok(distance > 0n);
    assert.deepEqual(word?.kind === 'data' ? word.values : undefined, [{ bytes: 4, value: expr.bv(distance) }]);
    const ahead = RUNNING_ON.replace('        B       Third\n', '        B       Third\n        DCD     Third - Second\n');
    assert.deepEqual((await afterEdit(...nop, ahead)).counts, { replayed: 4, lowered: 2 });
    // First did not move, and an equate is no address: each difference changes.
    const first = RUNNING_ON.replace('        LTORG\n', '        LTORG\n        DCD     Third - First\n');
    assert.deepEqual((await afterEdit(...nop, first)).counts, { replayed: 4, lowered: 2 });
    const equate = RUNNING_ON.replace('        LTORG\n', '        LTORG\n        DCD     Third - Limit\n');
    assert.deepEqual((await afterEdit(...nop, equate)).counts, { replayed: 4, lowered: 2 });
  });

  test('a routine is lowered again when a label whose address it takes as a value moves, one of its own too', async () => {
    const nop = ['20      MOV     pc, lr', '20      MOV     pc, lr\n        MOV     r0, r0'] as const;
    // First, edited, and Third are lowered again in the first pass only: the second finds the same addresses as the first.
    const earlier = THREE_ROUTINES.replace('        LTORG\n', '        LTORG\n        DCD     Second\n');
    assert.deepEqual((await afterEdit(...nop, earlier)).counts, { replayed: 4, lowered: 2 });
    const own = THREE_ROUTINES.replace('        LTORG\n', '        LTORG\n        DCD     Third\n');
    assert.deepEqual((await afterEdit(...nop, own)).counts, { replayed: 4, lowered: 2 });
  });

  test('a routine replayed at its new address remakes its PC-relative loads of constant addresses', async () => {
    const text = THREE_ROUTINES.replace('Limit   *       10\n', 'Limit   *       10\nFixed   *       &9000\n')
      .replace('        B       Third\n', '        LDR     r7, Fixed\n        B       Third\n');
    const { counts, after, text: edited } = await afterEdit('20      MOV     pc, lr', '20      MOV     pc, lr\n        MOV     r0, r0', text);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    const row = edited.split('\n').indexOf('        LDR     r7, Fixed');
    const load = after.program.items.find((i) => i.source.range.start.line === row);
    assert.deepEqual(load?.kind === 'instruction' ? load.instruction.operands[1] : undefined, pcRelative(0x9000n, load?.address ?? 0n));
  });

  test('a replayed routine reports again what it could not model and the names it could not find, and its system headers', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        GET     Hdr:Macros\n        MOV     r7, #Unknown\n        B       Third\n');
    const { counts, after } = await afterEdit('MOV     r0, #Limit', 'MOV     r0, #Limit + 1', text);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.deepEqual(after.unmodelled.map((u) => u.message), ['undefined symbol Unknown']);
    assert.deepEqual(after.names.undefined.map((u) => u.name), ['Unknown']);
    assert.equal(after.names.partialHeaders, true);
  });

  test('a routine that reads {PC} is lowered again when it moves', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        B       Third\n        DCD     {PC}\n');
    const { counts } = await afterEdit('20      MOV     pc, lr', '20      MOV     pc, lr\n        MOV     r0, r0', text);
    assert.deepEqual(counts, { replayed: 4, lowered: 2 });
  });

  test('a routine that aligns is replayed only where it moved by a multiple of its alignment', async () => {
    const text = RUNNING_ON.replace('        B       Third\n', '        B       Third\n        ALIGN   8\n');
    const [last, nop] = NOP_RUNNING_ON;
    assert.deepEqual((await afterEdit(last, nop, text)).counts, { replayed: 4, lowered: 2 });
    assert.deepEqual((await afterEdit(last, `${nop}\n        MOV     r0, r0`, text)).counts, { replayed: 5, lowered: 1 });
  });

  test('a routine placing a literal pool fixes the loads waiting from before it, and is lowered again when their values change', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        LDR     r6, =&87654321\n        B       Third\n');
    const { counts, after, text: edited } = await afterEdit('MOV     r4, #1', 'MOV     r4, #3', text);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    const load = instruction(after, edited.split('\n').indexOf('        LDR     r6, =&87654321'));
    const pool = after.program.items.filter((i) => i.text === 'literal pool');
    assert.equal(pool.length, 2);
    assert.deepEqual(load?.operands[1], pcRelative(pool[0]?.address ?? 0n, itemsOf(after, edited, 'Second')[1]?.address ?? 0n), 'the load in Second reads the pool Third placed');
    // Second and Third lower again in the first pass; the second replays that.
    assert.deepEqual((await afterEdit('=&87654321', '=&87654322', text)).counts, { replayed: 4, lowered: 2 });
  });

  test('a routine is replayed whatever routines and local labels come before it', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        B       Third\n        BNE     %FT30\n30      MOV     r5, r5\n');
    // Zero goes in at the end of First, which changes; Entry opens a routine as ROUT does.
    const zero = '20      MOV     pc, lr\nZero    Entry\n10      MOV     r0, r1\n        B       %FT10\n10      ADD     r0, r0, #1\n';
    const { counts, after, text: edited } = await afterEdit('20      MOV     pc, lr\n', zero, text);
    // First and Zero read only their own labels forward: the first pass lowers them, and the second replays that, as it does Second and Third.
    assert.deepEqual(counts, { replayed: 6, lowered: 2 });
    assert.deepEqual(after.unmodelled, [], 'every local label is found');
    assert.equal(after.program.label('Zero%10#2'), (after.program.label('Zero') as bigint) + 12n);
    const branch = instruction(after, edited.split('\n').indexOf('        BNE     %FT30'));
    assert.deepEqual(branch?.operands[0], { kind: 'target', label: 'Second%30' });
  });

  test('a routine is lowered again in the pass whose forward reference it reads changed', async () => {
    const text = THREE_ROUTINES.replace('        MOV     r0, #Limit\n', '        MOV     r0, #Later\n').replace('        LTORG\n', '        LTORG\nLater   *       5\n');
    const { counts, after, text: edited } = await afterEdit('Later   *       5', 'Later   *       6', text);
    // Third, which holds the equate, is lowered in the first pass; First, replayed there, is lowered again in the second, which knows Later.
    assert.deepEqual(counts, { replayed: 4, lowered: 2 });
    const mov = instruction(after, edited.split('\n').indexOf('        MOV     r0, #Later'));
    assert.deepEqual(mov?.operands[1], { kind: 'imm', value: expr.bv(6) });
  });

  test('routines in a GET file and in a conditional inside another routine start their slots as a fresh lowering starts them', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY',
      'First   ROUT',
      '        MOV     r0, #1',
      '        MOV     pc, lr',
      '        GET     sub.s',
      '',
      'Fourth  ROUT',
      '        MOV     r1, #1',
      '        MOV     pc, lr',
      '      [ {TRUE}',
      'Fifth   ROUT',
      '        MOV     r2, #2',
      '        MOV     pc, lr',
      '      ]',
      '',
      'Sixth   ROUT',
      '        MOV     pc, lr',
      '        END',
      '',
    ].join('\n');
    const sub = ['Second  ROUT', '        MOV     r3, r3', '        MOV     pc, lr', 'Third   ROUT', '        MOV     pc, lr', ''].join('\n');
    const readFile = (path: string): string | undefined => (path === '/test/sub.s' ? sub : undefined);
    const document = await Document.open('riscos-objasm', '/test/slots.s', text, readFile);
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth'];
    const labels = (lowering: ObjAsmLowering): (bigint | undefined)[] => names.map((n) => lowering.program.label(n));
    assert.deepEqual(labels(objAsm(document.lower())), [0x8000n, 0x9000n, 0xa000n, 0xb000n, 0xc000n, 0xd000n]);
    // Each checked against a fresh lowering of the text: First and Fourth end running on, then returning again.
    const edits: readonly (readonly [string, string])[] = [
      ['        MOV     r0, #1\n        MOV     pc, lr\n', '        MOV     r0, #1\n        MOVNE   pc, lr\n'],
      ['        MOV     r1, #1\n        MOV     pc, lr\n', '        MOV     r1, #1\n        MOVNE   pc, lr\n'],
      ['        MOV     r0, #1\n        MOVNE   pc, lr\n', '        MOV     r0, #1\n        MOV     pc, lr\n'],
      ['        MOV     r1, #1\n        MOVNE   pc, lr\n', '        MOV     r1, #1\n        MOV     pc, lr\n'],
    ];
    const expected = [
      [0x8000n, 0x8008n, 0x9000n, 0xa000n, 0xb000n, 0xc000n],
      [0x8000n, 0x8008n, 0x9000n, 0xa000n, 0xa008n, 0xb000n],
      [0x8000n, 0x9000n, 0xa000n, 0xb000n, 0xb008n, 0xc000n],
      [0x8000n, 0x9000n, 0xa000n, 0xb000n, 0xc000n, 0xd000n],
    ];
    for (const [k, [find, by]] of edits.entries()) {
      const kept = objAsm(await document.check(replaced(document.current, find, by), `${find} -> ${by}`));
      assert.deepEqual(labels(kept), expected[k], `after ${by.trim()}`);
    }
  });

  test('a routine whose label a difference before it takes follows on, as a fresh lowering lays it out, whatever the edits', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY',
      '        MACRO',
      '$label  Start',
      '$label  ROUT',
      '        MEND',
      '        MACRO',
      '$label  Pair',
      '$label  ROUT',
      'Inner   ROUT',
      '        MEND',
      'Handler ROUT',
      '        CMP     r0, #(TableEnd - Table) :SHR: 2',
      '        ADDLO   pc, pc, r0, LSL #2',
      '        B       Other',
      'Table',
      '        B       Done',
      '        B       Done',
      'TableEnd ROUT',
      'Done    MOV     pc, lr',
      '',
      'Other   ROUT',
      '        MOV     pc, lr',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('riscos-objasm', '/test/table.s', text);
    const labels = (lowering: ObjAsmLowering): (bigint | undefined)[] => ['TableEnd', 'Other'].map((n) => lowering.program.label(n));
    const bound = (lowering: ObjAsmLowering): bigint | undefined => {
      const cmp = lowering.program.items.find((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'cmp');
      const operand = cmp?.kind === 'instruction' ? cmp.instruction.operands[1] : undefined;
      return operand?.kind === 'imm' ? expr.constValue(operand.value) : undefined;
    };
    const first = objAsm(document.lower());
    // TableEnd stands right after the table, 8 bytes on from Table (at &800C); Other, after a return, in a slot of its own.
    assert.deepEqual(labels(first), [0x8014n, 0x9000n]);
    assert.equal(bound(first), 2n);
    // Each checked against a fresh lowering of the text.
    const edits: readonly (readonly [string, string, readonly (bigint | undefined)[], bigint | undefined])[] = [
      ['        B       Done\nTableEnd', '        B       Done\n        B       Done\nTableEnd', [0x8018n, 0x9000n], 3n],
      ['#(TableEnd - Table) :SHR: 2', '#3', [0x9000n, 0xa000n], 3n],
      ['#3', '#(TableEnd - Table) :SHR: 2', [0x8018n, 0x9000n], 3n],
      // An offset in a data word finds its label in a slot too: it leaves TableEnd there.
      ['        CMP     r0, #(TableEnd - Table) :SHR: 2', '        DCD     TableEnd - Table', [0x9000n, 0xa000n], undefined],
      ['        DCD     TableEnd - Table', 'Entries *       (TableEnd - Table) :SHR: 2\n        CMP     r0, #Entries', [0x8018n, 0x9000n], 3n],
      // A routine a macro opens; and one after a routine of its own, which keeps its slot: the difference takes in its gap.
      ['TableEnd ROUT', 'TableEnd Start', [0x8018n, 0x9000n], 3n],
      // Its first statement a macro that opens routines nothing names: the first of those starts a slot.
      ['TableEnd Start', 'TableEnd ROUT\n        Pair', [0x8018n, 0xa000n], 3n],
      ['TableEnd ROUT\n        Pair', 'TableEnd Start', [0x8018n, 0x9000n], 3n],
      ['TableEnd Start\n', 'Between ROUT\n        MOV     pc, lr\nTableEnd ROUT\n', [0x9004n, 0xa000n], 0x3fen],
    ];
    for (const [find, by, expected, value] of edits) {
      const kept = objAsm(await document.check(replaced(document.current, find, by), `${find} -> ${by}`));
      assert.deepEqual(labels(kept), expected, `after ${by}`);
      assert.equal(bound(kept), value, `after ${by}`);
    }
  });

  test('a routine whose name a variable writes is named anew when an edit sets the variable to another value', async () => {
    const text = THREE_ROUTINES.replace('        GBLL    Flag\n', '        GBLL    Flag\n        GBLS    Name\nName    SETS    "Two"\n').replace('Second  ROUT', 'Sec$Name ROUT');
    const document = await Document.open('riscos-objasm', '/test/three.s', text, () => undefined);
    assert.ok(objAsm(document.lower()).program.label('SecTwo') !== undefined);
    const kept = objAsm(await document.check(replaced(document.current, '"Two"', '"Ond"'), 'the variable set to another value'));
    assert.deepEqual(['SecTwo', 'SecOnd'].map((l) => kept.program.label(l) !== undefined), [false, true]);
    // An edit in First replays Second under the name it had.
    const next = objAsm(await document.check(replaced(document.current, 'MOV     r0, #Limit', 'MOV     r0, #Limit + 1'), 'First edited'));
    assert.ok(next.program.label('SecOnd') !== undefined);
  });

  test('a routine that GETs a file is lowered again when the file changes', async () => {
    const text = THREE_ROUTINES.replace('        Bump    r2\n', '        GET     extra.s\n');
    let extra = '        MOV     r7, #1\n';
    const readFile = (path: string): string | undefined => (path === '/test/extra.s' ? extra : undefined);
    const document = await Document.open('riscos-objasm', '/test/three.s', text, readFile);
    document.lower();
    assert.deepEqual(chunkCounts(await document.check(replaced(document.current, 'MOV     r4, #1', 'MOV     r4, #3'), 'Second edited')), { replayed: 5, lowered: 1 });
    extra = '        MOV     r7, #2\n';
    assert.deepEqual(chunkCounts(await document.check(replaced(document.current, 'MOV     r4, #3', 'MOV     r4, #1'), 'extra.s changed')), { replayed: 4, lowered: 2 });
  });

  test('a routine in a known state is checked again against the previous pass when that pass changed', async () => {
    // Third defines an equate more; the second pass reads a first pass that changed, where First and Second read ahead the same.
    const { counts, known } = await afterEdit('        MOV     pc, lr\n        LTORG', '        MOV     pc, lr\nOther   *       1\n        LTORG');
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(known, 4);
  });

  test('a routine is lowered again when a statement before it reads ahead what changed', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY',
      'Span    *       Mid - First',
      'First   ROUT',
      '        MOV     r0, #Span',
      '        MOV     pc, lr',
      '',
      'Third   ROUT',
      '        MOV     r1, r1',
      'Mid     MOV     pc, lr',
      '        END',
      '',
    ].join('\n');
    const { counts, known, before, after } = await afterEdit('        MOV     r1, r1', '        MOV     r1, r1\n        MOV     r2, r2', text);
    // The first pass replays First where it stood before; the second, where Span reads Mid four bytes on, lowers it again.
    assert.deepEqual(counts, { replayed: 2, lowered: 2 });
    assert.equal(known, 1);
    // Third starts a slot of its own, so Span takes in the gap before it too.
    const span = (lowering: ObjAsmLowering): bigint => (lowering.program.label('Mid') ?? 0n) - (lowering.program.label('First') ?? 0n);
    assert.equal(span(after), span(before) + 4n);
    assert.deepEqual(after.program.symbols.get('Span'), expr.bv(span(after)));
  });

  test('routines below a new line are taken over from the last lowering\'s passes, moved down', async () => {
    const { counts, known, moved, takenOver } = await afterEdit('Second  ROUT', '; a new line\nSecond  ROUT');
    // The new line ends First, lowered in the first pass and replayed in the second; each pass then stands where it stood before Second and takes the rest over.
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(known, 4);
    assert.equal(takenOver, 4);
    assert.equal(moved, 0, 'no recording is copied');
  });

  test('below a new line, the program\'s items are the last program\'s moved down, as copies the lowering names', async () => {
    const document = await Document.open('riscos-objasm', '/test/three.s', THREE_ROUTINES);
    const before = objAsm(document.lower());
    const after = objAsm(await document.check(replaced(document.current, 'Second  ROUT', '; a new line\nSecond  ROUT'), 'a new line'));
    assert.equal(after.moved?.rows, 1);
    assert.ok(movedCopiesAlike(after, 'a new line') > 0);
    const below = before.program.items.flatMap((item, i) => (item.source.range.start.line >= 21 ? [i] : []));
    assert.ok(below.length > 0);
    for (const i of below) assert.equal(after.moved?.of.get(before.program.items[i] as typeof after.program.items[number]), after.program.items[i], `item ${i} is named as the copy of the last program's item ${i}`);
  });

  test('routines moved down after a change they do not read are replayed where they were recorded in a first pass, and moved once in the next', async () => {
    const { counts, known, moved, takenOver } = await afterEdit('Second  ROUT', 'Extra   *       1\nSecond  ROUT');
    // First defines a name more: the passes stand in new states after it, where Second and Third are checked read by read and replayed.
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(known, 0);
    assert.equal(takenOver, 0);
    assert.equal(moved, 2);
  });

  test('routines moved down in edit after edit stay replayed: the copies of a recording do not push the other pass\'s out', async () => {
    const document = await Document.open('riscos-objasm', '/test/three.s', THREE_ROUTINES);
    document.lower();
    // Second reads Third ahead of it, unknown in a first pass: that pass replays its own recording of Second, which the
    // second pass's copies moved down (one each edit) pushed out of the eight recordings kept at the eighth edit.
    for (let n = 1; n <= 12; n++) {
      const kept = await document.check(replaced(document.current, 'Second  ROUT', `Extra${n} *       ${n}\nSecond  ROUT`), `equate ${n} above Second`);
      assert.deepEqual(chunkCounts(kept), { replayed: 5, lowered: 1 }, `edit ${n}`);
    }
  });

  test('the passes of both address modes share the moved copy of a routine that does not read the mode', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26.replace('First   ROUT', 'Zero    ROUT\n        MOV     pc, lr\n\nFirst   ROUT'));
    document.lower();
    const kept = await document.check(replaced(document.current, 'Zero    ROUT', 'Extra   *       1\nZero    ROUT'), 'an equate above the routines');
    // Zero and First read no mode: one copy each serves the second passes of both modes; Second and Third expand SETV, which reads it: one copy in each mode.
    assert.equal(objAsm(kept).chunks.moved, 2 + 2 * 2);
    assert.equal(objAsm(kept).chunks.takenOver, 0);
  });

  test('a new line above the routines takes every pass of both address modes over', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26.replace('First   ROUT', 'Zero    ROUT\n        MOV     pc, lr\n\nFirst   ROUT'));
    document.lower();
    const kept = await document.check(replaced(document.current, 'Zero    ROUT', '; a new line\nZero    ROUT'), 'a new line above the routines');
    // Two passes in each mode, four routines each, none visited.
    assert.deepEqual(objAsm(kept).chunks, { replayed: 16, lowered: 0, known: 16, moved: 0, takenOver: 16 });
  });

  test('an edit in the last routine resumes every pass where it stood before it', async () => {
    const { counts, takenOver } = await afterEdit('LDR     r5, =&12345678', 'LDR     r5, =&12345679');
    // First and Second are where they were in both passes; Third is lowered in the first and replayed in the second.
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(takenOver, 4);
  });

  test('a pass is neither resumed nor taken over across a GET whose file changed', async () => {
    const text = THREE_ROUTINES.replace('        MOV     r4, #1\n', '        GET     extra.s\n');
    let extra = '        MOV     r7, #1\n';
    const readFile = (path: string): string | undefined => (path === '/test/extra.s' ? extra : undefined);
    const document = await Document.open('riscos-objasm', '/test/three.s', text, readFile);
    document.lower();
    const comment = async (what: string): Promise<ObjAsmLowering['chunks']> =>
      objAsm(await document.check(replaced(document.current, '        Bump    r2', `        Bump    r2 ; ${what}`), what)).chunks;
    // Second GETs the file: an edit in First takes Second and Third over while the file stays; once it changed, Second is lowered again, and Third, which it leaves as it did, taken over.
    assert.equal((await comment('one')).takenOver, 4);
    extra = '        MOV     r7, #2\n';
    const changed = await comment('two');
    assert.equal(changed.takenOver, 2);
    assert.equal(changed.lowered, 2, 'First and Second in the first pass (the second replays them)');
    // An edit in Third, after Second, resumes the passes before Second only once the file changes again.
    const third = async (): Promise<ObjAsmLowering['chunks']> => objAsm(await document.check(replaced(document.current, 'MOV     pc, lr\n        LTORG', 'MOV     pc, lr ; edited\n        LTORG'), 'Third')).chunks;
    extra = '        MOV     r7, #3\n';
    const resumed = await third();
    assert.equal(resumed.takenOver, 2, 'First in both passes');
  });

  test('a routine that ends the source replays the end', async () => {
    const text = `${THREE_ROUTINES}\nFourth  ROUT\n        MOV     r0, r0\n`;
    const { counts, after } = await afterEdit('MOV     r0, #Limit', 'MOV     r0, #Limit + 1', text);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.equal(after.program.label('Fourth'), undefined);
  });

  test('a routine whose data becomes writable is lowered again', async () => {
    const text = THREE_ROUTINES.replace('        B       Third\n', '        B       Third\n        AREA    |Test$$Data|, DATA, READONLY\n')
      .replace('        LTORG\n', '        LTORG\n        DCD     0\n');
    // Second holds the AREA line, its lines from there on a chunk of their own; both parts of Second and Third lower again in
    // the first pass, the second replays that.
    assert.deepEqual((await afterEdit('DATA, READONLY', 'DATA', text)).counts, { replayed: 5, lowered: 3 });
  });

  test('a routine whose EXIT reads the frame of the Entry before it is lowered again when that Entry\'s registers change', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY',
      '',
      'First   Entry   "r1"',
      '        MOV     r1, #1',
      '        EXIT',
      '        MOV     r0, r0',
      '',
      'Second  ROUT',
      '        MOV     r1, #0',
      '        EXIT',
      '',
      'Third   ROUT',
      '        MOV     pc, lr',
      '        END',
      '',
    ].join('\n');
    const { counts, after } = await afterEdit('First   Entry   "r1"', 'First   Entry   "r1, r2"', text);
    // First changed and Second reads its frame: both lowered in the first pass, the second replays them; Third is replayed in both.
    assert.deepEqual(counts, { replayed: 4, lowered: 2 });
    const exit = instruction(after, 9);
    assert.deepEqual(exit?.operands.at(-1), { kind: 'reglist', regs: [1, 2, 15], caret: false });
  });

  test('a routine that reads the storage-map counter is lowered again when a field before it is added', async () => {
    const text = THREE_ROUTINES.replace('        LTORG\n', '        LTORG\nws_c    #       4\nws_size *       :INDEX: @\n');
    const { counts, after } = await afterEdit('ws_b    #       4', 'ws_b    #       8', text);
    assert.deepEqual(counts, { replayed: 5, lowered: 1 });
    assert.deepEqual(after.program.symbols.get('ws_size'), expr.bv(16));
  });
});

/** Routines whose `%F` references name labels further down them, as branch and address targets. */
const FORWARD_LOCALS = [
  '        AREA    |Test$$Code|, CODE, READONLY',
  '',
  'First   ROUT',
  '        CMP     r0, #0',
  '        BEQ     %FT10',
  '        ADR     r1, %FT20',
  '10      MOV     r2, r2',
  '        B       %FT10',
  '20      DCD     0',
  '10      MOV     pc, lr',
  '',
  'Second  ROUT',
  '        B       %F30',
  '30      MOV     r3, r3',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

const targetsOf = (lowering: ObjAsmLowering): string[] => lowering.program.items.flatMap((i) => (i.kind === 'instruction'
  ? i.instruction.operands.flatMap((o) => (o.kind === 'target' ? [o.label] : [])) : []));

describe('ObjAsm lowering reuse: local labels further down a routine', () => {
  test('a routine whose `%F` targets are its own is lowered once: the second pass replays the first pass\'s lowering', async () => {
    const lowered = objAsm((await Document.open('riscos-objasm', '/test/locals.s', FORWARD_LOCALS)).lower());
    assert.deepEqual(lowered.chunks, { replayed: 2, lowered: 2, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(targetsOf(lowered), ['First%10', 'First%20', 'First%10#2', 'Second%30']);
    assert.deepEqual(lowered.unmodelled, []);
    const ten = lowered.program.label('First%10#2');
    assert.equal(ten, (lowered.program.label('First%20') ?? 0n) + 4n);
  });

  test('a routine whose `%F` target is missing, or read as a value, is lowered again in the second pass', async () => {
    const missing = objAsm((await Document.open('riscos-objasm', '/test/locals.s', FORWARD_LOCALS.replace('30      MOV     r3, r3', '31      MOV     r3, r3'))).lower());
    assert.deepEqual(missing.chunks, { replayed: 1, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(missing.unmodelled.map((u) => u.message), ['branch target %F30 is not a label']);
    assert.deepEqual(targetsOf(missing), ['First%10', 'First%20', 'First%10#2']);
    // A value needs the address, which only the previous pass has.
    const value = objAsm((await Document.open('riscos-objasm', '/test/locals.s', FORWARD_LOCALS.replace('20      DCD     0', '20      DCD     %FT10'))).lower());
    assert.deepEqual(value.chunks, { replayed: 1, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    const word = value.program.items.find((i) => i.kind === 'data');
    assert.deepEqual(word?.kind === 'data' ? word.values : undefined, [{ bytes: 4, value: expr.bv(value.program.label('First%10#2') ?? 0n) }]);
  });

  test('edits that move, rename, add or remove the labels and the routines lower as the new text does afresh', async () => {
    const document = await Document.open('riscos-objasm', '/test/locals.s', FORWARD_LOCALS);
    document.lower();
    const edits: [string, string, string][] = [
      ['10      MOV     pc, lr', '11      MOV     pc, lr', 'the last 10 renumbered'],
      ['        B       %FT10', '        B       %FT11', 'its branch follows'],
      ['20      DCD     0', '20      DCD     0\n11      MOV     r4, r4', 'another 11 above it'],
      ['CMP     r0, #0', 'CMP     r0, #0\n10      MOV     r5, r5', 'a 10 before the first branch'],
      ['First   ROUT', 'Renamed ROUT', 'the routine renamed'],
      ['30      MOV     r3, r3\n', '', 'the label of Second removed'],
      ['        MOV     pc, lr\n        END', '        MOV     pc, lr\n30      MOV     r3, r3\n        END', 'a 30 below where it was'],
      ['Second  ROUT', 'Second  ROUT\n        ROUT', 'a routine between the branch and its label'],
    ];
    for (const [find, by, what] of edits) {
      const kept = objAsm(await document.check(replaced(document.current, find, by), what));
      assert.ok(kept.chunks.replayed > 0, `${what}: routines were replayed`);
    }
    const last = objAsm(document.lower());
    assert.deepEqual(targetsOf(last), ['Renamed%10#2', 'Renamed%20', 'Renamed%11', '%30']);
    assert.deepEqual(last.unmodelled, []);
  });

  test('26-bit passes name their `%F` targets ahead too, as they lower afresh', async () => {
    const text = FORWARD_LOCALS.replace('        AREA    |Test$$Code|, CODE, READONLY\n', '        AREA    |Test$$Code|, CODE, READONLY\n        GET     Hdr:Macros\n')
      .replace('        B       %F30\n', '        TEQP    pc, #0\n        SETV    NE\n        B       %F30\n');
    const document = await Document.open('riscos-objasm', '/test/locals.s', text);
    const lowered = objAsm(document.lower());
    assert.equal(lowered.mode, '26');
    // The 32-bit passes lower both routines once; the 26-bit passes replay First, which reads no mode, and lower Second once.
    assert.deepEqual(lowered.chunks, { replayed: 2 + 3, lowered: 2 + 1, known: 0, moved: 0, takenOver: 0 });
    assert.ok(targetsOf(lowered).includes('Second%30'));
    await document.check(replaced(document.current, '30      MOV     r3, r3', '30      MOV     r3, r3\n        SETV    EQ'), 'a mode reader after the label');
    await document.check(replaced(document.current, 'B       %F30', 'B       %F31'), 'the target renumbered');
  });
});

/** A module header in a routine of its own: the first thing in a code area is the header. */
const MODULE = [
  '        AREA    |Test$$Code|, CODE, READONLY',
  'Header  ROUT',
  '        DCD     0',
  '        DCD     Init - Header',
  '        DCD     0',
  '        DCD     0',
  '',
  'Init    ROUT',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

const moduleEntries = (lowering: ObjAsmLowering): string[] =>
  lowering.program.entries.filter((e) => e.contract.kind === 'module-entry').map((e) => e.name);

/**
 * Two modules one after the other, as a build concatenates them: the last routine of the first runs on through the
 * second's AREA to its header, whose word `DCD Init2 - Base2` needs the address of a routine further down.
 */
const TWO_MODULES = [
  '        AREA    |One$$Code|, CODE, READONLY',
  'Base1   ROUT',
  '        DCD     0',
  '        DCD     Init1 - Base1',
  '',
  'Init1   ROUT',
  '        MOV     r0, #1',
  '        MOV     pc, lr',
  '',
  '        AREA    |Two$$Code|, CODE, READONLY',
  'Size2   *       8',
  'Base2',
  '        DCD     0',
  '        DCD     Init2 - Base2',
  '',
  'Init2   ROUT',
  '        MOV     r0, #Size2',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

describe('ObjAsm lowering reuse: areas and the module header', () => {
  test('a routine that runs on through an AREA to a header reading a label further down is lowered once', async () => {
    const lowered = objAsm((await Document.open('riscos-objasm', '/test/two.s', TWO_MODULES)).lower());
    // Four chunks a pass: Base1, Init1 up to the AREA, the lines from the AREA on, Init2. Base1 reads Init1 ahead and
    // the lines from the AREA on Init2, so the second pass lowers those two again and replays Init1 and Init2.
    assert.deepEqual(lowered.chunks, { replayed: 2, lowered: 6, known: 0, moved: 0, takenOver: 0 });
    const words = lowered.program.items.filter((i) => i.kind === 'data').map((i) => (i.kind === 'data' ? i.values : []));
    const init2 = (lowered.program.label('Init2') ?? 0n) - (lowered.program.label('Base2') ?? 0n);
    assert.deepEqual(words[3], [{ bytes: 4, value: expr.bv(init2) }]);
  });

  test('edits after the AREA inside a routine lower as the new text does afresh', async () => {
    const document = await Document.open('riscos-objasm', '/test/two.s', TWO_MODULES);
    document.lower();
    const edits: [string, string, string][] = [
      ['Size2   *       8', 'Size2   *       12', 'an equate after the AREA'],
      ['        DCD     Init2 - Base2', '        DCD     Init2 - Base2\n        DCD     0', 'a word after the AREA'],
      ['        AREA    |Two$$Code|, CODE, READONLY\n', '', 'the AREA removed'],
      ['Size2   *       12', '        AREA    |Two$$Code|, CODE, READONLY\nSize2   *       12', 'the AREA back'],
      ['        MOV     pc, lr\n\n        AREA', '        MOV     pc, lr\n10      MOV     r1, r1\n\n        AREA', 'a local label before the AREA'],
    ];
    for (const [find, by, what] of edits) await document.check(replaced(document.current, find, by), what);
  });

  test('after a line inserted in the routine before, a routine that runs on through an AREA is taken over, the lines from the AREA on too', async () => {
    const document = await Document.open('riscos-objasm', '/test/two.s', TWO_MODULES);
    document.lower();
    const kept = objAsm(await document.check(replaced(document.current, '        DCD     0\n        DCD     Init1', '        DCD     0\n; a new line\n        DCD     Init1'), 'a line in Base1'));
    // Base1 is lowered in both passes; each takes the other three chunks over from the last lowering's, moved down a line.
    assert.deepEqual(kept.chunks, { replayed: 6, lowered: 2, known: 6, moved: 0, takenOver: 6 });
  });

  test('a routine is lowered again when the header it would hold is no longer awaited', async () => {
    const { counts, before, after } = await afterEdit('CODE, READONLY', 'DATA, READONLY', MODULE);
    assert.deepEqual(moduleEntries(before), ['Init']);
    assert.deepEqual(moduleEntries(after), []);
    // Header reads Init's address, which only the second pass knows; Init no longer follows a known header.
    assert.deepEqual(counts, { replayed: 1, lowered: 3 });
  });

  test('a routine opening a code area is lowered again when a header is known before it', async () => {
    const text = MODULE.replace('        AREA    |Test$$Code|, CODE, READONLY\nHeader  ROUT\n',
      '        AREA    |Test$$Data|, DATA, READONLY\nFirst   ROUT\n        MOV     r0, r0\n\nHeader  ROUT\n        AREA    |Test$$Code|, CODE, READONLY\n');
    const { before, after } = await afterEdit('DATA, READONLY', 'CODE, READONLY', text);
    assert.deepEqual(moduleEntries(before), ['Init']);
    assert.deepEqual(moduleEntries(after), []);
  });
});

/** A routine expanding a macro all but once of the times a source may, and one expanding it twice after it. */
const EXPANSIONS = [
  '        AREA    |Test$$Code|, CODE, READONLY',
  '        GBLA    i',
  '        GBLA    j',
  '        MACRO',
  '        Nothing',
  '        MEND',
  '',
  'Many    ROUT',
  'i       SETA    0',
  '        WHILE   i < 5',
  'j       SETA    0',
  '        WHILE   j < 3999',
  '        Nothing',
  'j       SETA    j + 1',
  '        WEND',
  'i       SETA    i + 1',
  '        WEND',
  '        Nothing',
  '        Nothing',
  '        Nothing',
  '        Nothing',
  '',
  'Last    ROUT',
  '        Nothing',
  '        Nothing',
  '        MOV     r1, r1',
  '        END',
  '',
].join('\n');

describe('ObjAsm lowering reuse: the expansion limit', () => {
  test('a replayed routine counts its expansions towards the limit', async () => {
    const { counts, after } = await afterEdit('MOV     r1, r1', 'MOV     r1, r2', EXPANSIONS);
    assert.deepEqual(after.unmodelled.map((u) => u.message), ['macro Nothing: expansion limit reached']);
    // Last meets the limit, so it is lowered in each pass and never recorded.
    assert.deepEqual(counts, { replayed: 2, lowered: 2 });
  });
});

/** A 26-bit routine (TEQP) and two that expand flag macros: SETV with a condition branches round itself in 26-bit code. */
const MODE_26 = [
  '        AREA    |Test$$Code|, CODE, READONLY',
  '        GET     Hdr:Macros',
  '',
  'First   ROUT',
  '        TEQP    pc, #0',
  '        MOV     pc, lr',
  '',
  'Second  ROUT',
  '        CMP     r0, #0',
  '        SETV    NE',
  '        MOV     pc, lr',
  '',
  'Third   ROUT',
  '        MOV     r0, #1',
  '        SETV    EQ',
  '        MOV     pc, lr',
  '        END',
  '',
].join('\n');

describe('ObjAsm lowering reuse: the address mode', () => {
  test('a 26-bit source replays in its 26-bit lowering the routines that do not read the mode', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26);
    const lowered = document.lower();
    assert.equal(lowered.dialect === 'riscos-objasm' ? lowered.mode : undefined, '26');
    // The 32-bit passes lower the three routines, then replay them; the 26-bit ones follow: First is replayed, the two that expand SETV are lowered in their first pass.
    assert.deepEqual(objAsm(lowered).chunks, { replayed: 3 + 4, lowered: 3 + 2, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(everything(lowered), everything(await document.fresh()));
  });

  test('a 26-bit source that never reads the mode is lowered once, in 32-bit passes, as it would be in 26-bit ones', async () => {
    const noMode = MODE_26.replaceAll(/ {8}SETV {4}(NE|EQ)\n/g, '        MOVS    pc, lr\n');
    const document = await Document.open('riscos-objasm', '/test/mode.s', noMode);
    const lowered = document.lower();
    assert.equal(lowered.dialect === 'riscos-objasm' ? lowered.mode : undefined, '26');
    // Two passes of three routines: no 26-bit passes follow.
    assert.deepEqual(objAsm(lowered).chunks, { replayed: 3, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(everything(lowered), everything(await document.fresh()));
    // Reading `{CONFIG}` outside the routines reads the mode too: then the 26-bit passes follow.
    const config = await Document.open('riscos-objasm', '/test/config.s', noMode.replace('First   ROUT', 'Bits    *       {CONFIG}\n\nFirst   ROUT'));
    const both = config.lower();
    assert.deepEqual(objAsm(both).chunks, { replayed: 3 + 6, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(objAsm(both).program.symbols.get('Bits'), expr.bv(26));
  });

  test('SETV and CLRV without a condition read no mode: they expand alike in both', async () => {
    const plain = MODE_26.replace('SETV    NE', 'SETV').replace('SETV    EQ', 'CLRV');
    const document = await Document.open('riscos-objasm', '/test/mode.s', plain);
    const lowered = objAsm(document.lower());
    assert.equal(lowered.mode, '26');
    // As if nothing read the mode: two passes of three routines, no 26-bit passes after them.
    assert.deepEqual(lowered.chunks, { replayed: 3, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    const mnemonics = lowered.program.items.flatMap((i) => (i.kind === 'instruction' ? [`${i.instruction.mnemonic}${i.instruction.condition}`] : []));
    assert.deepEqual(mnemonics, ['teqpal', 'moval', 'cmpal', 'cmpal', 'cmnvc', 'moval', 'moval', 'cmpal', 'moval']);
    // With a condition CLRV reads the mode: in 26-bit code it is a branch around the unconditional form. The 26-bit passes
    // follow, the first lowering only Third, which holds it, and the second replaying all three.
    const conditional = objAsm((await Document.open('riscos-objasm', '/test/conditional.s', plain.replace('CLRV', 'CLRV    EQ'))).lower());
    assert.deepEqual(conditional.chunks, { replayed: 3 + 2 + 3, lowered: 3 + 1, known: 0, moved: 0, takenOver: 0 });
    assert.ok(conditional.program.items.some((i) => i.kind === 'instruction' && i.instruction.mnemonic === 'b' && i.instruction.condition === 'ne'));
  });

  test('while the program is the 26-bit passes\', a new line moves their items down, and not the 32-bit passes\' that only tell the mode', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26.replace('First   ROUT', 'Zero    ROUT\n        MOV     pc, lr\n\nFirst   ROUT'));
    document.lower();
    const kept = objAsm(await document.check(replaced(document.current, 'Zero    ROUT', '; a new line\nZero    ROUT'), 'a new line above the routines'));
    assert.equal(kept.mode, '26');
    // Every item is below the new line: each is a copy the 26-bit passes made; Second's and Third's 32-bit items, which expand SETV otherwise, are not copied.
    assert.equal(kept.moved?.of.size, kept.program.items.length);
    assert.deepEqual([...(kept.moved?.of.values() ?? [])].sort((a, b) => Number(a.address - b.address)), kept.program.items);
  });

  test('a 26-bit source whose last 26-bit idiom goes after new lines lowers in 32-bit passes as the new text does afresh', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26.replace('First   ROUT', 'Zero    ROUT\n        MOV     pc, lr\n\nFirst   ROUT'));
    document.lower();
    await document.check(replaced(document.current, 'Zero    ROUT', '; a new line\nZero    ROUT'), 'a new line above the routines');
    await document.check(replaced(document.current, 'Second  ROUT', '; a new line\nSecond  ROUT'), 'a new line between the routines');
    // TEQ for TEQP, of one size and defining nothing: the 32-bit passes resume their last ones, whose take-overs had left their lines, and are the program now.
    const flipped = objAsm(await document.check(replaced(document.current, 'TEQP    pc, #0', 'TEQ     pc, #0'), 'TEQP made TEQ'));
    assert.equal(flipped.mode, '32');
    const after = objAsm(await document.check(replaced(document.current, 'Third   ROUT', '; a new line\nThird   ROUT'), 'a new line in 32-bit code'));
    assert.equal(after.mode, '32');
    assert.ok((after.moved?.of.size ?? 0) > 0, 'the 32-bit passes moved their items down');
  });

  test('a routine numbering generated labels is lowered again when the count before it changes', async () => {
    const document = await Document.open('riscos-objasm', '/test/mode.s', MODE_26);
    document.lower();
    const counts = chunkCounts(await document.check(replaced(document.current, '        TEQP    pc, #0\n', '        TEQP    pc, #0\n        SETV    CS\n'), 'SETV added'));
    // First changed; in 26-bit mode the first pass lowers Second and Third again, which number the labels they generate from First's.
    assert.deepEqual(counts, { replayed: 5 + 3, lowered: 1 + 3 });
    assert.notEqual(objAsm(document.lower()).program.label('Third$macro3'), undefined);
    assert.deepEqual(chunkCounts(await document.check(replaced(document.current, 'MOV     r0, #1', 'MOV     r0, #2'), 'Third edited')), { replayed: 5 + 5, lowered: 1 + 1 });
  });
});

describe('ObjAsm lowering reuse: entry discovery', () => {
  test('after an edit, entry discovery reads only the items the edit changed and tracks the registers only to the area creations of its routine', async () => {
    const text = generateSource('riscos-objasm', 1500);
    const document = await Document.open('riscos-objasm', join(corpusDir, 'generated.s'), text, readFromDisk);
    const open = objAsm(document.lower());
    assert.equal(open.entryDiscovery.itemsRead, open.program.items.length, 'the first lowering reads every item');
    assert.ok(open.entryDiscovery.callsTracked > 2, 'and tracks every OS_DynamicArea call');
    const lines = text.split('\n');
    const row = linesMatching(lines, /^\s+(MOV|LDR|STR|ADD|SUB)\s/).find((r) => r >= lines.length / 2) ?? 0;
    const comment = objAsm(await document.check(replaceLine(lines, row, `${lines[row] ?? ''} ; edited`), `comment at ${row}`));
    const newLine = objAsm(await document.check(insertLine(row, '; a new line'), `new line at ${row}`));
    // A new instruction moves the rest of its routine: the routines placing pools fix the loads waiting from before them again.
    const instruction = objAsm(await document.check(insertLine(row, '\tMOV\tr0, r0'), `instruction at ${row}`));
    for (const [what, lowering] of [['comment', comment], ['new line', newLine], ['instruction', instruction]] as const) {
      const { itemsRead, callsTracked } = lowering.entryDiscovery;
      assert.ok(itemsRead < lowering.program.items.length / 20, `${what}: ${itemsRead} of ${lowering.program.items.length} items read`);
      // The routine edited is lowered again, with its calls: the creations of the others are kept.
      assert.ok(callsTracked < open.entryDiscovery.callsTracked / 4, `${what}: ${callsTracked} of ${open.entryDiscovery.callsTracked} calls tracked`);
    }
    const call = objAsm(await document.check(insertLine(row, '\tMOV\tr0, #0\n\tSWI\tXOS_DynamicArea'), `OS_DynamicArea call at ${row}`));
    assert.ok(call.entryDiscovery.callsTracked > 0);
  });

  test('a creation is tracked again when a label or a word its registers were given from changes, elsewhere too', async () => {
    const text = [
      '        AREA    |Test$$Code|, CODE, READONLY',
      'Create  ROUT',
      '        MOV     r0, #0',
      '        LDR     r4, Flags',
      '        ADR     r6, Handler',
      '        SWI     &20066',
      '        MOV     pc, lr',
      '',
      'Other   ROUT',
      '        MOV     pc, lr',
      '',
      'Handler ROUT',
      '        MOV     pc, lr',
      '',
      'Data    ROUT',
      'Flags   DCD     &100',
      '        END',
      '',
    ].join('\n');
    const document = await Document.open('riscos-objasm', '/test/create.s', text);
    const open = objAsm(document.lower());
    assert.deepEqual(open.areaCreations.map((c) => [c.handler, c.handlerAddress, c.needsSpecificPages]), [['Handler', open.program.label('Handler'), true]]);
    const tracked = async (find: string, by: string): Promise<number> =>
      objAsm(await document.check(replaced(document.current, find, by), `${find} -> ${by}`)).entryDiscovery.callsTracked;
    assert.equal(await tracked('Handler ROUT\n        MOV     pc, lr', 'Handler ROUT\n        MOV     pc, lr ; done'), 0, 'nothing it read changed');
    assert.equal(await tracked('DCD     &100', 'DCD     0'), 1, 'the flags changed');
    assert.equal(objAsm(document.lower()).areaCreations[0]?.needsSpecificPages, false);
    assert.equal(await tracked('Other   ROUT\n', 'Other   ROUT\n        MOV     r0, r0\n'), 0, 'the handler keeps its slot');
    assert.equal(await tracked('        MOV     r0, r0\n        MOV     pc, lr\n', '        MOV     r0, r0\n        MOV     pc, lr\n        MOV     r1, r1\n'), 1, 'the handler moved: Other runs on into it');
  });
});

describe('ObjAsm lowering reuse: labels further down', () => {
  test('a routine that branches to, or takes the address of, a label further down is lowered once: the second pass replays the first pass\'s lowering', async () => {
    const lowered = objAsm((await Document.open('riscos-objasm', '/test/three.s', THREE_ROUTINES)).lower());
    // Each routine is lowered in the first pass and replayed in the second: Second's `B Third` finds Third there.
    assert.deepEqual(lowered.chunks, { replayed: 3, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    assert.ok(targetsOf(lowered).includes('Third'));
    assert.deepEqual(lowered.unmodelled, []);
    const text = THREE_ROUTINES.replace('        B       Third\n', '        ADR     r6, Third\n        LDR     r7, Third\n        B       Third\n');
    const addressed = objAsm((await Document.open('riscos-objasm', '/test/three.s', text)).lower());
    assert.deepEqual(addressed.chunks, { replayed: 3, lowered: 3, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(targetsOf(addressed).filter((t) => t === 'Third'), ['Third', 'Third', 'Third']);
  });

  test('a routine whose target is no label further down, or is read as a value, is lowered again in the second pass', async () => {
    const missing = objAsm((await Document.open('riscos-objasm', '/test/three.s', THREE_ROUTINES.replace('B       Third', 'B       Nowhere'))).lower());
    assert.deepEqual(missing.chunks, { replayed: 2, lowered: 4, known: 0, moved: 0, takenOver: 0 });
    assert.deepEqual(missing.unmodelled.map((u) => u.message), ['branch target Nowhere is not a label']);
    assert.deepEqual(missing.names.undefined.map((u) => u.name), ['Nowhere']);
    // An equate further down is no label: the second pass, which reads its value, loads it as a number.
    const equate = THREE_ROUTINES.replace('B       Third', 'ADR     r6, Later').replace('        END\n', 'Later   *       &100\n        END\n');
    const later = objAsm((await Document.open('riscos-objasm', '/test/three.s', equate)).lower());
    assert.deepEqual(later.chunks, { replayed: 2, lowered: 4, known: 0, moved: 0, takenOver: 0 });
    assert.ok(!targetsOf(later).includes('Later'));
    // A value needs the address, which only the previous pass has.
    const value = objAsm((await Document.open('riscos-objasm', '/test/three.s', THREE_ROUTINES.replace('B       Third', 'DCD     Third'))).lower());
    assert.deepEqual(value.chunks, { replayed: 2, lowered: 4, known: 0, moved: 0, takenOver: 0 });
  });
});
