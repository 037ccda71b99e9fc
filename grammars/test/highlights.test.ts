import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { Query, type QueryCapture } from 'web-tree-sitter';
import { filesIn, listGrammars, loadParser, read } from './grammarFiles.js';

// Runs the highlight assertions of test/highlight/* the way `tree-sitter test`
// reads them: `<- name` checks the column where the comment starts, `^ name`
// the caret's column, both on the nearest line above that is not itself an
// assertion; `!name` asserts no covering capture has that name.

interface Assertion {
  readonly row: number;
  readonly column: number;
  readonly capture: string;
  readonly negated: boolean;
  readonly line: number;
}

const ASSERTION = /^(\s*)(?:;+|\\|REM\b)\s*(\^|<-)\s*(!?)([\w.]+)/i;

export function parseAssertions(text: string): Assertion[] {
  const assertions: Assertion[] = [];
  let subjectRow = -1;
  text.split(/\r?\n/).forEach((line, row) => {
    const m = ASSERTION.exec(line);
    if (!m) {
      subjectRow = row;
      return;
    }
    const column = m[2] === '<-' ? (m[1] ?? '').length : line.indexOf('^');
    assertions.push({ row: subjectRow, column, capture: m[4] ?? '', negated: m[3] === '!', line: row + 1 });
  });
  return assertions;
}

/** Every highlight capture whose node covers the position, innermost first. */
function capturesAt(captures: readonly QueryCapture[], row: number, column: number): string[] {
  return captures
    .filter((capture) => {
      if (capture.name.startsWith('_') || capture.name.startsWith('local')) return false;
      const { startPosition: s, endPosition: e } = capture.node;
      const after = s.row < row || (s.row === row && s.column <= column);
      const before = e.row > row || (e.row === row && e.column > column);
      return after && before;
    })
    .sort((a, b) => (a.node.endIndex - a.node.startIndex) - (b.node.endIndex - b.node.startIndex))
    .map((capture) => capture.name);
}

function matches(actual: string, expected: string): boolean {
  return actual === expected || actual.startsWith(`${expected}.`);
}

for (const grammar of listGrammars()) {
  const queryFile = join(grammar.path, 'queries', 'highlights.scm');
  describe(`${grammar.dir} highlights`, async () => {
    const { parser, language } = await loadParser(grammar);
    test('has a highlights query and highlight tests', () => {
      assert.ok(existsSync(queryFile));
      assert.ok(filesIn(join(grammar.path, 'test', 'highlight')).length > 0);
    });
    const query = new Query(language, read(queryFile));
    for (const file of filesIn(join(grammar.path, 'test', 'highlight'))) {
      test(basename(file), () => {
        const text = read(file);
        const tree = parser.parse(text);
        assert.ok(tree);
        const captures = query.captures(tree.rootNode);
        const assertions = parseAssertions(text);
        assert.ok(assertions.length > 0, 'no assertions in file');
        // Like `tree-sitter test`: an assertion holds when any highlight covering the position matches.
        const failures = assertions.flatMap((a) => {
          const actual = capturesAt(captures, a.row, a.column);
          const found = actual.some((name) => matches(name, a.capture));
          return found !== a.negated ? [] : [`line ${a.line}: expected ${a.negated ? 'not ' : ''}${a.capture} at ${a.row + 1}:${a.column + 1}, got ${actual.join(', ') || 'nothing'}`];
        });
        tree.delete();
        assert.deepEqual(failures, []);
      });
    }
  });
}
