// Shared builders for the x86 unit tests: IR by hand, concrete states, and a
// substitution that folds a symbolic Expr once its symbols get values.
import assert from 'node:assert/strict';
import * as E from '../src/values/expr.js';
import type { Expr } from '../src/values/expr.js';
import type { X86Instruction, X86Operand, X86Reg, X86Reg32 } from '../src/ir/x86.js';
import type { Successor } from '../src/cpu/control.js';
import { ConcreteMemory, createX86State, executeX86, isUndefinedFlagSymbol, type X86Env, type X86State } from '../src/cpu/x86/index.js';

export type FlagName = 'cf' | 'pf' | 'af' | 'zf' | 'sf' | 'of' | 'df';
const FLAGS: readonly FlagName[] = ['cf', 'pf', 'af', 'zf', 'sf', 'of', 'df'];

export const r = (reg: X86Reg): X86Operand => ({ kind: 'reg', reg });
export const imm = (n: number | bigint): X86Operand => ({ kind: 'imm', value: E.bv(n, 32) });
export const symImm = (name: string): X86Operand => ({ kind: 'imm', value: E.sym(name, 32) });
export const target = (label: string): X86Operand => ({ kind: 'target', label });
export function mem(size: 1 | 2 | 4 | 6 | 8 | 10 | undefined, disp: number, base?: X86Reg32, index?: X86Reg32, scale: 1 | 2 | 4 | 8 = 1): X86Operand {
  return { kind: 'mem', ...(size ? { size } : {}), ...(base ? { base } : {}), ...(index ? { index } : {}), scale, disp: E.bv(disp, 32) };
}

export function insn(mnemonic: string, ...operands: X86Operand[]): X86Instruction {
  return { arch: 'x86', mnemonic, operands };
}

export function prefixed(prefix: X86Instruction['prefix'], mnemonic: string, ...operands: X86Operand[]): X86Instruction {
  return { arch: 'x86', mnemonic, prefix, operands };
}

export const ENV: X86Env = { address: 0x1000, next: 0x1004, resolveLabel: (name) => (name === 'known' ? 0x4000 : undefined) };

/** A concrete machine: unspecified registers are 0, flags 0, memory zero-filled. */
export function machine(
  regs: Partial<Record<X86Reg32, number | bigint>> = {},
  flags: Partial<Record<FlagName, 0 | 1>> = {},
  memory: ConcreteMemory = new ConcreteMemory(0),
): X86State {
  const all = ['eax', 'ecx', 'edx', 'ebx', 'esp', 'ebp', 'esi', 'edi'] as const;
  return createX86State({
    memory,
    regs: Object.fromEntries(all.map((name) => [name, E.bv(regs[name] ?? 0, 32)])),
    flags: Object.fromEntries(FLAGS.map((f) => [f, E.bv(flags[f] ?? 0, 1)])),
  });
}

export function step(state: X86State, ...program: X86Instruction[]): Successor<X86State>[] {
  let successors: Successor<X86State>[] = [{ guard: E.TRUE, state, control: { kind: 'next' } }];
  for (const i of program) {
    assert.equal(successors.length, 1, 'a concrete step forked');
    successors = executeX86((successors[0] as Successor<X86State>).state, i, ENV);
  }
  return successors;
}

/** Runs straight-line instructions concretely and returns the final state. */
export function run(state: X86State, ...program: X86Instruction[]): X86State {
  const successors = step(state, ...program);
  assert.equal(successors.length, 1);
  const [only] = successors as [Successor<X86State>];
  assert.equal(E.constValue(only.guard), 1n);
  return only.state;
}

export function reg(state: X86State, name: X86Reg32): number {
  const v = E.constValue(state.regs[name]);
  assert.notEqual(v, undefined, `${name} is symbolic`);
  return Number(v);
}

/** Flags as numbers, `u` for an undefined-flag symbol. */
export function flags(state: X86State): Record<FlagName, number | 'u'> {
  return Object.fromEntries(FLAGS.map((f) => {
    const e = state.flags[f];
    if (isUndefinedFlagSymbol(e)) return [f, 'u'];
    const v = E.constValue(e);
    assert.notEqual(v, undefined, `${f} is neither constant nor an undefined-flag symbol`);
    return [f, Number(v)];
  })) as Record<FlagName, number | 'u'>;
}

/** Rebuilds e through the folding constructors with some symbols replaced. */
export function substitute(e: Expr, values: Record<string, bigint | number>): Expr {
  switch (e.kind) {
    case 'const': return e;
    case 'sym': return values[e.name] === undefined ? e : E.bv(values[e.name] as bigint | number, e.width);
    case 'unary': return e.op === 'not' ? E.not(substitute(e.arg, values)) : E.neg(substitute(e.arg, values));
    case 'ite': return E.ite(substitute(e.cond, values), substitute(e.then, values), substitute(e.else, values));
    case 'extract': return E.extract(substitute(e.arg, values), e.low, e.width);
    case 'extend': return (e.signed ? E.sext : E.zext)(substitute(e.arg, values), e.width);
    case 'binary': {
      const a = substitute(e.left, values);
      const b = substitute(e.right, values);
      if (e.op === 'concat') {
        if (a.kind === 'const' && b.kind === 'const') return E.bv((a.value << BigInt(b.width)) | b.value, e.width);
        return E.concat(a, b);
      }
      const fn = E[e.op] as (x: Expr, y: Expr) => Expr;
      return fn(a, b);
    }
  }
}

export function evaluate(e: Expr, values: Record<string, bigint | number>): bigint {
  const v = E.constValue(substitute(e, values));
  assert.notEqual(v, undefined, 'expression still symbolic after substitution');
  return v as bigint;
}

/** Flag settings (cf zf sf of pf) and, worked out by hand, every condition code's outcome under them. */
export const CONDITION_TABLE: readonly [Record<string, 0 | 1>, Record<string, 0 | 1>][] = [
  [{ cf: 1, zf: 0, sf: 1, of: 0, pf: 1 }, {
    o: 0, no: 1, b: 1, c: 1, nae: 1, ae: 0, nb: 0, nc: 0, e: 0, z: 0, ne: 1, nz: 1, be: 1, na: 1, a: 0, nbe: 0,
    s: 1, ns: 0, p: 1, pe: 1, np: 0, po: 0, l: 1, nge: 1, ge: 0, nl: 0, le: 1, ng: 1, g: 0, nle: 0,
  }],
  [{ cf: 0, zf: 1, sf: 0, of: 1, pf: 0 }, {
    o: 1, no: 0, b: 0, c: 0, nae: 0, ae: 1, nb: 1, nc: 1, e: 1, z: 1, ne: 0, nz: 0, be: 1, na: 1, a: 0, nbe: 0,
    s: 0, ns: 1, p: 0, pe: 0, np: 1, po: 1, l: 1, nge: 1, ge: 0, nl: 0, le: 1, ng: 1, g: 0, nle: 0,
  }],
  [{ cf: 0, zf: 0, sf: 0, of: 0, pf: 0 }, {
    o: 0, no: 1, b: 0, c: 0, nae: 0, ae: 1, nb: 1, nc: 1, e: 0, z: 0, ne: 1, nz: 1, be: 0, na: 0, a: 1, nbe: 1,
    s: 0, ns: 1, p: 0, pe: 0, np: 1, po: 1, l: 0, nge: 0, ge: 1, nl: 1, le: 0, ng: 0, g: 1, nle: 1,
  }],
  [{ cf: 0, zf: 0, sf: 1, of: 1, pf: 0 }, {
    o: 1, no: 0, b: 0, c: 0, nae: 0, ae: 1, nb: 1, nc: 1, e: 0, z: 0, ne: 1, nz: 1, be: 0, na: 0, a: 1, nbe: 1,
    s: 1, ns: 0, p: 0, pe: 0, np: 1, po: 1, l: 0, nge: 0, ge: 1, nl: 1, le: 0, ng: 0, g: 1, nle: 1,
  }],
];

