import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import { Query, type QueryCapture } from 'web-tree-sitter';
import { filesIn, listGrammars, loadParser, read } from './grammarFiles.js';

// Runs the highlight assertions of test/highlight/* the way `tree-sitter test`
// reads them: `<- name` checks the column where the comment starts, `^ name`
// the caret's column, both on the nearest line above that is not itself an
// assertion; `!name` asserts the capture is absent.

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

function captureAt(captures: readonly QueryCapture[], row: number, column: number): string | undefined {
  let best: QueryCapture | undefined;
  for (const capture of captures) {
    if (capture.name.startsWith('_') || capture.name.startsWith('local')) continue;
    const { startPosition: s, endPosition: e } = capture.node;
    const after = s.row < row || (s.row === row && s.column <= column);
    const before = e.row > row || (e.row === row && e.column > column);
    if (!after || !before) continue;
    const size = capture.node.endIndex - capture.node.startIndex;
    const bestSize = best ? best.node.endIndex - best.node.startIndex : Infinity;
    // Innermost node wins; for the same node the earlier pattern wins, as in tree-sitter-highlight.
    if (size < bestSize || (size === bestSize && best && capture.patternIndex < best.patternIndex)) best = capture;
  }
  return best?.name;
}

function matches(actual: string | undefined, expected: string): boolean {
  return actual !== undefined && (actual === expected || actual.startsWith(`${expected}.`));
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
        const failures = assertions.flatMap((a) => {
          const actual = captureAt(captures, a.row, a.column);
          const ok = a.negated ? !matches(actual, a.capture) : matches(actual, a.capture);
          return ok ? [] : [`line ${a.line}: expected ${a.negated ? 'not ' : ''}${a.capture} at ${a.row + 1}:${a.column + 1}, got ${actual ?? 'nothing'}`];
        });
        tree.delete();
        assert.deepEqual(failures, []);
      });
    }
  });
}
