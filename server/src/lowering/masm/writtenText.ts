import type { SourceSpan } from '../../../../emulator/src/index.js';
import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { DefinitionText } from './types.js';

// Where the text of a macro expansion was written, so that a name the
// lowering judges (a service a macro's argument or a text macro gives) is
// reported where it can be corrected: at the argument of the call in the
// file, or at the definition that holds it (a macro's body or a parameter's
// default, a text macro's value), once however many calls expand it.
//
// A definition's text is kept as its syntax node and offsets, and placed
// when asked: the node moves with its lines, where the recording of a
// procedure that expands the definition is moved with lines the definition
// may not have moved with (chunks.ts). The tables therefore tell a
// definition from a copy of it on another node (`definitionNodeId`).

/** A span of the file being walked (moved with the code that holds it), or the text of a definition. */
export type Written = SourceSpan | DefinitionText;

/** A stretch of an expansion's text (UTF-16 offsets) and where it was written. */
export interface WrittenText {
  readonly start: number;
  readonly end: number;
  readonly written: Written;
  /**
   * A macro's argument or a text macro put it there: a name in it is no
   * name of the syntax tree, where the name check does not see it. Else the
   * text is the expanded definition's own, which the name check read.
   */
  readonly passed: boolean;
}

export function isDefinitionText(written: Written): written is DefinitionText {
  return 'node' in written;
}

/**
 * Where the part from `start` to `end` of the text of `stretch` was written:
 * the same part of a definition's text where the stretch is that text as it
 * stands (as long), else all of it.
 */
export function writtenPart(stretch: WrittenText, start: number, end: number): Written {
  const { written } = stretch;
  if (!isDefinitionText(written) || written.end - written.start !== stretch.end - stretch.start) return written;
  const from = Math.max(start, stretch.start) - stretch.start;
  const to = Math.min(end, stretch.end) - stretch.start;
  return { file: written.file, node: written.node, start: written.start + from, end: written.start + Math.max(from, to) };
}

/** The stretch of `stretches` that the text from `start` to `end` overlaps first. */
export function stretchAt(stretches: readonly WrittenText[] | undefined, start: number, end: number): WrittenText | undefined {
  return stretches?.find((s) => s.start < end && start < s.end);
}

/**
 * Where the text from `start` to `end` of an expansion, which starts with
 * the definition's own text, was written in that definition: from its
 * first part to the last the definition wrote, across the arguments written
 * into it (`VMMcall _PageFree, <h, 0>` is the whole line of the body, not
 * the part before `h`).
 */
export function definitionStretch(stretches: readonly WrittenText[] | undefined, start: number, end: number): DefinitionText | undefined {
  const first = stretchAt(stretches, start, start + 1);
  if (!first || first.passed) return undefined;
  const from = writtenPart(first, start, end);
  if (!isDefinitionText(from)) return undefined;
  let to = from.end;
  for (const s of stretches ?? []) {
    if (s.passed || s.end <= start || end <= s.start) continue;
    const part = writtenPart(s, start, end);
    if (isDefinitionText(part) && part.node === from.node && part.end > to) to = part.end;
  }
  return { ...from, end: to };
}

/** The parts of `stretches` within `from` to `to` of their text, as text that now starts at `at`. */
export function carried(stretches: readonly WrittenText[] | undefined, from: number, to: number, at: number): WrittenText[] {
  if (!stretches) return [];
  return stretches.flatMap((s) => {
    const start = Math.max(from, s.start);
    const end = Math.min(to, s.end);
    return start < end ? [{ start: at + start - from, end: at + end - from, written: writtenPart(s, start, end), passed: s.passed }] : [];
  });
}

/** Where a definition's text stands now. */
export function definitionSpan(text: DefinitionText): SourceSpan {
  return { file: text.file, range: { start: placeIn(text.node, text.start), end: placeIn(text.node, text.end) } };
}

function placeIn(node: Node, offset: number): { line: number; character: number } {
  const { row, column } = node.startPosition;
  let line = row;
  let lineStart = -1;
  for (let i = node.text.indexOf('\n'); i !== -1 && i < offset; i = node.text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  return { line, character: lineStart < 0 ? column + offset : offset - lineStart - 1 };
}

const nodeIds = new WeakMap<Node, number>();
let nextNodeId = 1;

/** A number for the syntax node of a definition, the same for the same node, which the table print and the symbols' comparison read. */
export function definitionNodeId(node: Node | undefined): number {
  if (!node) return 0;
  let id = nodeIds.get(node);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(node, id);
  }
  return id;
}
