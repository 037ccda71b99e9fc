import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type Expr } from '../../../../emulator/src/index.js';
import { child, namedChildren, operatorOf } from '../riscos/syntax.js';
import { asNumber, constantOf, isNumber, truthOf, type Value } from '../riscos/values.js';
import { symbolName } from './symbols.js';

// ObjAsm expressions: numbers in every base ObjAsm writes, strings and
// characters, the :OP: operators, built-in variables and local-label
// references. Unknown names become symbols (with a note through the scope),
// so an expression over them still reaches the IR as a value.

export interface ObjAsmScope {
  /** A name's value (label, equate, variable, field offset, header symbol); reports and symbolises unknown names. */
  lookup(name: string, node: Node): Value;
  /** `left - right` when both name labels (what `lookup` would give them), read as a difference; else undefined. */
  labelDifference(left: Node, right: Node): Expr | undefined;
  /** Whether a name is defined (`:DEF:`). */
  defined(name: string): boolean;
  /** A `$name` outside a macro body: a string or arithmetic variable substituted in place. */
  variable(name: string, node: Node): Value;
  /** `{PC}` and `.`: the address being assembled. */
  location(): Expr;
  /** `@`: the storage-map counter. */
  mapCounter(): Expr;
  /** The base register of a storage-map field (`:BASE:`). */
  fieldBase(name: string): number | undefined;
  localLabel(node: Node): Value;
  builtin(name: string, node: Node): Value;
  unknown(message: string, node: Node, name: string): Value;
  /** A string's text as written in the source, as the bytes the file holds for it (`byteString`). */
  sourceString(text: string): string;
}

export function parseNumber(text: string): bigint | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) return BigInt(t);
  if (/^&[0-9a-f]+$/i.test(t)) return BigInt(`0x${t.slice(1)}`);
  if (/^0x[0-9a-f]+$/i.test(t)) return BigInt(t);
  const based = /^([2-9])_([0-9a-z]+)$/i.exec(t);
  if (based) {
    const radix = Number(based[1]);
    let v = 0n;
    for (const ch of (based[2] ?? '').toLowerCase()) {
      const d = parseInt(ch, 36);
      if (Number.isNaN(d) || d >= radix) return undefined;
      v = v * BigInt(radix) + BigInt(d);
    }
    return v;
  }
  return undefined;
}

const n32 = (v: bigint): Expr => expr.bv(v);

function stringOf(node: Node, scope: ObjAsmScope): string | Value {
  let out = '';
  for (const part of namedChildren(node)) {
    if (part.type === 'string_content') out += scope.sourceString(part.text);
    else if (part.type === 'escape_sequence') out += part.text === '""' ? '"' : part.text === '$$' ? '$' : part.text.slice(1);
    else if (part.type === 'macro_variable') {
      const v = scope.variable(part.text.replace(/^\$/, '').replace(/\.$/, ''), part);
      if (typeof v === 'string') out += v;
      else {
        const c = constantOf(v);
        if (c === undefined) return v;
        out += c.toString();
      }
    }
  }
  return out;
}

function compare(op: string, a: Value, b: Value): Value {
  if (typeof a === 'string' && typeof b === 'string') {
    const c = a < b ? -1 : a > b ? 1 : 0;
    return relation(op, c);
  }
  if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '=' || op === '==')) return a === b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a !== b;
  const x = asNumber(a), y = asNumber(b);
  const cx = expr.constValue(x), cy = expr.constValue(y);
  if (cx === undefined || cy === undefined) {
    const e = op === '=' || op === '==' ? expr.eq(x, y) : op === '<' ? expr.ult(x, y) : op === '>' ? expr.ugt(x, y) : op === '<=' ? expr.ule(x, y) : op === '>=' ? expr.uge(x, y) : expr.ne(x, y);
    return expr.zext(e, 32);
  }
  return relation(op, cx < cy ? -1 : cx > cy ? 1 : 0);
}

function relation(op: string, c: number): boolean {
  switch (op) {
    case '=': case '==': return c === 0;
    case '<': return c < 0;
    case '>': return c > 0;
    case '<=': return c <= 0;
    case '>=': return c >= 0;
    default: return c !== 0;
  }
}

function logical(op: string, a: Value, b: Value): Value {
  const x = truthOf(a), y = truthOf(b);
  if (op === 'land' || op === '&&') return x === false || y === false ? false : x === undefined || y === undefined ? expr.sym('unknown logical') : true;
  if (op === 'lor' || op === '||') return x === true || y === true ? true : x === undefined || y === undefined ? expr.sym('unknown logical') : false;
  return x === undefined || y === undefined ? expr.sym('unknown logical') : x !== y;
}

function arithmetic(op: string, a: Expr, b: Expr): Expr | undefined {
  switch (op) {
    case '+': return expr.add(a, b);
    case '-': return expr.sub(a, b);
    case '*': return expr.mul(a, b);
    case '/': return expr.constValue(b) === 0n ? undefined : expr.udiv(a, b);
    case 'mod': return expr.constValue(b) === 0n ? undefined : expr.urem(a, b);
    case 'and': case '&': return expr.and(a, b);
    case 'or': case '|': return expr.or(a, b);
    case 'eor': case '^': return expr.xor(a, b);
    case 'shl': case '<<': return shiftBy(a, b, expr.shl);
    case 'shr': case '>>': return shiftBy(a, b, expr.lshr);
    case 'rol': return expr.rotl(a, b);
    case 'ror': return expr.rotr(a, b);
  }
  return undefined;
}

/** Shifts by 32 or more give 0, as in ObjAsm. */
function shiftBy(a: Expr, b: Expr, f: (x: Expr, y: Expr) => Expr): Expr {
  const n = expr.constValue(b);
  return n !== undefined && n >= 32n ? expr.bv(0) : f(a, b);
}

export function evaluate(node: Node, scope: ObjAsmScope): Value {
  switch (node.type) {
    case 'parenthesized_expression': {
      const inner = namedChildren(node).find((c) => c.type !== 'comment');
      return inner ? evaluate(inner, scope) : scope.unknown('empty parentheses', node, '()');
    }
    case 'number': {
      const v = parseNumber(node.text);
      return v === undefined ? scope.unknown(`number ${node.text} is not an integer`, node, node.text) : n32(v);
    }
    case 'character': {
      const body = node.text.slice(1, -1);
      return n32(BigInt((body.startsWith('\\') ? body.slice(1) : body).charCodeAt(0) || 0));
    }
    case 'string': return stringOf(node, scope);
    case 'identifier': case 'bar_symbol': case 'register': return scope.lookup(symbolName(node), node);
    case 'macro_variable': return scope.variable(node.text.slice(1), node);
    case 'location': return node.text === '@' ? scope.mapCounter() : scope.location();
    case 'builtin_variable': return scope.builtin((child(node, 'name')?.text ?? '').toUpperCase(), node);
    case 'local_label_ref': return scope.localLabel(node);
    case 'unary_expression': return unary(node, scope);
    case 'binary_expression': return binary(node, scope);
  }
  return scope.unknown(`expression ${node.text} is not modelled`, node, node.text);
}

function unary(node: Node, scope: ObjAsmScope): Value {
  const op = operatorOf(node).toLowerCase().replace(/:/g, '');
  const operand = child(node, 'operand');
  if (!operand) return scope.unknown(`incomplete expression ${node.text}`, node, node.text);
  if (op === 'def') return scope.defined(symbolName(operand));
  if (op === 'base') {
    const r = scope.fieldBase(symbolName(operand));
    return r === undefined ? scope.unknown(`:BASE: of ${operand.text} is not known`, node, node.text) : n32(BigInt(r));
  }
  const v = evaluate(operand, scope);
  switch (op) {
    case '-': return expr.neg(asNumber(v));
    case '+': case 'index': return typeof v === 'string' ? v : asNumber(v);
    case '~': case 'not': return expr.not(asNumber(v));
    case 'lnot': {
      const t = truthOf(v);
      return t === undefined ? expr.sym(`:LNOT: ${operand.text}`) : !t;
    }
    case 'len': return typeof v === 'string' ? n32(BigInt(v.length)) : scope.unknown(`:LEN: of ${operand.text}`, node, node.text);
    case 'chr': {
      const c = constantOf(v);
      return c === undefined ? scope.unknown(`:CHR: of ${operand.text}`, node, node.text) : String.fromCharCode(Number(c & 0xffn));
    }
    case 'str': {
      if (typeof v === 'boolean') return v ? 'T' : 'F';
      const c = constantOf(v);
      return c === undefined ? scope.unknown(`:STR: of ${operand.text}`, node, node.text) : c.toString(16).toUpperCase().padStart(8, '0');
    }
    // ObjAsm maps the ASCII letters only: a value is bytes, and one from 80h is no letter to it.
    case 'uppercase': return typeof v === 'string' ? v.replace(/[a-z]+/g, (s) => s.toUpperCase()) : v;
    case 'lowercase': return typeof v === 'string' ? v.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : v;
  }
  return scope.unknown(`operator ${operatorOf(node)} is not modelled`, node, node.text);
}

function binary(node: Node, scope: ObjAsmScope): Value {
  const op = operatorOf(node).toLowerCase().replace(/:/g, '');
  const l = child(node, 'left');
  const r = child(node, 'right');
  if (!l || !r) return scope.unknown(`incomplete expression ${node.text}`, node, node.text);
  if (op === '-') {
    const difference = scope.labelDifference(l, r);
    if (difference !== undefined) return difference;
  }
  const a = evaluate(l, scope);
  const b = evaluate(r, scope);
  if (['=', '==', '<>', '/=', '!=', '<', '>', '<=', '>='].includes(op)) return compare(op, a, b);
  if (['land', 'lor', 'leor', '&&', '||'].includes(op)) return logical(op, a, b);
  if (op === 'cc') return typeof a === 'string' && typeof b === 'string' ? a + b : scope.unknown(`:CC: of ${node.text}`, node, node.text);
  if (op === 'left' || op === 'right') {
    const n = constantOf(b);
    if (typeof a !== 'string' || n === undefined) return scope.unknown(`:${op.toUpperCase()}: of ${node.text}`, node, node.text);
    return op === 'left' ? a.slice(0, Number(n)) : a.slice(Math.max(0, a.length - Number(n)));
  }
  // Logicals combine bitwise like numbers only when both sides are numbers.
  if (!isNumber(a) && !isNumber(b) && typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === 'and' || op === '&') return a && b;
    if (op === 'or' || op === '|') return a || b;
  }
  const result = arithmetic(op, asNumber(a), asNumber(b));
  return result ?? scope.unknown(`${node.text} cannot be evaluated`, node, node.text);
}
