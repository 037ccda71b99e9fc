import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Tree, TreeCursor } from 'web-tree-sitter';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { WasmCursor } from '../src/parsing/wasmCursor.js';
import { repoRoot } from './support/paths.js';

// The wasm cursor reads web-tree-sitter's internals: every read and move must
// agree with web-tree-sitter's own cursor, node by node, and leave the module
// as web-tree-sitter expects it (its cursor freed, its other calls working).

const parsers = Parsers.create();

const corpus = (path: string): string => readFileSync(join(repoRoot, 'examples', 'corpus', path), 'utf8');

/** Enough nesting that the cursor's stack grows (and moves) during the walk. */
const NESTED = `Deep proc\n  mov eax, ${'('.repeat(40)}1${')'.repeat(40)}\nDeep endp\n`;

const CASES: readonly (readonly [LanguageId, string])[] = [
  ['vxd-masm', corpus('vxd-masm/vmtrack.asm')],
  ['vxd-masm', 'BeginProc Broken\n        mov eax,\n        VMMcall _PageAllocate, <1, PG_SYS\nEndProc Broken\n'],
  ['vxd-masm', NESTED],
  ['riscos-objasm', corpus('riscos-objasm/PhysBuf/s/PhysBuf')],
  ['riscos-bbcbasic', '10 DIM code% 100\n20 [OPT 2\n30 .start MOV R0, #1\n40 ]\n'],
];

type Reads = [number, number, number, number, boolean, number, number];

function readsOf(c: TreeCursor | WasmCursor, childCount: () => number): Reads {
  return [c.startIndex, c.endIndex, c.nodeTypeId, c.nodeStateId, c.nodeIsMissing, c.currentFieldId, childCount()];
}

/** Every node's reads in the order of a depth-first walk, and the deepest it went. */
function walk(c: TreeCursor | WasmCursor, childCount: () => number): { reads: Reads[]; depth: number } {
  const reads: Reads[] = [];
  let depth = 0;
  let deepest = 0;
  for (;;) {
    reads.push(readsOf(c, childCount));
    if (c.gotoFirstChild()) {
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) return { reads, depth: deepest };
      depth--;
    }
  }
}

function expected(tree: Tree): Reads[] {
  const cursor = tree.walk();
  try {
    return walk(cursor, () => cursor.currentNode.childCount).reads;
  } finally {
    cursor.delete();
  }
}

describe('the wasm cursor', () => {
  test('reads and moves as web-tree-sitter’s cursor does, its node counts in between', async () => {
    for (const [languageId, text] of CASES) {
      const tree = await (await parsers).parse(languageId, text);
      try {
        const cursor = new WasmCursor(tree);
        const { reads, depth } = walk(cursor, () => cursor.childCount);
        cursor.delete();
        assert.deepEqual(reads, expected(tree), languageId);
        if (text === NESTED) assert.ok(depth > 40, `the walk went ${depth} deep`);
      } finally {
        tree.delete();
      }
    }
  });

  test('leaves web-tree-sitter working after a deep walk frees its cursor, with parsers made again', async () => {
    await parsers;
    // web-tree-sitter starts once per process: a later start must leave the cursor its module.
    const tree = await (await Parsers.create()).parse('vxd-masm', NESTED);
    try {
      for (let i = 0; i < 50; i++) {
        const cursor = new WasmCursor(tree);
        walk(cursor, () => cursor.childCount);
        cursor.delete();
      }
      assert.equal(tree.rootNode.text, NESTED);
      const cursor = new WasmCursor(tree);
      const nodes = walk(cursor, () => 0).reads.length;
      cursor.delete();
      assert.equal(nodes, expected(tree).length);
    } finally {
      tree.delete();
    }
  });
});
