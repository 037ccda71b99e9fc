import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { TextDocument, type TextDocumentContentChangeEvent as Change } from 'vscode-languageserver-textdocument';
import { Parser, type Tree } from 'web-tree-sitter';
import { DocumentTrees } from '../src/parsing/documentTrees.js';
import { Parsers } from '../src/parsing/parsers.js';
import { applyChange, loneReturnsIn } from '../src/parsing/treeEdits.js';
import { loneReturnsAsNewlines } from '../src/source/lineEnds.js';
import { repoRoot } from './support/paths.js';

// The trees the worker keeps must be the trees of their texts (each '\r' not
// followed by '\n' made a '\n') parsed whole by web-tree-sitter from a
// string. An edit's tree-sitter points are worked out from the document's
// line index; the parser corrects many a wrong point, so the points are also
// checked against rows and columns counted in the text parsed.

const SAMPLE = join(repoRoot, 'examples', 'vxd', 'FREECACH.ASM');

/** Every node of a tree with where it is, in document order. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  const cursor = tree.walk();
  for (;;) {
    const { startPosition: s, endPosition: e } = cursor;
    out.push(`${cursor.nodeType}${cursor.currentNode.isMissing ? '(missing)' : ''} ${cursor.startIndex}-${cursor.endIndex} ${s.row}:${s.column}-${e.row}:${e.column}`);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return out;
  }
}

/** Where `offset` is in the text parsed for `text` as tree-sitter counts: rows end at '\n' only, columns in UTF-16 units. */
function counted(text: string, offset: number): { row: number; column: number } {
  const before = loneReturnsAsNewlines(text).slice(0, offset);
  return { row: before.split('\n').length - 1, column: offset - (before.lastIndexOf('\n') + 1) };
}

describe('tree edits', () => {
  const texts: Record<string, string> = {
    LF: 'one 😀\ntwo\n\nfour 𝄞 end\n',
    CRLF: 'one 😀\r\ntwo\r\n\r\nfour 𝄞 end\r\n',
    CR: 'one 😀\rtwo\r\rfour 𝄞 end\r',
    mixed: 'one 😀\r\ntwo\r\rfour\n𝄞 end\r',
    // A continuing backslash before CR CR LF continues the empty line after it too: each of its characters decides how its second '\r' is parsed.
    continued: '\na, \\ \r\r\nb\\\r\r\n\\\r\r\n c\r',
  };
  for (const [name, text] of Object.entries(texts)) {
    test(`the points of each edit of a text with ${name} line ends are those counted in its text`, () => {
      // Every range between whole characters (an LSP position splits neither a surrogate pair nor a '\r\n') replaced by text that adds and takes away line ends.
      const offsets = [...text.matchAll(/\r\n|./gsu)].map((m) => m.index).concat(text.length);
      const changes = offsets.flatMap((start) => offsets.filter((end) => end >= start).flatMap((end) => ['', 'x', '\r', '\n', 'a\r\nb', '\r😀'].map((insert) => ({ start, end, insert }))));
      assert.ok(changes.length > 1000);
      for (const { start, end, insert } of changes) {
        const document = TextDocument.create('u', 'x', 0, text);
        const range = { start: document.positionAt(start), end: document.positionAt(end) };
        const applied = applyChange({ document, loneReturns: loneReturnsIn(text) }, { range, text: insert });
        const after = text.slice(0, start) + insert + text.slice(end);
        const what = `${JSON.stringify(insert)} at ${start}-${end}`;
        assert.equal(applied.document.getText(), after, what);
        assert.equal(applied.loneReturns, loneReturnsIn(after), what);
        const edit = applied.edit;
        assert.ok(edit, what);
        if (name !== 'continued') {
          // A '\r' just before the change is in the edit: the change decides whether it is parsed as '\n'.
          const from = text[start - 1] === '\r' ? start - 1 : start;
          assert.deepEqual([edit.startIndex, edit.oldEndIndex, edit.newEndIndex], [from, end, start + insert.length], what);
        }
        assert.ok(edit.startIndex <= start && edit.oldEndIndex >= end && edit.oldEndIndex - end === edit.newEndIndex - start - insert.length, what);
        assert.deepEqual(
          [edit.startPosition, edit.oldEndPosition, edit.newEndPosition],
          [counted(text, edit.startIndex), counted(text, edit.oldEndIndex), counted(after, edit.newEndIndex)],
          what,
        );
        // Outside the edit, the texts parsed before and after are the same.
        const [parsedBefore, parsedAfter] = [loneReturnsAsNewlines(text), loneReturnsAsNewlines(after)];
        assert.equal(parsedAfter.slice(0, edit.startIndex), parsedBefore.slice(0, edit.startIndex), what);
        assert.equal(parsedAfter.slice(edit.newEndIndex), parsedBefore.slice(edit.oldEndIndex), what);
      }
    });
  }

  test('lone carriage returns are counted in the range asked', () => {
    assert.equal(loneReturnsIn('a\rb\r\nc\r'), 2);
    assert.equal(loneReturnsIn('a\rb\r\nc\r', 2), 1);
    assert.equal(loneReturnsIn('a\rb\r\nc\r', 0, 1), 0);
    assert.equal(loneReturnsIn('\r\n\n'), 0);
  });

  test('only a continuing backslash before CR CR LF continues the empty line after it', () => {
    assert.equal(loneReturnsAsNewlines('a, \\ \r\r\nb'), 'a, \\ \n\\\nb');
    assert.equal(loneReturnsAsNewlines('a, \\\r\n\r\nb\r'), 'a, \\\r\n\r\nb\n', 'a CRLF empty line after a continuation ends the statement');
    assert.equal(loneReturnsAsNewlines('a, x\r\r\nb'), 'a, x\n\r\nb', 'no backslash');
    assert.equal(loneReturnsAsNewlines('a, \\ x\r\r\nb'), 'a, \\ x\n\r\nb', 'a backslash inside the line');
  });
});

describe('document trees', { timeout: 120_000 }, () => {
  let parsers: Parsers;
  before(async () => {
    parsers = await Parsers.create();
  });

  /** The nodes of `text` parsed whole from the string, with the language of `tree`. */
  function fresh(tree: Tree, text: string): string[] {
    const parser = new Parser();
    parser.setLanguage(tree.language);
    const whole = parser.parse(text);
    parser.delete();
    assert.ok(whole);
    try {
      return nodes(whole);
    } finally {
      whole.delete();
    }
  }

  const endings: Record<string, (text: string) => string> = {
    LF: (text) => text,
    CRLF: (text) => text.replaceAll('\n', '\r\n'),
    CR: (text) => text.replaceAll('\n', '\r'),
    mixed: (text) => text.split('\n').map((line, i) => line + ['\n', '\r\n', '\r'][i % 3]).join(''),
    // FREECACH's Declare_Virtual_Device line continues with a backslash.
    'CR CR LF': (text) => text.replaceAll('\n', '\r\r\n'),
  };

  for (const [name, ending] of Object.entries(endings)) {
    test(`edits to a text with ${name} line ends keep the tree of the text parsed whole`, async () => {
      const languageId = 'vxd-masm';
      const start = ending(`; déjà vu 😀 before the edits\n${readFileSync(SAMPLE, 'utf8')}`);
      const trees = new DocumentTrees(parsers);
      let document = TextDocument.create('file:///edited.asm', languageId, 0, start);
      await trees.update('file:///edited.asm', languageId, { text: start });
      const end = (): { line: number; character: number } => document.positionAt(document.getText().length);
      const lineEnd = (line: number): { line: number; character: number } => document.positionAt(document.offsetAt({ line: line + 1, character: 0 }) - 1);
      const steps: ((text: string) => Change[])[] = [
        // A line appended at the very end, then text on the last line.
        () => [{ range: { start: end(), end: end() }, text: '\n        ret ; 🙂 last' }],
        () => [{ range: { start: { line: end().line, character: 2 }, end: { line: end().line, character: 4 } }, text: 'xx' }],
        // A '\n' after a line's last character, a '\r' before its '\n', a line break's '\n' taken out with the next character.
        () => [{ range: { start: lineEnd(5), end: lineEnd(5) }, text: '\n' }],
        () => [{ range: { start: lineEnd(8), end: lineEnd(8) }, text: '\r' }],
        (text) => {
          const from = document.offsetAt({ line: 11, character: 0 }) - 1;
          return [{ range: { start: document.positionAt(from - 1), end: document.positionAt(from + 1) }, text: text.slice(from - 1, from) }];
        },
        // Several changes in one notification, one of them given end first, one over a surrogate pair.
        (text) => {
          const smile = document.positionAt(text.indexOf('😀'));
          return [
            { range: { start: { line: 20, character: 3 }, end: { line: 18, character: 1 } }, text: 'mov eax, 1\r\nmov ebx, 2\n' },
            { range: { start: smile, end: { line: smile.line, character: smile.character + 2 } }, text: '𝄞x' },
            { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '\r' },
          ];
        },
        // The whole text replaced, without a range and with one, then an edit in the middle.
        (text) => [{ text: `${text}\n` }],
        (text) => [{ range: { start: { line: 0, character: 0 }, end: end() }, text: `; again\n${text}` }],
        () => [{ range: { start: { line: 30, character: 4 }, end: { line: 31, character: 2 } }, text: '\n\r\n' }],
      ];
      let updated = 0;
      for (const step of steps) {
        const changes = step(document.getText());
        document = TextDocument.update(document, changes, document.version + 1);
        const parsed = await trees.update('file:///edited.asm', languageId, { changes });
        assert.ok('tree' in parsed);
        assert.equal(parsed.text, loneReturnsAsNewlines(document.getText()));
        assert.deepEqual(nodes(parsed.tree), fresh(parsed.tree, parsed.text), `after step ${++updated}`);
      }
      trees.close('file:///edited.asm');
    });
  }

  test('a re-parse says where the structure changed since the tree it was parsed from; a whole text, nothing', async () => {
    const text = 'BeginProc One\n        mov eax, 1\n        ret\nEndProc One\n\nBeginProc Two\n        ret\nEndProc Two\n';
    const trees = new DocumentTrees(parsers);
    const opened = await trees.update('file:///ranges.asm', 'vxd-masm', { text });
    assert.ok('tree' in opened);
    assert.equal(opened.changes, undefined, 'an opened text has no tree before it');
    // A procedure's end taken out: the first procedure now runs on into the second.
    const edit = { range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' };
    const edited = await trees.update('file:///ranges.asm', 'vxd-masm', { changes: [edit] });
    assert.ok('tree' in edited && edited.changes);
    assert.equal(edited.changes.previous, opened.tree, 'since the tree of the text before');
    assert.ok(edited.changes.ranges.length > 0 && edited.changes.ranges.every((r) => r.startIndex < r.endIndex), 'the changed structure');
    const replaced = await trees.update('file:///ranges.asm', 'vxd-masm', { changes: [{ text }] });
    assert.ok('tree' in replaced);
    assert.equal(replaced.changes, undefined, 'a text given whole is parsed without the old tree');
    trees.close('file:///ranges.asm');
  });
});
