import { expr, findSwiByNumber, linksFromPc, swiResultRegisters, swiWritesCallerMemory, type ArmInstruction, type Expr, type InstructionItem, type Program, type ProgramItem, type Swi } from '../../../../emulator/src/index.js';
import { areaFlagBits, areaMaxSize } from './areaFlags.js';
import { trackedSwi } from './entryItems.js';
import { memoryCall } from './pageReservations.js';
import { wordValue } from './programWords.js';
import type { AreaCreation, PageReservation } from './types.js';
import { WorkspaceFields } from './workspaceFields.js';

// OS_DynamicArea 0 calls in the code (R0 = 0, R6 the handler, R4 the flags)
// and OS_Memory 23 calls (R0 = 23 + flags, R1 and R2 the pages), by
// straight-line tracking of the registers from the start of the region
// (a routine) that holds the call; a BL is tracked through the routine it
// calls when that runs straight to its return, else it may leave any
// register changed. A branch after LR was set from the PC (`ADR lr, back`
// / `B routine`, `MOV lr, pc` / `MOV pc, r0`) is such a call too; any
// other unconditional branch leaves the straight line, so after it every
// register may hold anything. A word stored at a constant offset from a
// register (a workspace field) and loaded back is followed too, while
// nothing may have stored to it between (workspaceFields.ts). A branch
// forward to a label before the call hands the registers to that label,
// where they join the path that runs into it: paths that differ there are
// tracked apart (a few; beyond that a register they disagree on is not
// known), so a call two paths reach with different flags or handlers
// creates an area for each. What the tracking found for a region's calls is kept
// with what it read (the items from the region's start to its last call,
// the labels and words it looked up, the called routines' instructions),
// and found again without tracking while those read alike: after an edit
// only the regions it touched are tracked.

/** What a register holds: a value (a symbol where it names a constant no header gave), and the label it is the address of. */
type Known = { readonly value?: Expr; readonly label?: string };
type Fields = WorkspaceFields<Known>;

const constant = (e: Expr): bigint | undefined => expr.constValue(e);

/** What tracking reads of the program besides the items it walks. */
interface ProgramReads {
  label(name: string): bigint | undefined;
  word(address: bigint): Expr | undefined;
  /** The instruction at an address, when an instruction is there: a called routine's. */
  instruction(address: bigint): InstructionItem<ArmInstruction> | undefined;
  /** Whether a label is at an address: control may come there from elsewhere. */
  labelled(address: bigint): boolean;
}

/** Instructions of called routines one call follows at most (nested calls included); past that, the call may change any register. */
const FOLLOWED_INSTRUCTIONS = 256;

/** A link register set from the PC (`ADR lr, back`, `MOV lr, pc`): the next branch is a call. */
const LINKED: Known = {};

/** Registers an instruction writes, as far as the scan cares. */
function written(i: ArmInstruction): number[] {
  const [first, second] = i.operands;
  if (i.mnemonic === 'ldm' && second?.kind === 'reglist') return [...second.regs, ...(i.writeback && first?.kind === 'reg' ? [first.reg] : [])];
  if (['cmp', 'cmn', 'tst', 'teq', 'cmpp', 'cmnp', 'tstp', 'teqp', 'str', 'stm', 'b', 'bx', 'msr', 'nop'].includes(i.mnemonic)) {
    return i.mnemonic === 'str' && second?.kind === 'mem' && (second.writeback || !second.preIndexed) ? [second.base] : [];
  }
  const regs = first?.kind === 'reg' ? [first.reg] : [];
  if ((i.mnemonic === 'umull' || i.mnemonic === 'umlal' || i.mnemonic === 'smull' || i.mnemonic === 'smlal') && second?.kind === 'reg') regs.push(second.reg);
  if (i.mnemonic === 'ldr' && second?.kind === 'mem' && (second.writeback || !second.preIndexed)) regs.push(second.base);
  return regs;
}

/** The SWI `i` calls and the value its reason register holds, when known; undefined for a number not known. */
function swiCalled(i: ArmInstruction, regs: ReadonlyMap<number, Known>): { readonly swi: Swi | undefined; readonly reason: number | undefined } | undefined {
  const op = i.operands[0];
  const number = op?.kind === 'imm' ? expr.constValue(op.value) : undefined;
  if (number === undefined) return undefined;
  const swi = findSwiByNumber(Number(number))?.swi;
  const reason = swi?.reasonRegister && regs.get(Number(swi.reasonRegister.slice(1)))?.value;
  const reasonValue = reason && expr.constValue(reason);
  return { swi, reason: reasonValue === undefined ? undefined : Number(reasonValue) };
}

/**
 * Registers a SWI may change, as the emulator's SWI models have it: R0 (the
 * error, when it fails) and the results of its register tables. A number
 * not known may be any SWI.
 */
function swiChanges(called: ReturnType<typeof swiCalled>): number[] | 'any' {
  if (!called) return 'any';
  return called.swi ? [0, ...swiResultRegisters(called.swi, called.reason)] : [0];
}

/** What a simple instruction puts in its destination, given what is known of the others. */
function effect(reads: ProgramReads, i: ArmInstruction, address: bigint, regs: Map<number, Known>, fields: Fields): Known | undefined {
  const [, b, c] = i.operands;
  const imm = (o: typeof b): Expr | undefined => {
    const v = o?.kind === 'imm' ? o.value : o?.kind === 'reg' && !o.shift ? regs.get(o.reg)?.value : undefined;
    return v?.width === 32 ? v : undefined;
  };
  switch (i.mnemonic) {
    case 'mov': {
      if (b?.kind === 'reg' && !b.shift) return regs.get(b.reg);
      const v = imm(b);
      // ADR of a label defined in another file lowers to a MOV of its symbol.
      if (b?.kind === 'imm' && b.value.kind === 'sym') return { label: b.value.name, ...(v ? { value: v } : {}) };
      return v === undefined ? undefined : { value: v };
    }
    case 'mvn': { const v = imm(b); return v === undefined ? undefined : { value: expr.not(v) }; }
    case 'adr': {
      if (b?.kind !== 'target') return undefined;
      const at = reads.label(b.label);
      return { label: b.label, ...(at === undefined ? {} : { value: expr.bv(at) }) };
    }
    case 'ldr': {
      if (i.size) return undefined;
      if (b?.kind === 'mem' && b.base !== PC) return fields.loaded(i);
      const at = b?.kind === 'target' ? reads.label(b.label)
        : b?.kind === 'mem' && b.base === 15 && b.preIndexed && b.offset.kind === 'imm' && constant(b.offset.value) !== undefined
          ? address + 8n + (b.subtract ? -1n : 1n) * (constant(b.offset.value) as bigint) : undefined;
      const v = at === undefined ? undefined : reads.word(at);
      return v === undefined ? undefined : { value: v };
    }
    case 'orr': case 'add': case 'sub': case 'bic': case 'eor': case 'and': {
      const y = imm(c);
      // A mask of a register not known (flags loaded from workspace) still decides the bits it sets or clears: a symbol of its own stands for it.
      const masks = i.mnemonic === 'orr' || i.mnemonic === 'bic' || i.mnemonic === 'and';
      const x = imm(b) ?? (masks && b?.kind === 'reg' && !b.shift ? expr.sym(`r${b.reg}@${address.toString(16)}`) : undefined);
      if (x === undefined || y === undefined) return undefined;
      const v = { orr: expr.or, add: expr.add, sub: expr.sub, bic: (p: Expr, q: Expr) => expr.and(p, expr.not(q)), eor: expr.xor, and: expr.and }[i.mnemonic](x, y);
      return { value: v };
    }
  }
  return undefined;
}

/** What an instruction leaves in the registers, as far as the scan follows them. */
function track(reads: ProgramReads, i: ArmInstruction, address: bigint, regs: Map<number, Known>, fields: Fields, budget = { left: FOLLOWED_INSTRUCTIONS }): void {
  if (i.mnemonic === 'bl' || i.mnemonic === 'blx') return call(reads, i, regs, fields, budget);
  if (i.condition === 'al' && writesPc(i)) {
    if (regs.get(LR) === LINKED) return call(reads, i, regs, fields, budget);
    regs.clear();
    fields.clear();
    return;
  }
  if (i.condition === 'al' && linksFromPc(i)) {
    regs.set(LR, LINKED);
    fields.moved(LR);
    return;
  }
  const result = i.condition === 'al' ? effect(reads, i, address, regs, fields) : undefined;
  const swi = i.mnemonic === 'swi' || i.mnemonic === 'svc';
  const called = swi ? swiCalled(i, regs) : undefined;
  if (swi) {
    // A SWI writes no word of the routine's unless given a pointer to it; the tracking knows no register's
    // pointer, so one that may write memory its caller owns (as far as the catalogue says) may have written any.
    if (!called?.swi || swiWritesCallerMemory(called.swi, called.reason)) fields.clear();
  } else {
    const [source] = i.operands;
    fields.track(i, i.mnemonic === 'str' && source?.kind === 'reg' ? regs.get(source.reg) : undefined);
  }
  const changed = swi ? swiChanges(called) : written(i);
  if (changed === 'any') return regs.clear();
  for (const r of changed) {
    regs.delete(r);
    fields.moved(r);
  }
  const [dest] = i.operands;
  if (result && dest?.kind === 'reg') regs.set(dest.reg, result);
}

/**
 * What a BL leaves in the registers: a routine of the program that runs
 * straight to its return is tracked through (`ORR r4, r4, #1:SHL:8` /
 * `MOV pc, lr` completes the flags); after any other call every register
 * may have changed, as a hand-written ARM routine need not keep to APCS
 * and many return results in R4-R11.
 */
function call(reads: ProgramReads, i: ArmInstruction, regs: Map<number, Known>, fields: Fields, budget: { left: number }): void {
  const [target] = i.operands;
  const at = i.condition === 'al' && (i.mnemonic === 'bl' || i.mnemonic === 'b') && target?.kind === 'target' ? reads.label(target.label) : undefined;
  const inner = fields.copy();
  const after = at === undefined ? undefined : routineEffect(reads, at, new Map(regs), inner, budget);
  regs.clear();
  if (after) {
    for (const [r, known] of after) regs.set(r, known);
    fields.assign(inner);
  } else fields.clear();
  // BL leaves the return address in R14.
  regs.delete(LR);
  fields.moved(LR);
}

/**
 * The registers after the routine at `address` returns, given `regs` and
 * `fields` at its start (`fields` left as the routine leaves them);
 * undefined when it does not run straight to a return.
 */
function routineEffect(reads: ProgramReads, address: bigint, regs: Map<number, Known>, fields: Fields, budget: { left: number }): Map<number, Known> | undefined {
  for (let at = address; budget.left > 0; budget.left--) {
    const item = reads.instruction(at);
    if (!item) return undefined;
    const i = item.instruction;
    if (returns(i)) {
      for (const r of written(i)) {
        regs.delete(r);
        fields.moved(r);
      }
      return regs;
    }
    // A branch or a conditional return: the routine does not run straight to one return.
    if (writesPc(i) && i.mnemonic !== 'bl') return undefined;
    track(reads, i, at, regs, fields, budget);
    at += BigInt(item.size);
  }
  return undefined;
}

const PC = 15, LR = 14, SP = 13;

/** A branch, or any other write of the PC. */
export function writesPc(i: ArmInstruction): boolean {
  return ['b', 'bl', 'bx', 'blx'].includes(i.mnemonic) || written(i).includes(PC);
}

/** An unconditional return to the caller: `MOV pc, lr`, `BX lr`, or the PC loaded from the stack (`LDMFD sp!, {…, pc}`). */
function returns(i: ArmInstruction): boolean {
  if (i.condition !== 'al') return false;
  const [first, second] = i.operands;
  const lr = second?.kind === 'reg' && second.reg === LR && !second.shift;
  if (i.mnemonic === 'mov') return first?.kind === 'reg' && first.reg === PC && lr;
  if (i.mnemonic === 'bx') return first?.kind === 'reg' && first.reg === LR;
  if (i.mnemonic === 'ldm') return first?.kind === 'reg' && first.reg === SP && second?.kind === 'reglist' && second.regs.includes(PC);
  return i.mnemonic === 'ldr' && first?.kind === 'reg' && first.reg === PC && second?.kind === 'mem' && second.base === SP;
}

/** The compare of bigints for a sort. */
const ascending = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The index of the item a region starts at, for the item at `k`: the last
 * item up to it whose address is a region start (of `starts`, sorted), 0
 * before the first.
 */
function regionStartOf(items: readonly ProgramItem[], starts: readonly bigint[], k: number): number {
  const address = (items[k] as ProgramItem).address;
  let s = upperBound(starts.length, (n) => (starts[n] as bigint) > address) - 1;
  for (; s >= 0; s--) {
    const start = starts[s] as bigint;
    const at = upperBound(k + 1, (n) => (items[n] as ProgramItem).address > start) - 1;
    if (at >= 0 && (items[at] as ProgramItem).address === start) return at;
  }
  return 0;
}

/** The first index below `length` where `above` holds (it holds from there on), else `length`. */
function upperBound(length: number, above: (n: number) => boolean): number {
  let lo = 0, hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (above(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * What one call does: the area it creates (but for its source, the call's),
 * another OS_DynamicArea reason (undefined when R0 is not known), or what it
 * does to reserved pages.
 */
type Found = { readonly creation: Omit<AreaCreation, 'source'> } | { readonly areaReason: bigint | undefined } | { readonly reservation: PageReservation };

/**
 * What tracking one region found: the items from its start to its last
 * call, where its calls are among them, what it looked up, and what each
 * call does.
 */
interface Stretch {
  readonly items: readonly ProgramItem<ArmInstruction>[];
  readonly calls: readonly number[];
  readonly labels: readonly (readonly [string, bigint | undefined])[];
  readonly words: readonly (readonly [bigint, Expr | undefined])[];
  /** The instructions of called routines it followed, by address. */
  readonly routines: readonly (readonly [bigint, ArmInstruction | undefined])[];
  /** The addresses it asked whether a label is at, and the answers. */
  readonly labelled: readonly (readonly [bigint, boolean])[];
  /** What each call does on each path that reaches it with different registers. */
  readonly found: readonly (readonly Found[])[];
}

const sameValue = (a: Expr | undefined, b: Expr | undefined): boolean =>
  a === b || (a?.kind === 'const' && b?.kind === 'const' && a.width === b.width && a.value === b.value);

/** What the registers at an OS_DynamicArea call create, if it is a creation (R0 = 0). */
function creation(regs: ReadonlyMap<number, Known>): Omit<AreaCreation, 'source'> | undefined {
  const reason = regs.get(0)?.value;
  if (!reason || constant(reason) !== 0n) return undefined;
  const handler = regs.get(6);
  const handlerAddress = handler?.value && constant(handler.value);
  const flags = regs.get(4)?.value;
  return {
    ...(handler?.label ? { handler: handler.label } : {}),
    ...(handlerAddress !== undefined && handlerAddress !== 0n ? { handlerAddress } : {}),
    ...(handler?.value && handlerAddress === undefined && !handler.label ? { handlerValue: handler.value } : {}),
    ...(flags === undefined ? {} : areaFlagBits(flags)),
    ...areaMaxSize(regs.get(5)?.value),
  };
}

/** What the SWI `i` does with the registers at it, as far as they are known. */
function callEffect(i: ArmInstruction, regs: ReadonlyMap<number, Known>): Found | undefined {
  const known = (r: number): bigint | undefined => {
    const value = regs.get(r)?.value;
    return value && constant(value);
  };
  if (trackedSwi(i) === 'dynamic-area') {
    const made = creation(regs);
    return made ? { creation: made } : { areaReason: known(0) };
  }
  const reservation = memoryCall(known(0), known(1), known(2));
  return reservation && { reservation };
}

/** The registers and workspace words one path through a region holds. */
interface TrackedPath {
  readonly regs: Map<number, Known>;
  readonly fields: Fields;
}

/** Paths tracked apart at most; past that they are joined, a register they disagree on not known. */
const MAX_PATHS = 8;

const sameKnown = (a: Known | undefined, b: Known | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a !== LINKED && b !== LINKED && a.label === b.label && sameValue(a.value, b.value));

const sameRegs = (a: ReadonlyMap<number, Known>, b: ReadonlyMap<number, Known>): boolean =>
  a.size === b.size && [...a].every(([r, known]) => sameKnown(known, b.get(r)));

/** The paths meeting at a label, one for each set of registers; joined into one when there are too many. The words are forgotten there anyway. */
function joinPaths(paths: readonly TrackedPath[]): TrackedPath[] {
  const distinct: TrackedPath[] = [];
  for (const path of paths) if (!distinct.some((d) => sameRegs(d.regs, path.regs))) distinct.push(path);
  if (distinct.length <= MAX_PATHS) return distinct;
  const [first, ...rest] = distinct as [TrackedPath, ...TrackedPath[]];
  const regs = new Map([...first.regs].filter(([r, known]) => rest.every((p) => sameKnown(known, p.regs.get(r)))));
  return [{ regs, fields: new WorkspaceFields() }];
}

/** The address a plain branch (`B`, not a call) goes to, when it is a label of the program. */
function branchTarget(reads: ProgramReads, i: ArmInstruction, regs: ReadonlyMap<number, Known>): bigint | undefined {
  const [target] = i.operands;
  if (i.mnemonic !== 'b' || target?.kind !== 'target' || regs.get(LR) === LINKED) return undefined;
  return reads.label(target.label);
}

const sameFound = (a: Found, b: Found): boolean => {
  if ('creation' in a && 'creation' in b) {
    const x = a.creation as Record<string, unknown>, y = b.creation as Record<string, unknown>;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    return [...keys].every((k) => x[k] === y[k] || (k === 'handlerValue' && sameValue(x[k] as Expr | undefined, y[k] as Expr | undefined)));
  }
  if ('areaReason' in a && 'areaReason' in b) return a.areaReason === b.areaReason;
  if ('reservation' in a && 'reservation' in b) {
    const x = a.reservation, y = b.reservation;
    return x.release === y.release && x.pages?.first === y.pages?.first && x.pages?.count === y.pages?.count;
  }
  return false;
};

/** Tracks the registers from `start` through `calls` (indices of the program's items, in order) and what each call does. */
function trackStretch(program: Program<ArmInstruction>, start: number, calls: readonly number[]): Stretch {
  const labels: [string, bigint | undefined][] = [];
  const words: [bigint, Expr | undefined][] = [];
  const routines: [bigint, ArmInstruction | undefined][] = [];
  const labelled: [bigint, boolean][] = [];
  const reads: ProgramReads = {
    label: (name) => {
      const address = program.label(name);
      labels.push([name, address]);
      return address;
    },
    word: (address) => {
      const value = wordValue(program, address);
      words.push([address, value]);
      return value;
    },
    instruction: (address) => {
      const item = instructionAt(program, address);
      routines.push([address, item?.instruction]);
      return item;
    },
    labelled: (address) => {
      const is = isLabelled(program, address);
      labelled.push([address, is]);
      return is;
    },
  };
  const fresh = (): TrackedPath => ({ regs: new Map(), fields: new WorkspaceFields() });
  let paths: TrackedPath[] = [fresh()];
  // The paths a branch forward hands to its target, by the target's address.
  const waiting = new Map<bigint, TrackedPath[]>();
  const last = program.items[calls[calls.length - 1] as number] as ProgramItem;
  const found: Found[][] = [];
  let next = start;
  // The paths at the item at `at` take in those branched to it.
  const arrive = (at: bigint): void => {
    const arriving = waiting.get(at);
    if (!arriving) return;
    waiting.delete(at);
    paths = joinPaths([...paths, ...arriving]);
  };
  for (const k of calls) {
    for (; next < k; next++) {
      const item = program.items[next] as ProgramItem<ArmInstruction>;
      arrive(item.address);
      // Past an unconditional branch no branch seen comes back to, the code is reached from elsewhere: nothing is known.
      if (paths.length === 0) paths = [fresh()];
      // Where control may come from elsewhere, a word stored before may not have been.
      if (next > start && paths.some((p) => p.fields.size > 0) && reads.labelled(item.address)) for (const p of paths) p.fields.clear();
      if (item.kind !== 'instruction') continue;
      const i = item.instruction;
      paths = paths.filter((p) => {
        const to = branchTarget(reads, i, p.regs);
        if (to === undefined || to <= item.address || to > last.address) {
          track(reads, i, item.address, p.regs, p.fields);
          return true;
        }
        const taken = { regs: new Map(p.regs), fields: p.fields.copy() };
        waiting.set(to, [...(waiting.get(to) ?? []), taken]);
        return i.condition !== 'al';
      });
    }
    const call = program.items[k] as InstructionItem<ArmInstruction>;
    arrive(call.address);
    const does: Found[] = [];
    for (const p of paths.length === 0 ? [fresh()] : paths) {
      const effect = callEffect(call.instruction, p.regs);
      if (effect && !does.some((d) => sameFound(d, effect))) does.push(effect);
    }
    found.push(does);
  }
  return { items: program.items.slice(start, next + 1), calls: calls.map((k) => k - start), labels, words, routines, labelled, found };
}

const isLabelled = (program: Program<ArmInstruction>, address: bigint): boolean => program.labelsAtAddress(address).length > 0;

function instructionAt(program: Program<ArmInstruction>, address: bigint): InstructionItem<ArmInstruction> | undefined {
  const item = program.itemAt(address);
  return item?.kind === 'instruction' ? item : undefined;
}

const instructionOf = (item: ProgramItem<ArmInstruction>): ArmInstruction | undefined => (item.kind === 'instruction' ? item.instruction : undefined);

/** The stretch reads in `program` from `start` on what it read where it was tracked: the same items, or items at the same addresses with the same instructions. */
function readsAlike(stretch: Stretch, program: Program<ArmInstruction>, start: number, calls: readonly number[]): boolean {
  const { items } = stretch;
  if (calls.length !== stretch.calls.length || calls.some((k, n) => k - start !== stretch.calls[n])) return false;
  for (let n = 0; n < items.length; n++) {
    const item = program.items[start + n];
    const was = items[n] as ProgramItem<ArmInstruction>;
    if (item !== was && !(item && item.address === was.address && instructionOf(item) === instructionOf(was))) return false;
  }
  return stretch.labels.every(([name, address]) => program.label(name) === address)
    && stretch.words.every(([address, value]) => sameValue(wordValue(program, address), value))
    && stretch.routines.every(([address, instruction]) => instructionAt(program, address)?.instruction === instruction)
    && stretch.labelled.every(([address, is]) => isLabelled(program, address) === is);
}

/**
 * A document's tracked regions, kept from one lowering's entry discovery to
 * the next, by the instruction of their first call.
 */
export class CallMemory {
  private stretches = new Map<ArmInstruction, Stretch[]>();
  private next = new Map<ArmInstruction, Stretch[]>();
  private trackedCount = 0;

  /** How many calls the last discovery tracked the registers to (the others' creations were kept). */
  get tracked(): number {
    return this.trackedCount;
  }

  begin(): void {
    this.next = new Map();
    this.trackedCount = 0;
  }

  stretch(program: Program<ArmInstruction>, start: number, calls: readonly number[]): Stretch {
    const first = (program.items[calls[0] as number] as InstructionItem<ArmInstruction>).instruction;
    let stretch = this.stretches.get(first)?.find((s) => readsAlike(s, program, start, calls));
    if (!stretch) {
      stretch = trackStretch(program, start, calls);
      this.trackedCount += calls.length;
    }
    const kept = this.next.get(first);
    if (kept) kept.push(stretch);
    else this.next.set(first, [stretch]);
    return stretch;
  }

  end(): void {
    this.stretches = this.next;
  }
}

/**
 * What the tracked calls do: the areas the OS_DynamicArea calls create, the
 * reasons of the program's other OS_DynamicArea calls, and the OS_Memory
 * calls that may reserve or release pages, each of the last two with the
 * index of its item.
 */
export interface TrackedCalls {
  readonly creations: AreaCreation[];
  readonly areaCalls: { readonly at: number; readonly reason: bigint | undefined }[];
  readonly reservations: { readonly at: number; readonly reservation: PageReservation }[];
}

/**
 * What the OS_DynamicArea and OS_Memory calls at `swiCalls` (indices of the
 * program's items, in order) do: the tracking starts afresh at each region,
 * so only the regions with such a call are followed, each once for all its
 * calls.
 */
export function trackCalls(
  program: Program<ArmInstruction>, regionStarts: readonly bigint[], swiCalls: readonly number[], memory = new CallMemory(),
): TrackedCalls {
  const { items } = program;
  const starts = [...regionStarts].sort(ascending);
  const out: TrackedCalls = { creations: [], areaCalls: [], reservations: [] };
  memory.begin();
  for (let c = 0; c < swiCalls.length;) {
    const start = regionStartOf(items, starts, swiCalls[c] as number);
    let end = c + 1;
    while (end < swiCalls.length && regionStartOf(items, starts, swiCalls[end] as number) === start) end++;
    const calls = swiCalls.slice(c, end);
    const { found } = memory.stretch(program, start, calls);
    calls.forEach((k, n) => {
      const does = found[n] ?? [];
      const reasons = does.flatMap((d) => ('areaReason' in d ? [d.areaReason] : []));
      // A call whose paths disagree on what it does other than create is a call of a reason not known.
      if (reasons.length > 0) out.areaCalls.push({ at: k, reason: does.length === 1 ? reasons[0] : undefined });
      for (const d of does) {
        if ('creation' in d) out.creations.push({ ...d.creation, source: (items[k] as ProgramItem).source });
        else if ('reservation' in d) out.reservations.push({ at: k, reservation: { ...d.reservation, source: (items[k] as ProgramItem).source } });
      }
    });
    c = end;
  }
  memory.end();
  return out;
}
