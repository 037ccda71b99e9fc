import { FALSE, add, bv } from '../../values/expr.js';
import type { X86Instruction, X86Operand } from '../../ir/x86.js';
import { effectiveAddress, expectOperands, operand, write } from './operands.js';
import { systemValue } from './system.js';
import { X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';

// The x87 FPU and MMX. The model keeps none of their registers: a VxD that
// uses them (after saving the FPU state) computes with numbers no paging
// contract speaks of. What they do to the machine the model keeps is what
// matters: a store to memory leaves bytes nothing is known of (fresh
// `sys.fpu@<address>#<n>` values), so does FNSTSW AX to AX and MOVD to a
// general register, and FCOMI sets ZF, PF and CF from a comparison the
// model cannot see. Everything else changes nothing the model keeps.

/** Bytes the environment and state stores write, in 32-bit protected mode. */
const FIXED_STORES: Readonly<Record<string, number>> = {
  fstcw: 2, fnstcw: 2, fstenv: 28, fnstenv: 28, fsave: 108, fnsave: 108, fxsave: 512,
};

/** Stores whose size is their memory operand's: FST m32/m64, FISTP m16/m32/m64, FBSTP m80. */
const SIZED_STORES = new Set(['fst', 'fstp', 'fist', 'fistp', 'fisttp', 'fbstp']);

const COMPARES_TO_FLAGS = new Set(['fcomi', 'fcomip', 'fucomi', 'fucomip']);

const NO_EFFECT = `
f2xm1 fabs fadd faddp fbld fchs fclex fnclex fcom fcomp fcompp fcos fdecstp fdisi fndisi fdiv fdivp fdivr fdivrp feni
fneni ffree fiadd ficom ficomp fidiv fidivr fild fimul fincstp finit fninit fisub fisubr fld fld1 fldcw fldenv fldl2e
fldl2t fldlg2 fldln2 fldpi fldz fmul fmulp fnop fpatan fprem fprem1 fptan frndint frstor fscale fsetpm fsin fsincos
fsqrt fsub fsubp fsubr fsubrp ftst fucom fucomp fucompp fwait wait fxam fxch fxtract fyl2x fyl2xp1 fxrstor emms
fcmovb fcmove fcmovbe fcmovu fcmovnb fcmovne fcmovnbe fcmovnu
`.trim().split(/\s+/);

/** MMX arithmetic: the destination is always an MMX register. */
const MMX_ARITHMETIC = `
packsswb packssdw packuswb paddb paddw paddd paddsb paddsw paddusb paddusw pand pandn pcmpeqb pcmpeqw pcmpeqd pcmpgtb
pcmpgtw pcmpgtd pmaddwd pmulhw pmullw por pslld psllq psllw psrad psraw psrld psrlq psrlw psubb psubw psubd psubsb
psubsw psubusb psubusw punpckhbw punpckhwd punpckhdq punpcklbw punpcklwd punpckldq pxor
`.trim().split(/\s+/);

/** `bytes` of fresh values from the operand's address on, in the widest pieces that fit. */
function storeUnknown(state: X86State, insn: X86Instruction, op: X86Operand, bytes: number, env: X86Env): void {
  if (op.kind !== 'mem') throw new X86SemanticsError(insn, 'the destination is a memory operand');
  const start = effectiveAddress(state, op);
  for (let at = 0; at < bytes;) {
    const piece = bytes - at >= 4 ? 4 : 2;
    state.memory.store(add(start, bv(at, 32)), systemValue(env, 'fpu', piece * 8), piece as 2 | 4);
    at += piece;
  }
}

const sizedStore: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1);
  const dest = operand(insn, 0);
  const bytes = dest.kind === 'mem' ? dest.size ?? (insn.mnemonic === 'fbstp' ? 10 : undefined) : undefined;
  if (bytes === undefined) throw new X86SemanticsError(insn, 'the destination is a sized memory operand');
  storeUnknown(state, insn, dest, bytes, env);
};

function fixedStore(bytes: number): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 1);
    storeUnknown(state, insn, operand(insn, 0), bytes, env);
  };
}

/** FSTSW/FNSTSW: to AX or a word of memory. */
const storeStatus: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1);
  const dest = operand(insn, 0);
  if (dest.kind === 'reg' && dest.reg === 'ax') write(state, insn, dest, systemValue(env, 'fpu', 16));
  else storeUnknown(state, insn, dest, 2, env);
};

const compareToFlags: X86Handler = (state, insn, env) => {
  expectOperands(insn, 1, 2);
  for (const flag of ['zf', 'pf', 'cf'] as const) state.flags[flag] = systemValue(env, 'fpu', 1);
  for (const flag of ['of', 'sf', 'af'] as const) state.flags[flag] = FALSE;
};

/** MOVD and MOVQ: only a general register or memory as the destination is seen. */
function move(bytes: 4 | 8): X86Handler {
  return (state, insn, env) => {
    expectOperands(insn, 2);
    const dest = operand(insn, 0);
    if (dest.kind === 'float') return;
    if (bytes === 4 && dest.kind === 'reg') write(state, insn, dest, systemValue(env, 'fpu', 32));
    else storeUnknown(state, insn, dest, bytes, env);
  };
}

const mmxArithmetic: X86Handler = (_state, insn) => {
  expectOperands(insn, 2);
  if (operand(insn, 0).kind !== 'float') throw new X86SemanticsError(insn, 'the destination is an MMX register');
};

const noEffect: X86Handler = () => undefined;

export const FLOATING_POINT_HANDLERS: Readonly<Record<string, X86Handler>> = {
  ...Object.fromEntries(NO_EFFECT.map((m) => [m, noEffect])),
  ...Object.fromEntries(MMX_ARITHMETIC.map((m) => [m, mmxArithmetic])),
  ...Object.fromEntries([...SIZED_STORES].map((m) => [m, sizedStore])),
  ...Object.fromEntries(Object.entries(FIXED_STORES).map(([m, bytes]) => [m, fixedStore(bytes)])),
  ...Object.fromEntries([...COMPARES_TO_FLAGS].map((m) => [m, compareToFlags])),
  fstsw: storeStatus,
  fnstsw: storeStatus,
  movd: move(4),
  movq: move(8),
};

/** Every FPU and MMX mnemonic, for the lowering's list of instructions. */
export const FLOATING_POINT_MNEMONICS: ReadonlySet<string> = new Set(Object.keys(FLOATING_POINT_HANDLERS));
