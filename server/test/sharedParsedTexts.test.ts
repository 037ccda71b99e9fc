import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Parser } from 'web-tree-sitter';
import type { SyntaxNode } from '../src/lowering/syntaxNode.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { sharedParsers } from './lowering-objasm-support.js';

// The texts a lowering parses (macro expansions, included files) are the same
// in every document that expands the same macros or includes the same files:
// a document opened after another finds them parsed, within a bound on what
// is kept for all documents.

/** A vxd-masm parser whose parses are counted. */
async function countingParser(): Promise<{ parser: Parser; parses: () => number }> {
  const tree = await (await sharedParsers()).parse('vxd-masm', '');
  const parser = new Parser();
  parser.setLanguage(tree.language);
  tree.delete();
  let count = 0;
  const parse = parser.parse.bind(parser);
  parser.parse = (...args: Parameters<Parser['parse']>) => {
    count++;
    return parse(...args);
  };
  return { parser, parses: () => count };
}

function outline(node: SyntaxNode): string {
  return `${node.type}[${node.startIndex},${node.endIndex}](${node.children.map(outline).join(' ')})`;
}

/** A text of `units` UTF-16 units that no other test parses: comment lines. */
function commentText(tag: string, units: number): string {
  const line = `; ${tag} ${'x'.repeat(60)}\n`;
  return line.repeat(Math.ceil(units / line.length)).slice(0, units - 1) + '\n';
}

describe('texts parsed for every document', () => {
  test('a second document finds a macro expansion the first parsed', async () => {
    const { parser, parses } = await countingParser();
    const expansion = 'push eax\nVMMcall Get_Cur_VM_Handle\npop eax\n';
    const first = new SyntaxTrees().parsed(parser, expansion);
    const second = new SyntaxTrees().parsed(parser, expansion);
    assert.equal(parses(), 1);
    assert.equal(outline(second), outline(first));
    assert.match(outline(second), /vmm_call/);
  });

  test('texts parsed long ago for other documents are parsed again', async () => {
    const { parser, parses } = await countingParser();
    const oldest = commentText('oldest', 1000);
    new SyntaxTrees().parsed(parser, oldest);
    for (let i = 0; i < 5; i++) new SyntaxTrees().parsed(parser, commentText(`newer ${i}`, 300_000));
    assert.equal(parses(), 6);
    new SyntaxTrees().parsed(parser, oldest);
    assert.equal(parses(), 7);
  });

  test('a text longer than all kept texts may be is not kept, nor does it push them out', async () => {
    const { parser, parses } = await countingParser();
    const small = commentText('small', 1000);
    const huge = commentText('huge', 1_100_000);
    new SyntaxTrees().parsed(parser, small);
    new SyntaxTrees().parsed(parser, huge);
    new SyntaxTrees().parsed(parser, huge);
    new SyntaxTrees().parsed(parser, small);
    assert.equal(parses(), 3);
  });

  test('a document keeps the texts its last analysis parsed, whatever other documents parse', async () => {
    const { parser, parses } = await countingParser();
    const own = commentText('own', 1000);
    const document = new SyntaxTrees();
    document.parsed(parser, own);
    for (let i = 0; i < 5; i++) new SyntaxTrees().parsed(parser, commentText(`other ${i}`, 300_000));
    document.parsed(parser, own);
    assert.equal(parses(), 6);
  });
});
