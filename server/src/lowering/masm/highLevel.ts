import type { SyntaxNode as Node } from '../syntaxNode.js';
import { generalRegister } from './operands.js';

// MASM 6's decision and loop directives (.IF/.ELSEIF/.ELSE/.ENDIF,
// .WHILE/.ENDW, .REPEAT/.UNTIL/.UNTILCXZ, .BREAK and .CONTINUE), written
// out as the compares, jumps and labels MASM assembles them to, so the
// condition decides the path as it does on the CPU. A register compares
// unsigned; a comparison is signed where an operand is of a signed type
// (SBYTE, SWORD, SDWORD).

export interface HighLevelHost {
  /** A fresh assembler-local label name. */
  localName(): string;
  /** Assembles `lines` as if they were written at `node`. */
  assemble(lines: readonly string[], node: Node): void;
  /** The operand's value where it is an assembly-time constant, read as if written at `node`. */
  constant(operand: string, node: Node): bigint | undefined;
  /** Whether the operand is of a signed type (a cast, or a variable or field declared so). */
  isSigned(operand: string): boolean;
  /** MASM would not assemble `directive` here: the analysis stops at `node` with `message`. */
  stop(directive: string, message: string, node: Node): void;
}

type Relation = '==' | '!=' | '>' | '>=' | '<' | '<=';

type Condition =
  | { readonly kind: 'or' | 'and'; readonly left: Condition; readonly right: Condition }
  | { readonly kind: 'not'; readonly operand: Condition }
  | { readonly kind: 'flag'; readonly flag: string }
  | { readonly kind: 'compare'; readonly left: string; readonly relation: Relation; readonly right: string }
  | { readonly kind: 'test'; readonly left: string; readonly right: string }
  | { readonly kind: 'truth'; readonly operand: string };

const FLAG_JUMPS: Readonly<Record<string, readonly [string, string]>> = {
  'zero?': ['jz', 'jnz'], 'carry?': ['jc', 'jnc'], 'overflow?': ['jo', 'jno'], 'sign?': ['js', 'jns'], 'parity?': ['jp', 'jnp'],
};
const UNSIGNED_JUMPS: Readonly<Record<Relation, readonly [string, string]>> = {
  '==': ['je', 'jne'], '!=': ['jne', 'je'], '>': ['ja', 'jbe'], '>=': ['jae', 'jb'], '<': ['jb', 'jae'], '<=': ['jbe', 'ja'],
};
const SIGNED_JUMPS: Readonly<Record<Relation, readonly [string, string]>> = {
  '==': ['je', 'jne'], '!=': ['jne', 'je'], '>': ['jg', 'jle'], '>=': ['jge', 'jl'], '<': ['jl', 'jge'], '<=': ['jle', 'jg'],
};
/** The relation with its operands swapped: `5 < eax` is `eax > 5`. */
const MIRRORED: Readonly<Record<Relation, Relation>> = { '==': '==', '!=': '!=', '>': '<', '>=': '<=', '<': '>', '<=': '>=' };
/** The operand as the instruction takes it: `SDWORD PTR eax` (or a TYPEDEF's `SINT PTR eax`) casts the register for the comparison only. */
function written(operand: string): string {
  const cast = /^[A-Za-z_@$?][\w@$?]*\s+ptr\s+(\w+)$/i.exec(operand);
  return cast?.[1] && generalRegister(cast[1]) ? cast[1] : operand;
}

const OPERATORS = ['&&', '||', '==', '!=', '>=', '<=', '!', '(', ')', '>', '<', '&'] as const;
const CONDITION_CHARS = /&&|\|\||==|!=|[<>!&?]/;

class ConditionError extends Error {}

/** Splits a condition into operators, flags and operand texts. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    const flag = /^(zero|carry|overflow|sign|parity)\?/i.exec(text.slice(i));
    if (flag) {
      out.push(flag[0].toLowerCase());
      i += flag[0].length;
      continue;
    }
    const operator = OPERATORS.find((o) => text.startsWith(o, i));
    // A parenthesis holding no condition is part of an operand's expression: `eax == (1 SHL 3)`.
    if (operator && !(operator === '(' && !CONDITION_CHARS.test(text.slice(i + 1, closing(text, i))))) {
      out.push(operator);
      i += operator.length;
      continue;
    }
    const start = i;
    while (i < text.length) {
      const c = text[i] ?? '';
      if (c === '(' || c === '[') i = closing(text, i) + 1;
      else if (/[&|=!<>)]/.test(c)) break;
      else i++;
    }
    out.push(text.slice(start, i).trim());
  }
  return out;
}

/** The index of the bracket closing the one at `open` (the text's end when none does). */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) return i;
  }
  return text.length;
}

/** The condition `text` after `statement` (`.IF`, `.BREAK .IF`): what MASM would refuse in it is said with the statement. */
function parseCondition(statement: string, text: string): Condition {
  try {
    return readCondition(text);
  } catch (e) {
    if (e instanceof ConditionError) throw new ConditionError(`${statement} ${text.trim()}: ${e.message}`);
    throw e;
  }
}

/** Reads `a || b`, `a && b`, `!a`, `(a)`, a flag, `x op y`, `x & y` or `x`, the operators binding in that order. */
function readCondition(text: string): Condition {
  const list = tokens(text);
  let at = 0;
  const peek = (): string | undefined => list[at];
  const next = (): string => {
    const t = list[at++];
    if (t === undefined) throw new ConditionError('the condition ends too early');
    return t;
  };
  const operand = (): string => {
    const t = next();
    if ((OPERATORS as readonly string[]).includes(t) || t === '') throw new ConditionError(`${t || 'nothing'} where an operand belongs`);
    return t;
  };
  const primary = (): Condition => {
    const t = peek();
    if (t === '!') {
      at++;
      return { kind: 'not', operand: primary() };
    }
    if (t === '(') {
      at++;
      const inner = or();
      if (next() !== ')') throw new ConditionError('a parenthesis is not closed');
      return inner;
    }
    if (t !== undefined && t in FLAG_JUMPS) {
      at++;
      return { kind: 'flag', flag: t };
    }
    const left = operand();
    const op = peek();
    if (op === '&') {
      at++;
      return { kind: 'test', left, right: operand() };
    }
    if (op !== undefined && op in UNSIGNED_JUMPS) {
      at++;
      return { kind: 'compare', left, relation: op as Relation, right: operand() };
    }
    return { kind: 'truth', operand: left };
  };
  /** Operands of `kind` joined by `operator`, left to right. */
  const joined = (kind: 'and' | 'or', operator: string, operand: () => Condition) => (): Condition => {
    let left = operand();
    while (peek() === operator) {
      at++;
      left = { kind, left, right: operand() };
    }
    return left;
  };
  const and = joined('and', '&&', primary);
  const or = joined('or', '||', and);
  const condition = or();
  if (at < list.length) throw new ConditionError(`${list[at] ?? ''} after the condition`);
  return condition;
}

/** Writes out a condition's test: a jump to `target` where it is `when`, falling through otherwise. */
class ConditionWriter {
  readonly lines: string[] = [];

  constructor(private readonly host: HighLevelHost, private readonly node: Node) {}

  /** A register or memory operand is never a constant, and is not read as one. */
  private constant(operand: string): bigint | undefined {
    return generalRegister(written(operand)) || operand.includes('[') ? undefined : this.host.constant(operand, this.node);
  }

  jump(c: Condition, when: boolean, target: string): void {
    switch (c.kind) {
      case 'not': return this.jump(c.operand, !when, target);
      case 'or': case 'and': {
        // `a || b` jumps as soon as a is true; `a && b` as soon as a is false.
        const early = c.kind === 'or';
        if (when === early) {
          this.jump(c.left, when, target);
          return this.jump(c.right, when, target);
        }
        const skip = this.host.localName();
        this.jump(c.left, early, skip);
        this.jump(c.right, when, target);
        this.lines.push(`${skip}:`);
        return;
      }
      case 'flag': {
        const [yes, no] = FLAG_JUMPS[c.flag] ?? ['jz', 'jnz'];
        this.lines.push(`${when ? yes : no} ${target}`);
        return;
      }
      case 'test': {
        const a = this.constant(c.left);
        const b = this.constant(c.right);
        if (a !== undefined && b !== undefined) return this.constantJump((a & b) !== 0n, when, target);
        const [left, right] = a !== undefined ? [c.right, c.left] : [c.left, c.right];
        this.lines.push(`test ${written(left)}, ${written(right)}`, `${when ? 'jnz' : 'jz'} ${target}`);
        return;
      }
      case 'truth': {
        const known = this.constant(c.operand);
        if (known !== undefined) return this.constantJump(known !== 0n, when, target);
        const operand = written(c.operand);
        const check = generalRegister(operand) ? `or ${operand}, ${operand}` : `cmp ${operand}, 0`;
        this.lines.push(check, `${when ? 'jnz' : 'jz'} ${target}`);
        return;
      }
      case 'compare': {
        const a = this.constant(c.left);
        const b = this.constant(c.right);
        if (a !== undefined && b !== undefined) return this.constantJump(holds(a, c.relation, b), when, target);
        const [left, right, relation] = a !== undefined ? [c.right, c.left, MIRRORED[c.relation]] : [c.left, c.right, c.relation];
        const table = this.host.isSigned(left) || this.host.isSigned(right) ? SIGNED_JUMPS : UNSIGNED_JUMPS;
        const [yes, no] = table[relation];
        this.lines.push(`cmp ${written(left)}, ${written(right)}`, `${when ? yes : no} ${target}`);
        return;
      }
    }
  }

  /** A condition MASM works out as it assembles: an unconditional jump, or none. */
  private constantJump(value: boolean, when: boolean, target: string): void {
    if (value === when) this.lines.push(`jmp ${target}`);
  }
}

function holds(a: bigint, relation: Relation, b: bigint): boolean {
  switch (relation) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '>': return a > b;
    case '>=': return a >= b;
    case '<': return a < b;
    case '<=': return a <= b;
  }
}

/** An open block and the directive that opened it. */
type Block = { readonly opener: Node } & (
  /** `next`: where a false condition goes (the next .ELSEIF or .ELSE), undefined after .ELSE. */
  | { readonly kind: 'if'; next: string | undefined; readonly end: string }
  /** `test`: where the loop's condition is tested, which .CONTINUE jumps to. */
  | { readonly kind: 'while'; readonly top: string; readonly test: string; readonly end: string; readonly condition: Condition }
  | { readonly kind: 'repeat'; readonly top: string; readonly test: string; readonly end: string });

/** The blocks open in the procedure being assembled, innermost last. */
export class HighLevelBlocks {
  private readonly open: Block[] = [];

  constructor(private readonly host: HighLevelHost) {}

  /** No block is open: what a chunk of the lowering needs to be recorded or replayed. */
  get idle(): boolean {
    return this.open.length === 0;
  }

  /** Whether `name` (lower case, with its dot) is one of the directives. */
  static has(name: string): boolean {
    return /^\.(if|elseif|else|endif|while|endw|repeat|until|untilcxz|break|continue)$/.test(name);
  }

  directive(name: string, argument: string, node: Node): void {
    try {
      this.assemble(name, argument.trim(), node);
    } catch (e) {
      if (!(e instanceof ConditionError)) throw e;
      this.host.stop(name, e.message, node);
    }
  }

  /**
   * Ends the procedure: a block still open (as while it is being typed) has
   * its labels at the end, where the analysis stops, as at its opener.
   */
  close(): void {
    const inner = this.open[this.open.length - 1];
    if (!inner) return;
    const labels = this.open.flatMap((b) => (b.kind === 'if' ? [b.next, b.end] : [b.test, b.end])).filter((l) => l !== undefined);
    this.open.length = 0;
    this.host.assemble(labels.map((l) => `${l}:`), inner.opener);
    const directive = `.${inner.kind}`;
    this.host.stop(directive, `${directive.toUpperCase()} without its closing directive`, inner.opener);
  }

  private assemble(name: string, argument: string, node: Node): void {
    const writer = new ConditionWriter(this.host, node);
    const lines = writer.lines;
    const top = this.open[this.open.length - 1];
    const fresh = (): string => this.host.localName();
    // Conditions are read before any block changes: one MASM would refuse leaves the blocks as they were.
    const condition = /^\.(if|elseif|while|until)$/.test(name) ? parseCondition(name.toUpperCase(), argument) : undefined;
    switch (name) {
      case '.if': {
        const next = fresh();
        writer.jump(condition as Condition, false, next);
        this.open.push({ kind: 'if', next, end: fresh(), opener: node });
        break;
      }
      case '.elseif': case '.else': {
        if (top?.kind !== 'if' || top.next === undefined) throw new ConditionError(`${name.toUpperCase()} without an open .IF`);
        lines.push(`jmp ${top.end}`, `${top.next}:`);
        top.next = condition ? fresh() : undefined;
        if (condition && top.next) writer.jump(condition, false, top.next);
        break;
      }
      case '.endif': {
        if (top?.kind !== 'if') throw new ConditionError('.ENDIF without an open .IF');
        this.open.pop();
        if (top.next !== undefined) lines.push(`${top.next}:`);
        lines.push(`${top.end}:`);
        break;
      }
      case '.while': {
        const block: Block = { kind: 'while', top: fresh(), test: fresh(), end: fresh(), condition: condition as Condition, opener: node };
        lines.push(`jmp ${block.test}`, `${block.top}:`);
        this.open.push(block);
        break;
      }
      case '.endw': {
        if (top?.kind !== 'while') throw new ConditionError('.ENDW without an open .WHILE');
        this.open.pop();
        lines.push(`${top.test}:`);
        writer.jump(top.condition, true, top.top);
        lines.push(`${top.end}:`);
        break;
      }
      case '.repeat': {
        const block: Block = { kind: 'repeat', top: fresh(), test: fresh(), end: fresh(), opener: node };
        lines.push(`${block.top}:`);
        this.open.push(block);
        break;
      }
      case '.until': case '.untilcxz': {
        if (top?.kind !== 'repeat') throw new ConditionError(`${name.toUpperCase()} without an open .REPEAT`);
        this.open.pop();
        lines.push(`${top.test}:`);
        if (condition) writer.jump(condition, false, top.top);
        else lines.push(...untilCxz(argument, top.top));
        lines.push(`${top.end}:`);
        break;
      }
      case '.break': case '.continue': {
        const loop = this.open.findLast((b) => b.kind !== 'if');
        if (!loop) throw new ConditionError(`${name.toUpperCase()} outside a loop`);
        const target = name === '.break' ? loop.end : loop.test;
        const guarded = /^\.if\b/i.exec(argument);
        if (guarded) writer.jump(parseCondition(`${name.toUpperCase()} .IF`, argument.slice(guarded[0].length)), true, target);
        else if (argument === '') lines.push(`jmp ${target}`);
        else throw new ConditionError(`${argument} after ${name.toUpperCase()}`);
        break;
      }
    }
    if (lines.length > 0) this.host.assemble(lines, node);
  }
}

/** `.UNTILCXZ`: LOOP, or LOOPE/LOOPNE after the one comparison it may have. */
function untilCxz(argument: string, top: string): string[] {
  if (argument === '') return [`loop ${top}`];
  const c = parseCondition('.UNTILCXZ', argument);
  if (c.kind !== 'compare' || (c.relation !== '==' && c.relation !== '!=')) throw new ConditionError('.UNTILCXZ takes one == or != comparison');
  return [`cmp ${written(c.left)}, ${written(c.right)}`, `${c.relation === '==' ? 'loopne' : 'loope'} ${top}`];
}
