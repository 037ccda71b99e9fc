import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { Range, SourceSpan } from '../../../../emulator/src/index.js';

// Small helpers over vxd-masm syntax nodes.

export function rangeOf(node: Node): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

export function children(node: Node, field: string): Node[] {
  return node.childrenForFieldName(field);
}

export function child(node: Node, field: string): Node | undefined {
  return node.childForFieldName(field) ?? undefined;
}

/** The text of a `raw_text` field (a PROC line's options, a directive's arguments), continued lines joined; '' when absent. */
export function rawText(node: Node, field: string): string {
  return (child(node, field)?.text ?? '').replace(/\\[ \t]*\r?\n/g, ' ');
}

const NOT_STATEMENTS = new Set(['comment', 'line_continuation']);

/**
 * The instructions and macro calls of a tree on a line the parser could not
 * read all of, each with that line: `mov eax, [H+` reads as a call of a
 * macro `mov` and an ERROR after it, outside every statement list.
 */
export function brokenStatements(root: Node): Map<Node, string> {
  const broken = new Map<Node, string>();
  const visit = (node: Node): void => {
    let previous: Node | undefined;
    for (const c of node.namedChildren) {
      if (c.type === 'instruction' || c.type === 'macro_call') {
        if (c.hasError) broken.set(c, c.text);
      } else if (c.type === 'ERROR' && previous && (previous.type === 'instruction' || previous.type === 'macro_call') && previous.endPosition.row === c.startPosition.row) {
        broken.set(previous, `${broken.get(previous) ?? previous.text} ${c.text}`);
      }
      if (c.hasError) visit(c);
      previous = c;
    }
  };
  if (root.hasError) visit(root);
  for (const [statement, line] of broken) broken.set(statement, line.replace(/\s+/g, ' ').trim());
  return broken;
}

/** The statements of a file or of a container's body, in order. */
export function statementsOf(node: Node): Node[] {
  const all = node.type === 'source_file' ? node.namedChildren : children(node, 'body');
  return all.filter((n) => !NOT_STATEMENTS.has(n.type));
}

/** A container's statements with the ERROR nodes among them that `keep` picks, in order. */
export function statementsWithErrors(node: Node, keep: (error: Node) => boolean): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < node.childCount; i++) {
    const c = node.child(i);
    if (c && (c.type === 'ERROR' ? keep(c) : node.fieldNameForChild(i) === 'body' && !NOT_STATEMENTS.has(c.type))) out.push(c);
  }
  return out;
}

/**
 * The argument slots of a macro-style list, empty slots included: the
 * grammar has no node for an empty argument, so the commas count them.
 */
export function argumentSlots(node: Node, field: string): (Node | undefined)[] {
  const slots: (Node | undefined)[] = [];
  let current: Node | undefined;
  let sawAny = false;
  for (let i = 0; i < node.childCount; i++) {
    const c = node.child(i);
    if (!c) continue;
    if (node.fieldNameForChild(i) === field) {
      current = c;
      sawAny = true;
    } else if (c.type === ',' && sawAny) {
      slots.push(current);
      current = undefined;
    } else if (c.type === ',' && !sawAny) {
      // A list that starts with a comma: the first slot is empty.
      slots.push(undefined);
      sawAny = true;
    }
  }
  if (sawAny) slots.push(current);
  return slots;
}

/** The text inside `<...>`, or the node's text when it is not bracketed. */
export function unbracketed(node: Node): string {
  const text = node.text;
  return (node.type === 'angle_list' || node.type === 'angle_text') && text.startsWith('<') && text.endsWith('>') ? text.slice(1, -1).trim() : text.trim();
}

/** Where the text `unbracketed` reads lies: UTF-16 offsets into the text the node was parsed from. */
export function unbracketedRange(node: Node): { start: number; end: number } {
  const text = node.text;
  const inner = unbracketed(node);
  const bracketed = (node.type === 'angle_list' || node.type === 'angle_text') && text.startsWith('<') && text.endsWith('>');
  const start = text.indexOf(inner, bracketed ? 1 : 0);
  return { start: node.startIndex + start, end: node.startIndex + start + inner.length };
}

export function span(file: string, range: Range): SourceSpan {
  return { file, range };
}
