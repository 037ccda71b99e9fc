import type { Finding, Range } from '../../../emulator/src/index.js';
import type { Node, Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';
import { unclosedBlock, unclosedMacro } from './unclosedBlock.js';
import { unclosedProcedure } from './unclosedProcedure.js';

/** A file with hundreds of broken lines is not helped by hundreds of squiggles. */
export const MAX_SYNTAX_FINDINGS = 100;

function firstLineRange(node: Node, firstLineLength: number): Range {
  // An ERROR node can swallow many lines; the finding marks only its first.
  const start = { line: node.startPosition.row, character: node.startPosition.column };
  const end = node.endPosition.row === node.startPosition.row
    ? { line: node.endPosition.row, character: node.endPosition.column }
    : { line: start.line, character: start.character + firstLineLength };
  return { start, end };
}

function describe(node: Node): { message: string; range: Range } {
  if (node.isMissing) {
    const at = { line: node.startPosition.row, character: node.startPosition.column };
    return { message: `Syntax error: missing ${node.type}`, range: { start: at, end: at } };
  }
  const firstLine = node.text.split(/\r?\n/, 1)[0] ?? '';
  const snippet = firstLine.trim().length > 40 ? `${firstLine.trim().slice(0, 40)}…` : firstLine.trim();
  const range = firstLineRange(node, Math.max(firstLine.trimEnd().length, 1));
  // A statement the parser began at a token it took as missing starts before the line's indent.
  const indent = snippet ? firstLine.length - firstLine.trimStart().length : 0;
  return {
    message: snippet ? `Syntax error: cannot make sense of "${snippet}"` : 'Syntax error',
    range: { start: { line: range.start.line, character: range.start.character + indent }, end: range.end },
  };
}

/** A label's own node, which a statement may follow on its line. */
const isLabel = (node: Node, parent: Node): boolean => node.type.endsWith('label') || parent.childForFieldName('name')?.equals(node) === true;

/**
 * In a node of many lines with an error none of its children shows, the
 * statement the parser could not end its line before: the first that
 * starts on the line another ended on, after no label. The token it took
 * as missing is the line end the grammar hides, between the two; without
 * this the finding marks the node's first line (a routine's label, many
 * lines up).
 */
function strayStatement(node: Node): Node | undefined {
  let previous: Node | undefined;
  for (const child of node.namedChildren) {
    if (!child || child.isExtra) continue;
    if (previous && previous.endPosition.row === child.startPosition.row && !isLabel(previous, node)) return child;
    previous = child;
  }
  return undefined;
}

/**
 * PW100 for every ERROR and MISSING node, outermost only, and for a node
 * with an error that none of its children shows: the parser took a token
 * the grammar hides as missing (a BASIC assembler line holding only
 * `FNname` is an instruction whose mnemonic has no text), so the node's
 * own text is what it could not read, or for a node of many lines, the
 * statement it could not separate from the one before. In MASM, a macro, repeat block or
 * conditional left open is one PW100 at its opening line, in place of the
 * errors from that line on.
 */
export function syntaxFindings(tree: Tree, languageId: LanguageId): Finding[] {
  const findings: Finding[] = [];
  const root = tree.rootNode;
  const masm = languageId === 'vxd-masm';
  const macro = masm ? unclosedMacro(root) : undefined;
  const block = masm && root.hasError ? unclosedBlock(root.text, root.startPosition.row, root.startPosition.column) : undefined;
  let blockReported = false;
  const visit = (node: Node): void => {
    if (findings.length >= MAX_SYNTAX_FINDINGS) return;
    if (block && (node.isError || node.isMissing) && node.endPosition.row >= block.range.start.line) {
      if (!blockReported && block.range.start.line !== macro?.range.start.line) findings.push(block);
      blockReported = true;
      return;
    }
    const unclosed = node.isError && languageId === 'vxd-masm' && node.endPosition.row > node.startPosition.row ? unclosedProcedure(node) : undefined;
    if (unclosed) {
      findings.push(unclosed);
      return;
    }
    if (node.isError || node.isMissing) {
      const { message, range } = describe(node);
      findings.push({ code: 'PW100', message, range, notes: [] });
      return;
    }
    if (!node.hasError) return;
    const before = findings.length;
    for (const child of node.children) {
      if (child) visit(child);
    }
    if (findings.length === before && findings.length < MAX_SYNTAX_FINDINGS && node.endIndex > node.startIndex) {
      const stray = node.endPosition.row > node.startPosition.row ? strayStatement(node) : undefined;
      const { message, range } = describe(stray ?? node);
      findings.push({ code: 'PW100', message, range, notes: [] });
    }
  };
  visit(root);
  if (macro && findings.length < MAX_SYNTAX_FINDINGS) findings.push(macro);
  return findings;
}
