import { ArmState, executeArm } from '../../cpu/arm/index.js';
import type { ArmAddressMode } from '../../cpu/arm/index.js';
import type { Successor } from '../../cpu/control.js';
import type { Machine } from '../../explore/machine.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { SourceSpan } from '../../ir/program.js';
import type { Expr } from '../../values/expr.js';
import { exprEquals } from '../../values/key.js';
import { withoutLoadRotation } from './aligned-memory.js';
import type { Memory } from '../../values/memory.js';

// The ARM CPU as exploration sees it, plus two pieces of provenance the
// RISC OS checks need at a handler's return and that the CPU state does not
// keep: where each register was last written ("R1 overwritten here") and
// which instruction last decided V (an explicit SETV/CLRV or a return that
// restores the caller's flags, versus a compare that happened to overflow).

export interface VWriter {
  readonly source: SourceSpan;
  /** The instruction sets V on purpose (flag macro, PSR write, flag-restoring return). */
  readonly explicit: boolean;
}

export interface RiscOsState {
  readonly cpu: ArmState;
  readonly writers: ReadonlyMap<number, SourceSpan>;
  readonly vWriter?: VWriter;
}

const FLAGS = ['n', 'z', 'c', 'v', 'q', 'i', 'f'] as const;
type Flag = (typeof FLAGS)[number];

/** R0-R3, R12 and LR are the APCS caller-saved registers a skipped call may change. */
const CALL_CLOBBERED = [0, 1, 2, 3, 12, 14];

export function riscOsState(cpu: ArmState): RiscOsState {
  return { cpu, writers: new Map() };
}

export function register(state: RiscOsState, r: number): Expr {
  const v = state.cpu.regs[r];
  if (v === undefined) throw new Error(`no register r${r}`);
  return v;
}

/** A copy with registers replaced; the writers of the replaced registers are `source` (or forgotten). */
export function withRegs(state: RiscOsState, values: ReadonlyMap<number, Expr>, source?: SourceSpan): RiscOsState {
  const cpu = state.cpu.clone();
  const writers = new Map(state.writers);
  for (const [r, v] of values) {
    cpu.regs[r] = v;
    if (source) writers.set(r, source); else writers.delete(r);
  }
  return { ...state, cpu, writers };
}

function isExplicitVWrite(insn: ArmInstruction): boolean {
  const m = insn.mnemonic;
  if (m === 'msr' || m === 'teqp' || m === 'cmpp' || m === 'tstp' || m === 'cmnp') return true;
  const [first, , third] = insn.operands;
  // MOVS pc, lr / ORRS pc, lr, #V_bit / LDMFD sp!, {…, pc}^ restore or set the caller's flags.
  if (first?.kind === 'reg' && first.reg === 15) return true;
  if (m === 'ldm' && insn.operands[1]?.kind === 'reglist') return true;
  // The SETV idiom: CMP rX, #&80000000 then CMNVC rX, #&80000000 (see macros.ts); CLRV is CMP rX, #0.
  const operand = m === 'cmp' || m === 'cmn' ? insn.operands[1] : third;
  if ((m === 'cmp' || m === 'cmn') && operand?.kind === 'imm' && operand.value.kind === 'const') {
    return operand.value.value === 0x80000000n || (m === 'cmp' && operand.value.value === 0n);
  }
  return false;
}

function track(before: RiscOsState, cpu: ArmState, insn: ArmInstruction, source: SourceSpan): RiscOsState {
  let writers: Map<number, SourceSpan> | undefined;
  cpu.regs.forEach((v, r) => {
    const old = before.cpu.regs[r];
    if (old && v !== old && !exprEquals(old, v)) (writers ??= new Map(before.writers)).set(r, source);
  });
  const vChanged = cpu.v !== before.cpu.v && !exprEquals(cpu.v, before.cpu.v);
  return {
    cpu, writers: writers ?? before.writers,
    ...(vChanged ? { vWriter: { source, explicit: isExplicitVWrite(insn) } } : before.vWriter ? { vWriter: before.vWriter } : {}),
  };
}

export const riscOsMachine: Machine<RiscOsState> = {
  execute(state, instruction, env): readonly Successor<RiscOsState>[] {
    if (instruction.arch !== 'arm') throw new Error('the RISC OS model runs ARM code');
    const armEnv = {
      address: Number(env.address), next: Number(env.next),
      resolveLabel: (name: string) => { const a = env.resolve(name); return a === undefined ? undefined : Number(a); },
    };
    return executeArm(state.cpu, instruction, armEnv).map((s) => {
      if (s.state === state.cpu) return { ...s, state };
      s.state.regs = s.state.regs.map(withoutLoadRotation);
      return { ...s, state: track(state, s.state, instruction, env.item.source) };
    });
  },

  registers(state) {
    const out = new Map<string, Expr>();
    state.cpu.regs.forEach((v, r) => out.set(`r${r}`, v));
    for (const f of FLAGS) out.set(f, state.cpu[f]);
    out.set('mode', state.cpu.psrMode);
    out.set('spsr', state.cpu.spsr);
    return out;
  },

  withRegisters(state, values) {
    const cpu = state.cpu.clone();
    const writers = new Map(state.writers);
    let vWriter = state.vWriter;
    for (const [name, v] of values) {
      const r = /^r(\d+)$/.exec(name);
      if (r) {
        cpu.regs[Number(r[1])] = v;
        // A joined value has two histories; neither writer speaks for it.
        writers.delete(Number(r[1]));
      } else if (name === 'mode') cpu.psrMode = v;
      else if (name === 'spsr') cpu.spsr = v;
      else if ((FLAGS as readonly string[]).includes(name)) {
        cpu[name as Flag] = v;
        if (name === 'v') vWriter = undefined;
      }
    }
    return { cpu, writers, ...(vWriter ? { vWriter } : {}) };
  },

  memory: (state): Memory => state.cpu.memory,

  withMemory(state, memory) {
    const cpu = state.cpu.clone();
    cpu.memory = memory;
    return { ...state, cpu };
  },

  skipCall(state, fresh) {
    return withRegs(state, new Map(CALL_CLOBBERED.map((r) => [r, fresh(`call.r${r}`, 32)])));
  },
};

export function newCpu(memory: Memory, mode: ArmAddressMode, regs: readonly Expr[]): ArmState {
  return new ArmState({ memory, mode, regs });
}
