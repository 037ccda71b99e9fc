import {
  and, bit, bv, extract, ite, ne, or, shl, zext, type Expr,
} from '../../values/expr.js';
import { MODE, type ArmState } from './state.js';

// PSR images: the 32-bit CPSR word and the 26-bit R15 flag/mode bits.

const PC26 = 0x03fffffc;

function at(flag: Expr, position: number): Expr {
  return shl(zext(flag, 32), bv(position));
}

/** 1 when the state may change I, F and the mode (any mode but user). */
export function privileged(state: ArmState): Expr {
  return state.mode === '26'
    ? ne(extract(state.psrMode, 0, 2), bv(MODE.usr26, 2))
    : ne(state.psrMode, bv(MODE.usr32, 5));
}

export function cpsr(state: ArmState): Expr {
  return [at(state.n, 31), at(state.z, 30), at(state.c, 29), at(state.v, 28), at(state.q, 27),
    at(state.i, 7), at(state.f, 6), zext(state.psrMode, 32)].reduce(or);
}

/** R15 as 26-bit code reads it: PC bits 25:2 with N Z C V I F in 31:26 and the mode in 1:0. */
export function r15With26BitPsr(state: ArmState, pc: number): Expr {
  return [bv(pc & PC26), at(state.n, 31), at(state.z, 30), at(state.c, 29), at(state.v, 28),
    at(state.i, 27), at(state.f, 26), zext(extract(state.psrMode, 0, 2), 32)].reduce(or);
}

/** The PC part of a value written to R15. */
export function pcOf(state: ArmState, value: Expr): Expr {
  return and(value, bv(state.mode === '26' ? PC26 : 0xfffffffc));
}

/** A 26-bit PSR write from an R15-format value (`MOVS pc, lr`, `TEQP`, `LDM {pc}^`): flags always, I/F/mode only when privileged. */
export function write26BitPsr(state: ArmState, value: Expr): void {
  state.n = bit(value, 31); state.z = bit(value, 30); state.c = bit(value, 29); state.v = bit(value, 28);
  const p = privileged(state);
  state.i = ite(p, bit(value, 27), state.i);
  state.f = ite(p, bit(value, 26), state.f);
  state.psrMode = ite(p, zext(extract(value, 0, 2), 5), state.psrMode);
}

/** MSR-style write of the named fields: `f` is bits 31:24 (NZCV and Q), `c` bits 7:0 (I, F, mode; privileged only). */
export function writeCpsrFields(state: ArmState, value: Expr, fields: { f: boolean; c: boolean }): void {
  if (fields.f) {
    state.n = bit(value, 31); state.z = bit(value, 30); state.c = bit(value, 29); state.v = bit(value, 28);
    if (state.mode === '32') state.q = bit(value, 27);
  }
  if (fields.c) {
    const p = privileged(state);
    state.i = ite(p, bit(value, 7), state.i);
    state.f = ite(p, bit(value, 6), state.f);
    state.psrMode = ite(p, extract(value, 0, 5), state.psrMode);
  }
}

/** CPSR ← SPSR, the 32-bit exception return. */
export function restoreSpsr(state: ArmState): void {
  const s = state.spsr;
  state.n = bit(s, 31); state.z = bit(s, 30); state.c = bit(s, 29); state.v = bit(s, 28); state.q = bit(s, 27);
  state.i = bit(s, 7); state.f = bit(s, 6); state.psrMode = extract(s, 0, 5);
}

/** Replace the given byte lanes of `old` by those of `value` (MSR to the SPSR). */
export function mergeFields(old: Expr, value: Expr, fields: { f: boolean; c: boolean }): Expr {
  const lanes = (fields.f ? 0xff000000 : 0) | (fields.c ? 0xff : 0);
  return or(and(old, bv(~lanes)), and(value, bv(lanes)));
}
