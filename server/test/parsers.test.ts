import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Parser, type Node, type Tree } from 'web-tree-sitter';
import type { LanguageId } from '../src/languages/languageId.js';
import { Parsers } from '../src/parsing/parsers.js';
import { repoRoot } from './support/paths.js';

// The parsers read a text in pieces rather than as one string. The trees
// must be those web-tree-sitter makes of the whole string: tokens and lines
// across the pieces' ends, and surrogate pairs split by them (a run of
// emoji at an odd and at an even offset puts one pair across every end),
// fresh and after an edit.

const parsers = Parsers.create();

const SOURCES: Readonly<Record<LanguageId, string>> = {
  'vxd-masm': 'examples/corpus/vxd-masm/blkpool.asm',
  'riscos-objasm': 'examples/corpus/riscos-objasm/DALib/src/dynarea.s',
  'riscos-bbcbasic': 'examples/corpus/riscos-bbcbasic/DAGrow.bas',
};

const emoji = '😀'.repeat(300);

function withLongLines(languageId: LanguageId, text: string): string {
  const comment = languageId === 'riscos-bbcbasic' ? 'REM ' : '; ';
  const label = 'L' + 'x'.repeat(300);
  const lines = text.split('\n');
  const middle = lines.length >> 1;
  return [
    `${comment}${emoji}`, `${comment}a${emoji}`, ...lines.slice(0, middle), `${comment}b${emoji}`, `${comment}${'é'.repeat(400)}`,
    ...lines.slice(middle), languageId === 'riscos-bbcbasic' ? `${comment}${label}` : `${label}`,
  ].join('\n');
}

/** Every node's type and span, in order. */
function shape(tree: Tree): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    out.push(`${node.type} ${node.startIndex}-${node.endIndex} ${node.startPosition.row}:${node.startPosition.column}`);
    for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return out;
}

function wholeString(tree: Tree, text: string): Tree {
  const parser = new Parser();
  try {
    parser.setLanguage(tree.language);
    const whole = parser.parse(text);
    assert.ok(whole);
    return whole;
  } finally {
    parser.delete();
  }
}

describe('Parsers', () => {
  for (const [languageId, path] of Object.entries(SOURCES) as [LanguageId, string][]) {
    test(`${languageId}: the tree of the text read in pieces is the tree of the whole string`, async () => {
      const text = withLongLines(languageId, readFileSync(join(repoRoot, path), 'utf8'));
      const tree = await (await parsers).parse(languageId, text);
      const whole = wholeString(tree, text);
      assert.ok(shape(whole).length > 100);
      assert.deepEqual(shape(tree), shape(whole));
      assert.equal(tree.rootNode.text, text);
      tree.delete();
      whole.delete();
    });

    test(`${languageId}: a re-parse after an edit in pieces gives the tree of the edited string`, async () => {
      const text = withLongLines(languageId, readFileSync(join(repoRoot, path), 'utf8'));
      const tree = await (await parsers).parse(languageId, text);
      // Into the second emoji comment: the edit moves every piece's end after it.
      const at = text.indexOf(`a${emoji}`) + 1;
      const inserted = '🙂x';
      const edited = text.slice(0, at) + inserted + text.slice(at);
      const row = 1;
      const column = at - text.lastIndexOf('\n', at - 1) - 1;
      tree.edit({
        startIndex: at, oldEndIndex: at, newEndIndex: at + inserted.length,
        startPosition: { row, column }, oldEndPosition: { row, column }, newEndPosition: { row, column: column + inserted.length },
      });
      const again = await (await parsers).parse(languageId, edited, tree);
      const whole = wholeString(again, edited);
      assert.deepEqual(shape(again), shape(whole));
      for (const t of [tree, again, whole]) t.delete();
    });
  }
});
