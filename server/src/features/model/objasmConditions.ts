import type { Node } from 'web-tree-sitter';

// ObjAsm assembles one arm of `[ cond | … ]` or IF/ELIF/ELSE/ENDIF: a name
// set in each arm (`Size SETA 64` / `Size SETA 128`, an EQU in each) holds
// the value of the arm whose condition holds. These are the conditions a
// setting stands under, and their values where the hover can work them out.

/** A condition a setting stands under, and whether it holds there (the consequence) or not (an ELSE or ELIF after it). */
export interface Arm {
  readonly condition: Node;
  readonly holds: boolean;
}

/** The conditions of the `[ | ]`, IF and ELIF arms `node` lies in, innermost first. */
export function armsOf(node: Node): Arm[] {
  const arms: Arm[] = [];
  for (let inner = node, outer = node.parent; outer; inner = outer, outer = outer.parent) {
    if (outer.type !== 'conditional' && outer.type !== 'elif_clause') continue;
    const condition = outer.childForFieldName('condition');
    if (!condition || condition.id === inner.id) continue;
    arms.push({ condition, holds: outer.childForFieldName('alternative')?.id !== inner.id });
  }
  return arms;
}

/** How the hover reads a name in a condition: a logical's truth, or a number. */
export interface ConditionScope {
  readonly logical: (name: string, depth: number) => boolean | undefined;
  readonly number: (node: Node, depth: number) => number | undefined;
}

const COMPARISONS: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '=': (a, b) => a === b, '==': (a, b) => a === b, '<>': (a, b) => a !== b, '/=': (a, b) => a !== b, '!=': (a, b) => a !== b,
  '<': (a, b) => a < b, '>': (a, b) => a > b, '<=': (a, b) => a <= b, '>=': (a, b) => a >= b,
};

const operatorOf = (node: Node): string => (node.childForFieldName('operator')?.text ?? '').replace(/^:|:$/g, '').toUpperCase();

/** Whether an ObjAsm logical expression holds: `{TRUE}`, a SETL variable, `:LNOT:`, `:LAND:`, `:LOR:`, `:LEOR:` and numeric comparisons; undefined where that is not known. */
export function conditionHolds(node: Node, scope: ConditionScope, depth = 0): boolean | undefined {
  if (depth > 16) return undefined;
  const sub = (n: Node | null): boolean | undefined => (n ? conditionHolds(n, scope, depth + 1) : undefined);
  switch (node.type) {
    case 'parenthesized_expression': return sub(node.namedChildren[0] ?? null);
    case 'builtin_variable': {
      const name = node.childForFieldName('name')?.text.toUpperCase();
      return name === 'TRUE' ? true : name === 'FALSE' ? false : undefined;
    }
    case 'identifier': return scope.logical(node.text, depth + 1);
    case 'unary_expression': {
      const operand = operatorOf(node) === 'LNOT' ? sub(node.childForFieldName('operand')) : undefined;
      return operand === undefined ? undefined : !operand;
    }
    case 'binary_expression': {
      const op = operatorOf(node);
      const left = node.childForFieldName('left'), right = node.childForFieldName('right');
      if (!left || !right) return undefined;
      const compare = COMPARISONS[op];
      if (compare) {
        const a = scope.number(left, depth + 1), b = scope.number(right, depth + 1);
        return a === undefined || b === undefined ? undefined : compare(a, b);
      }
      const a = sub(left), b = sub(right);
      if (op === 'LAND') return a === false || b === false ? false : a && b;
      if (op === 'LOR') return a === true || b === true ? true : a === undefined || b === undefined ? undefined : false;
      if (op === 'LEOR') return a === undefined || b === undefined ? undefined : a !== b;
      return undefined;
    }
    default: return undefined;
  }
}
