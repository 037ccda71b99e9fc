import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Node } from 'web-tree-sitter';
import { walkNamed } from '../src/features/model/treeWalk.js';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// The language features walk a document's tree several times for one
// version (its model, semantic tokens, local labels, symbols): every walk
// must visit what a walk of the tree itself visits, and only the first may
// go through a cursor into wasm.

const parsers = Parsers.create();

const corpus = (path: string): string => readFileSync(join(repoRoot, 'examples', 'corpus', path), 'utf8');

const CASES: readonly (readonly [LanguageId, string])[] = [
  ['vxd-masm', corpus('vxd-masm/vmtrack.asm')],
  ['vxd-masm', 'BeginProc Broken\n        mov eax,\n        VMMcall _PageAllocate, <1, PG_SYS\nEndProc Broken\n'],
  ['riscos-objasm', corpus('riscos-objasm/PhysBuf/s/PhysBuf')],
  ['riscos-bbcbasic', '10 DIM code% 100\n20 [OPT 2\n30 .start MOV R0, #1\n40 ]\n'],
];

/** What a walk visits, as `id type` lines; `skip` says which nodes' children it leaves out. */
function visited(root: Node, skip: (type: string) => boolean): string[] {
  const seen: string[] = [];
  walkNamed(root, (node, type) => {
    seen.push(`${node.id} ${type}`);
    return !skip(type);
  });
  return seen;
}

/** The same through the tree's own nodes: depth-first, named ones only (an anonymous node's named children too). */
function expected(root: Node, skip: (type: string) => boolean): string[] {
  const seen: string[] = [];
  const visit = (node: Node): void => {
    if (node.isNamed) {
      seen.push(`${node.id} ${node.type}`);
      if (skip(node.type)) return;
    }
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return seen;
}

const SKIPS: readonly ((type: string) => boolean)[] = [
  () => false,
  (type) => type === 'procedure' || type === 'routine' || type === 'macro_definition',
  (type) => type !== 'source_file' && type !== 'program',
];

describe('walkNamed', () => {
  for (const [languageId, text] of CASES) {
    test(`${languageId}: visits every named node with its type, in order, leaving out what it is told to`, async () => {
      const tree = await (await parsers).parse(languageId, text);
      try {
        for (const skip of SKIPS) {
          assert.deepEqual(visited(tree.rootNode, skip), expected(tree.rootNode, skip));
          // Walks of a subtree, as a model's walk of a procedure's body makes them.
          for (const child of tree.rootNode.namedChildren.slice(0, 20)) {
            if (child) assert.deepEqual(visited(child, skip), expected(child, skip));
          }
        }
      } finally {
        tree.delete();
      }
    });
  }

  test('walks of one tree after the first make no cursor', async () => {
    const tree = await (await parsers).parse('vxd-masm', corpus('vxd-masm/vmtrack.asm'));
    const cursors = { count: 0 };
    // Every cursor, a tree's too, is made by a node's `walk`.
    const nodeWalk = Node.prototype.walk;
    Node.prototype.walk = function walk(this: Node) {
      cursors.count++;
      return nodeWalk.call(this);
    };
    try {
      const first = visited(tree.rootNode, () => false);
      const made = cursors.count;
      assert.equal(visited(tree.rootNode, () => false).length, first.length);
      for (const child of tree.rootNode.namedChildren) if (child) visited(child, () => false);
      assert.equal(cursors.count, made);
      assert.equal(made, 1);
    } finally {
      Node.prototype.walk = nodeWalk;
      tree.delete();
    }
  });
});
