import { condition, effectiveAddress, isConditionCode, readReg, stringAccess, type X86FlagName, type X86State } from '../../cpu/x86/index.js';
import type { Control } from '../../cpu/control.js';
import type { FindingDraft, Hooks, Outcome, StepContext } from '../../explore/hooks.js';
import { X86_REG32 } from '../../ir/x86.js';
import type { X86Instruction, X86Reg32 } from '../../ir/x86.js';
import { add, and, bv, ne, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { symbolsOf } from '../../values/key.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { checkArguments } from './argument-checks.js';
import { decodeCall } from './calls.js';
import type { MacroSites, ServiceCall } from './calls.js';
import { callSite, type CallSite, type CallSites } from './call-sites.js';
import { constantDistance, holds } from './expr-facts.js';
import { keptInPlace, storied, type Stamps } from './handles.js';
import { vmmModel } from './invariants.js';
import { coversVmmModels } from './coverage.js';
import { joinVmmModels } from './join.js';
import { registerName } from './outcomes.js';
import type { CallScope } from './outcomes.js';
import { serviceOutcomes } from './services.js';
import { MODEL_KEY } from './state.js';
import type { VmmModelState } from './state.js';
import { testedBy, withStoredResults } from './stored-results.js';
import type { SymbolTable } from './symbols.js';
import { destroyedCopies, followCopies, handedToCallee, heldInRegistersOnly, reliedOn, reportLost, type LossWording } from './tracking.js';
import { UseChecker, type UseKind, type UseReporter } from './use-checks.js';
import { tailJumpNote } from './tail-jumps.js';
import type { Memory } from '../../values/memory.js';
import { CALL_CLOBBERED_FLAGS, leftByUnseenCallee } from '../../explore/machines/x86.js';
import { armsOf, returnWay } from '../../explore/return-slots.js';

// The model's part in exploration. It executes every instruction itself (the
// CPU semantics for ordinary ones, the service model for calls) so that it
// can follow copies of tracked values and update its state per outcome, and
// it runs the checks that need the instruction: uses of destroyed or
// unchecked values, arguments, and the stack and copies at the return.

type Ctx = StepContext<X86State>;

/**
 * `given`: names of the symbols the run was given values for (a replayed
 * witness). `handedOff`: whether an address is one of the program's
 * Control_Dispatch targets, where the analyses of those entries take over
 * from the explored procedure's. `returned`: how a value left only in
 * registers is lost at the explored entry's own return, when the VMM is
 * what calls it (`vmmEntryReturn`). `assumed`: what the run assumed of
 * the entry (a VM handle in EBX), which the path did not learn.
 */
export function vmmHooks(
  symbols: SymbolTable, macros: MacroSites, sites: CallSites, given: ReadonlySet<string>, handedOff: (address: bigint) => boolean = () => false,
  returned?: LossWording, assumed: ReadonlySet<Expr> = new Set(),
): Hooks<X86State> {
  const uses = new UseChecker(symbols);
  const cleanUps = new Set<bigint>();
  const isGiven = (value: Expr): boolean => value.kind === 'sym' && given.has(value.name);
  return {
    onInstruction(ctx) {
      const model = vmmModel(ctx.models);
      if (!model) return undefined;
      if (handedOff(ctx.item.address) && asEntered(ctx, assumed)) return [{ guard: TRUE, state: ctx.state, control: HANDED_OFF }];
      const call = decodeCall(ctx.program, ctx.item, ctx.state, macros);
      return call
        ? callOutcomes(ctx, call, model, { symbols, uses, isGiven, cleanUps, site: callSite(ctx.item, sites), returned })
        : instructionOutcomes(ctx, model, uses, cleanUps.has(ctx.item.address), returned);
    },
    onControl(_ctx, control, after) {
      // INT 3, a breakpoint in a debug build: the debugger (WDEB386, SoftICE) stops there and carries on.
      return control.kind === 'interrupt' && control.vector === 3 ? [{ guard: TRUE, state: after, control: { kind: 'next' } }] : undefined;
    },
    onSkippedCall(models) {
      const model = vmmModel(models);
      const next = model && handedToCallee(model);
      return next && next !== model ? new Map(models).set(MODEL_KEY, next) : models;
    },
    joinModels: joinVmmModels,
    coversModels: coversVmmModels,
  };
}

const HANDED_OFF: Control = { kind: 'exit', reason: 'a Control_Dispatch target, analysed as an entry of its own' };

/**
 * Whether the path has changed neither a register nor memory since the
 * procedure's entry (a call pushes its return address, a service call
 * changes a register) and has learnt nothing but what it compared EAX
 * with: the message a control procedure dispatches on (the run's
 * `assumed` facts about its entry, the VM handle a control procedure is
 * given, are none of its learning). A Control_Dispatch
 * target's own analysis then starts from all the path knows, but the
 * message, and knows the VM handle in EBX too; following the path into it
 * would find its findings again.
 */
function asEntered(ctx: Ctx, assumed: ReadonlySet<Expr>): boolean {
  const { state, entry } = ctx;
  if (!X86_REG32.every((r) => state.regs[r] === entry.regs[r])) return false;
  if (!(state.memory instanceof SymbolicMemory && entry.memory instanceof SymbolicMemory) || state.memory.writeCount !== entry.memory.writeCount) return false;
  return ctx.conditions.every((c) => assumed.has(c) || [...symbolsOf(c).values()].every((s) => s === entry.regs.eax));
}

function withModel(ctx: Ctx, model: VmmModelState): Outcome<X86State>['models'] {
  return model === vmmModel(ctx.models) ? ctx.models : new Map(ctx.models).set(MODEL_KEY, model);
}

const regValue = (state: X86State, r: X86Reg32): Expr => state.regs[r];

/**
 * `cleanUp`: the `add esp` a `VMMcall` with an argument list ends with. The
 * flags a reader of the source sees after the macro are the service's,
 * which it destroys; the flags of that `add` are an artefact of the
 * expansion, and leaving them would make a `jc` after the call look decided.
 */
function instructionOutcomes(ctx: Ctx, model: VmmModelState, uses: UseChecker, cleanUp: boolean, returned: LossWording | undefined): Outcome<X86State>[] {
  const insn = ctx.item.instruction as X86Instruction;
  const state = ctx.state;
  // The destroyed registers' values the step relies on (PW230).
  const relied: Expr[] = [];
  const check = (r: UseReporter, value: Expr, use: UseKind, what: string): void => {
    relied.push(...uses.check(r, value, use, what));
  };
  if (insn.mnemonic !== 'lea') {
    for (const op of insn.operands) {
      if (op.kind !== 'mem') continue;
      for (const r of [op.base, op.index]) {
        if (!r) continue;
        check(ctx, regValue(state, r), 'address', r.toUpperCase());
        uses.endedBlock(ctx, regValue(state, r), model, r.toUpperCase(), ctx.callSites, () => effectiveAddress(state, op));
      }
    }
  }
  const [dest, src] = insn.operands;
  const [memory, register] = insn.mnemonic === 'xchg' && src?.kind === 'mem' ? [src, dest] : [dest, src];
  // A byte or word register stores the bits of its full register it names: CL of a destroyed ECX is destroyed too.
  if (memory?.kind === 'mem' && register?.kind === 'reg') {
    const value = readReg(state, register.reg);
    if (insn.mnemonic === 'mov' || insn.mnemonic === 'xchg') check(ctx, value, 'store', register.reg.toUpperCase());
    else if (MEMORY_UPDATES.has(insn.mnemonic)) check(ctx, value, 'update', register.reg.toUpperCase());
  }
  // What a push saved is used where it is popped into memory; popped into a register, it is followed to that register's uses.
  if (insn.mnemonic === 'pop' && dest?.kind === 'mem' && (dest.size ?? 4) === 4) {
    check(ctx, state.memory.peek(state.regs.esp, 4), 'store', 'The value popped');
  }
  const read = flagRead(insn, state);
  if (read) check(ctx, read.value, 'read', read.what);
  if (PAGE_SHIFTS.has(insn.mnemonic) && dest?.kind === 'reg' && dest.reg in state.regs && src?.kind === 'imm' && src.value.kind === 'const' && src.value.value === 12n) {
    check(ctx, regValue(state, dest.reg as X86Reg32), 'page-shift', dest.reg.toUpperCase());
  }
  const string = stringAccess(insn);
  if (string) {
    // A repeated one touches memory only when ECX is not 0.
    const at = insn.prefix === undefined || insn.prefix === 'lock' ? ctx : when(ctx, ne(state.regs.ecx, bv(0)));
    for (const r of string.addresses) {
      check(at, regValue(state, r), 'address', r.toUpperCase());
      uses.endedBlock(at, regValue(state, r), model, r.toUpperCase(), ctx.callSites, () => regValue(state, r));
    }
    // STOSB and STOSW store AL and AX: the bits of EAX they name, as a `mov` of them does.
    if (string.stores) check(at, readReg(state, string.stores), 'store', string.stores.toUpperCase());
  }
  // The step may change the state in place.
  const esp = state.regs.esp;
  const serviceFlags = cleanUp ? CALL_CLOBBERED_FLAGS.map((f) => [f, state.flags[f]] as const) : [];
  const successors = ctx.execute();
  for (const s of successors) for (const [f, value] of serviceFlags) s.state.flags[f] = value;
  if (insn.mnemonic === 'push') for (const s of successors) uses.pushed(ctx.stores(s.state), ctx.item.source);
  const jumped = tailJumpNote(ctx.program, ctx.item);
  const [first] = successors;
  const branch = successors.length > 1;
  // A repeated string instruction branches on its count in ECX, which the reader knows by that name.
  const repeated = string !== undefined && insn.prefix !== undefined && insn.prefix !== 'lock';
  if (branch && first) check(ctx, first.guard, 'branch', repeated ? 'The repeat count' : 'The branch condition');
  const checked = reliedOn(model, relied);
  const infeasible = (c: Expr): boolean => ctx.infeasible(c);
  return successors.map((s) => {
    const { memory } = s.state;
    const copies = (value: Expr): readonly Expr[] => (memory instanceof SymbolicMemory ? copiesIn(memory, value, s.state.regs.esp, 0) : []);
    const tested = branch ? keptInPlace(testedBy(checked, s.guard, infeasible), s.guard, infeasible, copies) : checked;
    const outcome = finish(ctx, uses, tested, s.state, s.control, s.guard, describe(s.control), esp, returned);
    return jumped !== undefined && s.control.kind === 'jump' ? { ...outcome, note: jumped } : outcome;
  });
}

const PAGE_SHIFTS: ReadonlySet<string> = new Set(['shr', 'sar']);
/** Instructions that compute with CF. */
const CARRY_READERS: ReadonlySet<string> = new Set(['adc', 'sbb', 'rcl', 'rcr']);

/**
 * The flags a step reads into its result: the carry of `adc` and its kin,
 * the condition `setcc` and `cmovcc` copy. A jump's condition is checked
 * as the branch it decides; pushfd and lahf only copy the flags.
 */
function flagRead(insn: X86Instruction, state: X86State): { readonly value: Expr; readonly what: string } | undefined {
  if (CARRY_READERS.has(insn.mnemonic)) return { value: state.flags.cf, what: 'The carry' };
  const cc = ['set', 'cmov'].map((p) => (insn.mnemonic.startsWith(p) ? insn.mnemonic.slice(p.length) : '')).find(isConditionCode);
  return cc === undefined ? undefined : { value: condition(state.flags, cc), what: 'The condition' };
}
/** Read-modify-write instructions whose register source goes into what they write back to memory. */
const MEMORY_UPDATES: ReadonlySet<string> = new Set(['add', 'adc', 'sub', 'sbb', 'and', 'or', 'xor']);

/** Uses that happen only where `condition` holds. */
function when(ctx: Ctx, condition: Expr): UseReporter {
  return {
    item: ctx.item,
    feasible: (c) => ctx.feasible(and(c, condition)),
    report: (draft) => ctx.report({ ...draft, condition: and(draft.condition ?? TRUE, condition) }),
  };
}

const RETURNS_WITHOUT: LossWording = { overwritten: 'the procedure returns without it here', released: 'the procedure returns without it here' };
const STEP_LOSS: LossWording = { overwritten: 'the last copy is overwritten here', released: 'the stack slot holding the last copy is released here' };
const CALL_LOSS: LossWording = { overwritten: 'the last copy is overwritten by the call here', released: 'the stack slot holding the last copy is released by the call here' };

function describe(control: Control): LossWording {
  return control.kind === 'return' ? RETURNS_WITHOUT : STEP_LOSS;
}

/**
 * The common end of every step: copies and stored results followed; at a
 * return, the stack (`esp`, ESP before the step), and at the procedure's
 * own return, lost values and untested stored results checked. Where the
 * VMM called the entry (`returned`), a value only registers hold there is
 * lost too.
 */
function finish(
  ctx: Ctx, uses: UseChecker, model: VmmModelState, after: X86State, control: Control, guard: Expr, how: LossWording, esp: Expr, returned: LossWording | undefined,
): Outcome<X86State> {
  const writes = ctx.stores(after);
  const inFrame = (address: Expr): boolean => (constantDistance(address, ctx.entry.regs.esp) ?? 0n) < 0n;
  const copies = followCopies(model, writes, after, esp, ctx.item.source, ctx.history, how);
  const next = withStoredResults(copies, writes, uses.symbols, ctx.item.source, inFrame, (c) => ctx.infeasible(c));
  if (control.kind === 'return' && checkReturn(ctx, uses, esp, control.address, after.memory)) {
    const report = (d: FindingDraft): void => ctx.report(d);
    reportLost(next, report);
    if (returned) reportLost(heldInRegistersOnly(next, after, esp, ctx.item.source, ctx.history, returned), report, true);
    uses.untestedAtReturn(ctx, next, after.memory);
  }
  return { guard, state: after, control, models: withModel(ctx, next) };
}

/**
 * PW231 for each place ESP (before the return) may be in that no call put
 * a return address at, on the paths that left it there: a joined ESP
 * carries the places of every path joined into it. The return goes where
 * the explorer takes it (return-slots.ts): true where it may leave the
 * explored procedure, whose own checks at its return then follow.
 */
function checkReturn(ctx: Ctx, uses: UseChecker, esp: Expr, address: Expr, memory: Memory): boolean {
  const slots = ctx.returnSlots;
  const arms = armsOf(esp);
  let leaves = false;
  for (const arm of arms) {
    const way = returnWay(arm.value, slots, arms.length === 1 ? address : undefined, ctx.program);
    if (way.kind === 'astray') {
      uses.unbalancedStack(arm.guard === TRUE ? ctx : when(ctx, arm.guard), way.distance, ctx.callSites.at(-1), { memory, slot: arm.value });
      leaves ||= ctx.depth === 0;
    } else if (way.kind === 'frame') leaves ||= way.index === slots.length - 1;
  }
  return leaves;
}

// ---- service calls ---------------------------------------------------------------

const FLAG_REGISTERS = new Set(['EFLAGS', 'CF', 'ZF']);

interface CallChecks {
  readonly symbols: SymbolTable;
  readonly uses: UseChecker;
  readonly isGiven: (value: Expr) => boolean;
  /** Addresses of the macro clean-ups after the calls met so far. */
  readonly cleanUps: Set<bigint>;
  /** Where the call is written. */
  readonly site: CallSite;
  /** How a value left only in registers is lost at the explored entry's return (a tail call returns there). */
  readonly returned: LossWording | undefined;
}

function callOutcomes(ctx: Ctx, call: ServiceCall, before: VmmModelState, { symbols, uses, isGiven, cleanUps, site, returned }: CallChecks): Outcome<X86State>[] {
  const { service } = call;
  if (call.form === 'link' && call.written !== undefined && call.resume !== undefined && isCleanUp(ctx, call.resume)) cleanUps.add(call.resume);
  const params = service?.semantics?.params ?? [];
  const relied = call.args.flatMap((a, i) => {
    const p = params[i];
    return uses.check(ctx, a, { argument: p?.role ?? 'other' }, `Argument ${p?.name ?? i + 1} of ${call.name}`);
  });
  const model = reliedOn(before, relied);
  checkArguments(ctx, call, model, symbols, site);
  // ESP before the call, and the registers that held tracked values, read before the last outcome may take the state and change it.
  const esp = ctx.state.regs.esp;
  const holding = model.tracked.some((t) => !t.lost) ? { ...ctx.state.regs } : undefined;
  const owned = ctx.ownsState;
  // The last outcome takes the path's state when the path alone holds it: a
  // copy would cost the path a copy of each memory region it stores to next.
  const stateFor = (last: boolean): X86State => (last && owned ? ctx.state : ctx.state.clone());
  if (!service) {
    const state = unknownCall(ctx, call, stateFor(true));
    if (call.name.startsWith('_')) destroyedByCService(ctx, call, state, symbols, site);
    return [afterCall(ctx, uses, call, handedToCallee(model), state, bv(1, 1), false, esp, returned)];
  }
  const memory = ctx.state.memory;
  const scope: CallScope = {
    call, service, model, site, calls: ctx.callSites, fresh: ctx.fresh, given: isGiven, symbols,
    copiesOf: (value) => (memory instanceof SymbolicMemory ? copiesIn(memory, value, ctx.state.regs.esp, call.argumentBytes) : []),
  };
  const stamps: Stamps = new Map();
  const outcomes = serviceOutcomes(scope).map((o) => ({ ...o, model: storied(o.model, model, ctx.history, stamps) }));
  // Where the service returns, before what the path assumes it returned (left out with that, where the finding does not rest on it).
  const lead = service.semantics?.failure || service.name === '_XchgFreePhysReg' ? `${call.name} returns here` : undefined;
  const [first] = outcomes;
  ctx.event({
    kind: 'call', name: call.name,
    arguments: call.args.map((value, i) => ({ name: params[i]?.name ?? `arg${i + 1}`, value })),
    results: [...(first?.results ?? [])].map(([name, value]) => ({ name, value })),
  });
  // One set of destroyed values for all outcomes, so that outcomes whose models agree join without if-then-else.
  const destroyed = new Map<string, Expr>();
  for (const r of service.clobbers ?? []) {
    const names = FLAG_REGISTERS.has(r) ? CALL_CLOBBERED_FLAGS : [registerName(r)];
    for (const name of names) {
      if (!name || destroyed.has(name)) continue;
      const value = ctx.fresh(`${call.name}.clobbered.${name}`, FLAG_REGISTERS.has(r) ? 1 : 32);
      // Register-convention services (no underscore) keep what they do not return (spec A.1.3), though the DDK lists
      // the flags among what some use: flags after one are unknown, but not the destroyed value PW230 is about.
      const reported = !FLAG_REGISTERS.has(r) || service.name.startsWith('_');
      if (reported) symbols.add(value, { kind: 'clobber', service: call.name, register: name, site, result: outcomes.some((o) => o.results.has(name)) });
      destroyed.set(name, value);
    }
  }
  return outcomes.map((o, i) => {
    const state = stateFor(i === outcomes.length - 1);
    for (const [name, value] of destroyed) if (!o.results.has(name)) set(state, name, value);
    for (const [name, value] of o.results) set(state, name, value);
    for (const w of o.writes) state.memory.store(w.address, w.value, 4);
    const left = holding ? destroyedCopies(o.model, holding, new Map([...destroyed].filter(([name]) => !o.results.has(name)))) : o.model;
    const outcome = afterCall(ctx, uses, call, left, state, o.guard, o.noReturn === true, esp, returned);
    return { ...outcome, ...(o.note === undefined ? {} : { note: o.note }), ...(lead === undefined ? {} : { lead }) };
  });
}

/**
 * `CallScope.copiesOf`: the cells `value` was read from, and those the
 * path stored it to (a `push` of the old handle before `_PageReAllocate`,
 * a copy in another variable), whether they still hold it or not. The
 * call's own arguments, the `argumentBytes` from `esp` (ESP at the link),
 * are no copy the code keeps: the clean-up after the call releases them.
 */
function copiesIn(memory: SymbolicMemory, value: Expr, esp: Expr, argumentBytes: number): Expr[] {
  const read = memory.inputs.filter((i) => i.symbol === value || (value.kind === 'sym' && i.symbol.kind === 'sym' && i.symbol.name === value.name)).map((i) => i.address);
  const argument = (address: Expr): boolean => {
    const d = constantDistance(address, esp);
    return d !== undefined && d >= 0n && d < BigInt(argumentBytes);
  };
  const stored = memory.writesSince(0).filter((w) => w.bytes === 4 && holds(w.value, value) && !argument(w.address)).map((w) => w.address);
  return [...new Set([...read, ...stored])];
}

/** Whether the macro expansion's `add esp, n` follows the link, on the call's own line: stdcall and fastcall services have none. */
function isCleanUp(ctx: Ctx, address: bigint): boolean {
  const item = ctx.program.itemAt(address);
  if (item?.kind !== 'instruction' || item.source.range.start.line !== ctx.item.source.range.start.line || item.source.file !== ctx.item.source.file) return false;
  const insn = item.instruction as X86Instruction;
  const [dest] = insn.operands;
  return insn.mnemonic === 'add' && dest?.kind === 'reg' && dest.reg === 'esp';
}

function set(state: X86State, name: string, value: Expr): void {
  if (name in state.regs) state.regs[name as X86Reg32] = value;
  else state.flags[name as X86FlagName] = value;
}

/** A service the catalogue does not know: the C registers hold unknown values, and it may have written any memory but the caller's frame. */
function unknownCall(ctx: Ctx, call: ServiceCall, state: X86State): X86State {
  leftByUnseenCallee(state, (name, width) => ctx.fresh(`${call.name}.${name}`, width));
  return state;
}

/**
 * A C-convention service the catalogue does not know (another device's
 * `_SHELL_CallAtAppyTime`): ECX and the flags are destroyed, as by every C
 * service (spec A.1.3); EAX and EDX may hold its results, so they stay
 * unknown values rather than destroyed ones.
 */
function destroyedByCService(ctx: Ctx, call: ServiceCall, state: X86State, symbols: SymbolTable, site: CallSite): void {
  for (const name of ['ecx', ...CALL_CLOBBERED_FLAGS]) {
    const value = ctx.fresh(`${call.name}.clobbered.${name}`, name === 'ecx' ? 32 : 1);
    symbols.add(value, { kind: 'clobber', service: call.name, register: name, site, result: false });
    set(state, name, value);
  }
}

/** The outcome of a call that left `state`; `esp` is ESP before it. */
function afterCall(
  ctx: Ctx, uses: UseChecker, call: ServiceCall, model: VmmModelState, state: X86State, guard: Expr, noReturn: boolean, esp: Expr, returned: LossWording | undefined,
): Outcome<X86State> {
  if (noReturn) return { guard, state, control: { kind: 'exit', reason: `${call.name} does not return` }, models: withModel(ctx, model) };
  if (call.jump) {
    // A tail call: the service returns straight to this procedure's caller.
    const address = state.memory.load(state.regs.esp, 4);
    state.regs.esp = add(state.regs.esp, bv(4 + call.pops, 32));
    const jumps = `the procedure jumps to ${call.name} without it here`;
    return finish(ctx, uses, model, state, { kind: 'return', address }, guard, { overwritten: jumps, released: jumps }, esp, returned);
  }
  if (call.pops > 0) state.regs.esp = add(state.regs.esp, bv(call.pops, 32));
  const control: Control = call.resume === undefined ? { kind: 'next' } : { kind: 'jump', target: { address: bv(call.resume, 32) } };
  return finish(ctx, uses, model, state, control, guard, CALL_LOSS, esp, returned);
}

