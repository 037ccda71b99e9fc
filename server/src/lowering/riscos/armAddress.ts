import type { SyntaxNode as Node } from '../syntaxNode.js';
import { expr, type ArmInstruction, type ArmOperand, type ArmShift, type ArmShiftType } from '../../../../emulator/src/index.js';
import type { ArmContext, LoweredInstruction } from './armInstruction.js';
import { child } from './syntax.js';
import { asNumber, constantOf, type Value } from './values.js';

// The registers an ARM operand names and where a load or store goes, for
// LDR/STR and the coprocessor's and FPA's transfers alike.

const PC = 15;

/** An operand that depends on where its instruction stands (a PC-relative constant address), made at `here`. */
export type PlacedOperand = (here: bigint) => ArmOperand;

/** A PC-relative address as LDR/STR encode it (PC reads 8 ahead). */
export function pcRelative(address: bigint, here: bigint): ArmOperand {
  const delta = address - (here + 8n);
  return { kind: 'mem', base: PC, offset: { kind: 'imm', value: expr.bv(delta < 0n ? -delta : delta) }, subtract: delta < 0n, preIndexed: true, writeback: false };
}

function shiftType(text: string): ArmShiftType {
  const t = text.toLowerCase();
  return t === 'asl' ? 'lsl' : (t as ArmShiftType);
}

/** The shift of an operand (none where it has none); undefined where it cannot be lowered. */
export function shiftOf(node: Node, ctx: ArmContext): { readonly shift?: ArmShift } | undefined {
  const type = child(node, 'shift');
  if (!type) return {};
  const kind = shiftType(type.text);
  if (kind === 'rrx') return { shift: { type: 'rrx', amount: 0 } };
  const amount = child(node, 'amount');
  if (!amount) return { shift: { type: kind, amount: 0 } };
  let value: Value;
  if (amount.type === 'immediate') value = ctx.value(child(amount, 'value') ?? amount);
  else {
    // Without `#`, what is not a register is read as the dialect reads a bare operand: BBC BASIC takes `LSL reg% + 1` as
    // a shift by a register, ObjAsm takes an amount.
    const reg = ctx.register(amount);
    const operand = reg === undefined ? ctx.bareOperand(amount) : { kind: 'reg' as const, reg };
    if (operand?.kind === 'reg') return { shift: { type: kind, amount: { reg: operand.reg } } };
    if (operand?.kind !== 'imm') return undefined;
    value = operand.value;
  }
  const known = constantOf(value);
  if (known === undefined) {
    ctx.unmodelled(`shift amount ${amount.text} is not known; assuming 0`, amount);
    return { shift: { type: kind, amount: 0 } };
  }
  return { shift: { type: kind, amount: Number(known & 0xffn) } };
}

export function registerOf(node: Node, ctx: ArmContext): number | undefined {
  const r = ctx.register(node);
  if (r === undefined) ctx.unmodelled(`${node.text} is not a register`, node);
  return r;
}

// The names an address's registers and a shifted register may be besides a register (all ObjAsm's grammar allows): a
// register's, or none's.
const REGISTER_NAMES = new Set(['identifier', 'macro_variable', 'bar_symbol']);

/**
 * An address's base or offset without `#`, or a shifted register; BBC BASIC's grammar lets each be any expression, read
 * as its register's number (`[r2, reg% + 1]`).
 */
export function operandRegister(node: Node, ctx: ArmContext): number | undefined {
  if (node.type === 'register' || REGISTER_NAMES.has(node.type)) return registerOf(node, ctx);
  // BASIC's bare operand is a register or, said why, none.
  const operand = ctx.bareOperand(node);
  return operand?.kind === 'reg' ? operand.reg : undefined;
}

export function memoryOperand(node: Node, ctx: ArmContext): ArmOperand | undefined {
  const baseNode = child(node, 'base');
  const base = baseNode && operandRegister(baseNode, ctx);
  if (base === undefined) return undefined;
  const pre = child(node, 'offset');
  const post = child(node, 'post_offset');
  const off = pre ?? post;
  const subtract = child(node, 'sign')?.text === '-';
  let offset: Extract<ArmOperand, { kind: 'mem' }>['offset'] = { kind: 'imm', value: expr.bv(0) };
  let negative = subtract;
  if (off?.type === 'immediate') {
    const v = asNumber(ctx.value(child(off, 'value') ?? off));
    const signed = expr.signedValue(v);
    // `[r0, #-4]` is a subtracted offset of 4.
    if (signed !== undefined && signed < 0n) {
      negative = true;
      offset = { kind: 'imm', value: expr.bv(-signed) };
    } else offset = { kind: 'imm', value: v };
  } else if (off) {
    const reg = operandRegister(off, ctx);
    if (reg === undefined) return undefined;
    const shifted = shiftOf(node, ctx);
    if (!shifted) return undefined;
    // LDR and STR encode only a shift by a constant; BASIC's bare `LSL 2` names R2, which no load or store can shift by.
    if (shifted.shift && typeof shifted.shift.amount !== 'number') {
      ctx.unmodelled(`a load or store cannot shift its offset by a register (${child(node, 'amount')?.text ?? ''})`, node);
      return undefined;
    }
    offset = shifted.shift ? { kind: 'reg', reg, shift: shifted.shift } : { kind: 'reg', reg };
  }
  return { kind: 'mem', base, offset, subtract: negative, preIndexed: post === undefined, writeback: post !== undefined || child(node, 'writeback') !== undefined };
}

/**
 * Where `LDR rd, where` and its kin go: `[rn…]`, a storage-map field, a
 * label (resolved where the instruction runs) or a constant address (PC
 * relative, so made where the instruction is laid out).
 */
export function addressOperand(where: Node, ctx: ArmContext): ArmOperand | PlacedOperand | undefined {
  if (where.type === 'memory_operand') return memoryOperand(where, ctx);
  const field = ctx.field(where);
  if (field) {
    const negative = field.offset < 0n;
    return { kind: 'mem', base: field.base, offset: { kind: 'imm', value: expr.bv(negative ? -field.offset : field.offset) }, subtract: negative, preIndexed: true, writeback: false };
  }
  const label = ctx.label(where);
  if (label !== undefined) return { kind: 'target', label };
  const value = asNumber(ctx.value(where));
  const address = constantOf(value);
  if (address !== undefined) return (here) => pcRelative(address, here);
  // An address no file we read defines (a storage-map name whose map is in
  // the includer): a load or store at an unknown address, so the value is
  // unknown rather than the instruction malformed.
  ctx.unmodelled(`address ${where.text} is not known`, where);
  return (here) => ({ kind: 'mem', base: PC, offset: { kind: 'imm', value: expr.sub(value, expr.bv(here + 8n)) }, subtract: false, preIndexed: true, writeback: false });
}

/** An instruction of one address operand, made where it stands when the address is PC relative. */
export function withAddress(at: ArmOperand | PlacedOperand, make: (address: ArmOperand) => ArmInstruction): LoweredInstruction {
  return { instruction: typeof at === 'function' ? (here) => make(at(here)) : make(at), size: 4 };
}
