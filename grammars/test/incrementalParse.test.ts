import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Point, Tree } from 'web-tree-sitter';
import { listGrammars, loadParser } from './grammarFiles.js';

// A re-parse after a one-line edit reads the text only around the edit:
// tree-sitter reuses what it can of the old tree, and the text it reads is
// what it lexes again. The language server re-parses on every keystroke.

const objasm = listGrammars().find((g) => g.dir === 'riscos-objasm');
assert.ok(objasm);

const ROUTINES = 40;
const EDITED = 20;

/** Routines in a row, as a module's source has them: a label with ROUT, then comments and instructions. */
function routines(): string {
  const lines = ['        AREA    |Test$$Code|, CODE, READONLY', ''];
  for (let r = 0; r < ROUTINES; r++) {
    lines.push(`routine_${r} ROUT`, `        ; routine ${r}`, `        MOV     r0, #${r}`, `10      ADD     r1, r0, #1`, `        BNE     %BT10`, `        MOV     pc, lr`, '');
  }
  lines.push('        END', '');
  return lines.join('\n');
}

/** Where each row of `text` starts. */
function rowStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

describe('riscos-objasm incremental re-parse', async () => {
  const { parser } = await loadParser(objasm);

  test('an edit inside one routine reads no other routine\'s lines, edit after edit', () => {
    let text = routines();
    const first = text.split('\n').indexOf(`routine_${EDITED} ROUT`);
    const last = text.split('\n').indexOf(`routine_${EDITED + 1} ROUT`);
    const row = first + 2;
    let tree = parser.parse(text) as Tree;
    for (let n = 0; n < 3; n++) {
      const starts = rowStarts(text);
      const at = (starts[row + 1] as number) - 1;
      const inserted = ` ; edit ${n}`;
      const point: Point = { row, column: at - (starts[row] as number) };
      text = `${text.slice(0, at)}${inserted}${text.slice(at)}`;
      tree.edit({
        startIndex: at, oldEndIndex: at, newEndIndex: at + inserted.length,
        startPosition: point, oldEndPosition: point, newEndPosition: { row, column: point.column + inserted.length },
      });
      const readRows = new Set<number>();
      const newStarts = rowStarts(text);
      const reparsed = parser.parse((index) => {
        let r = 0;
        while (r + 1 < newStarts.length && (newStarts[r + 1] as number) <= index) r++;
        readRows.add(r);
        return text.slice(index, index + 64);
      }, tree) as Tree;
      tree.delete();
      tree = reparsed;
      const outside = [...readRows].filter((r) => r < first || r > last).sort((a, b) => a - b);
      assert.deepEqual(outside, [], `edit ${n} read rows outside routine_${EDITED} (rows ${first}–${last})`);
      assert.equal(tree.rootNode.toString(), (parser.parse(text) as Tree).rootNode.toString());
    }
    tree.delete();
  });
});
