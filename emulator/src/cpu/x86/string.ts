import { FALSE, TRUE, add, and, bv, constValue, eq, ite, mul, not, or, sub, sym, ule, ult, type Expr } from '../../values/expr.js';
import type { X86Instruction, X86Reg } from '../../ir/x86.js';
import type { Successor } from '../control.js';
import { subFlags } from './arithmetic-flags.js';
import { portInput } from './io.js';
import { readReg, writeReg } from './operands.js';
import { DEFAULT_REP_LIMIT, X86SemanticsError, type X86Env, type X86Handler, type X86State } from './state.js';
import { NEXT, isFalse } from './successors.js';

// String instructions with their rep/repe/repne forms. One call runs the whole
// repetition: a constant ECX runs exactly (up to MAX_CONCRETE_REP
// iterations); while the continuation is symbolic each possible exit becomes
// its own successor, and after env.repLimit such iterations (or iterations
// of a copy through a pointer of several places) the path still running
// takes the rest in one step (`runRest`).

/**
 * A concrete repetition longer than this is cut off as `incomplete` rather
 * than run. Each iteration stores into memory kept cell by cell, so the
 * cost grows with the bytes written: a 4 MB clear took 17 s and 1.4 GB
 * inside one step, where no budget could stop it; this many dword stores
 * (256 KB) take under a second.
 */
export const MAX_CONCRETE_REP = 1 << 16;

const KINDS = ['movs', 'stos', 'lods', 'scas', 'cmps', 'ins', 'outs'] as const;
type Kind = (typeof KINDS)[number];
type Bytes = 1 | 2 | 4;

const ACCUMULATOR: Record<Bytes, X86Reg> = { 1: 'al', 2: 'ax', 4: 'eax' };

function step(state: X86State, kind: Kind, bytes: Bytes, env: X86Env): void {
  const delta = ite(state.flags.df, bv(-bytes, 32), bv(bytes, 32));
  const { esi, edi } = state.regs;
  const memory = state.memory;
  switch (kind) {
    case 'movs':
      memory.store(edi, memory.load(esi, bytes), bytes);
      break;
    case 'stos':
      memory.store(edi, readReg(state, ACCUMULATOR[bytes]), bytes);
      break;
    case 'lods':
      writeReg(state, ACCUMULATOR[bytes], memory.load(esi, bytes));
      break;
    case 'scas':
      subFlags(state.flags, readReg(state, ACCUMULATOR[bytes]), memory.load(edi, bytes), FALSE);
      break;
    case 'cmps':
      subFlags(state.flags, memory.load(esi, bytes), memory.load(edi, bytes), FALSE);
      break;
    case 'ins':
      memory.store(edi, portInput(env, bytes * 8), bytes);
      break;
    case 'outs':
      // The device's view of the data is not modelled, but the read still
      // happens and can fault like any other.
      memory.load(esi, bytes);
      break;
  }
  if (kind !== 'stos' && kind !== 'scas' && kind !== 'ins') state.regs.esi = add(esi, delta);
  if (kind !== 'lods' && kind !== 'outs') state.regs.edi = add(edi, delta);
}

/**
 * With DF unknown (no `cld` since the procedure was entered), each
 * iteration would add an if-then-else on DF to ESI and EDI, so the
 * addresses grew by a term per iteration and a page-sized fill took
 * minutes: the repetition runs once for each direction instead.
 */
function repeated(state: X86State, insn: X86Instruction, env: X86Env, kind: Kind, bytes: Bytes): Successor<X86State>[] {
  // Without a ZF stop a constant count is the number of iterations: one
  // too many is known before the first, and before a fork on DF.
  const count = constValue(state.regs.ecx);
  if (kind !== 'scas' && kind !== 'cmps' && count !== undefined && count > MAX_CONCRETE_REP) {
    return [{ guard: TRUE, state, control: { kind: 'incomplete', reason: `${insn.prefix} ${insn.mnemonic} would run ${count} times, over ${MAX_CONCRETE_REP}` } }];
  }
  const df = state.flags.df;
  if (df.kind === 'const') return repeatedOneWay(state, insn, env, kind, bytes);
  const down = state.clone();
  state.flags.df = bv(0, 1);
  down.flags.df = bv(1, 1);
  return [[eq(df, bv(0, 1)), state] as const, [eq(df, bv(1, 1)), down] as const].flatMap(([direction, s]) =>
    repeatedOneWay(s, insn, env, kind, bytes).map((succ) => ({ ...succ, guard: and(direction, succ.guard) })));
}

function repeatedOneWay(state: X86State, insn: X86Instruction, env: X86Env, kind: Kind, bytes: Bytes): Successor<X86State>[] {
  const out: Successor<X86State>[] = [];
  // Only the two comparing instructions also stop on ZF; for them `rep` is
  // the same F3 prefix as `repe`.
  const zfStop = kind === 'scas' || kind === 'cmps' ? (insn.prefix === 'repne' ? 'repne' : 'repe') : undefined;
  const limit = env.repLimit ?? DEFAULT_REP_LIMIT;
  let guard: Expr = TRUE;
  const current = state;
  let concreteRuns = 0;
  let symbolicRuns = 0;
  // A copy through a pointer that may point at several places stores each
  // word as a choice of the words it may have read, and where those may be
  // words it stored, each word nests the one before: runs as one with a
  // symbolic count, since its data are. The places differ from one
  // iteration to the next by a constant, so the first iteration's tell.
  const choosing = kind === 'movs' && !(onePlace(state, 'esi') && onePlace(state, 'edi'));

  /** Emits the path that leaves under `cond`; true when no path keeps going. */
  const leave = (cond: Expr): boolean => {
    const exits = and(guard, cond);
    const stays = and(guard, not(cond));
    if (!isFalse(exits)) out.push({ guard: exits, state: isFalse(stays) ? current : current.clone(), control: NEXT });
    guard = stays;
    return isFalse(stays);
  };

  for (;;) {
    if (leave(eq(current.regs.ecx, bv(0, 32)))) return out;
    if (choosing || constValue(guard) === undefined) {
      if (symbolicRuns++ >= limit) {
        out.push({ guard: and(guard, runRest(current, kind, bytes, zfStop, env)), state: current, control: NEXT });
        return out;
      }
    } else if (concreteRuns++ >= MAX_CONCRETE_REP) {
      // A comparison of known bytes that has not stopped yet.
      out.push({ guard, state: current, control: { kind: 'incomplete', reason: `${insn.prefix} ${insn.mnemonic} still running after ${MAX_CONCRETE_REP} iterations` } });
      return out;
    }
    step(current, kind, bytes, env);
    current.regs.ecx = sub(current.regs.ecx, bv(1, 32));
    if (zfStop === 'repe' && leave(not(current.flags.zf))) return out;
    if (zfStop === 'repne' && leave(current.flags.zf)) return out;
  }
}

function onePlace(state: X86State, pointer: 'esi' | 'edi'): boolean {
  return state.memory.onePlace?.(state.regs[pointer]) ?? true;
}

let restCount = 0;

/**
 * The rest of a repetition still running after `env.repLimit` iterations
 * with a symbolic count or data, in one step, as a loop is once widened:
 * ECX, ESI and EDI end where the remaining iterations leave them, the
 * accumulator and flags as the last one leaves them, but its stores are not
 * made. Cells they would overwrite keep what they held, as the stores of a
 * loop through a widened pointer land in a region of their own; cutting the
 * path off here would make every copy of a length the caller passes a
 * PW900. A comparing repetition stops after an unknown number of further
 * iterations, a fresh `rep.count@…` value: the condition returned says how
 * many it can be.
 */
function runRest(state: X86State, kind: Kind, bytes: Bytes, zfStop: 'repe' | 'repne' | undefined, env: X86Env): Expr {
  const { ecx, esi, edi } = state.regs;
  const runs = zfStop ? sym(`rep.count@${env.address.toString(16)}#${++restCount}`, 32) : ecx;
  const delta = ite(state.flags.df, bv(-bytes, 32), bv(bytes, 32));
  const moved = mul(runs, delta);
  if (kind !== 'stos' && kind !== 'scas' && kind !== 'ins') state.regs.esi = add(esi, moved);
  if (kind !== 'lods' && kind !== 'outs') state.regs.edi = add(edi, moved);
  state.regs.ecx = sub(ecx, runs);
  const last = (pointer: Expr): Expr => state.memory.load(sub(pointer, delta), bytes);
  if (kind === 'lods') writeReg(state, ACCUMULATOR[bytes], last(state.regs.esi));
  if (kind === 'scas') subFlags(state.flags, readReg(state, ACCUMULATOR[bytes]), last(state.regs.edi), FALSE);
  if (kind === 'cmps') subFlags(state.flags, last(state.regs.esi), last(state.regs.edi), FALSE);
  if (zfStop === undefined) return TRUE;
  const stopped = zfStop === 'repe' ? not(state.flags.zf) : state.flags.zf;
  return and(and(ult(bv(0, 32), runs), ule(runs, ecx)), or(eq(state.regs.ecx, bv(0, 32)), stopped));
}

const SUFFIX_BYTES: Record<string, Bytes> = { b: 1, w: 2, d: 4 };

/** What a string instruction reads memory through (ESI, EDI) and, for a `stos`, the register it stores (AL, AX or EAX). */
export interface StringAccess {
  readonly addresses: readonly ('esi' | 'edi')[];
  readonly stores?: X86Reg;
}

/** A string instruction's kind and size suffix (`''` for the bare form), or undefined when `mnemonic` is none. */
function parse(mnemonic: string): { readonly kind: Kind; readonly suffix: string } | undefined {
  const kind = KINDS.find((k) => mnemonic.startsWith(k));
  if (kind === undefined) return undefined;
  const suffix = mnemonic.slice(kind.length);
  return suffix === '' || SUFFIX_BYTES[suffix] !== undefined ? { kind, suffix } : undefined;
}

/** The element size: the suffix's, or for the bare form (`stos byte ptr [edi]`) its memory operand's. */
function elementBytes(insn: X86Instruction, suffix: string): Bytes | undefined {
  let bytes = SUFFIX_BYTES[suffix];
  if (bytes === undefined) for (const op of insn.operands) if (op.kind === 'mem' && (op.size === 1 || op.size === 2 || op.size === 4)) bytes = op.size;
  return bytes;
}

/** The memory a string instruction touches, or undefined when it is none. */
export function stringAccess(insn: X86Instruction): StringAccess | undefined {
  const parsed = parse(insn.mnemonic);
  if (parsed === undefined) return undefined;
  const { kind, suffix } = parsed;
  const addresses = kind === 'movs' || kind === 'cmps' ? ['esi', 'edi'] as const : kind === 'lods' || kind === 'outs' ? ['esi'] as const : ['edi'] as const;
  const bytes = kind === 'stos' ? elementBytes(insn, suffix) : undefined;
  return bytes === undefined ? { addresses } : { addresses, stores: ACCUMULATOR[bytes] };
}

/** movsb/movsw/movsd and the rest, insb/outsb included; the bare `movs` form takes its size from a memory operand. */
export function stringHandler(mnemonic: string): X86Handler | undefined {
  const parsed = parse(mnemonic);
  if (parsed === undefined) return undefined;
  const { kind, suffix } = parsed;
  return (state, insn, env) => {
    const bytes = elementBytes(insn, suffix);
    if (bytes === undefined) throw new X86SemanticsError(insn, 'element size unknown');
    if (insn.prefix === undefined || insn.prefix === 'lock') {
      step(state, kind, bytes, env);
      return;
    }
    return repeated(state, insn, env, kind, bytes);
  };
}
