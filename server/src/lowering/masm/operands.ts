import type { SyntaxNode as Node } from '../syntaxNode.js';
import {
  expr, X86_SYSTEM_REGISTERS, type Expr, type X86FloatRegister, type X86Operand, type X86Reg, type X86Reg32, type X86Segment,
} from '../../../../emulator/src/index.js';
import { namedType, type Evaluator, type Scope } from './expressions.js';
import type { MasmSymbol } from './symbols.js';
import { child, children } from './syntax.js';

// Operands as the emulator's IR wants them: registers, evaluated
// immediates, memory operands with base/index/scale/displacement (member
// offsets from STRUC definitions added in), and code labels for branches.

const REGS32 = new Set(['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi']);
const REGS = new Set([...REGS32, 'ax', 'cx', 'dx', 'bx', 'sp', 'bp', 'si', 'di', 'al', 'cl', 'dl', 'bl', 'ah', 'ch', 'dh', 'bh']);
const SEGMENTS = new Set(['cs', 'ds', 'es', 'fs', 'gs', 'ss']);

export function generalRegister(name: string): X86Reg | undefined {
  const lower = name.toLowerCase();
  return REGS.has(lower) ? (lower as X86Reg) : undefined;
}

const operandSize = (n: number | undefined): 1 | 2 | 4 | undefined => (n === 1 || n === 2 || n === 4 ? n : undefined);

export interface OperandLowering extends Scope {
  readonly evaluator: Evaluator;
  /** Something the IR cannot say; the operand is dropped or approximated. */
  unmodelled(message: string, node: Node): void;
  /**
   * The symbol a branch target names (as `lookup`); one found nowhere is
   * reported as an undefined name (a `label` where only the program can
   * define it) and an unknown symbol.
   */
  target(node: Node, local: boolean): MasmSymbol | undefined;
}

/** A branch target: a label (also `SHORT X`, `@F`) or an indirect operand; `local`: see `isLocalBranch`. */
export function lowerBranchTarget(node: Node, ctx: OperandLowering, local = false): X86Operand | undefined {
  let n = node;
  while (n.type === 'unary_expression' && /^(short|near|far)$/i.test(child(n, 'operator')?.text ?? '')) n = child(n, 'operand') ?? n;
  if (n.type === 'anonymous_label_ref') return { kind: 'target', label: ctx.anonymous(n.text.toLowerCase() === '@f') };
  if (n.type === 'identifier') {
    const s = ctx.target(n, local);
    if (!s) return { kind: 'target', label: n.text };
    if ((s.kind === 'label' || s.kind === 'extern') && s.code) return { kind: 'target', label: s.name };
  }
  return lowerOperand(n, ctx);
}

export function lowerOperand(node: Node, ctx: OperandLowering): X86Operand | undefined {
  const float = node.type === 'identifier' || node.type === 'macro_function_call' ? floatRegister(node, ctx) : undefined;
  if (float) return { kind: 'float', reg: float };
  switch (node.type) {
    case 'register': {
      const reg = generalRegister(node.text);
      if (reg) return { kind: 'reg', reg };
      const system = X86_SYSTEM_REGISTERS.find((r) => r === node.text.toLowerCase());
      if (system) return { kind: 'sys', reg: system };
      ctx.unmodelled(`register ${node.text} as an operand`, node);
      return undefined;
    }
    case 'memory_operand': return lowerMemory(node, ctx);
    case 'anonymous_label_ref': return { kind: 'target', label: ctx.anonymous(node.text.toLowerCase() === '@f') };
    default: {
      const v = ctx.evaluator.value(node);
      if (v.memory) return { kind: 'mem', scale: 1, disp: v.expr, ...sized(v.memory.size) };
      return { kind: 'imm', value: v.expr };
    }
  }
}

const sized = (n: number | undefined): { size?: MemSize } => {
  const size = memSize(n);
  return size ? { size } : {};
};

type MemSize = 1 | 2 | 4 | 6 | 8 | 10;
const memSize = (n: number | undefined): MemSize | undefined => (n === 6 || n === 8 || n === 10 ? n : operandSize(n));

/**
 * `st`, `st(i)` and `mm0`–`mm7`: MASM reserves them for the FPU and MMX
 * instructions (the MMX names only once `.mmx` is on, so a program's own
 * symbol of that name wins).
 */
function floatRegister(node: Node, ctx: OperandLowering): X86FloatRegister | undefined {
  if (node.type === 'macro_function_call') {
    const args = children(node, 'argument');
    if (child(node, 'name')?.text.toLowerCase() !== 'st' || args.length !== 1) return undefined;
    const i = ctx.evaluator.constant(args[0] as Node);
    return i !== undefined && i >= 0n && i <= 7n ? (`st${i}` as X86FloatRegister) : undefined;
  }
  const name = node.text.toLowerCase();
  if (name === 'st') return 'st0';
  return /^mm[0-7]$/.test(name) && !ctx.lookup(node.text) ? (name as X86FloatRegister) : undefined;
}

function lowerMemory(node: Node, ctx: OperandLowering): X86Operand | undefined {
  const sizeNode = child(node, 'size');
  let size: number | undefined;
  let struc: string | undefined;
  if (sizeNode) {
    const type = namedType(sizeNode.text, (n) => ctx.lookup(n));
    if (type?.struc) struc = type.struc;
    else if (type) size = type.size;
    else {
      if (!ctx.lookup(sizeNode.text)) ctx.undefinedName(sizeNode, 'symbol');
      ctx.unknown(sizeNode.text, sizeNode);
    }
  }
  let base: X86Reg32 | undefined;
  let index: X86Reg32 | undefined;
  let scale: 1 | 2 | 4 | 8 = 1;
  let disp: Expr = expr.bv(0);
  let implied: number | undefined;
  let segment: X86Segment | undefined;

  const inner = child(node, 'inner');
  if (inner) {
    const lowered = lowerMemory(inner, ctx);
    if (lowered?.kind !== 'mem') return lowered;
    ({ base, index, scale, disp, segment } = lowered);
    implied = lowered.size;
    const cast = child(inner, 'size');
    const type = cast && namedType(cast.text, (n) => ctx.lookup(n));
    if (type?.struc) struc = type.struc;
  }
  const seg = child(node, 'segment');
  if (seg) {
    const name = seg.text.toLowerCase();
    if (SEGMENTS.has(name)) segment = name as X86Segment;
  }
  // The IR's addresses are 32-bit: one of 16-bit registers (`[bx+si]`), which wraps at 64 KB, it cannot express.
  const sixteen = [child(node, 'base'), child(node, 'index')].find((n) => n && !REGS32.has(n.text.toLowerCase()));
  if (sixteen) {
    ctx.unmodelled(`${sixteen.text} as an address register (16-bit addressing)`, sixteen);
    return undefined;
  }
  const baseNode = child(node, 'base');
  if (baseNode) base = baseNode.text.toLowerCase() as X86Reg32;
  const indexNode = child(node, 'index');
  if (indexNode) {
    index = indexNode.text.toLowerCase() as X86Reg32;
    const scaleNode = child(node, 'scale');
    if (scaleNode) {
      const s = ctx.evaluator.constant(scaleNode);
      if (s === 1n || s === 2n || s === 4n || s === 8n) scale = Number(s) as 1 | 2 | 4 | 8;
      else ctx.unmodelled(`scale ${scaleNode.text}`, scaleNode);
    }
  }
  for (const d of children(node, 'displacement')) {
    const v = ctx.evaluator.value(d);
    disp = expr.add(disp, v.expr);
    implied = operandSize(v.memory?.size ?? v.typeSize) ?? implied;
    struc = v.struc ?? struc;
  }
  for (const m of children(node, 'member')) {
    const field = ctx.field(m.text, struc);
    const type = field ? undefined : ctx.lookup(m.text);
    if (type?.kind === 'struc') {
      // `[esi].Struc.Field`: the type name only says whose field follows.
      struc = type.name;
      continue;
    }
    if (!field) {
      // The statement put a known function's text in place of its call: one left is a function PageWarden does not know.
      if (m.type !== 'macro_function_call') ctx.undefinedName(m, 'field');
      ctx.unknown(m.text, m);
      disp = expr.add(disp, expr.sym(m.text));
      continue;
    }
    disp = expr.add(disp, expr.bv(field.offset));
    implied = operandSize(field.size);
    struc = field.struc;
  }
  return {
    kind: 'mem', scale, disp,
    ...sized(size ?? implied),
    ...(base ? { base } : {}), ...(index ? { index } : {}), ...(segment ? { segment } : {}),
  };
}
