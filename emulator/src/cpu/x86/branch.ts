import { TRUE, and, bv, constValue, eq, extract, ne, not, sext, sub, type Expr } from '../../values/expr.js';
import type { X86Instruction } from '../../ir/x86.js';
import type { Control, Successor } from '../control.js';
import { condition } from './flags.js';
import { effectiveAddress, expectOperands, operand, read } from './operands.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { branch, only } from './successors.js';

function jumpTo(state: X86State, insn: X86Instruction, env: X86Env): Control {
  expectOperands(insn, 1);
  const target = operand(insn, 0);
  if (target.kind === 'target') return { kind: 'jump', target: { label: target.label } };
  return { kind: 'jump', target: { address: read(state, insn, target, 32, env) } };
}

const jmp: X86Handler = (state, insn, env) => tableJump(state, insn, env) ?? only(state, jumpTo(state, insn, env));

/** How many entries of a table an index nothing bounds is taken to each (the rest are one path left unexplored). */
const MAX_TABLE_ENTRIES = 64;

/**
 * `jmp [Table+eax*4]` where nothing bounds the index, so the memory reads no
 * entry in particular: each word from the table's start that holds an
 * instruction's address, as it is on the path, is a target of its own under
 * the index that picks it, and the other indexes are one successor that
 * jumps to the word they read, where exploration stops (PW900). A word that
 * holds no code address ends the table, and so does a word a label names
 * (another table laid out after this one, whose handlers this index cannot
 * reach on any path the code means). Undefined for any other jump.
 */
function tableJump(state: X86State, insn: X86Instruction, env: X86Env): Successor<X86State>[] | undefined {
  const op = insn.operands[0];
  if (!env.isCode || insn.operands.length !== 1 || op?.kind !== 'mem' || op.base || !op.index || (op.size ?? 4) !== 4) return undefined;
  const table = constValue(op.disp.width === 32 ? op.disp : sext(op.disp, 32));
  if (table === undefined) return undefined;
  const address = effectiveAddress(state, op);
  const word = state.memory.peek(address, 4);
  if (word.kind !== 'sym') return undefined;
  const successors: Successor<X86State>[] = [];
  let others: Expr = TRUE;
  for (let k = 0n; k < BigInt(MAX_TABLE_ENTRIES); k++) {
    const at = bv(table + 4n * k, 32);
    const target = constValue(state.memory.peek(at, 4));
    if (target === undefined || !env.isCode(target) || (k > 0n && env.isLabelled?.(table + 4n * k))) break;
    // The index's own value, which a witness finds where `address == at` (a product) it may not; another that wraps to the entry is among the rest.
    if ((4n * k) % BigInt(op.scale) !== 0n) continue;
    const picks = eq(state.regs[op.index], bv((4n * k) / BigInt(op.scale), 32));
    successors.push({ guard: picks, state: state.clone(), control: { kind: 'jump', target: { address: bv(target, 32) } } });
    others = and(others, not(picks));
  }
  if (successors.length === 0) return undefined;
  successors.push({ guard: others, state, control: jumpTo(state, insn, env) });
  return successors;
}

/** jcc: taken under the condition, falls through otherwise; flags are only read. */
export function jcc(cc: string): X86Handler {
  return (state, insn, env) => branch(state, condition(state.flags, cc), jumpTo(state, insn, env));
}

/** loop/loope/loopne decrement ECX without touching flags, then test it. */
function loop(zf?: boolean): X86Handler {
  return (state, insn, env) => {
    const ecx = sub(state.regs.ecx, bv(1, 32));
    state.regs.ecx = ecx;
    let cond: Expr = ne(ecx, bv(0, 32));
    if (zf !== undefined) cond = and(cond, zf ? state.flags.zf : not(state.flags.zf));
    return branch(state, cond, jumpTo(state, insn, env));
  };
}

function jumpIfCountZero(width: 16 | 32): X86Handler {
  return (state, insn, env) => branch(state, eq(extract(state.regs.ecx, 0, width), bv(0, width)), jumpTo(state, insn, env));
}

function interrupt(fixed?: number): X86Handler {
  return (state, insn) => {
    expectOperands(insn, fixed === undefined ? 1 : 0);
    let vector = fixed;
    if (vector === undefined) {
      const op = operand(insn, 0);
      const value = op.kind === 'imm' ? constValue(op.value) : undefined;
      if (value === undefined) throw new X86SemanticsError(insn, 'the vector must be a constant');
      vector = Number(value & 0xffn);
    }
    return only(state, { kind: 'interrupt', vector });
  };
}

export const BRANCH_HANDLERS: Readonly<Record<string, X86Handler>> = {
  jmp,
  loop: loop(),
  loope: loop(true),
  loopz: loop(true),
  loopne: loop(false),
  loopnz: loop(false),
  jecxz: jumpIfCountZero(32),
  jcxz: jumpIfCountZero(16),
  int: interrupt(),
  int3: interrupt(3),
};
