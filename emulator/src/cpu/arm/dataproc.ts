import {
  add, and, bit, bv, eq, not, or, sub, uge, ult, xor, zext, type Expr,
} from '../../values/expr.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { Control } from '../control.js';
import { pcOf, restoreSpsr, write26BitPsr } from './psr.js';
import { LR, PC, readBase, regOperand, shifterOperand, writeReg } from './operands.js';
import type { ArmEnv, ArmState } from './state.js';

const COMPARE = new Set(['tst', 'teq', 'cmp', 'cmn']);
const UNARY = new Set(['mov', 'mvn']);
/** The 26-bit `P` forms write the result's PSR bits instead of setting flags. */
const PSR_FORMS = new Set(['tstp', 'teqp', 'cmpp', 'cmnp']);
export const DATA_PROCESSING = new Set([
  'and', 'eor', 'sub', 'rsb', 'add', 'adc', 'sbc', 'rsc', 'tst', 'teq', 'cmp', 'cmn', 'orr', 'mov', 'bic', 'mvn',
  ...PSR_FORMS,
]);

interface AluResult { readonly value: Expr; readonly c: Expr; readonly v: Expr }

function addWithCarry(a: Expr, b: Expr, carryIn: Expr): AluResult {
  const value = add(add(a, b), zext(carryIn, 32));
  const wide = add(add(zext(a, 33), zext(b, 33)), zext(carryIn, 33));
  return { value, c: bit(wide, 32), v: bit(and(xor(a, value), xor(b, value)), 31) };
}

// ADD and SUB get their own carry forms: `ult`/`uge` are what the solver and
// readers of symbolic paths understand, and they fold the same way. Adding or
// taking away &80000000 changes bit 31 alone, so it overflows exactly where
// the operand is negative (ADD, CMN) or not (SUB, CMP): as that bit, SETV's
// CMP / CMNVC pair leaves V one way and its negation the other, which a join
// folds to 1 (`ite`), where the general form left the solver to show V set
// at every error return.
const isSignBit = (e: Expr): boolean => e.kind === 'const' && e.value === 0x80000000n;

function plus(a: Expr, b: Expr): AluResult {
  const value = add(a, b);
  if (isSignBit(b)) return { value, c: ult(value, a), v: bit(a, 31) };
  return { value, c: ult(value, a), v: bit(and(xor(a, value), xor(b, value)), 31) };
}

function minus(a: Expr, b: Expr): AluResult {
  const value = sub(a, b);
  if (isSignBit(b)) return { value, c: uge(a, b), v: not(bit(a, 31)) };
  return { value, c: uge(a, b), v: bit(and(xor(a, b), xor(a, value)), 31) };
}

/** `shifterCarry` becomes C for logical operations, which leave V alone; `c` is the carry flag the arithmetic reads. */
function alu(op: string, a: Expr, b: Expr, shifterCarry: Expr, c: Expr, v: Expr): AluResult {
  const logical = (value: Expr): AluResult => ({ value, c: shifterCarry, v });
  switch (op) {
    case 'and': case 'tst': return logical(and(a, b));
    case 'eor': case 'teq': return logical(xor(a, b));
    case 'orr': return logical(or(a, b));
    case 'bic': return logical(and(a, not(b)));
    case 'mov': return logical(b);
    case 'mvn': return logical(not(b));
    case 'add': case 'cmn': return plus(a, b);
    case 'sub': case 'cmp': return minus(a, b);
    case 'rsb': return minus(b, a);
    case 'adc': return addWithCarry(a, b, c);
    case 'sbc': return addWithCarry(a, not(b), c);
    case 'rsc': return addWithCarry(b, not(a), c);
  }
  throw new Error(`ARM: not a data-processing operation: ${op}`);
}

/**
 * Data processing, mutating `state` (a clone). Writing PC is a `return` when
 * the source register is LR (`MOV pc, lr`, `MOVS pc, lr`, `ORRS pc, lr, #V_bit`,
 * `BIC pc, lr, #…`) and a `jump` to the computed address otherwise.
 */
export function executeDataProcessing(state: ArmState, insn: ArmInstruction, env: ArmEnv): Control {
  const psrForm = PSR_FORMS.has(insn.mnemonic);
  const op = psrForm ? insn.mnemonic.slice(0, -1) : insn.mnemonic;
  if (psrForm && state.mode === '32') return { kind: 'fault', reason: `${insn.mnemonic} exists only in 26-bit modes` };
  const compare = COMPARE.has(op);
  const unary = UNARY.has(op);
  const ops = insn.operands;

  let rd: number | undefined;
  let rn: number | undefined;
  let operand2;
  if (compare) {
    rn = regOperand(ops[0], `${op} first operand`);
    operand2 = ops[1];
  } else if (unary) {
    rd = regOperand(ops[0], `${op} destination`);
    operand2 = ops[1];
  } else {
    rd = regOperand(ops[0], `${op} destination`);
    // `ADD r0, #1` is ObjAsm shorthand for `ADD r0, r0, #1`.
    rn = ops.length === 2 ? rd : regOperand(ops[1], `${op} first operand`);
    operand2 = ops.length === 2 ? ops[1] : ops[2];
  }

  const shifted = shifterOperand(state, env, operand2);
  const a = rn === undefined ? bv(0) : readBase(state, env, rn);
  const result = alu(op, a, shifted.value, shifted.carry, state.c, state.v);

  if (psrForm) {
    write26BitPsr(state, result.value);
    return { kind: 'next' };
  }
  const setFlags = insn.setFlags || compare;
  if (rd !== PC) {
    if (rd !== undefined) writeReg(state, rd, result.value);
    if (setFlags) {
      state.n = bit(result.value, 31);
      state.z = eq(result.value, bv(0));
      state.c = result.c;
      state.v = result.v;
    }
    return { kind: 'next' };
  }

  // Rd = PC: with S the PSR comes from the SPSR (32-bit) or from the result's
  // own PSR bits (26-bit), never from the ALU flags.
  if (insn.setFlags) {
    if (state.mode === '32') restoreSpsr(state);
    else write26BitPsr(state, result.value);
  }
  const target = pcOf(state, result.value);
  const source = unary ? (operand2?.kind === 'reg' && op === 'mov' ? operand2.reg : undefined) : rn;
  return source === LR ? { kind: 'return', address: target } : { kind: 'jump', target: { address: target } };
}
