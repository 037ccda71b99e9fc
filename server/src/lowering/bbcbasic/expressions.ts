import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type Expr } from '../../../../emulator/src/index.js';
import { child, children, namedChildren, operatorOf } from '../riscos/syntax.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';

// BBC BASIC V expressions as far as assembler operands and the constants
// before an assembler block need them: integer arithmetic, the bitwise
// operators, comparisons (TRUE is -1), strings and a few built-ins (EVAL of
// a known string that writes a number). Anything that needs the running
// program (FN calls, indirection, arrays) is unknown.

export interface BasicScope {
  /** A variable or label (`size%`, `handler%`, `table%(0)`); undefined when it has no known value. */
  variable(name: string): Value | undefined;
  unknown(message: string, node: Node, name: string): Value;
  /** A plain variable with no value here: maybe a label or variable nothing defines (PW102 material). */
  unresolved(node: Node): void;
}

export function parseBasicNumber(text: string): bigint | undefined {
  if (/^\d+$/.test(text)) return BigInt(text);
  if (/^&[0-9a-f]+$/i.test(text)) return BigInt(`0x${text.slice(1)}`);
  if (/^%[01]+$/.test(text)) return BigInt(`0b${text.slice(1)}`);
  const f = Number(text);
  return Number.isInteger(f) ? BigInt(f) : undefined;
}

/** The name an l-value or label is written as, spaces dropped. */
export const variableName = (node: Node): string => node.text.replace(/\s+/g, '');

/**
 * The name a variable or label is known by: an array element by the value
 * of its index where that is known (`table%(i%)` in a loop BASIC runs is
 * `table%(3)` in one pass of it), otherwise as written.
 */
export function elementName(node: Node, scope: BasicScope): string {
  const array = node.type === 'array_element' ? child(node, 'name') : undefined;
  const list = node.type === 'array_element' ? child(node, 'arguments') : undefined;
  if (!array || !list) return variableName(node);
  const quiet: BasicScope = { variable: (name) => scope.variable(name), unknown: (_m, _n, name) => expr.sym(name), unresolved: () => undefined };
  const indices = children(list, 'argument').map((a) => expr.signedValue(asNumber(evaluateBasic(a, quiet))));
  if (indices.length === 0 || indices.some((i) => i === undefined)) return variableName(node);
  return `${variableName(array)}(${indices.join(',')})`;
}

const truth = (b: boolean): Expr => expr.bv(b ? -1 : 0);

function compare(op: string, a: Value, b: Value): Value {
  if (typeof a === 'string' && typeof b === 'string') {
    const c = a < b ? -1 : a > b ? 1 : 0;
    return truth(op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0);
  }
  const x = expr.signedValue(asNumber(a)), y = expr.signedValue(asNumber(b));
  if (x === undefined || y === undefined) return expr.sym(`(${op})`);
  return truth(op === '=' ? x === y : op === '<>' ? x !== y : op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y);
}

function binary(node: Node, scope: BasicScope): Value {
  const op = operatorOf(node).toUpperCase();
  const l = child(node, 'left');
  const r = child(node, 'right');
  if (!l || !r) return scope.unknown(`incomplete expression ${node.text}`, node, node.text);
  const a = evaluateBasic(l, scope);
  const b = evaluateBasic(r, scope);
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) return compare(op, a, b);
  if (op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  const x = asNumber(a), y = asNumber(b);
  const zero = expr.constValue(y) === 0n;
  switch (op) {
    case '+': return expr.add(x, y);
    case '-': return expr.sub(x, y);
    case '*': return expr.mul(x, y);
    case 'DIV': return zero ? scope.unknown(`division by zero in ${node.text}`, node, node.text) : expr.sdiv(x, y);
    case 'MOD': return zero ? scope.unknown(`division by zero in ${node.text}`, node, node.text) : expr.srem(x, y);
    case 'AND': return expr.and(x, y);
    case 'OR': return expr.or(x, y);
    case 'EOR': return expr.xor(x, y);
    case '<<': return expr.shl(x, y);
    case '>>': return expr.ashr(x, y);
    case '>>>': return expr.lshr(x, y);
  }
  return scope.unknown(`${node.text} cannot be evaluated`, node, node.text);
}

/** A number as BASIC writes one, signed: what EVAL of a constant string reads (`EVAL("&" + "1000")`); undefined for any other text. */
function numberText(text: string): Value | undefined {
  const match = /^\s*([+-]?)\s*(&[0-9A-F]+|%[01]+|(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?)\s*$/i.exec(text);
  const value = match ? parseBasicNumber((match[2] as string).toUpperCase()) : undefined;
  return value === undefined ? undefined : expr.bv(match?.[1] === '-' ? -value : value);
}

function builtin(node: Node, scope: BasicScope): Value {
  const name = (child(node, 'name')?.text ?? '').toUpperCase();
  const args = child(node, 'arguments');
  const argNodes = args ? children(args, 'argument') : [child(node, 'argument')].filter((n): n is Node => n !== undefined);
  const values = argNodes.map((a) => evaluateBasic(a, scope));
  const [v] = values;
  if (v === undefined) return scope.unknown(`${name} without an argument`, node, node.text);
  switch (name) {
    case 'NOT': return expr.not(asNumber(v));
    case 'ASC': return typeof v === 'string' ? expr.bv(v.length > 0 ? v.charCodeAt(0) : -1) : scope.unknown(`ASC of ${node.text}`, node, node.text);
    case 'CHR$': { const c = constantOf(v); return c === undefined ? scope.unknown(`CHR$ of ${node.text}`, node, node.text) : String.fromCharCode(Number(c & 0xffn)); }
    case 'LEN': return typeof v === 'string' ? expr.bv(v.length) : scope.unknown(`LEN of ${node.text}`, node, node.text);
    case 'ABS': { const s = expr.signedValue(asNumber(v)); return s === undefined ? scope.unknown(`ABS of ${node.text}`, node, node.text) : expr.bv(s < 0n ? -s : s); }
    case 'INT': return asNumber(v);
    case 'EVAL': return (typeof v === 'string' ? numberText(v) : undefined) ?? scope.unknown(`EVAL of ${node.text}: what it reads is not known`, node, node.text);
  }
  return scope.unknown(`${name} is not evaluated`, node, node.text);
}

export function evaluateBasic(node: Node, scope: BasicScope): Value {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? evaluateBasic(inner, scope) : scope.unknown('empty parentheses', node, '()');
    }
    case 'number': {
      const v = parseBasicNumber(node.text);
      return v === undefined ? scope.unknown(`${node.text} is not an integer`, node, node.text) : expr.bv(v);
    }
    case 'string': return node.text.slice(1, -1).replace(/""/g, '"');
    case 'identifier': case 'array_element': {
      const name = elementName(node, scope);
      const known = scope.variable(name);
      if (known !== undefined) return known;
      if (node.type === 'identifier') scope.unresolved(node);
      return scope.unknown(`${name} has no known value`, node, name);
    }
    case 'builtin_variable': {
      const t = node.text.toUpperCase();
      if (t === 'TRUE') return truth(true);
      if (t === 'FALSE') return truth(false);
      return scope.unknown(`${t} is not known before the program runs`, node, t);
    }
    case 'unary_expression': {
      const operand = child(node, 'operand');
      const v = operand ? asNumber(evaluateBasic(operand, scope)) : expr.bv(0);
      return operatorOf(node) === '-' ? expr.neg(v) : v;
    }
    case 'binary_expression': return binary(node, scope);
    case 'builtin_call': return builtin(node, scope);
  }
  return scope.unknown(`${node.text} is not known before the program runs`, node, node.text);
}
