import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type ArmCondition, type ArmInstruction, type ArmOperand, type Expr } from '../../../../emulator/src/index.js';
import { addressOperand, memoryOperand, operandRegister, pcRelative, registerOf, shiftOf, withAddress } from './armAddress.js';
import { isCoprocessorInstruction, lowerCoprocessor } from './coprocessorInstruction.js';
import type { CoprocessorRegisterKind } from './registers.js';
import { child, children, lowercase, namedChildren } from './syntax.js';
import { asNumber, encodableImmediate, type Value } from './values.js';

// ARM instruction and swi nodes (the rules ObjAsm and BBC BASIC share) to
// the emulator's ArmInstruction. The dialect supplies what differs: how an
// expression evaluates, which names are registers or labels, storage-map
// fields and literal pools.

export interface ArmContext {
  value(node: Node): Value;
  /** A register node, or a name bound to a register (RN alias, BASIC variable). */
  register(node: Node): number | undefined;
  /**
   * A bare expression where a register or an immediate may go (`ADD r1, r2, x`), in which `register` found no register:
   * ObjAsm assembles its value as an immediate, BBC BASIC reads it as a register's number. Undefined where it is neither.
   */
  bareOperand(node: Node): ArmOperand | undefined;
  /** The label an operand names as the Program knows it (local labels get their generated names). */
  label(node: Node): string | undefined;
  /** A storage-map field used as an address (`LDR r0, ws_area` = `LDR r0, [r12, #offset]`). */
  field(node: Node): { readonly base: number; readonly offset: bigint } | undefined;
  swiNumber(node: Node): Expr;
  /**
   * `codeDiffers` as in `UnmodelledItem`: an instruction not lowered (what keeps an operand from lowering says why), or
   * lowered to one the emulator does not run.
   */
  unmodelled(message: string, node: Node, codeDiffers?: boolean): void;
  /** A branch target that is no label: the dialect decides whether the name is defined at all (PW102). */
  unresolvedTarget(node: Node): void;
  /** A name for a routine outside the source, which a `BL` may call: ObjAsm's `IMPORT`s, BASIC variables that are no label. */
  importedRoutine?(node: Node): string | undefined;
  /**
   * What an operand names where a coprocessor or FPA instruction takes a
   * coprocessor (p15), one of its registers (c7) or an FPA register (f0):
   * the dialect's name for it or an expression's value; undefined for
   * anything else.
   */
  coprocessorRegister(node: Node, kind: CoprocessorRegisterKind): number | undefined;
}

/**
 * `LDR rd, =value` waiting for its literal pool: `make` builds the load at
 * `here` once the pool slot's address is known.
 */
export interface PendingLiteral {
  readonly value: Expr;
  readonly make: (slot: bigint, here: bigint) => ArmInstruction;
}

/** An instruction whose operands depend on where it stands (a PC-relative constant address), made at `here`. */
export type PlacedInstruction = (here: bigint) => ArmInstruction;

/**
 * An instruction lowered without knowing its address, so that code moved
 * to another address needs no lowering again: where an operand depends on
 * the address, it is made where the instruction is laid out.
 */
export interface LoweredInstruction {
  readonly instruction: ArmInstruction | PlacedInstruction;
  /** 4, or 8 for ADRL. */
  readonly size: number;
  readonly literal?: PendingLiteral;
}

const SP = 13;

/** Mnemonics the emulator executes; anything else is kept (it faults if reached) and reported. */
const EXECUTED = new Set([
  'and', 'eor', 'sub', 'rsb', 'add', 'adc', 'sbc', 'rsc', 'tst', 'teq', 'cmp', 'cmn', 'orr', 'mov', 'bic', 'mvn',
  'tstp', 'teqp', 'cmpp', 'cmnp', 'mul', 'mla', 'umull', 'umlal', 'smull', 'smlal',
  'ldr', 'str', 'ldm', 'stm', 'adr', 'b', 'bl', 'bx', 'blx', 'swi', 'svc', 'mrs', 'msr', 'clz', 'nop',
]);

const CONDITIONS = new Set(['eq', 'ne', 'cs', 'cc', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv']);

export function conditionOf(text: string | undefined): ArmCondition | undefined {
  if (text === undefined) return 'al';
  const t = lowercase(text);
  if (t === 'hs') return 'cs';
  if (t === 'lo') return 'cc';
  return CONDITIONS.has(t) ? (t as ArmCondition) : undefined;
}

/** LDM/STM stack aliases: a full descending stack is LDMIA/STMDB, and so on. */
const STACK_MODES: Readonly<Record<string, { readonly ldm: ArmInstruction['blockMode']; readonly stm: ArmInstruction['blockMode'] }>> = {
  fd: { ldm: 'ia', stm: 'db' }, ed: { ldm: 'ib', stm: 'da' }, fa: { ldm: 'da', stm: 'ib' }, ea: { ldm: 'db', stm: 'ia' },
  ia: { ldm: 'ia', stm: 'ia' }, ib: { ldm: 'ib', stm: 'ib' }, da: { ldm: 'da', stm: 'da' }, db: { ldm: 'db', stm: 'db' },
};

const insn = (mnemonic: string, condition: ArmCondition, operands: ArmOperand[], extra: Partial<ArmInstruction> = {}): ArmInstruction =>
  ({ arch: 'arm', mnemonic, condition, setFlags: false, operands, ...extra });

function registerList(node: Node, ctx: ArmContext): ArmOperand | undefined {
  const regs: number[] = [];
  for (const item of namedChildren(node)) {
    if (item.type === 'comment') continue;
    if (item.type === 'register_range') {
      const start = child(item, 'start');
      const end = child(item, 'end');
      const lo = start && registerOf(start, ctx);
      const hi = end && registerOf(end, ctx);
      if (lo === undefined || hi === undefined) return undefined;
      for (let r = Math.min(lo, hi); r <= Math.max(lo, hi); r++) regs.push(r);
    } else {
      const r = registerOf(item, ctx);
      if (r === undefined) return undefined;
      regs.push(r);
    }
  }
  return { kind: 'reglist', regs, caret: child(node, 'user_mode') !== undefined };
}

function psrOperand(text: string): ArmOperand {
  const [name = '', fields = ''] = text.toLowerCase().split('_');
  if (name === 'apsr') return { kind: 'psr', psr: 'cpsr', fields: 'f' };
  return { kind: 'psr', psr: name === 'spsr' ? 'spsr' : 'cpsr', fields };
}

/** A general operand (register, shifted register, immediate, PSR); addresses and labels are the callers' business. */
function plainOperand(node: Node, ctx: ArmContext): ArmOperand | undefined {
  switch (node.type) {
    case 'register': case 'writeback_register': {
      const r = registerOf(node.type === 'writeback_register' ? (child(node, 'register') ?? node) : node, ctx);
      return r === undefined ? undefined : { kind: 'reg', reg: r };
    }
    case 'shifted_register': {
      const regNode = child(node, 'register');
      const r = regNode && operandRegister(regNode, ctx);
      if (r === undefined) return undefined;
      const shifted = shiftOf(node, ctx);
      if (!shifted) return undefined;
      return shifted.shift ? { kind: 'reg', reg: r, shift: shifted.shift } : { kind: 'reg', reg: r };
    }
    case 'immediate': return { kind: 'imm', value: asNumber(ctx.value(child(node, 'value') ?? node)) };
    case 'psr': return psrOperand(node.text);
    case 'memory_operand': return memoryOperand(node, ctx);
    case 'register_list': return registerList(node, ctx);
    case 'pool_literal':
      ctx.unmodelled(`a literal ${node.text} is only meaningful in LDR`, node, true);
      return undefined;
    case 'builtin_variable': {
      // `{lr}` reads like ObjAsm's `{PC}`-style built-ins; a register inside makes it a one-register list.
      const inner = child(node, 'name');
      const r = inner && ctx.register(inner);
      if (r !== undefined) return { kind: 'reglist', regs: [r], caret: false };
      break;
    }
  }
  // A bare name: an RN alias or a BASIC variable holding a register number.
  const r = ctx.register(node);
  if (r !== undefined) return { kind: 'reg', reg: r };
  return ctx.bareOperand(node);
}

interface Suffixes {
  readonly mnemonic: string;
  readonly condition: ArmCondition;
  readonly setFlags: boolean;
  readonly size?: ArmInstruction['size'];
  readonly mode?: string;
  readonly unsupportedSize?: string;
  readonly precision?: ArmInstruction['precision'];
  readonly rounding?: ArmInstruction['rounding'];
}

function suffixesOf(node: Node, ctx: ArmContext): Suffixes | undefined {
  let mnemonic = lowercase(child(node, 'mnemonic')?.text ?? '');
  const condNode = child(node, 'condition');
  const condition = conditionOf(condNode?.text);
  if (condition === undefined) {
    ctx.unmodelled(`unknown condition ${condNode?.text ?? ''}`, node, true);
    return undefined;
  }
  if (child(node, 'p_flag')) mnemonic += 'p';
  let sizeText = child(node, 'size')?.text.toLowerCase();
  // LDCEQL: a long coprocessor transfer, as LDCLEQ spells it in its name.
  if (sizeText === 'l') {
    mnemonic += 'l';
    sizeText = undefined;
  }
  let precision = child(node, 'precision')?.text.toLowerCase() as ArmInstruction['precision'];
  // CMFEQE: CMFE's E written after the condition.
  if ((mnemonic === 'cmf' || mnemonic === 'cnf') && precision === 'e') {
    mnemonic += 'e';
    precision = undefined;
  }
  const rounding = child(node, 'rounding')?.text.toLowerCase() as ArmInstruction['rounding'];
  const t = child(node, 'translate') !== undefined;
  let size: ArmInstruction['size'];
  let unsupportedSize: string | undefined;
  if (sizeText === 'b') size = t ? 'bt' : 'b';
  else if (sizeText === 'h' || sizeText === 'sb' || sizeText === 'sh') size = sizeText;
  else if (sizeText !== undefined) unsupportedSize = sizeText;
  else if (t) size = 't';
  const mode = child(node, 'mode')?.text.toLowerCase();
  return {
    mnemonic, condition, setFlags: child(node, 's_flag') !== undefined, ...(size ? { size } : {}), ...(mode ? { mode } : {}),
    ...(unsupportedSize ? { unsupportedSize } : {}), ...(precision ? { precision } : {}), ...(rounding ? { rounding } : {}),
  };
}

function base(s: Suffixes, operands: ArmOperand[], extra: Partial<ArmInstruction> = {}): ArmInstruction {
  const fpa = { ...(s.precision ? { precision: s.precision } : {}), ...(s.rounding ? { rounding: s.rounding } : {}) };
  return insn(s.mnemonic, s.condition, operands, { setFlags: s.setFlags, ...(s.size ? { size: s.size } : {}), ...fpa, ...extra });
}

/** `LDR rd, =value`: a MOV or MVN when the constant fits, as ObjAsm assembles it; otherwise a load from the literal pool. */
function literalLoad(s: Suffixes, rd: number, value: Expr): LoweredInstruction {
  const c = expr.constValue(value);
  if (c !== undefined && encodableImmediate(c)) return { instruction: insn('mov', s.condition, [{ kind: 'reg', reg: rd }, { kind: 'imm', value }]), size: 4 };
  if (c !== undefined && encodableImmediate(~c & 0xffffffffn)) {
    return { instruction: insn('mvn', s.condition, [{ kind: 'reg', reg: rd }, { kind: 'imm', value: expr.bv(~c) }]), size: 4 };
  }
  const make = (slot: bigint, here: bigint): ArmInstruction => base(s, [{ kind: 'reg', reg: rd }, pcRelative(slot, here)]);
  // Until its pool is placed, the load reads the word after it, wherever it stands.
  return { instruction: make(8n, 0n), size: 4, literal: { value, make } };
}

function transfer(s: Suffixes, ops: Node[], ctx: ArmContext): LoweredInstruction | undefined {
  const [rdNode, where] = ops;
  const rd = rdNode && registerOf(rdNode, ctx);
  if (rd === undefined || !where) return undefined;
  if (where.type === 'pool_literal') {
    if (s.mnemonic !== 'ldr') return undefined;
    return literalLoad(s, rd, asNumber(ctx.value(child(where, 'value') ?? where)));
  }
  const at = addressOperand(where, ctx);
  return at && withAddress(at, (address) => base(s, [{ kind: 'reg', reg: rd }, address]));
}

function block(s: Suffixes, ops: Node[], ctx: ArmContext, node: Node): LoweredInstruction | undefined {
  const [baseNode, listNode] = ops;
  const modes = STACK_MODES[s.mode ?? 'ia'];
  if (!baseNode || !listNode || !modes) return undefined;
  const baseReg = plainOperand(baseNode, ctx);
  const list = plainOperand(listNode, ctx);
  if (baseReg?.kind !== 'reg' || list?.kind !== 'reglist') {
    ctx.unmodelled(`${s.mnemonic.toUpperCase()} needs a base register and a register list`, node, true);
    return undefined;
  }
  const blockMode = s.mnemonic === 'ldm' ? modes.ldm : modes.stm;
  return { instruction: base(s, [baseReg, list], { ...(blockMode ? { blockMode } : {}), writeback: baseNode.type === 'writeback_register' }), size: 4 };
}

/** UAL `PUSH {…}` / `POP {…}`: STMDB/LDMIA on SP with writeback. */
function pushPop(s: Suffixes, ops: Node[], ctx: ArmContext): LoweredInstruction | undefined {
  const list = ops[0] && plainOperand(ops[0], ctx);
  if (list?.kind !== 'reglist') return undefined;
  const load = s.mnemonic === 'pop';
  return { instruction: insn(load ? 'ldm' : 'stm', s.condition, [{ kind: 'reg', reg: SP }, list], { blockMode: load ? 'ia' : 'db', writeback: true }), size: 4 };
}

function address(s: Suffixes, ops: Node[], ctx: ArmContext): LoweredInstruction | undefined {
  const [rdNode, where] = ops;
  const rd = rdNode && registerOf(rdNode, ctx);
  if (rd === undefined || !where) return undefined;
  const size = s.mnemonic === 'adrl' ? 8 : 4;
  // A storage-map field's address is its base register plus its offset: ObjAsm makes `ADR r0, ws_buf` `ADD r0, r12, #8`.
  const field = ctx.field(where);
  if (field) {
    const negative = field.offset < 0n;
    const offset = expr.bv(negative ? -field.offset : field.offset);
    return { instruction: insn(negative ? 'sub' : 'add', s.condition, [{ kind: 'reg', reg: rd }, { kind: 'reg', reg: field.base }, { kind: 'imm', value: offset }]), size };
  }
  const label = ctx.label(where);
  if (label !== undefined) return { instruction: insn('adr', s.condition, [{ kind: 'reg', reg: rd }, { kind: 'target', label }]), size };
  // An address that is not a plain label (label + offset, an imported symbol) is a constant all the same.
  return { instruction: insn('mov', s.condition, [{ kind: 'reg', reg: rd }, { kind: 'imm', value: asNumber(ctx.value(where)) }]), size };
}

function branch(s: Suffixes, ops: Node[], ctx: ArmContext): LoweredInstruction | undefined {
  const [where] = ops;
  if (!where) return undefined;
  const r = where.type === 'register' ? ctx.register(where) : undefined;
  if (r !== undefined) return { instruction: base(s, [{ kind: 'reg', reg: r }]), size: 4 };
  // A call to a routine outside the source is a call outside the program, which analysis steps over as it does a VxD's EXTRN procedures.
  const label = ctx.label(where) ?? (s.mnemonic === 'bl' ? ctx.importedRoutine?.(where) : undefined);
  if (label === undefined) {
    if (where.type === 'identifier' || where.type === 'local_label_ref') ctx.unresolvedTarget(where);
    ctx.unmodelled(`branch target ${where.text} is not a label`, where, true);
    return undefined;
  }
  return { instruction: base(s, [{ kind: 'target', label }]), size: 4 };
}

/** Lowers an `instruction` node. Never throws: what it cannot lower is reported and kept as a faulting placeholder. */
export function lowerInstruction(node: Node, ctx: ArmContext): LoweredInstruction {
  const s = suffixesOf(node, ctx);
  const ops = children(node, 'operand');
  const placeholder = (mnemonic: string): LoweredInstruction => ({ instruction: insn(mnemonic, 'al', []), size: 4 });
  if (!s) return placeholder('undefined');
  if (s.unsupportedSize) {
    ctx.unmodelled(`${node.text.trim().split(/\s/)[0]}: size ${s.unsupportedSize.toUpperCase()} is not modelled`, node, true);
    return placeholder(`${s.mnemonic}${s.unsupportedSize}`);
  }
  let lowered: LoweredInstruction | undefined;
  switch (s.mnemonic) {
    case 'ldr': case 'str': lowered = transfer(s, ops, ctx); break;
    case 'ldm': case 'stm': lowered = block(s, ops, ctx, node); break;
    case 'push': case 'pop': lowered = pushPop(s, ops, ctx); break;
    case 'adr': case 'adrl': lowered = address(s, ops, ctx); break;
    case 'b': case 'bl': case 'bx': case 'blx': lowered = branch(s, ops, ctx); break;
    case 'nop': lowered = { instruction: insn('nop', s.condition, []), size: 4 }; break;
    default: {
      if (isCoprocessorInstruction(s.mnemonic)) {
        lowered = lowerCoprocessor(s, ops, ctx, (operands) => base(s, operands));
        break;
      }
      const operands = ops.map((o) => plainOperand(o, ctx));
      if (operands.every((o): o is ArmOperand => o !== undefined)) lowered = { instruction: base(s, operands), size: 4 };
    }
  }
  if (!lowered) {
    const message = `cannot lower ${node.text.trim()}`;
    ctx.unmodelled(message, node, true);
    // A run that reaches it stops there saying so, not with the CPU's complaint about the operands it lacks.
    return { instruction: insn(s.mnemonic, 'al', [], { unassembled: message }), size: 4 };
  }
  // Only loads and stores are made where they stand.
  const mnemonic = typeof lowered.instruction === 'function' ? s.mnemonic : lowered.instruction.mnemonic;
  if (!EXECUTED.has(mnemonic) && !isCoprocessorInstruction(mnemonic)) ctx.unmodelled(`${s.mnemonic.toUpperCase()} is not modelled`, node, true);
  return lowered;
}

export function lowerSwi(node: Node, ctx: ArmContext): LoweredInstruction {
  const mnemonic = (child(node, 'mnemonic')?.text ?? 'swi').toLowerCase().startsWith('svc') ? 'svc' : 'swi';
  const condNode = child(node, 'condition');
  const condition = conditionOf(condNode?.text) ?? 'al';
  const name = child(node, 'name');
  const number = name ? ctx.swiNumber(name) : expr.bv(0);
  return { instruction: insn(mnemonic, condition, [{ kind: 'imm', value: number }]), size: 4 };
}
