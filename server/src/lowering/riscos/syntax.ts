import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { Range, SourceSpan } from '../../../../emulator/src/index.js';

// Small helpers over the RISC OS grammars' syntax nodes (ObjAsm and BBC BASIC
// share the ARM rules, so they share these too).

/**
 * Keywords as written (mnemonics, conditions, directives), lowercased: one
 * string per spelling rather than one per statement, so the sets and
 * `switch`es that read it hash it once. Spellings are few; the bound keeps
 * odd text from growing the map.
 */
const lowercased = new Map<string, string>();
const MAX_SPELLINGS = 1024;

export function lowercase(text: string): string {
  let lower = lowercased.get(text);
  if (lower === undefined) {
    lower = text.toLowerCase();
    if (lowercased.size < MAX_SPELLINGS) lowercased.set(text, lower);
  }
  return lower;
}

export function rangeOf(node: Pick<Node, 'startPosition' | 'endPosition'>): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

export function child(node: Node, field: string): Node | undefined {
  return node.childForFieldName(field) ?? undefined;
}

export function children(node: Node, field: string): Node[] {
  return node.childrenForFieldName(field);
}

export function namedChildren(node: Node): readonly Node[] {
  return node.namedChildren;
}

/** The operator token of a unary or binary expression (not always a named node). */
export function operatorOf(node: Node): string {
  const op = child(node, 'operator');
  if (op) return op.text;
  const first = node.child(node.type === 'unary_expression' ? 0 : 1);
  return first?.text ?? '';
}

/**
 * The slots of a comma-separated field list with empty slots kept
 * (`DREG r1, "x",,Integer`, `SYS "X", 0,, 1 TO ,area%`): the grammars have no
 * node for an empty slot, so the commas count them. `stop` ends the list at
 * a token (SYS's `TO`). A comma before the first field is the one after the
 * statement's head (`SYS "X", 0`), not the end of an empty slot.
 */
export function fieldSlots(node: Node, field: string, stop?: string): (Node | undefined)[] {
  return slots(node, field, false, stop);
}

/**
 * A macro call's arguments, empty ones kept in their places: nothing stands
 * between the macro's name and its first argument, so a comma before any
 * argument ends an empty first one (`Pair , 5`, Hdr:Proc's `Entry , 8`).
 */
export function argumentSlots(node: Node): (Node | undefined)[] {
  return slots(node, 'argument', true);
}

/** `open`: a comma ends a slot, even before any field (else the first comma only opens the list). */
function slots(node: Node, field: string, open: boolean, stop?: string): (Node | undefined)[] {
  const found: (Node | undefined)[] = [];
  let current: Node | undefined;
  let listed = false;
  for (let i = 0; i < node.childCount; i++) {
    const c = node.child(i);
    if (!c) continue;
    if (stop !== undefined && c.type === stop) break;
    if (node.fieldNameForChild(i) === field) current = c;
    else if (c.type === ',') {
      if (open || listed) found.push(current);
      current = undefined;
    } else continue;
    listed = true;
  }
  if (listed) found.push(current);
  return found;
}

export function span(file: string, range: Range): SourceSpan {
  return { file, range };
}
