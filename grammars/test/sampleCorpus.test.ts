import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { describe, test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { filesIn, grammarsRoot, listGrammars, loadParser, read } from './grammarFiles.js';

// The project's own realistic sources (examples/corpus/<dialect>/) must parse
// without a single ERROR or MISSING node: every one would be a false PW100.

const samplesRoot = join(grammarsRoot, '..', 'examples', 'corpus');
const MIN_LINES = 3000;

function firstProblem(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const found = child && firstProblem(child);
    if (found) return found;
  }
  return undefined;
}

for (const grammar of listGrammars()) {
  describe(`${grammar.dir} sample corpus`, async () => {
    const { parser } = await loadParser(grammar);
    const files = filesIn(join(samplesRoot, grammar.dir));
    test(`has at least ${MIN_LINES} lines`, () => {
      const lines = files.reduce((n, f) => n + read(f).split('\n').length, 0);
      assert.ok(lines >= MIN_LINES, `${lines} lines`);
    });
    for (const file of files) {
      test(relative(samplesRoot, file), () => {
        const tree = parser.parse(read(file));
        assert.ok(tree);
        const problem = firstProblem(tree.rootNode);
        const where = problem && `${problem.isMissing ? 'MISSING' : 'ERROR'} at ${problem.startPosition.row + 1}:${problem.startPosition.column + 1}: ${problem.text.split('\n')[0]}`;
        tree.delete();
        assert.equal(where, undefined);
      });
    }
  });
}
