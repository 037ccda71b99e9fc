import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCorpus } from './corpusCases.js';

// The corpus reader must split cases as `tree-sitter test` does, or a case
// would swallow the ones after it and their inputs would go unchecked.

const corpus = (...cases: string[]): string => cases.join('\n');

describe('corpus reader', () => {
  it('ends a case at the next header, also when that header carries :error', () => {
    const cases = parseCorpus(corpus(
      '=====', 'first', '=====', '', 'a', '', '---', '', '(x)', '',
      '=====', 'second', ':error', '=====', '', 'b', '', '---', '',
      '=====', 'third', '=====', '', 'c', '', '---', '', '(y)', '',
    ));
    assert.deepEqual(cases.map((c) => [c.name, c.input, c.expected, c.expectError]), [
      ['first', '\na\n', '(x)', false],
      ['second', '\nb\n', '', true],
      ['third', '\nc\n', '(y)', false],
    ]);
  });

  it('keeps a === line inside an input that no header follows', () => {
    const cases = parseCorpus(corpus('=====', 'only', '=====', '', 'a', '=====', 'b', '', '---', '', '(x)', ''));
    assert.deepEqual(cases.map((c) => [c.name, c.input]), [['only', '\na\n=====\nb\n']]);
  });
});
