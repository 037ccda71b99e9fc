import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Tree } from 'web-tree-sitter';
import type { Finding } from '../../emulator/src/index.js';
import { analyseSource, analyseTree } from '../src/analysis/analyseSource.js';
import { EntryCache } from '../src/analysis/entryCache.js';
import { lowerDocument, type LoweredDocument } from '../src/analysis/lowerDocument.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { detectLanguage } from '../src/languages/detectLanguage.js';
import type { LanguageId } from '../src/languages/languageId.js';
import type { SyntaxNode } from '../src/lowering/syntaxNode.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { DocumentTrees } from '../src/parsing/documentTrees.js';
import { decodeSource } from '../src/source/decodeSource.js';
import { generateSource } from '../bench/generateSources.js';
import { sharedParsers } from './lowering-objasm-support.js';
import { repoRoot } from './support/paths.js';

// The language server's worker keeps each document's syntax trees between
// edits and copies only the statements an edit touched into the plain nodes
// the lowerings read. Whatever the edits, the kept copy must be the tree of
// the same text parsed fresh, node for node, and lowering and analysing it
// must give what a fresh analysis of the text gives.

const corpus = (path: string): string => readFileSync(join(repoRoot, 'examples', 'corpus', path), 'utf8');

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

interface Shape {
  readonly type: string;
  readonly text: string;
  readonly named: boolean;
  readonly error: boolean;
  readonly at: string;
  readonly fields: readonly (string | null)[];
  readonly children: readonly Shape[];
}

type ReadableNode = Pick<SyntaxNode, 'type' | 'text' | 'isNamed' | 'hasError' | 'startIndex' | 'endIndex' | 'startPosition' | 'endPosition' | 'childCount' | 'fieldNameForChild'> & {
  child(index: number): ReadableNode | null;
};

/** Everything the lowerings can read of a node and its descendants, through the node API alone. */
function shape(node: ReadableNode): Shape {
  const children: Shape[] = [];
  const fields: (string | null)[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    children.push(shape(child));
    fields.push(node.fieldNameForChild(i));
  }
  const { startPosition: s, endPosition: e } = node;
  return {
    type: node.type, text: node.text, named: node.isNamed, error: node.hasError,
    at: `${node.startIndex}-${node.endIndex} ${s.row}:${s.column}-${e.row}:${e.column}`, fields, children,
  };
}

/** The text with `find` (its `nth` occurrence) replaced, as one LSP ranged change. */
function replace(text: string, find: string, by: string, nth = 1): { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(find, index + 1);
  assert.notEqual(index, -1, `"${find}" is not in the text`);
  const document = TextDocument.create('', '', 0, text);
  return { range: { start: document.positionAt(index), end: document.positionAt(index + find.length) }, text: by };
}

/** A deterministic sequence of line edits (Park–Miller): duplicated, deleted, re-indented and commented lines. */
function* randomEdits(seed: number): Generator<(text: string) => ReturnType<typeof replace>> {
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
      const line = pick % Math.max(1, lines.length - 1);
      const content = lines[line] ?? '';
      const start = { line, character: 0 };
      switch (kind) {
        case 0: return { range: { start, end: start }, text: `${content}\n` };
        case 1: return { range: { start, end: { line: line + 1, character: 0 } }, text: '' };
        case 2: return { range: { start, end: start }, text: '    ' };
        default: return { range: { start: { line, character: content.length }, end: { line, character: content.length } }, text: ' ; edited' };
      }
    };
  }
}

/** What must not depend on how the tree was made: the program's parts and everything reported about it. */
function lowered(document: LoweredDocument): unknown {
  const { items, labels, symbols, storage, entries } = document.lowering.program;
  const program = { items, labels, symbols, storage, entries };
  return document.dialect === 'vxd-masm'
    ? { program, calls: document.lowering.vmmCalls, notes: document.lowering.notes, unmodelled: document.lowering.unmodelled, names: document.lowering.names }
    : { program, notes: document.lowering.notes, unmodelled: document.lowering.unmodelled, names: document.lowering.names, areas: document.lowering.areaCreations, reservations: document.lowering.pageReservations };
}

/** One document as the worker holds it: its trees, its kept syntax trees and entry results. */
class Session {
  private readonly syntaxTrees = new SyntaxTrees();
  private readonly cache = new EntryCache();
  private text = '';

  private constructor(private readonly languageId: LanguageId, private readonly trees: DocumentTrees, private readonly file: string) {}

  static async open(languageId: LanguageId, file: string, text: string): Promise<Session> {
    const session = new Session(languageId, new DocumentTrees(await sharedParsers()), file);
    await session.update({ text });
    return session;
  }

  get current(): string {
    return this.text;
  }

  /** Applies the change and checks the kept trees' results against a fresh parse of the text. */
  async edit(change: ReturnType<typeof replace>, findings: boolean): Promise<void> {
    const parsed = await this.update({ changes: [change] });
    const parsers = await sharedParsers();
    const fresh = await parsers.parse(this.languageId, this.text);
    try {
      const input = { text: this.text, file: this.file, settings: DEFAULT_SETTINGS };
      const kept = this.syntaxTrees.document(parsed, this.text);
      assert.deepEqual(shape(kept), shape(new SyntaxTrees().document(fresh, this.text)), 'the kept tree is the fresh tree');
      assert.deepEqual(
        lowered(lowerDocument(this.languageId, { ...input, tree: parsed, syntaxTrees: this.syntaxTrees })),
        lowered(lowerDocument(this.languageId, { ...input, tree: fresh })),
        'the kept tree lowers as the fresh tree does',
      );
      if (findings) {
        this.cache.begin();
        const found: Finding[] = await analyseTree(parsed, { languageId: this.languageId, ...input, cache: this.cache, syntaxTrees: this.syntaxTrees });
        assert.deepEqual(found, await analyseSource(parsers, { languageId: this.languageId, ...input }), 'the kept analysis finds what a fresh one does');
      }
    } finally {
      fresh.delete();
    }
  }

  private async update(content: { text: string } | { changes: readonly ReturnType<typeof replace>[] }): Promise<Tree> {
    const parsed = await this.trees.update(this.file, this.languageId, content);
    assert.ok('tree' in parsed, 'the text is parsed');
    this.text = parsed.text;
    return parsed.tree;
  }
}

describe('plain syntax trees', () => {
  test('copy every node as web-tree-sitter reads it, fields, errors and missing nodes included', async () => {
    const parsers = await sharedParsers();
    const cases: [LanguageId, string][] = [
      ['vxd-masm', corpus('vxd-masm/vmtrack.asm')],
      ['vxd-masm', 'BeginProc Broken\n        mov eax,\n        VMMcall _PageAllocate, <1, PG_SYS\nEndProc Broken\n'],
      ['riscos-objasm', corpus('riscos-objasm/PhysBuf/s/PhysBuf')],
      ['riscos-bbcbasic', '10 DIM code% 100\n20 FOR pass%=0 TO 2 STEP 2\n30 P%=code%\n40 [OPT pass%\n50 .start MOV R0, #1\n60 ]\n70 NEXT\n'],
    ];
    for (const [languageId, text] of cases) {
      const tree = await parsers.parse(languageId, text);
      try {
        const real = shape(tree.rootNode);
        assert.deepEqual(shape(new SyntaxTrees().document(tree, text)), real, languageId);
        // The kept copy of an unchanged text is the same, statements reused and all.
        const kept = new SyntaxTrees();
        kept.document(tree, text);
        assert.deepEqual(shape(kept.document(tree, text)), real, `${languageId}, reused`);
      } finally {
        tree.delete();
      }
    }
  });

  test('copy every source under examples/ and the generated benchmark sources as web-tree-sitter reads them', async () => {
    const parsers = await sharedParsers();
    const sources: [LanguageId, string, string][] = [
      ['vxd-masm', 'generated VxD', generateSource('vxd-masm', 10_000)],
      ['riscos-objasm', 'generated ObjAsm', generateSource('riscos-objasm', 10_000)],
    ];
    for (const path of filesUnder(join(repoRoot, 'examples'))) {
      const bytes = readFileSync(path);
      const detected = detectLanguage(path, bytes);
      const decoded = decodeSource(bytes);
      if (detected.kind === 'source' && decoded.ok) sources.push([detected.languageId, path, decoded.text]);
    }
    assert.ok(sources.length > 30, 'the examples are found');
    for (const [languageId, name, text] of sources) {
      const tree = await parsers.parse(languageId, text);
      try {
        assert.deepEqual(shape(new SyntaxTrees().document(tree, text)), shape(tree.rootNode), name);
      } finally {
        tree.delete();
      }
    }
  });

  test('place nodes on the rows and columns web-tree-sitter gives them, whatever the line ends and characters', async () => {
    const parsers = await sharedParsers();
    // Rows end at '\n' alone (a lone '\r' in a comment is a column); columns count UTF-16 units, two for a character outside the BMP.
    const cases: [LanguageId, string][] = [
      ['vxd-masm', '\n\n   \nBeginProc Wide\r\n\tmov eax, 1 ; é 😀 𝄞\r\n        db "😀é", 0\r\n\tret\r\nEndProc Wide'],
      ['vxd-masm', 'One equ 1 ; é\n  ; 😀😀 \r\n        mov eax, One ; ü\r\n'],
      ['riscos-objasm', '\n        AREA    |C$$code|, CODE, READONLY\r\n; 😀 é\r\nStart   MOV     r0, #1 ; 𝄞\r\n        DCB     "é😀", 0\r\n        END'],
      ['riscos-bbcbasic', '10 REM 😀 é\r\n20 PRINT "𝄞"\r\n30 REM a\rb\n40 END'],
    ];
    for (const [languageId, text] of cases) {
      const tree = await parsers.parse(languageId, text);
      try {
        assert.deepEqual(shape(new SyntaxTrees().document(tree, text)), shape(tree.rootNode), JSON.stringify(text));
      } finally {
        tree.delete();
      }
    }
  });

  test('reuse the statements an edit did not touch, moved to where they now are, each once', async () => {
    const parsers = await sharedParsers();
    const before = 'BeginProc One\n        mov eax, 1\n        ret\nEndProc One\n\nBeginProc Two\n        mov eax, 2\n        ret\nEndProc Two\n';
    const after = before.replace('mov eax, 1\n', 'mov eax, 3\n        inc eax\n');
    const instructions = (root: SyntaxNode, text: string): SyntaxNode[] =>
      root.type === 'instruction' && root.text === text ? [root] : root.children.flatMap((c) => instructions(c, text));
    const trees = new SyntaxTrees();
    const first = await parsers.parse('vxd-masm', before);
    const second = await parsers.parse('vxd-masm', after);
    try {
      const old = trees.document(first, before);
      const [untouched] = instructions(old, 'mov eax, 2');
      const renewed = trees.document(second, after);
      const [moved] = instructions(renewed, 'mov eax, 2');
      assert.ok(untouched && moved);
      assert.equal(moved, untouched, 'the other procedure\'s statement is the one copied before');
      assert.deepEqual([moved.startPosition.row, moved.startIndex], [7, after.indexOf('mov eax, 2')]);
      // Both procedures end with the same `ret`: each place gets a statement of its own.
      const rets = instructions(renewed, 'ret');
      assert.equal(new Set(rets).size, 2);
      assert.deepEqual(rets.map((r) => r.startIndex), [after.indexOf('ret'), after.lastIndexOf('ret')]);
    } finally {
      first.delete();
      second.delete();
    }
  });
});

type Change = ReturnType<typeof replace>;

/**
 * A deterministic list of changes (Park–Miller) of the kinds typing makes,
 * anywhere in the text: characters and lines inserted, spans deleted (line
 * breaks included) or replaced, each change given on the text the one
 * before it left.
 */
function randomChanges(seed: number): (text: string) => Change[] {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 48271) % 0x7fffffff;
    return state % Math.max(1, n);
  };
  const snippets = [' ', 'x', '\n', '\t', ' ; note', 'mov eax, 1\n', '\n\n', ':', 'MOV r0, #1\n'];
  return (text) => {
    const changes: Change[] = [];
    let current = text;
    for (let n = 1 + next(3); n > 0; n--) {
      const start = next(current.length + 1);
      const kind = next(4);
      const length = kind === 0 ? 0 : 1 + next(kind === 3 ? 40 : 12);
      const end = Math.min(current.length, start + length);
      const line = current.slice(current.lastIndexOf('\n', start - 1) + 1, (current.indexOf('\n', start) + 1 || current.length + 1) - 1);
      const by = kind === 1 ? '' : kind === 2 ? `${line}\n` : snippets[next(snippets.length)] ?? '';
      const document = TextDocument.create('', '', 0, current);
      changes.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, text: by });
      current = current.slice(0, start) + by + current.slice(end);
    }
    return changes;
  };
}

describe('plain syntax trees kept across edits', () => {
  test('after random changes anywhere, several at a time, are the copies of the new text made fresh', async () => {
    const sources: [LanguageId, string][] = [
      ['vxd-masm', corpus('vxd-masm/dmabuf.asm')],
      ['riscos-objasm', corpus('riscos-objasm/ScrapDA/s/ScrapDA')],
      ['riscos-bbcbasic', corpus('riscos-bbcbasic/DAGrow.bas')],
    ];
    const parsers = await sharedParsers();
    for (const [languageId, text] of sources) {
      const trees = new DocumentTrees(parsers);
      const kept = new SyntaxTrees();
      const changes = randomChanges(languageId.length * 104729);
      let parsed = await trees.update('file:///kept', languageId, { text });
      for (let n = 0; n < 90; n++) {
        assert.ok('tree' in parsed);
        // Some trees are never copied, as a cancelled job's: the next tree's changes are then since a tree the copy never saw.
        if (n % 7 === 3) {
          parsed = await trees.update('file:///kept', languageId, { changes: changes(parsed.text) });
          continue;
        }
        // The changed ranges of the re-parse, as the worker hands them on; without them half the time.
        const copy = kept.document(parsed.tree, parsed.text, n % 2 === 0 ? parsed.changes : undefined);
        const fresh = await parsers.parse(languageId, parsed.text);
        try {
          assert.deepEqual(shape(copy), shape(new SyntaxTrees().document(fresh, parsed.text)), `${languageId}, after ${n} changes`);
        } finally {
          fresh.delete();
        }
        parsed = await trees.update('file:///kept', languageId, { changes: changes(parsed.text) });
      }
      trees.close('file:///kept');
    }
  });

  test('given the re-parse\'s changed ranges, take the statements before and after them from the copy before, moved', async () => {
    const procedure = (n: number): string => `BeginProc P${n}\n        mov eax, ${n}\n        ret\nEndProc P${n}\n`;
    const text = Array.from({ length: 9 }, (_, n) => procedure(n)).join('\n');
    const trees = new DocumentTrees(await sharedParsers());
    const kept = new SyntaxTrees();
    const opened = await trees.update('file:///window', 'vxd-masm', { text });
    assert.ok('tree' in opened);
    const before = kept.document(opened.tree, opened.text).children.filter((c) => c.type === 'procedure');
    const edited = await trees.update('file:///window', 'vxd-masm', { changes: [replace(text, 'mov eax, 4', 'mov eax, 4\n        inc eax')] });
    assert.ok('tree' in edited);
    const copy = kept.document(edited.tree, edited.text, edited.changes);
    const after = copy.children.filter((c) => c.type === 'procedure');
    assert.deepEqual(after.map((p, i) => p === before[i]), [true, true, true, true, false, true, true, true, true]);
    assert.deepEqual(after.map((p) => p.startPosition.row), [0, 5, 10, 15, 20, 26, 31, 36, 41]);
    assert.deepEqual(shape(copy), shape(new SyntaxTrees().document(edited.tree, edited.text)));
    trees.close('file:///window');
  });

  test('a line deleted before a line of the same kind and length leaves the copy of that line, not of the deleted one', async () => {
    const parsers = await sharedParsers();
    // Where the lines meet, the deleted line's start is the kept line's start.
    const before = 'BeginProc One\nmov eax, 1\nmov ebx, 2\nret\nEndProc One\n';
    const after = before.replace('mov eax, 1\n', '');
    const trees = new SyntaxTrees();
    const first = await parsers.parse('vxd-masm', before);
    const second = await parsers.parse('vxd-masm', after);
    try {
      const instruction = (root: SyntaxNode, text: string): SyntaxNode | undefined =>
        root.type === 'instruction' && root.text === text ? root : root.children.map((c) => instruction(c, text)).find((n) => n !== undefined);
      const kept = instruction(trees.document(first, before), 'mov ebx, 2');
      const copy = trees.document(second, after);
      assert.deepEqual(shape(copy), shape(new SyntaxTrees().document(second, after)));
      assert.equal(instruction(copy, 'mov ebx, 2'), kept, 'the line that stayed is the one copied before');
      assert.equal(instruction(copy, 'mov eax, 1'), undefined);
    } finally {
      first.delete();
      second.delete();
    }
  });
});

describe('lowering and analysis with the kept trees', () => {
  test('MASM: inserted and deleted lines, an edit inside a procedure, an equate and a macro body', async () => {
    const session = await Session.open('vxd-masm', '/corpus/vmtrack.asm', corpus('vxd-masm/vmtrack.asm'));
    const edits: [string, string, number?][] = [
      ['        Get_CB_Data edx, ebx\n', '        Get_CB_Data edx, ebx\n        nop\n'],
      ['BeginProc VMTRACK_Control\n', 'BeginProc VMTRACK_Control\n        xor     eax, eax\n'],
      ['        xor     eax, eax\n', ''],
      ['SHADOW_PAGES            EQU     1', 'SHADOW_PAGES            EQU     4'],
      ['        add     reg, [CB_Offset]', '        add     reg, [CB_Offset+4]'],
      ['        Get_CB_Data edx, ebx\n        nop', '  Get_CB_Data edx, ebx\n        nop'],
      ['EndProc VMTRACK_Control', 'EndProc'],
      ['EndProc\n', 'EndProc VMTRACK_Control\n'],
    ];
    for (const [find, by, nth] of edits) await session.edit(replace(session.current, find, by, nth), true);
  });

  test('ObjAsm: inserted and deleted lines, an edit inside a routine, an equate and a macro body', async () => {
    const session = await Session.open('riscos-objasm', '/corpus/PhysBuf/s/PhysBuf', corpus('riscos-objasm/PhysBuf/s/PhysBuf'));
    const edits: [string, string][] = [
      ['CardRegSize\t\t*\t&1000', 'CardRegSize\t\t*\t&2000'],
      ['$label\tDCD\t$num\n', '$label\tDCD\t$num\n\tDCD\t0\n'],
      ['\tDCD\t0\n', ''],
      ['service\tROUT\n', 'service\tROUT\n\tMOV\tr0, r0\n'],
      ['\tMOV\tr0, r0\n', ''],
      ['err_inuse\tPBError', 'err_inuse  PBError'],
    ];
    for (const [find, by] of edits) await session.edit(replace(session.current, find, by), true);
  });

  test('random line edits of MASM and ObjAsm sources lower as the same text parsed fresh', async () => {
    const sources: [LanguageId, string, string][] = [
      ['vxd-masm', '/corpus/blkpool.asm', corpus('vxd-masm/blkpool.asm')],
      ['riscos-objasm', '/corpus/ScrapDA/s/ScrapDA', corpus('riscos-objasm/ScrapDA/s/ScrapDA')],
    ];
    for (const [languageId, file, text] of sources) {
      const session = await Session.open(languageId, file, text);
      const edits = randomEdits(languageId.length * 7919);
      for (let n = 0; n < 25; n++) await session.edit(edits.next().value?.(session.current) ?? assert.fail('no edit'), n % 8 === 7);
    }
  });
});
