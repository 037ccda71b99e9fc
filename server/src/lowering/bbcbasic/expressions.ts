import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type Expr } from '../../../../emulator/src/index.js';
import { child, children, namedChildren, operatorOf } from '../riscos/syntax.js';
import { asNumber, constantOf, type Value } from '../riscos/values.js';
import { byteString } from '../../source/decodeSource.js';

// BBC BASIC V expressions as far as assembler operands and the constants
// before an assembler block need them: integer arithmetic, the bitwise
// operators, comparisons (TRUE is -1), strings and a few built-ins (EVAL of
// a known string that writes a number). Reals (`2^12`, `8192/2`,
// `SQR(4096)`, `4096.7`) are worked out as numbers and are a value where
// BASIC makes them an integer: a whole number in range, `INT` of one, an
// integer variable assigned one. Anything that needs the running program
// (indirection, arrays, FN calls but of an FN the scope knows the value
// of) is unknown.

export interface BasicScope {
  /** A variable or label (`size%`, `handler%`, `table%(0)`); undefined when it has no known value. */
  variable(name: string): Value | undefined;
  unknown(message: string, node: Node, name: string): Value;
  /** A plain variable with no value here: maybe a label or variable nothing defines (PW102 material). */
  unresolved(node: Node): void;
  /** The program was read as Latin-1: a string's text is each character's code, else its UTF-8 (`byteString`). */
  readonly latin1: boolean;
  /** What an FN call returns, where the scope knows it (see `valueRoutines.ts`); without it, or undefined, the call is unknown. */
  functionValue?(call: Node): Value | undefined;
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
  const quiet: BasicScope = { variable: (name) => scope.variable(name), unknown: (_m, _n, name) => expr.sym(name), unresolved: () => undefined, latin1: scope.latin1 };
  const indices = children(list, 'argument').map((a) => expr.signedValue(asNumber(evaluateBasic(a, quiet))));
  if (indices.length === 0 || indices.some((i) => i === undefined)) return variableName(node);
  return `${variableName(array)}(${indices.join(',')})`;
}

const truth = (b: boolean): Expr => expr.bv(b ? -1 : 0);

/**
 * A real number, as `^`, `/`, SQR and a number written with a point or an
 * exponent give BASIC one; `exact` where it is BASIC's to the last bit (a
 * whole number worked out from whole numbers, each step's result one too).
 */
class Real {
  constructor(readonly value: number, readonly exact: boolean) {}
}

/** What an expression is while it is worked out: a value, or a real that becomes one where BASIC makes it an integer. */
type Numeric = Value | Real;

/** Whole numbers up to this size are exact in BASIC V's reals (five bytes, a 32-bit mantissa). */
const EXACT_LIMIT = 2 ** 32;

/**
 * How far from a whole number a real that is not exact must be for BASIC
 * to make the same integer of it: BASIC V rounds each step to 32 bits and
 * the errors add up over the steps, so a real closer than this (a margin
 * of 8 bits over one step's error) may lie on the whole number's other side.
 */
const tolerance = (x: number): number => Math.max(Math.abs(x), 1) * 2 ** -24;

/** A real worked out from `inputs`: exact where they all are and it is a whole number BASIC holds exactly. */
const real = (value: number, ...inputs: readonly Real[]): Real =>
  new Real(value, inputs.every((r) => r.exact) && Number.isInteger(value) && Math.abs(value) <= EXACT_LIMIT);

/** The integer BASIC makes of a real, its part before the point (`trunc`) or the whole number at or below it (`floor`, INT): undefined outside 32 bits ("Number too big") or where its rounding could decide it. */
function integerOf(x: Real, rounding: 'trunc' | 'floor'): bigint | undefined {
  const n = Math[rounding](x.value);
  if (!Number.isFinite(n) || n < -(2 ** 31) || n > 2 ** 31 - 1) return undefined;
  return x.exact || Math.abs(x.value - Math.round(x.value)) > tolerance(x.value) ? BigInt(n) : undefined;
}

/** A real as a value where it is exactly a whole number in 32 bits; else unknown, as BASIC would stop or may take another integer than the one worked out. */
function integral(v: Numeric, node: Node, scope: BasicScope): Value {
  if (!(v instanceof Real)) return v;
  const n = v.exact ? integerOf(v, 'trunc') : undefined;
  return n === undefined ? scope.unknown(`${node.text} is not a 32-bit integer`, node, node.text) : expr.bv(n);
}

/** A value or real as a real, where it is a known number: an integer is an exact one. */
function realOf(v: Numeric): Real | undefined {
  if (v instanceof Real) return v;
  const s = typeof v === 'string' ? undefined : expr.signedValue(asNumber(v));
  return s === undefined ? undefined : new Real(Number(s), true);
}

/** `x ^ y`, a whole power of a whole number worked out exactly, as BASIC multiplies those out; undefined where BASIC stops (a root of a negative number, 0 to a negative power). */
function power(x: Real, y: Real): Real | undefined {
  const whole = Number.isInteger(x.value) && Number.isInteger(y.value) && y.value >= 0 && y.value <= 64;
  const p = whole ? Number(BigInt(x.value) ** BigInt(y.value)) : x.value ** y.value;
  return Number.isFinite(p) ? (whole ? real(p, x, y) : new Real(p, false)) : undefined;
}

const REAL_OPERATORS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '^', '=', '<>', '<', '>', '<=', '>=']);

/** An arithmetic operator or comparison where BASIC works in reals: an operand is one, or the operator is `/` or `^`. */
function realBinary(op: string, a: Numeric, b: Numeric, node: Node, scope: BasicScope): Numeric {
  const x = realOf(a), y = realOf(b);
  if (!x || !y) return scope.unknown(`${node.text} has no known value`, node, node.text);
  switch (op) {
    case '+': return real(x.value + y.value, x, y);
    case '-': return real(x.value - y.value, x, y);
    case '*': return real(x.value * y.value, x, y);
    case '/': return y.value === 0 ? scope.unknown(`division by zero in ${node.text}`, node, node.text) : real(x.value / y.value, x, y);
    case '^': return power(x, y) ?? scope.unknown(`${node.text} cannot be evaluated`, node, node.text);
  }
  const d = x.value - y.value;
  // Two reals BASIC may round apart, or together, compare as neither knows.
  if (!(x.exact && y.exact) && Math.abs(d) <= tolerance(Math.max(Math.abs(x.value), Math.abs(y.value)))) return expr.sym(`(${op})`);
  return truth(op === '=' ? d === 0 : op === '<>' ? d !== 0 : op === '<' ? d < 0 : op === '>' ? d > 0 : op === '<=' ? d <= 0 : d >= 0);
}

function compare(op: string, a: Value, b: Value): Value {
  if (typeof a === 'string' && typeof b === 'string') {
    const c = a < b ? -1 : a > b ? 1 : 0;
    return truth(op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0);
  }
  const x = expr.signedValue(asNumber(a)), y = expr.signedValue(asNumber(b));
  if (x === undefined || y === undefined) return expr.sym(`(${op})`);
  return truth(op === '=' ? x === y : op === '<>' ? x !== y : op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y);
}

function binary(node: Node, scope: BasicScope): Numeric {
  const op = operatorOf(node).toUpperCase();
  const l = child(node, 'left');
  const r = child(node, 'right');
  if (!l || !r) return scope.unknown(`incomplete expression ${node.text}`, node, node.text);
  const ra = evaluate(l, scope);
  const rb = evaluate(r, scope);
  if (REAL_OPERATORS.has(op) && (op === '/' || op === '^' || ra instanceof Real || rb instanceof Real)) return realBinary(op, ra, rb, node, scope);
  const a = integral(ra, l, scope);
  const b = integral(rb, r, scope);
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

function builtin(node: Node, scope: BasicScope): Numeric {
  const name = (child(node, 'name')?.text ?? '').toUpperCase();
  const args = child(node, 'arguments');
  const argNodes = args ? children(args, 'argument') : [child(node, 'argument')].filter((n): n is Node => n !== undefined);
  const [argNode] = argNodes;
  const [numeric] = argNodes.map((a) => evaluate(a, scope));
  if (!argNode || numeric === undefined) return scope.unknown(`${name} without an argument`, node, node.text);
  const x = realOf(numeric);
  if (numeric instanceof Real && name === 'ABS') return new Real(Math.abs(numeric.value), numeric.exact);
  switch (name) {
    case 'INT': {
      if (!(numeric instanceof Real)) return asNumber(numeric);
      const n = integerOf(numeric, 'floor');
      return n === undefined ? scope.unknown(`INT of ${node.text}: not a 32-bit integer`, node, node.text) : expr.bv(n);
    }
    case 'SQR': return !x || x.value < 0 ? scope.unknown(`SQR of ${node.text}`, node, node.text) : real(Math.sqrt(x.value), x);
    case 'SGN': {
      // A real BASIC may round to either side of 0 has no known sign.
      if (!x || (!x.exact && Math.abs(x.value) <= tolerance(0))) return scope.unknown(`SGN of ${node.text}`, node, node.text);
      return expr.bv(x.value > 0 ? 1 : x.value < 0 ? -1 : 0);
    }
  }
  const v = integral(numeric, argNode, scope);
  switch (name) {
    case 'NOT': return expr.not(asNumber(v));
    case 'ASC': return typeof v === 'string' ? expr.bv(v.length > 0 ? v.charCodeAt(0) : -1) : scope.unknown(`ASC of ${node.text}`, node, node.text);
    case 'CHR$': { const c = constantOf(v); return c === undefined ? scope.unknown(`CHR$ of ${node.text}`, node, node.text) : String.fromCharCode(Number(c & 0xffn)); }
    case 'LEN': return typeof v === 'string' ? expr.bv(v.length) : scope.unknown(`LEN of ${node.text}`, node, node.text);
    case 'ABS': { const s = expr.signedValue(asNumber(v)); return s === undefined ? scope.unknown(`ABS of ${node.text}`, node, node.text) : expr.bv(s < 0n ? -s : s); }
    case 'EVAL': return (typeof v === 'string' ? numberText(v) : undefined) ?? scope.unknown(`EVAL of ${node.text}: what it reads is not known`, node, node.text);
  }
  return scope.unknown(`${name} is not evaluated`, node, node.text);
}

export function evaluateBasic(node: Node, scope: BasicScope): Value {
  return integral(evaluate(node, scope), node, scope);
}

/** What an integer variable (`max%`, `size%(2)`) assigned `node` holds: a real's part before the point, as BASIC keeps it. */
export function evaluateInteger(node: Node, scope: BasicScope): Value {
  const v = evaluate(node, scope);
  if (!(v instanceof Real)) return v;
  const n = integerOf(v, 'trunc');
  return n === undefined ? scope.unknown(`${node.text} is not a 32-bit integer`, node, node.text) : expr.bv(n);
}

/** Whether BASIC's variable `name` (as `variableName` or `elementName` gives it) holds integers only: a `%` variable or an element of a `%` array. */
export const isIntegerVariable = (name: string): boolean => /%(\(.*\))?$/.test(name);

function evaluate(node: Node, scope: BasicScope): Numeric {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = namedChildren(node)[0];
      return inner ? evaluate(inner, scope) : scope.unknown('empty parentheses', node, '()');
    }
    case 'number': {
      // A point or an exponent makes a real: `&E` is a hexadecimal integer.
      if (/^[\d.]/.test(node.text) && /[.e]/i.test(node.text)) return real(Number(node.text));
      const v = parseBasicNumber(node.text);
      return v === undefined ? scope.unknown(`${node.text} is not an integer`, node, node.text) : expr.bv(v);
    }
    case 'string': return byteString(node.text.slice(1, -1).replace(/""/g, '"'), scope.latin1);
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
      const value = operand ? evaluate(operand, scope) : expr.bv(0);
      if (value instanceof Real) return operatorOf(node) === '-' ? new Real(-value.value, value.exact) : value;
      const v = asNumber(value);
      return operatorOf(node) === '-' ? expr.neg(v) : v;
    }
    case 'binary_expression': return binary(node, scope);
    case 'builtin_call': return builtin(node, scope);
    case 'fn_call': {
      const value = scope.functionValue?.(node);
      if (value !== undefined) return value;
    }
  }
  return scope.unknown(`${node.text} is not known before the program runs`, node, node.text);
}
