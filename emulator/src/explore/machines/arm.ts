import { conditionHolds } from '../../cpu/arm/condition.js';
import { ArmState, executeArm, registersRead, stackLoads, stackStores, stepArm } from '../../cpu/arm/index.js';
import type { ArmAddressMode, ArmEnv } from '../../cpu/arm/index.js';
import type { Successor } from '../../cpu/control.js';
import { mayFallThrough } from '../../cpu/fallThrough.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { SourceSpan } from '../../ir/program.js';
import { and, not, termAndConstant, type Expr } from '../../values/expr.js';
import { exprEquals } from '../../values/key.js';
import type { Memory } from '../../values/memory.js';
import { settledBy } from '../../values/settled.js';
import { simplifyUnder } from '../../values/simplify.js';
import { SymbolicMemory, type MemoryWrite } from '../../values/symbolic-memory.js';
import { withLink } from './armLink.js';
import { RegisterView } from './registerView.js';
import { forgetCalleeWrites } from './skippedCall.js';
import type { RegisterDifference } from './registerView.js';
import type { Machine, StepEnv } from '../machine.js';
import type { DraftNote } from '../hooks.js';

// The exploration engine's view of the ARM semantics, plus provenance the
// CPU state does not keep and checks at a return need: which instruction
// last wrote each register ("R1 overwritten here") and which last changed V,
// and whether it meant to (a flag macro, a PSR write or a compare of
// constants that always overflows, against a compare that happened to).
// A register pulled back from the stack word it was pushed to was changed
// where the value it gets was made: by the instruction that wrote the
// register before the push, or by a store that put another value over its
// copy (`STR r3, [sp, #4]` over the R2 that `Entry "r1-r3"` stacked, or
// the same word through a frame pointer); the pull only brings it back.

export interface VWriter {
  readonly source: SourceSpan;
  /** The instruction sets V on purpose (see `ArmMachineOptions.setsVOnPurpose`). */
  readonly explicit: boolean;
  /** V is the error of a call already reported as a finding, which the handler's return checks leave to it. */
  readonly reported?: boolean;
  /**
   * The outcome the instruction set V on, where it sets it on one only (an
   * X SWI's error return): a finding that rests on V set notes it, as
   * `OutcomeWrite` does for a register.
   */
  readonly assuming?: string;
}

/**
 * The instruction that last wrote a register: for a value joined from two
 * ways that wrote it apart, each way's (`then` where `selector` holds,
 * `else` elsewhere; none for a way that left it as it was).
 */
export type Writer = SourceSpan | OutcomeWrite | { readonly selector: Expr; readonly then?: Writer; readonly else?: Writer };

/**
 * A write an instruction makes on one of its outcomes only, which a finding
 * about the register rests on: an X SWI sets R0 to an error pointer only
 * when it fails, and "R0 overwritten here" at it alone reads as if it
 * changed R0 on success.
 */
export interface OutcomeWrite {
  readonly source: SourceSpan;
  /** The outcome, as a note says the path assumed it ("XOS_WriteS returns an error …"). */
  readonly assuming: string;
}

const vClear = (state: ArmPathState): boolean => state.cpu.v.kind === 'const' && state.cpu.v.value === 0n;

/**
 * The writer of V where two ways that left it apart meet: where one left it
 * clear, V is set only as the other set it (an X SWI's failure beside its
 * success), so that way's writer is the writer wherever V is set.
 */
function vSetBy(a: ArmPathState, b: ArmPathState): VWriter | undefined {
  if (vClear(b)) return a.vWriter;
  return vClear(a) ? b.vWriter : undefined;
}

/**
 * A stack word a register was pushed to: that register, and where the value
 * the word holds was made, if not the register's own: the instruction that
 * wrote the register before the push, or a store of another value over it.
 */
export interface StackCopy {
  readonly of: number;
  readonly writer?: Writer;
}

export interface ArmPathState {
  readonly cpu: ArmState;
  /** The instruction that last wrote r0-r14, by register number. */
  readonly writers: ReadonlyMap<number, Writer>;
  /** The stack words this path pushed registers to, by address. */
  readonly stackCopies?: ReadonlyMap<Expr, StackCopy>;
  readonly vWriter?: VWriter;
  /** A return address the path put in LR from the PC for a call by a plain branch (see armLink.ts). */
  readonly link?: Expr;
}

export interface ArmMachineOptions {
  /** Instructions that set V deliberately; by default PSR writes (MSR, TEQP…) and flag-restoring returns. */
  readonly setsVOnPurpose?: (insn: ArmInstruction) => boolean;
}

const FLAGS = ['n', 'z', 'c', 'v', 'q', 'i', 'f'] as const;
type Flag = (typeof FLAGS)[number];

/** R0-R3, R12 and LR are the APCS caller-saved registers a skipped call may change. */
const CALL_CLOBBERED = [0, 1, 2, 3, 12, 14];

/** PSR writes and returns that restore or set the caller's flags. */
export function writesPsr(insn: ArmInstruction): boolean {
  const m = insn.mnemonic;
  if (m === 'msr' || m === 'teqp' || m === 'cmpp' || m === 'tstp' || m === 'cmnp') return true;
  const [first] = insn.operands;
  // MOVS pc, lr / ORRS pc, lr, #V_bit / LDMFD sp!, {…, pc}^.
  if (first?.kind === 'reg' && first.reg === 15) return true;
  return m === 'ldm' && insn.operands[1]?.kind === 'reglist';
}

export function armPathState(cpu: ArmState): ArmPathState {
  return { cpu, writers: new Map() };
}

export function newArmCpu(memory: Memory, mode: ArmAddressMode, regs: readonly Expr[]): ArmState {
  return new ArmState({ memory, mode, regs });
}

export function register(state: ArmPathState, r: number): Expr {
  const v = state.cpu.regs[r];
  if (v === undefined) throw new Error(`no register r${r}`);
  return v;
}

/** A copy with registers replaced; the writers of the replaced registers are `source` (or forgotten). */
export function withRegs<S extends ArmPathState>(state: S, values: ReadonlyMap<number, Expr>, source?: SourceSpan | OutcomeWrite): S {
  const cpu = state.cpu.clone();
  const writers = new Map(state.writers);
  for (const [r, v] of values) {
    cpu.regs[r] = v;
    if (source) writers.set(r, source); else writers.delete(r);
  }
  return { ...state, cpu, writers };
}

/** What `track` compares a step's result with: the registers and V before it, and who wrote them. */
interface Before {
  readonly regs: readonly Expr[];
  /** The registers as the instruction reads them, where its condition settles some (`registersRead`): the stack it stores to or loads from. */
  readonly reads: readonly Expr[];
  readonly v: Expr;
  readonly state: ArmPathState;
  /** The stores made before the step (`SymbolicMemory.writeCount`). */
  readonly writes: number;
  /** The stack word each register the step pulls is read from, of those `madeElsewhere` names. */
  readonly pulls: ReadonlyMap<number, Expr>;
  /** Where a conditional instruction runs: the condition on the flags before it. */
  readonly runs?: Expr;
}

function before(state: ArmPathState, insn: ArmInstruction, env: ArmEnv, regs: readonly Expr[]): Before {
  const { memory } = state.cpu;
  const settled = registersRead(state.cpu, insn);
  const reads = settled ?? regs;
  // A view of the CPU with those registers, for `stackLoads` to read: its memory is the state's, not a copy.
  const cpu = settled ? Object.assign(Object.create(ArmState.prototype) as ArmState, state.cpu, { regs: settled }) : state.cpu;
  const pulls = state.stackCopies ? stackLoads(cpu, insn, env, madeElsewhere(state.stackCopies)) : NO_PULLS;
  const writes = memory instanceof SymbolicMemory ? memory.writeCount : 0;
  // The flags change in place as the instruction runs.
  if (insn.condition === 'al') return { regs, reads, v: state.cpu.v, state, writes, pulls };
  return { regs, reads, v: state.cpu.v, state, writes, pulls, runs: conditionHolds(state.cpu, insn.condition) };
}

/**
 * Whether `v`, V after an instruction, is set whatever the path's inputs
 * where the instruction runs (`runs`). A conditional pair such as `MOVNE
 * r2, #&80000000` / `CMPNE r2, #1` sets it that way: the two ways of the
 * MOVNE meet again before the CMPNE, so R2 is &80000000 where NE holds and
 * what it was elsewhere, and the CMPNE runs where NE holds.
 */
function setWhateverInputs(v: Expr, runs: Expr | undefined): boolean {
  if (v.kind === 'const' || runs === undefined) return v.kind === 'const' && v.value === 1n;
  const fixed = new Map<Expr, boolean>();
  const hold = (c: Expr, value: boolean): void => {
    fixed.set(c, value);
    if (c.kind === 'unary' && c.op === 'not') hold(c.arg, !value);
    else if (value && c.kind === 'binary' && c.op === 'and') { hold(c.left, true); hold(c.right, true); }
  };
  hold(runs, true);
  const under = simplifyUnder(fixed)(v);
  return under.kind === 'const' && under.value === 1n;
}

const NO_PULLS: ReadonlyMap<number, Expr> = new Map();

/** `madeElsewhere`'s answers, by the copies they are about (a path's copies are replaced, never changed). */
const madeElsewhereOf = new WeakMap<ReadonlyMap<Expr, StackCopy>, ReadonlySet<number>>();

/**
 * The registers with a stack copy whose value was made elsewhere: the only
 * ones a pull gives a writer other than itself (`track`), so the only ones
 * whose pulls are worth working out (an `EXIT` pulls every register its
 * `Entry` pushed, most of them never written).
 */
function madeElsewhere(copies: ReadonlyMap<Expr, StackCopy>): ReadonlySet<number> {
  let regs = madeElsewhereOf.get(copies);
  if (regs === undefined) {
    const found = new Set<number>();
    for (const copy of copies.values()) if (copy.writer !== undefined) found.add(copy.of);
    madeElsewhereOf.set(copies, regs = found);
  }
  return regs;
}

/**
 * The stack copies after a step: a store of a register to a word that holds
 * no other register's copy (a push) makes it that register's; a store of
 * anything else over a register's copy overwrites it.
 */
function copiesAfter(before: Before, cpu: ArmState, insn: ArmInstruction, source: SourceSpan): ReadonlyMap<Expr, StackCopy> | undefined {
  const copies = before.state.stackCopies;
  if (!(cpu.memory instanceof SymbolicMemory) || cpu.memory.writeCount === before.writes) return copies;
  const stored = stackStores(before.reads, insn);
  if (stored.length === 0) return copies;
  const writes = cpu.memory.writesSince(before.writes);
  const out = new Map(copies);
  writes.forEach((w, k) => {
    const of = writes.length === stored.length && w.bytes === 4 ? stored[k] : undefined;
    const was = out.get(w.address);
    if (was && was.of !== of) {
      out.set(w.address, { of: was.of, writer: source });
    } else if (of !== undefined) {
      const writer = before.state.writers.get(of);
      out.set(w.address, writer ? { of, writer } : { of });
    }
    // A byte or halfword stored into a copy past its first byte (`STRB r3, [sp, #5]`) changes part of it.
    for (const [address, copy] of out) if (address !== w.address && overlaps(address, w)) out.set(address, { of: copy.of, writer: source });
  });
  return out;
}

/** A constant address by its value alone, any other as a term plus a constant. */
function termAndOffset(address: Expr): readonly [Expr | undefined, bigint] {
  return address.kind === 'const' ? [undefined, address.value] : termAndConstant(address);
}

/** Whether `write` provably stores into the word at `word`: both the same term plus constants that overlap. */
function overlaps(word: Expr, write: MemoryWrite): boolean {
  const [a, i] = termAndOffset(word), [b, j] = termAndOffset(write.address);
  if (a !== b) return false;
  const from = BigInt.asIntN(32, j - i);
  return from > -BigInt(write.bytes) && from < 4n;
}

/** Notes of a finding at what a register's writer wrote: ways joined into it note theirs, where the finding's path went that way. */
const MAX_WRITER_NOTES = 8;

/** "R0 overwritten here" (`message`) at the instruction that last wrote register `r` on the finding's path. */
export function writerNotes(state: ArmPathState, r: number, message: string): DraftNote[] {
  const notes: DraftNote[] = [];
  const add = (writer: Writer | undefined, when: Expr | undefined): void => {
    if (writer === undefined || notes.length >= MAX_WRITER_NOTES) return;
    if ('assuming' in writer) {
      const at = (text: string): DraftNote => (when === undefined ? { message: text, source: writer.source } : { message: text, source: writer.source, when });
      notes.push(at(`assuming ${writer.assuming}`), at(message));
      return;
    }
    if (!('selector' in writer)) {
      notes.push(when === undefined ? { message, source: writer } : { message, source: writer, when });
      return;
    }
    add(writer.then, when === undefined ? writer.selector : and(when, writer.selector));
    add(writer.else, when === undefined ? not(writer.selector) : and(when, not(writer.selector)));
  };
  add(state.writers.get(r), undefined);
  return notes;
}

/** The instruction that last wrote register `r`, whichever way the path came. */
export function soleWriter(state: ArmPathState, r: number): SourceSpan | undefined {
  const writer = state.writers.get(r);
  return writer === undefined || 'selector' in writer ? undefined : 'assuming' in writer ? writer.source : writer;
}

/**
 * The one instruction that wrote register `r` on every way into here that
 * wrote it: an X SWI's success, beside its failure that left `r` as it was.
 */
export function onlyWriter(state: ArmPathState, r: number): SourceSpan | undefined {
  const leaves: SourceSpan[] = [];
  const walk = (w: Writer | undefined): void => {
    if (w === undefined) return;
    if ('selector' in w) {
      walk(w.then);
      walk(w.else);
    } else leaves.push('assuming' in w ? w.source : w);
  };
  walk(state.writers.get(r));
  const [first] = leaves;
  const at = (s: SourceSpan): string => `${s.file}:${s.range.start.line}:${s.range.start.character}`;
  return first && leaves.every((s) => at(s) === at(first)) ? first : undefined;
}

/**
 * The stack copies where two paths meet: a word that holds the same
 * register's copy on both ways, its value made where each way made it
 * (`a`'s where `selector` holds, `b`'s elsewhere); a word that holds
 * different registers' copies, or one on one way only, is no copy.
 */
function joinCopies(a: ReadonlyMap<Expr, StackCopy> | undefined, b: ReadonlyMap<Expr, StackCopy> | undefined, selector: Expr): ReadonlyMap<Expr, StackCopy> | undefined {
  if (a === b) return a;
  const out = new Map<Expr, StackCopy>();
  if (!a || !b) return out;
  for (const [address, ca] of a) {
    const cb = b.get(address);
    if (cb === undefined || ca.of !== cb.of) continue;
    const wa = ca.writer, wb = cb.writer;
    out.set(address, ca === cb || wa === wb ? ca : { of: ca.of, writer: { selector, ...(wa ? { then: wa } : {}), ...(wb ? { else: wb } : {}) } });
  }
  return out;
}

function track(before: Before, cpu: ArmState, insn: ArmInstruction, source: SourceSpan, onPurpose: (insn: ArmInstruction) => boolean): ArmPathState {
  let writers: Map<number, Writer> | undefined;
  cpu.regs.forEach((v, r) => {
    const old = before.regs[r];
    if (!old || v === old || exprEquals(old, v)) return;
    const pulled = before.pulls.get(r);
    const copy = pulled && before.state.stackCopies?.get(pulled);
    (writers ??= new Map(before.state.writers)).set(r, (copy?.of === r ? copy.writer : undefined) ?? source);
  });
  const vChanged = cpu.v !== before.v && !exprEquals(cpu.v, before.v);
  const { vWriter } = before.state;
  const stackCopies = copiesAfter(before, cpu, insn, source);
  // Every step makes one: a literal that begins with a spread, as this did, is built property by property.
  return {
    cpu, writers: writers ?? before.state.writers, stackCopies,
    // V set whatever the path's inputs (`MOV r0, #&80000000` / `CMP r0, #1`, BASIC's SETV) is set on purpose too.
    ...(vChanged ? { vWriter: { source, explicit: onPurpose(insn) || setWhateverInputs(cpu.v, before.runs) } } : vWriter ? { vWriter } : {}),
  };
}

/**
 * The state a successor goes on in, with each register and flag that is a
 * choice on a condition its guard settles made that choice, and its writer
 * with it. An X SWI's outcomes meet right after the call (R0 its error or
 * what R0 held, V set or clear, on one selector) and a `BVS` parts them
 * again: without this the error way kept R0's success value as a choice
 * no path takes, and every check of R0 there asked the solver about it.
 */
function decided(state: ArmPathState, guard: Expr): ArmPathState {
  const settled = settledBy(guard);
  if (!settled) return state;
  const chosenWriter = (writer: Writer | undefined): Writer | undefined => {
    let at = writer;
    while (at && 'selector' in at) {
      const w = settled.way(at.selector);
      if (w === undefined) break;
      at = w ? at.then : at.else;
    }
    return at;
  };
  let cpu: ArmState | undefined;
  let writers: Map<number, Writer> | undefined;
  state.cpu.regs.forEach((e, r) => {
    const v = settled.chosen(e);
    if (v === e) return;
    (cpu ??= state.cpu.clone()).regs[r] = v;
    writers ??= new Map(state.writers);
    const writer = chosenWriter(writers.get(r));
    if (writer) writers.set(r, writer); else writers.delete(r);
  });
  for (const flag of ['n', 'z', 'c', 'v'] as const) {
    const v = settled.chosen(state.cpu[flag]);
    if (v !== state.cpu[flag]) (cpu ??= state.cpu.clone())[flag] = v;
  }
  return cpu ? { ...state, cpu, writers: writers ?? state.writers } : state;
}

const REGISTER_NUMBERS: ReadonlyMap<string, number> = new Map(Array.from({ length: 15 }, (_, r) => [`r${r}`, r]));
const FLAG_NAMES: ReadonlySet<string> = new Set(FLAGS);
/** The branches whose condition picks one successor or the other (a conditional BL: the call or the next instruction). */
const BRANCHES: ReadonlySet<string> = new Set(['b', 'bl']);

/**
 * Whether `instruction`'s condition picks one successor or the other: a
 * branch, or an instruction that, run, writes the PC and goes nowhere
 * next (Hdr:Proc's `EXIT VS`, an `LDMVSFD sp!, {…, pc}`, is a `BVS` to a
 * return).
 */
const choosesWay = (instruction: ArmInstruction): boolean => BRANCHES.has(instruction.mnemonic) || !mayFallThrough({ ...instruction, condition: 'al' });

/**
 * A state's registers (r0-r14), flags, mode and SPSR by name, read when
 * asked for: the register observer reads a dozen of them before every
 * instruction, where a map of all of them was made for it.
 */
class ArmRegisters extends RegisterView {
  constructor(private readonly cpu: ArmState) {
    super();
  }

  get size(): number {
    return this.cpu.regs.length + FLAGS.length + 2;
  }

  get(name: string): Expr | undefined {
    const r = REGISTER_NUMBERS.get(name);
    if (r !== undefined) return this.cpu.regs[r];
    if (FLAG_NAMES.has(name)) return this.cpu[name as Flag];
    return name === 'mode' ? this.cpu.psrMode : name === 'spsr' ? this.cpu.spsr : undefined;
  }

  *entries(): MapIterator<[string, Expr]> {
    const { cpu } = this;
    for (let r = 0; r < cpu.regs.length; r++) yield [`r${r}`, cpu.regs[r] as Expr];
    for (const f of FLAGS) yield [f, cpu[f]];
    yield ['mode', cpu.psrMode];
    yield ['spsr', cpu.spsr];
  }

  /** As every view's, read from the two states' fields in `entries`' order: every join of two paths asks. */
  override differenceFrom(other: ReadonlyMap<string, Expr>, settle: boolean): RegisterDifference {
    if (!(other instanceof ArmRegisters)) return super.differenceFrom(other, settle);
    const mine = this.cpu, theirs = other.cpu;
    const values: [string, Expr][] = [];
    const differs = (name: string, v: Expr, w: Expr | undefined): void => {
      if (!w || !exprEquals(v, w)) values.push([name, v]);
    };
    for (let r = 0; r < mine.regs.length; r++) differs(`r${r}`, mine.regs[r] as Expr, theirs.regs[r]);
    for (const f of FLAGS) differs(f, mine[f], theirs[f]);
    differs('mode', mine.psrMode, theirs.psrMode);
    differs('spsr', mine.spsr, theirs.spsr);
    return { values, unsettled: [] };
  }
}

function armEnv(env: StepEnv): ArmEnv {
  return {
    address: Number(env.address), next: Number(env.next), knownBits: env.knownBits,
    resolveLabel: (name: string) => { const a = env.resolve(name); return a === undefined ? undefined : Number(a); },
  };
}

export function armMachine(options: ArmMachineOptions = {}): Machine<ArmPathState> {
  const onPurpose = options.setsVOnPurpose ?? writesPsr;
  return {
    execute(state, instruction, env): readonly Successor<ArmPathState>[] {
      if (instruction.arch !== 'arm') throw new Error('the ARM machine runs ARM code only');
      const arm = armEnv(env);
      const was = before(state, instruction, arm, state.cpu.regs);
      return executeArm(state.cpu, instruction, arm).map((s) => withLink(state, instruction, { ...s, state: decided(track(was, s.state, instruction, env.item.source, onPurpose), s.guard) }));
    },

    step(state, instruction, env): readonly Successor<ArmPathState>[] {
      if (instruction.arch !== 'arm') throw new Error('the ARM machine runs ARM code only');
      // The registers are changed in place: `track` compares with a copy of them.
      const arm = armEnv(env);
      const was = before(state, instruction, arm, [...state.cpu.regs]);
      return stepArm(state.cpu, instruction, arm).map((s) => withLink(state, instruction, { ...s, state: decided(track(was, s.state, instruction, env.item.source, onPurpose), s.guard) }));
    },

    registers: (state) => new ArmRegisters(state.cpu),

    joinedFrom(state, a, b, selector) {
      let writers: Map<number, Writer> | undefined;
      a.cpu.regs.forEach((value, r) => {
        if (exprEquals(value, b.cpu.regs[r] ?? value)) return;
        // One instruction wrote it on both ways (a loop's counter, left after different passes): that one is its writer still.
        const wa = a.writers.get(r), wb = b.writers.get(r);
        const writer = wa === wb ? wa : { selector, ...(wa ? { then: wa } : {}), ...(wb ? { else: wb } : {}) };
        if (writer) (writers ??= new Map(state.writers)).set(r, writer);
      });
      const stackCopies = joinCopies(a.stackCopies, b.stackCopies, selector);
      // `withRegisters` left no writer of a V the ways left apart.
      const vWriter = exprEquals(a.cpu.v, b.cpu.v) ? state.vWriter : vSetBy(a, b);
      if (!writers && stackCopies === state.stackCopies && vWriter === state.vWriter) return state;
      return { ...state, ...(writers ? { writers } : {}), ...(stackCopies ? { stackCopies } : {}), ...(vWriter ? { vWriter } : {}) };
    },

    withRegisters(state, values) {
      const cpu = state.cpu.clone();
      const writers = new Map(state.writers);
      let vWriter = state.vWriter;
      for (const [name, v] of values) {
        const r = REGISTER_NUMBERS.get(name);
        if (r !== undefined) {
          cpu.regs[r] = v;
          // A value given from outside has no writer here; a join's ways give theirs (`joinedFrom`).
          writers.delete(r);
        } else if (name === 'mode') cpu.psrMode = v;
        else if (name === 'spsr') cpu.spsr = v;
        else if (FLAG_NAMES.has(name)) {
          cpu[name as Flag] = v;
          if (name === 'v') vWriter = undefined;
        }
      }
      // A join that keeps LR keeps the link: the instructions between `ADR lr, back` and its branch may fork and meet again.
      const link = values.has('r14') ? undefined : state.link;
      const { stackCopies } = state;
      return { cpu, writers, ...(vWriter ? { vWriter } : {}), ...(link ? { link } : {}), ...(stackCopies ? { stackCopies } : {}) };
    },

    // The address mode is how the CPU reads R15, no value a join could choose: paths in two modes stay apart.
    joinable: (a, b) => a.cpu.mode === b.cpu.mode,

    parts(a, b, instruction) {
      if (instruction.arch !== 'arm' || instruction.condition === 'al' || !choosesWay(instruction)) return false;
      const x = conditionHolds(a.cpu, instruction.condition), y = conditionHolds(b.cpu, instruction.condition);
      return x.kind === 'const' && y.kind === 'const' && x.value !== y.value;
    },

    memory: (state): Memory => state.cpu.memory,

    withMemory(state, memory) {
      const cpu = state.cpu.clone();
      cpu.memory = memory;
      return { ...state, cpu };
    },

    skipCall(state, fresh) {
      const next = withRegs(state, new Map(CALL_CLOBBERED.map((r) => [r, fresh(`call.r${r}`, 32)])));
      forgetCalleeWrites(next.cpu.memory, register(next, 13));
      return next;
    },
  };
}
