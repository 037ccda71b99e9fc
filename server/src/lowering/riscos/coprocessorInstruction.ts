import type { SyntaxNode as Node } from '../syntaxNode.js';
import { ARM_COPROCESSOR_MNEMONICS, expr, FPA_MNEMONICS, type ArmInstruction, type ArmOperand } from '../../../../emulator/src/index.js';
import { addressOperand, operandRegister, registerOf, withAddress } from './armAddress.js';
import type { ArmContext, LoweredInstruction } from './armInstruction.js';
import type { CoprocessorRegisterKind } from './registers.js';
import { child } from './syntax.js';
import { asNumber } from './values.js';

// Coprocessor (MCR, MRC, CDP, LDC, STC…) and FPA instruction nodes to the
// emulator's ArmInstruction. Each operand is lowered by its place in the
// instruction: where one takes a coprocessor, a coprocessor register or an
// FPA register, the dialect says what its names (p15, c7, f0) are, so they
// are never read as symbols of the program.

export const isCoprocessorInstruction = (mnemonic: string): boolean => ARM_COPROCESSOR_MNEMONICS.has(mnemonic) || FPA_MNEMONICS.has(mnemonic);

const DYADIC = new Set(['adf', 'muf', 'suf', 'rsf', 'dvf', 'rdf', 'pow', 'rpw', 'rmf', 'fml', 'fdv', 'frd', 'pol']);
const COMPARES = new Set(['cmf', 'cnf', 'cmfe', 'cnfe']);

/** A number as the FPA's constants are written: `#0.5`, `#10`, `#1.0e1`. */
const DECIMAL = /^\d+(\.\d*)?(e[-+]?\d+)?$/i;

/** LFM and SFM move twelve bytes a register. */
const BYTES_PER_REGISTER = 12n;

/** What the lowering reads of the instruction's suffixes. */
export interface CoprocessorSuffixes {
  readonly mnemonic: string;
  /** LFM/SFM's stack mode (FD, EA) or IA/DB. */
  readonly mode?: string;
}

const KIND_NAMES: Readonly<Record<CoprocessorRegisterKind, string>> = {
  coproc: 'a coprocessor (p0-p15)', creg: 'a coprocessor register (c0-c15)', float: 'an FPA register (f0-f7)',
};

class Operands {
  constructor(private readonly ctx: ArmContext) {}

  named(node: Node | undefined, kind: CoprocessorRegisterKind): ArmOperand | undefined {
    if (!node) return undefined;
    const n = this.ctx.coprocessorRegister(node, kind);
    if (n === undefined) {
      this.ctx.unmodelled(`${node.text} is not ${KIND_NAMES[kind]}`, node, true);
      return undefined;
    }
    switch (kind) {
      case 'coproc': return { kind: 'coproc', coproc: n };
      case 'creg': return { kind: 'creg', reg: n };
      case 'float': return { kind: 'float', reg: n };
    }
  }

  register(node: Node | undefined): ArmOperand | undefined {
    const r = node && registerOf(node, this.ctx);
    return r === undefined ? undefined : { kind: 'reg', reg: r };
  }

  /** An opcode or count, written bare (`MCR p15, 0, …`) or as an immediate. */
  number(node: Node | undefined): ArmOperand | undefined {
    if (!node) return undefined;
    const valueNode = node.type === 'immediate' ? (child(node, 'value') ?? node) : node;
    return { kind: 'imm', value: asNumber(this.ctx.value(valueNode)) };
  }

  /** An FPA register, or a constant: one of the eight as written, else what the expression gives. */
  fpaSource(node: Node | undefined): ArmOperand | undefined {
    if (node?.type !== 'immediate') return this.named(node, 'float');
    const valueNode = child(node, 'value') ?? node;
    if (DECIMAL.test(valueNode.text)) return { kind: 'fimm', value: Number(valueNode.text) };
    return { kind: 'imm', value: asNumber(this.ctx.value(valueNode)) };
  }
}

/** `SFMFD f4, 4, [sp]!` as the transfer it is: stores below SP, writing SP back; LFMFD loads from SP up. */
function stackAddress(s: CoprocessorSuffixes, count: ArmOperand, where: Node, ctx: ArmContext): ArmOperand | undefined {
  const load = s.mnemonic === 'lfm';
  const mode = s.mode === 'fd' ? (load ? 'ia' : 'db') : s.mode === 'ea' ? (load ? 'db' : 'ia') : s.mode;
  const registers = count.kind === 'imm' ? expr.constValue(count.value) : undefined;
  const baseNode = child(where, 'base');
  if ((mode !== 'ia' && mode !== 'db') || registers === undefined || !baseNode || child(where, 'offset') || child(where, 'post_offset')) {
    ctx.unmodelled(`${s.mnemonic.toUpperCase()}${s.mode?.toUpperCase() ?? ''} needs FD, EA, IA or DB, a known count and [rn] or [rn]!`, where, true);
    return undefined;
  }
  const base = operandRegister(baseNode, ctx);
  if (base === undefined) return undefined;
  const bytes = { kind: 'imm', value: expr.bv(registers * BYTES_PER_REGISTER) } as const;
  const writeback = child(where, 'writeback') !== undefined;
  if (mode === 'db') return { kind: 'mem', base, offset: bytes, subtract: true, preIndexed: true, writeback };
  return writeback
    ? { kind: 'mem', base, offset: bytes, subtract: false, preIndexed: false, writeback: true }
    : { kind: 'mem', base, offset: { kind: 'imm', value: expr.bv(0) }, subtract: false, preIndexed: true, writeback: false };
}

/** LDC, STC, LDF, STF, LFM and SFM: `leading` operands, then where the transfer goes. */
function transfer(s: CoprocessorSuffixes, leading: (ArmOperand | undefined)[], where: Node | undefined, ctx: ArmContext, make: (operands: ArmOperand[]) => ArmInstruction): LoweredInstruction | undefined {
  if (!where || !leading.every((o): o is ArmOperand => o !== undefined)) return undefined;
  if (where.type === 'pool_literal') {
    ctx.unmodelled(`a literal ${where.text} for ${s.mnemonic.toUpperCase()} is not modelled`, where, true);
    return undefined;
  }
  if (s.mode !== undefined) {
    const count = leading[1];
    const address = count && where.type === 'memory_operand' ? stackAddress(s, count, where, ctx) : undefined;
    return address && { instruction: make([...leading, address]), size: 4 };
  }
  const at = addressOperand(where, ctx);
  return at && withAddress(at, (address) => make([...leading, address]));
}

/** Lowers a coprocessor or FPA instruction's operands by their places; undefined when one is not what its place takes. */
export function lowerCoprocessor(s: CoprocessorSuffixes, ops: Node[], ctx: ArmContext, make: (operands: ArmOperand[]) => ArmInstruction): LoweredInstruction | undefined {
  const o = new Operands(ctx);
  const [a, b, c, d, e, f] = ops;
  const m = s.mnemonic;
  const all = (operands: (ArmOperand | undefined)[], count: number): LoweredInstruction | undefined =>
    ops.length === count && operands.every((x): x is ArmOperand => x !== undefined) ? { instruction: make(operands), size: 4 } : undefined;
  switch (m) {
    case 'mcr': case 'mcr2': case 'mrc': case 'mrc2': case 'cdp': case 'cdp2': {
      // CDP names three coprocessor registers where MCR and MRC name a core register and two.
      const third = m.startsWith('cdp') ? o.named(c, 'creg') : o.register(c);
      const operands = [o.named(a, 'coproc'), o.number(b), third, o.named(d, 'creg'), o.named(e, 'creg')];
      return ops.length === 6 ? all([...operands, o.number(f)], 6) : all(operands, 5);
    }
    case 'mcrr': case 'mrrc': return all([o.named(a, 'coproc'), o.number(b), o.register(c), o.register(d), o.named(e, 'creg')], 5);
    case 'flt': return all([o.named(a, 'float'), o.register(b)], 2);
    case 'fix': return all([o.register(a), o.named(b, 'float')], 2);
    case 'wfs': case 'rfs': case 'wfc': case 'rfc': return all([o.register(a)], 1);
    case 'ldf': case 'stf': return ops.length === 2 ? transfer(s, [o.named(a, 'float')], b, ctx, make) : undefined;
    case 'lfm': case 'sfm': return ops.length === 3 ? transfer(s, [o.named(a, 'float'), o.number(b)], c, ctx, make) : undefined;
  }
  if (m.startsWith('ldc') || m.startsWith('stc')) return ops.length === 3 ? transfer(s, [o.named(a, 'coproc'), o.named(b, 'creg')], c, ctx, make) : undefined;
  if (COMPARES.has(m)) return all([o.named(a, 'float'), o.fpaSource(b)], 2);
  if (DYADIC.has(m)) return all([o.named(a, 'float'), o.named(b, 'float'), o.fpaSource(c)], 3);
  return all([o.named(a, 'float'), o.fpaSource(b)], 2);
}
