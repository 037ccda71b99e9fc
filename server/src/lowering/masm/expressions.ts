import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type Expr } from '../../../../emulator/src/index.js';
import { parseNumber, stringValue } from './numbers.js';
import type { MasmSymbol, StrucField } from './symbols.js';
import { child, children, unbracketed } from './syntax.js';

// Assembly-time expressions with MASM's operators and precedence (the
// grammar already nests them by precedence). Values are 32-bit Exprs: an
// operand the lowering cannot evaluate becomes a symbol, never a guess.

const { bv, sym } = expr;

/** The operators written as words before one operand that a bracket after them may hold (`SIZEOF(Table)`). */
const KEYWORD_UNARY = new Set(['offset32', 'offset', 'seg', 'type', 'size', 'sizeof', 'length', 'lengthof', 'width', 'mask', 'high', 'low', 'highword', 'lowword', 'short', 'this', 'opattr']);

/** `node` without the brackets around it. */
function unparenthesized(node: Node): Node {
  let n = node;
  for (let inner = innerExpression(n); n.type === 'parenthesized_expression' && inner; inner = innerExpression(n)) n = inner;
  return n;
}

function innerExpression(node: Node): Node | undefined {
  return node.namedChildren.find((n) => n !== null && n.type !== 'comment') ?? undefined;
}

/** What an expression names besides its value. */
export interface Value {
  readonly expr: Expr;
  /** The expression is a memory reference (a data label, `Table+4`); `size` is its type when known. */
  readonly memory?: { readonly size?: number };
  /** The code label a jump or call names. */
  readonly label?: string;
  /** The size of what the expression names (TYPE): a data label's type, a field's, a structure's. */
  readonly typeSize?: number;
  /** The bytes of every element of what it names (SIZEOF): a data label's or field's, declared with DUP or several values. */
  readonly length?: number;
  /** The structure type of what it names, for member lookups. */
  readonly struc?: string;
}

/** What the evaluator needs from the assembler state. */
export interface Scope {
  lookup(name: string): MasmSymbol | undefined;
  /** A field by name: of the given structure, or the global MASM 5 field name. */
  field(name: string, struc?: string): StrucField | undefined;
  /** A value for a name the program does not define (vmm.inc and catalogue constants). */
  builtin(name: string): Expr | undefined;
  /** A text equate's text read as an expression. */
  parseText(text: string): Node | undefined;
  /**
   * The call `node` of a macro function of the program's own, expanded:
   * what it returns read as an expression (undefined when it returns no
   * text, or one that is none); undefined when it calls no such macro.
   */
  macroFunction(node: Node): { readonly value: Node | undefined } | undefined;
  /** The location counter `$`. */
  here(): bigint;
  /** A label's address as a value (not as a jump's target). */
  address(label: Extract<MasmSymbol, { kind: 'label' }>): bigint;
  /** The label `@F`/`@B` refers to. */
  anonymous(forward: boolean): string;
  unknown(what: string, node: Node): void;
  /** A name nothing defines (PW102 material). */
  undefinedName(node: Node, kind: 'symbol' | 'field'): void;
  radix(): number;
  /** The file's bytes for the quoted string `literal` where the pass is (`stringBytes`): a Latin-1 file's a byte a character, else UTF-8. */
  literalBytes(literal: string): Uint8Array;
}

const SIZE_NAMES: Readonly<Record<string, number>> = {
  byte: 1, sbyte: 1, word: 2, sword: 2, dword: 4, sdword: 4, fword: 6, qword: 8, tbyte: 10, real4: 4, real8: 8, real10: 10,
};

/** The size a `size_type` names; near/far are code, with no size. */
export function sizeOfType(name: string): number | undefined {
  return SIZE_NAMES[name.toLowerCase()];
}

/** What a type name gives what it declares or casts: its size, its sign (MASM's .IF compares signed types signed) and its structure. */
export interface NamedType {
  readonly size: number;
  readonly signed?: true;
  readonly struc?: string;
}

const SIGNED_SIZE_NAMES = /^s(?:byte|word|dword)$/i;

/** The type `name` names: a size name, a structure, or a TYPEDEF of either. */
export function namedType(name: string, lookup: (name: string) => MasmSymbol | undefined): NamedType | undefined {
  const size = sizeOfType(name);
  if (size !== undefined) return SIGNED_SIZE_NAMES.test(name) ? { size, signed: true } : { size };
  const s = lookup(name);
  if (s?.kind === 'struc') return { size: s.size, struc: s.name };
  if (s?.kind === 'type') return { size: s.size, ...(s.signed ? { signed: true } : {}), ...(s.struc ? { struc: s.struc } : {}) };
  return undefined;
}

const TRUE = bv(-1);
const FALSE = bv(0);
const flag = (cond: Expr): Expr => expr.ite(cond, TRUE, FALSE);

export class Evaluator {
  private textDepth = 0;

  constructor(private readonly scope: Scope) {}

  value(node: Node): Value {
    switch (node.type) {
      case 'number': {
        const n = parseNumber(node.text, this.scope.radix());
        if (n === undefined) return this.unknown(`number ${node.text}`, node);
        return { expr: bv(n) };
      }
      case 'string': return { expr: bv(stringValue(this.scope.literalBytes(node.text))) };
      case 'location_counter': return { expr: bv(this.scope.here()) };
      case 'anonymous_label_ref': {
        const label = this.scope.anonymous(node.text.toLowerCase() === '@f');
        return { expr: this.labelAddress(label), label };
      }
      case 'identifier': return this.identifier(node);
      case 'parenthesized_expression': {
        const inner = innerExpression(node);
        return inner ? this.value(inner) : this.unknown('empty parentheses', node);
      }
      case 'unary_expression': return this.unary(node);
      case 'binary_expression': return this.binary(node);
      case 'member_expression': return this.member(node);
      case 'macro_function_call': {
        const called = this.textDepth < 16 ? this.scope.macroFunction(node) : undefined;
        if (called) return called.value ? this.textValue(called.value) : this.unknown(node.text, node);
        // After an operand's brackets `SIZEOF(Hdr)` reads as a call; MASM reads the operator.
        const operator = child(node, 'name')?.text.toLowerCase() ?? '';
        const operands = children(node, 'argument');
        if (KEYWORD_UNARY.has(operator) && operands.length === 1 && operands[0]) return this.applyUnary(operator, operands[0], node);
        // @SizeStr is the one built-in macro function with a number for a value.
        const text = child(node, 'name')?.text.toLowerCase() === '@sizestr' ? child(node, 'argument') : undefined;
        return text ? { expr: bv(unbracketed(text).length) } : this.unknown(node.text, node);
      }
      case 'size_type': {
        const size = sizeOfType(node.text);
        return size === undefined ? this.unknown(node.text, node) : { expr: bv(size), typeSize: size };
      }
      case 'angle_list': {
        const items = node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
        return items.length === 1 && items[0] ? this.value(items[0]) : this.unknown(node.text, node);
      }
      default: return this.unknown(node.text, node);
    }
  }

  /** The value as a plain number, or undefined when it is not a constant. */
  constant(node: Node): bigint | undefined {
    const v = this.value(node).expr;
    return v.kind === 'const' ? v.value : undefined;
  }

  private unknown(what: string, node: Node): Value {
    this.scope.unknown(what, node);
    return { expr: sym(what) };
  }

  private labelAddress(name: string): Expr {
    const s = this.scope.lookup(name);
    return s?.kind === 'label' ? bv(this.scope.address(s)) : sym(name);
  }

  private identifier(node: Node): Value {
    const name = node.text;
    const s = this.scope.lookup(name);
    if (s) return this.symbol(s, node);
    const f = this.scope.field(name);
    if (f) return { expr: bv(f.offset), typeSize: f.size, length: f.length, struc: f.struc };
    const b = this.scope.builtin(name);
    if (b) return { expr: b };
    this.scope.undefinedName(node, 'symbol');
    return this.unknown(name, node);
  }

  private symbol(s: MasmSymbol, node: Node): Value {
    switch (s.kind) {
      case 'equate': return { expr: s.value };
      case 'label':
        return s.code
          ? { expr: bv(this.scope.address(s)), label: s.name, memory: {} }
          : { expr: bv(this.scope.address(s)), memory: { size: s.size }, typeSize: s.size, length: s.length, struc: s.struc };
      case 'extern':
        return s.code ? { expr: sym(s.name), label: s.name, memory: {} } : { expr: sym(s.name), memory: { size: s.size }, typeSize: s.size };
      case 'struc': return { expr: bv(s.size), typeSize: s.size, struc: s.name };
      case 'type': return { expr: bv(s.size), typeSize: s.size, ...(s.struc ? { struc: s.struc } : {}) };
      case 'text': {
        const parsed = this.textDepth < 16 ? this.scope.parseText(s.text) : undefined;
        return parsed ? this.textValue(parsed) : this.unknown(s.name, node);
      }
      case 'macro': return this.unknown(s.definition.name, node);
    }
  }

  /** The value of a text a name or call stood for, read as an expression: counted, as such texts may stand for one another without end. */
  private textValue(parsed: Node): Value {
    this.textDepth++;
    try {
      return this.value(parsed);
    } finally {
      this.textDepth--;
    }
  }

  private unary(node: Node): Value {
    const op = (child(node, 'operator')?.text ?? '').toLowerCase();
    const operandNode = child(node, 'operand');
    if (!operandNode) return this.unknown(node.text, node);
    return this.applyUnary(op, operandNode, node);
  }

  /** The unary operator `op` applied to `written` (`SIZEOF(Table)` names Table as `SIZEOF Table` does), at `node`. */
  private applyUnary(op: string, written: Node, node: Node): Value {
    const operandNode = unparenthesized(written);
    if (operandNode.type === 'memory_operand') {
      const size = op === 'type' ? this.memoryType(operandNode).size : undefined;
      return size === undefined ? this.unknown(node.text, node) : { expr: bv(size) };
    }
    const operand = this.value(operandNode);
    const e = operand.expr;
    switch (op) {
      case '-': return { expr: expr.neg(e) };
      case '+': return { expr: e };
      case '%': return { expr: e };
      case 'not': return { expr: expr.not(e) };
      // OFFSET FLAT:x and vmm.inc's OFFSET32 give the address, not the memory at it.
      case 'offset': case 'offset32': return { expr: e, label: operand.label };
      case 'short': case 'this': return operand;
      case 'seg': return this.unknown(node.text, node);
      case 'type': return { expr: bv(operand.typeSize ?? 0) };
      // Data or a field declared with DUP takes all its elements, however it is named (`Hdr.H_Tab`, `MyVar.H_Tab`).
      case 'size': case 'sizeof': return { expr: bv(operand.length ?? operand.typeSize ?? 0) };
      case 'length': case 'lengthof':
        return { expr: bv(operand.length !== undefined && operand.typeSize ? operand.length / operand.typeSize : 1) };
      case 'low': return { expr: expr.and(e, bv(0xff)) };
      case 'high': return { expr: expr.and(expr.lshr(e, bv(8)), bv(0xff)) };
      case 'lowword': return { expr: expr.and(e, bv(0xffff)) };
      case 'highword': return { expr: expr.lshr(e, bv(16)) };
      case 'mask': case 'width': case 'opattr': return this.unknown(node.text, node);
      default: return this.unknown(node.text, node);
    }
  }

  /**
   * The type a memory operand names: its cast, else the last field or data
   * label in it; none for a bare `[ebx]`, whose type MASM cannot know either.
   */
  private memoryType(node: Node): { size?: number; struc?: string } {
    const cast = child(node, 'size');
    if (cast) {
      const type = namedType(cast.text, (n) => this.scope.lookup(n));
      return type ? { size: type.size, ...(type.struc ? { struc: type.struc } : {}) } : {};
    }
    const inner = child(node, 'inner');
    let type = inner ? this.memoryType(inner) : {};
    for (const d of children(node, 'displacement')) {
      const v = this.value(d);
      if (v.typeSize !== undefined) type = { size: v.typeSize, struc: v.struc };
    }
    for (const m of children(node, 'member')) {
      const name = this.memberName(m);
      const f = name === undefined ? undefined : this.scope.field(name, type.struc);
      type = f ? { size: f.size, struc: f.struc } : {};
    }
    return type;
  }

  /** The name a member node gives: its own, or the one the macro function it calls returns (`[esi].Info.FieldOf(Lock)`). */
  private memberName(node: Node): string | undefined {
    if (node.type !== 'macro_function_call') return node.text;
    const called = this.textDepth < 16 ? this.scope.macroFunction(node) : undefined;
    return called?.value?.type === 'identifier' ? called.value.text : undefined;
  }

  private binary(node: Node): Value {
    const op = (child(node, 'operator')?.text ?? '').toLowerCase();
    const leftNode = child(node, 'left');
    const rightNode = child(node, 'right');
    if (!leftNode || !rightNode) return this.unknown(node.text, node);
    // FLAT:x and ds:x: the flat model has one segment, so the offset is the value.
    if (op === ':') return this.value(rightNode);
    const l = this.value(leftNode);
    const r = this.value(rightNode);
    const a = l.expr;
    const b = r.expr;
    switch (op) {
      case '+': return { expr: expr.add(a, b), memory: l.memory ?? r.memory, label: l.label ?? r.label };
      // label - label is a distance; label - n is still the memory at label.
      case '-': return { expr: expr.sub(a, b), memory: r.memory ? undefined : l.memory };
      case '*': return { expr: expr.mul(a, b) };
      case '/': return { expr: expr.sdiv(a, b) };
      case 'mod': return { expr: expr.srem(a, b) };
      case 'shl': return { expr: expr.shl(a, b) };
      case 'shr': return { expr: expr.lshr(a, b) };
      case 'and': return { expr: expr.and(a, b) };
      case 'or': return { expr: expr.or(a, b) };
      case 'xor': return { expr: expr.xor(a, b) };
      case 'eq': return { expr: flag(expr.eq(a, b)) };
      case 'ne': return { expr: flag(expr.ne(a, b)) };
      case 'lt': return { expr: flag(expr.slt(a, b)) };
      case 'le': return { expr: flag(expr.sle(a, b)) };
      case 'gt': return { expr: flag(expr.sgt(a, b)) };
      case 'ge': return { expr: flag(expr.sge(a, b)) };
      default: return this.unknown(node.text, node);
    }
  }

  private member(node: Node): Value {
    const objectNode = child(node, 'object');
    const memberNode = child(node, 'member');
    if (!objectNode || !memberNode) return this.unknown(node.text, node);
    const named = objectNode.type === 'identifier' ? this.scope.lookup(objectNode.text) : undefined;
    // `Struc.Field` is the field's offset, not the structure's size plus it.
    const object: Value = named?.kind === 'struc' ? { expr: bv(0), struc: named.name } : this.value(objectNode);
    const name = this.memberName(memberNode);
    const field = name === undefined ? undefined : this.scope.field(name, object.struc);
    if (!field) {
      // A call of a function that is not the program's own names nothing PageWarden knows of, as in an operand.
      if (memberNode.type !== 'macro_function_call') this.scope.undefinedName(memberNode, 'field');
      return this.unknown(memberNode.text, memberNode);
    }
    return {
      expr: expr.add(object.expr, bv(field.offset)), memory: object.memory && { size: field.size }, typeSize: field.size, length: field.length, struc: field.struc,
    };
  }
}
