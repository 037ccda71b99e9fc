import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { hasFields, normaliseTree, parseCorpus } from './corpusCases.js';
import { filesIn, listGrammars, loadParser, read } from './grammarFiles.js';

for (const grammar of listGrammars()) {
  describe(`${grammar.dir} corpus`, async () => {
    const { parser } = await loadParser(grammar);
    const files = filesIn(join(grammar.path, 'test', 'corpus')).filter((f) => f.endsWith('.txt'));
    test('has corpus files', () => assert.ok(files.length > 0));
    for (const file of files) {
      for (const corpusCase of parseCorpus(read(file))) {
        test(`${basename(file, '.txt')}: ${corpusCase.name}`, () => {
          const tree = parser.parse(corpusCase.input);
          assert.ok(tree);
          if (corpusCase.expectError) {
            assert.ok(tree.rootNode.hasError, 'expected a parse error');
            return;
          }
          const keepFields = hasFields(corpusCase.expected);
          assert.equal(normaliseTree(tree.rootNode.toString(), keepFields), normaliseTree(corpusCase.expected, keepFields));
          tree.delete();
        });
      }
    }
  });
}
