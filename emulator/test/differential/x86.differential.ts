// Differential test of the x86 semantics against this machine's CPU (needs
// nasm and gcc-multilib; fails, never skips, without them). Run with
//   node --import tsx --test emulator/test/differential/x86.differential.ts
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRUE, bv, constValue, type Expr } from '../../src/values/expr.js';
import type { X86Instruction } from '../../src/ir/x86.js';
import { ConcreteMemory, createX86State, executeX86, isUndefinedFlagSymbol, type X86State } from '../../src/cpu/x86/index.js';
import { ARITH, EFLAGS_BIT, flagEffect, isShift, shiftCount, type Flag } from './x86-flags.js';
import { DATA_REGS, REGION, SCRATCH_SIZE, STACK_CHECKED, STACK_TOP, generate, type Sequence } from './x86-gen.js';
import { runOnHardware, type HardwareResult } from './x86-harness.js';

const COUNT = 2500;
const SEED = 0x5eed1995;
const ALL_FLAGS: readonly Flag[] = [...ARITH, 'df'];

interface Emulated {
  readonly state: X86State;
  /** Flags the executed path left undefined, by the independent table in x86-flags.ts. */
  readonly undefinedFlags: ReadonlySet<Flag>;
}

function num(e: Expr, what: string): number {
  const v = constValue(e);
  if (v === undefined) throw new Error(`${what} is symbolic`);
  return Number(v);
}

/** The runtime fact the flag table needs: the masked shift count or the rep count. */
function facts(state: X86State, insn: X86Instruction): { count?: number } {
  if (isShift(insn)) {
    const op = shiftCount(insn);
    const raw = op === undefined ? 1 : op.kind === 'imm' ? num(op.value, 'count') : num(state.regs.ecx, 'ecx') & 0xff;
    return { count: raw & 31 };
  }
  if (insn.prefix) return { count: num(state.regs.ecx, 'ecx') };
  return {};
}

function emulate(seq: Sequence): Emulated {
  const program: X86Instruction[] = [];
  const labels = new Map<string, number>();
  for (const item of seq.items) {
    if ('label' in item) labels.set(item.label, program.length);
    else program.push(item.insn);
  }
  const memory = new ConcreteMemory();
  memory.write(REGION, seq.scratch);
  memory.write(STACK_TOP - 256, new Uint8Array(256));
  const flag = (f: Flag) => bv((seq.eflags >> EFLAGS_BIT[f]) & 1, 1);
  let state = createX86State({
    memory,
    regs: { ...Object.fromEntries(DATA_REGS.map((r) => [r, bv(seq.regs[r], 32)])), esp: bv(STACK_TOP, 32) },
    flags: { cf: flag('cf'), pf: flag('pf'), af: flag('af'), zf: flag('zf'), sf: flag('sf'), of: flag('of'), df: flag('df'), if: TRUE },
  });
  const undefinedFlags = new Set<Flag>();
  let pc = 0;
  for (let steps = 0; pc < program.length; steps++) {
    if (steps > 1000) throw new Error('runaway sequence');
    const insn = program[pc] as X86Instruction;
    const effect = flagEffect(insn, facts(state, insn));
    const successors = executeX86(state, insn, { address: pc, next: pc + 1, resolveLabel: (l) => labels.get(l) });
    assert.equal(successors.length, 1, `${insn.mnemonic} forked in a concrete run`);
    const [only] = successors as [(typeof successors)[0]];
    assert.equal(constValue(only.guard), 1n);
    for (const [f, how] of Object.entries(effect) as [Flag, string][]) {
      if (how === 'undefined') undefinedFlags.add(f);
      else undefinedFlags.delete(f);
    }
    state = only.state;
    const control = only.control;
    if (control.kind === 'next') pc += 1;
    else if (control.kind === 'jump' && 'label' in control.target) pc = labels.get(control.target.label) ?? -1;
    else throw new Error(`unexpected control ${control.kind}`);
    if (pc < 0) throw new Error('jump to an unknown label');
  }
  return { state, undefinedFlags };
}

function hexBytes(memory: ConcreteMemory, from: number, length: number): string {
  return Array.from({ length }, (_, i) => memory.byte(from + i).toString(16).padStart(2, '0')).join('');
}

function listing(seq: Sequence): string {
  return seq.items.map((item) => ('label' in item ? `.${item.label}:` : `  ${item.text}`)).join('\n');
}

/** Differences between hardware and emulator, empty when they agree. */
function compare(seq: Sequence, hw: HardwareResult, emu: Emulated): string[] {
  const problems: string[] = [];
  const { state, undefinedFlags } = emu;
  for (const r of [...DATA_REGS, 'esp'] as const) {
    const value = constValue(state.regs[r]);
    if (value === undefined) problems.push(`${r} symbolic`);
    else if (Number(value) !== hw.regs[r]) problems.push(`${r}: hw ${hw.regs[r].toString(16)} emu ${value.toString(16)}`);
  }
  for (const f of ALL_FLAGS) {
    const value = state.flags[f];
    const emuUndefined = constValue(value) === undefined;
    if (undefinedFlags.has(f)) {
      if (!emuUndefined || !isUndefinedFlagSymbol(value)) problems.push(`${f} should be an undefined-flag symbol`);
      continue;
    }
    if (emuUndefined) {
      problems.push(`${f} symbolic but defined by the SDM`);
      continue;
    }
    const hwBit = (hw.eflags >> EFLAGS_BIT[f]) & 1;
    if (BigInt(hwBit) !== constValue(value)) problems.push(`${f}: hw ${hwBit} emu ${constValue(value)}`);
  }
  try {
    const memory = state.memory as ConcreteMemory;
    const scratch = hexBytes(memory, REGION, SCRATCH_SIZE);
    if (scratch !== Buffer.from(hw.scratch).toString('hex')) problems.push('scratch memory differs');
    const stack = hexBytes(memory, STACK_TOP - STACK_CHECKED, STACK_CHECKED);
    if (stack !== Buffer.from(hw.stack).toString('hex')) problems.push(`stack differs: hw ${Buffer.from(hw.stack).toString('hex')} emu ${stack}`);
  } catch (error) {
    problems.push(String(error));
  }
  return problems;
}

test(`x86 semantics match this CPU on ${COUNT} random sequences`, () => {
  const sequences = generate(COUNT, SEED);
  const hardware = runOnHardware(sequences);
  const failures: string[] = [];
  let matched = 0;
  for (const seq of sequences) {
    let problems: string[];
    try {
      problems = compare(seq, hardware[seq.index] as HardwareResult, emulate(seq));
    } catch (error) {
      problems = [`emulator: ${error instanceof Error ? error.message : String(error)}`];
    }
    if (problems.length === 0) matched += 1;
    else if (failures.length < 15) failures.push(`sequence ${seq.index}: ${problems.join('; ')}\n${listing(seq)}`);
  }
  const instructions = sequences.reduce((n, s) => n + s.items.filter((i) => 'insn' in i).length, 0);
  console.log(`x86 differential: ${sequences.length} sequences (${instructions} instructions) ran, ${matched} matched`);
  assert.equal(matched, sequences.length, failures.join('\n\n'));
});
