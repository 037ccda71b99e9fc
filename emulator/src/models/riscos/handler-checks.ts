import { acceptsResv, DEFAULT_RISC_OS_VERSION, riscOsName } from '../../catalogue/index.js';
import type { HandlerReason } from '../../catalogue/index.js';
import type { DraftNote, FindingDraft, FindingPlace, Outcome, StepContext } from '../../explore/hooks.js';
import { conditionHolds } from '../../cpu/arm/condition.js';
import { COPROCESSOR_LOADS, COPROCESSOR_STORES } from '../../cpu/arm/coprocessor.js';
import type { ArmInstruction } from '../../ir/arm.js';
import type { SourceSpan } from '../../ir/program.js';
import { add, and, bv, constValue, eq, mul, ne, not, or, or1, sub, TRUE, uge, ugt, ule, ult, urem } from '../../values/expr.js';
import { knownBits } from '../../values/known-bits.js';
import type { Expr } from '../../values/expr.js';
import { formatNumber } from '../../values/format.js';
import { symbolsOf } from '../../values/key.js';
import { largestHolding } from '../../values/largest.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import type { MemoryWrite } from '../../values/symbolic-memory.js';
import { evaluate, Valuation } from '../../values/evaluate.js';
import { errorBlockAt } from './errors.js';
import { ENTRY_BYTES, MAX_CHUNK, NO_PAGE, NULL_BLOCK, RESV } from './handler-entry.js';
import { PAGE_RESERVED, PAGE_UNAVAILABLE } from './kernel-state.js';
import type { Kernel } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { onlyWriter, register, soleWriter, writerNotes } from '../../explore/machines/arm.js';
import type { EntryStore, EntryStores } from './entry-stores.js';
import { addressWords } from './address-words.js';
import { entryStoresOf, kernelOf } from './model-states.js';
import { alternatives, isSwiOutput, knownAlternatives, mentionsSymbol, mentionsUnknown, offsetFrom, SWI_ERROR, termsBeside } from './provenance.js';

// The handler contract checks (PW301-PW308): page-block stores as they
// happen, uses of a null page block before they happen, and the exit state at
// every return of the handler itself.

export interface HandlerCheckContext {
  readonly reason: HandlerReason;
  /** R2 at entry (PreGrow/PostGrow): a number in a run, the symbol over every count the kernel may pass in analysis. */
  readonly entries: Expr;
  readonly pageSize: number;
  /** The page-block pointer of a NeedsSpecificPages PreGrow/PostGrow. */
  readonly pageBlock?: Expr;
  /**
   * A PreGrow run that asks only whether the block comes back partly filled
   * (PW301): the full-block run of analyse-handler.ts, whose other findings
   * the run with every count has made already.
   */
  readonly partialFillOnly?: boolean;
  /** The program's calls that reserved the kernel's reserved pages, for PW306's notes. */
  readonly reservations?: readonly PageReservationSite[];
}

/** An OS_Memory 23 call of the program that reserved `count` physical pages from `first`. */
export interface PageReservationSite {
  readonly first: number;
  readonly count: number;
  readonly source: SourceSpan;
}

const REG_NAMES = ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13'];

function baseRegister(insn: ArmInstruction): number | undefined {
  const m = insn.mnemonic;
  if (m === 'ldr' || m === 'str') { const op = insn.operands[1]; return op?.kind === 'mem' ? op.base : undefined; }
  if (COPROCESSOR_LOADS.has(m) || COPROCESSOR_STORES.has(m)) { const op = insn.operands.at(-1); return op?.kind === 'mem' ? op.base : undefined; }
  if (m === 'ldm' || m === 'stm') { const op = insn.operands[0]; return op?.kind === 'reg' ? op.reg : undefined; }
  return undefined;
}

/**
 * Whether base register `base` holds the null R1 of a PreGrow/PostGrow
 * without flag bit 8. Analysis and runs both pass it as a symbol (pinned to 0
 * in a run), so copies and offsets of it are told apart from other zeros.
 */
function isNullBlock(ctx: StepContext<RiscOsState>, base: number): boolean {
  return mentionsSymbol(register(ctx.state, base), NULL_BLOCK);
}

/** PW307: a load or store through R1 in a PreGrow/PostGrow whose R1 is 0. Runs before the instruction. */
export function checkNullBlockUse(ctx: StepContext<RiscOsState>): void {
  const insn = ctx.item.instruction as ArmInstruction;
  const base = baseRegister(insn);
  if (base === undefined || base === 15) return;
  if (!isNullBlock(ctx, base)) return;
  const m = insn.mnemonic;
  const access = m === 'ldr' || m === 'ldm' || COPROCESSOR_LOADS.has(m) ? 'reads' : 'writes';
  const notes = base === 1 ? [] : writerNote(ctx.state, base, `R${base} set from R1`);
  // A conditional access (LDRNE after TEQ r1, #0) counts only where it executes.
  const condition = conditionHolds(ctx.state.cpu, insn.condition);
  ctx.report({ code: 'PW307', message: `This handler ${access} through R1, which is 0 for an area without flag bit 8 (NeedsSpecificPages); test R1 or create the area with bit 8`, condition, rootCause: 'null-block', notes });
}

/** Entries of the page block the checks look at: R2 in a run, the most the kernel ever passes in analysis. */
function blockSpan(hc: HandlerCheckContext): number {
  const count = constValue(hc.entries);
  return count === undefined ? MAX_CHUNK : Number(count);
}

/** Entry k lies inside the block the kernel passed (k < R2). */
const inBlock = (hc: HandlerCheckContext, k: number): Expr => ult(bv(k), hc.entries);

/**
 * The root cause of a store's PW302, past the block or at the wrong word
 * alike: one store that does both (a stride of 16, which writes entry 1's
 * +4 word and, for a smaller R2, entry 4 past the block) is one mistake,
 * one finding, the first found; the wrong word, which names the stride,
 * comes first where one step finds both.
 */
const STORE_MISTAKE = 'store';

/**
 * The cause of a PW302 at a store into the block, and of a PW301 whose
 * entry that store set: a fill that writes past the block for one R2 and
 * leaves entry 0 -1 for the others (an index that starts at 1) is one
 * mistake, which analyse-handler.ts reports as the PW302 alone.
 */
const storeCause = (source: SourceSpan): string => `page block store at ${source.file}:${source.range.start.line}:${source.range.start.character}`;

/** PW302 for stores into the page block: only the PPN word (+0) of entries 0 to R2-1. Runs after the instruction. */
export function checkPageBlockStores(ctx: StepContext<RiscOsState>, successors: readonly Outcome<RiscOsState>[], hc: HandlerCheckContext): void {
  const { pageBlock } = hc;
  if (!pageBlock) return;
  for (const s of successors) {
    for (const w of ctx.stores(s.state)) {
      const offset = offsetFrom(w.address, pageBlock, BigInt(MAX_CHUNK * ENTRY_BYTES));
      if (offset === undefined) {
        checkComputedStore(ctx, w, s.guard, pageBlock, hc);
        continue;
      }
      const entry = offset >= 0n ? offset / BigInt(ENTRY_BYTES) : -1n;
      const field = offset >= 0n ? offset % BigInt(ENTRY_BYTES) : 0n;
      const count = constValue(hc.entries);
      // Past entry R2-1 only for the counts this path still allows; the witness names one.
      const beyond = offset < 0n ? TRUE : not(inBlock(hc, Number(entry)));
      const past = and(s.guard, beyond);
      let problem: string | undefined;
      if (field === 4n || field === 8n) problem = `writes the ${field === 4n ? 'logical' : 'physical'} address word (+${field}) of entry ${entry}: PreGrow fills only the page number; entries are 12 bytes apart`;
      else if (field !== 0n || w.bytes !== 4) problem = `writes at offset ${formatNumber(offset)}, which is not the page-number word of an entry (12-byte stride)`;
      if (problem) ctx.report({ code: 'PW302', message: `PreGrow ${problem}`, condition: and(s.guard, not(beyond)), rootCause: STORE_MISTAKE, cause: storeCause(ctx.item.source) });
      if (!ctx.infeasible(past)) {
        const most = count === undefined && offset >= 0n ? largestCount(ctx, past, hc.entries, entry) : undefined;
        const which = count !== undefined ? ` (R2 = ${count})` : most !== undefined ? ` while R2 may be ${most}` : '';
        ctx.report({
          code: 'PW302', message: `PreGrow writes beyond the page block: offset ${formatNumber(offset)} is entry ${entry}, past entry R2-1${which}`,
          condition: most === undefined ? past : and(past, eq(hc.entries, bv(most))), rootCause: STORE_MISTAKE, cause: storeCause(ctx.item.source),
        });
      }
    }
  }
}

/**
 * The largest R2 this path allows where `past` (a store at `entry`, past
 * entry R2-1) holds: the count a reader checks the store against, and the
 * witness replays. A bisection of the solver's refutations, as PW312's "how
 * far R0 gets"; undefined where none is left above 0.
 */
function largestCount(ctx: StepContext<RiscOsState>, past: Expr, entries: Expr, entry: bigint): bigint | undefined {
  const reaches = (n: bigint): boolean => !ctx.infeasible(and(past, uge(entries, bv(n))));
  // Most often every count up to the entry's own number is one.
  if (reaches(entry)) return entry;
  const lo = largestHolding(reaches, 0n, entry);
  return lo > 0n ? lo : undefined;
}

/**
 * PW302 for a store at a computed offset into the page block (`STR r6, [r1,
 * r7, LSL #2]` with R7 = 3 × R2): beyond entry R2-1 where the offset can be
 * R2 × 12 or more, or below the block; inside it, at a word other than an
 * entry's page number (a fill backwards from R1 + R2 × 12 that steps by 8).
 * Only an offset that rests on known values (the entry registers, not a
 * widened loop's) is judged.
 */
function checkComputedStore(ctx: StepContext<RiscOsState>, write: MemoryWrite, guard: Expr, pageBlock: Expr, hc: HandlerCheckContext): void {
  if (pageBlock.kind !== 'sym' || !mentionsSymbol(write.address, pageBlock.name)) return;
  const offset = termsBeside(write.address, pageBlock);
  if (!offset || mentionsSymbol(offset, pageBlock.name) || mentionsUnknown(offset, ctx)) return;
  const size = mul(hc.entries, bv(ENTRY_BYTES));
  const inside = and(guard, ult(offset, size));
  const misplaced = write.bytes === 4 ? and(inside, ne(urem(offset, bv(ENTRY_BYTES)), bv(0))) : inside;
  if (!ctx.infeasible(misplaced)) {
    const at = fromTheEnd(offset, hc.entries);
    const problem = at && write.bytes === 4 && (at.field === 4n || at.field === 8n)
      ? `writes the ${at.field === 4n ? 'logical' : 'physical'} address word (+${at.field}) of entry R2-${at.back}: PreGrow fills only the page number; entries are 12 bytes apart`
      : 'writes at an offset that is not the page-number word of an entry (12-byte stride)';
    ctx.report({ code: 'PW302', message: `PreGrow ${problem}`, condition: misplaced, rootCause: STORE_MISTAKE, cause: storeCause(ctx.item.source) });
  }
  const beyond = and(guard, uge(offset, size));
  if (!ctx.infeasible(beyond)) {
    ctx.report({ code: 'PW302', message: 'PreGrow writes beyond the page block: the offset can be R2 × 12 or more, past entry R2-1', condition: beyond, rootCause: STORE_MISTAKE, cause: storeCause(ctx.item.source) });
  }
}

/**
 * Where an offset computed from R2 alone lands, when every count the kernel
 * may pass puts it inside the block at the same word of the entry the same
 * distance below R2 (`R1 + R2 × 12 - 8` is the +4 word of entry R2-1): how
 * a message names it, as a constant offset's names its entry.
 */
function fromTheEnd(offset: Expr, entries: Expr): { readonly back: bigint; readonly field: bigint } | undefined {
  if (entries.kind !== 'sym' || [...symbolsOf(offset).keys()].some((name) => name !== entries.name)) return undefined;
  let at: { back: bigint; field: bigint } | undefined;
  for (let n = 1n; n <= BigInt(MAX_CHUNK); n++) {
    const o = evaluate(offset, new Map([[entries.name, n]]));
    if (o >= n * BigInt(ENTRY_BYTES)) continue;
    const back = n - o / BigInt(ENTRY_BYTES), field = o % BigInt(ENTRY_BYTES);
    if (at && (at.back !== back || at.field !== field)) return undefined;
    at = { back, field };
  }
  return at;
}

function entryValues(state: RiscOsState, hc: HandlerCheckContext): Expr[] {
  const memory = state.cpu.memory.clone();
  const block = hc.pageBlock;
  if (!block) return [];
  return Array.from({ length: blockSpan(hc) }, (_, k) => memory.load(add(block, bv(k * ENTRY_BYTES)), 4));
}

const isNone = (e: Expr): Expr => eq(e, bv(NO_PAGE));

/** Reports a draft at the return unless its condition rests on unknown values. */
function reportKnown(ctx: StepContext<RiscOsState>, code: string, message: string, condition: Expr, rootCause: string, notes: readonly DraftNote[] = []): void {
  if (mentionsUnknown(condition, ctx)) return;
  ctx.report({ code, message, condition, rootCause, notes });
}

/**
 * Reports `bad(value)` for each alternative of the joined value `e` that
 * rests on no unknown value (`knownAlternatives`), where `base` holds: a
 * register set from workspace on one way into a join and left as the kernel
 * gave it, or set to a constant, on another is judged on the known way.
 * `base` must itself rest on no unknown value; the alternatives' conditions
 * are choices a finding may assume, so they are not asked about again. The
 * first alternative reported is the finding: the others share its root cause.
 * `known`, as `knownAlternatives` takes it.
 */
export function reportKnownAlternatives(ctx: StepContext<RiscOsState>, e: Expr, base: Expr, bad: (value: Expr) => Expr, draft: Omit<FindingDraft, 'condition'>, known?: (x: Expr) => boolean): void {
  if (mentionsUnknown(base, ctx)) return;
  for (const alt of knownAlternatives(e, ctx, known)) {
    const condition = and(base, and(alt.condition, bad(alt.value)));
    if (!ctx.infeasible(condition)) ctx.report({ ...draft, condition });
  }
}

/** A value a loop widening made up. */
const widened = (e: Expr): boolean => [...symbolsOf(e).keys()].some((name) => name.startsWith('loop.'));

/** Whether `e` is the -1 the kernel pre-set, unchanged. */
const untouched = (e: Expr): boolean => constValue(e) === BigInt(NO_PAGE);

/** PW301: the documented contract is all entries or none (B.6.1). `state` is the one returning. */
function checkPartialFill(ctx: StepContext<RiscOsState>, state: RiscOsState, values: readonly Expr[], vClear: Expr, hc: HandlerCheckContext): void {
  const [first, ...rest] = values;
  if (!first) return;
  // A cell a widened loop wrote means the loop went on through a pointer the
  // widening made unknown, which memory keeps apart from the block: the
  // entries that still read -1 may have been written after all. So does a
  // path that left a widened loop by a test of a value the widening made up:
  // how many passes wrote entries is unknown.
  const blind = values.some(widened) || ctx.conditions.some(widened);
  // The "still -1" side must be known. Of the entries still -1, the lowest needs the smallest R2, so it alone stands for them all.
  let noneTried = false;
  for (const [i, e] of rest.entries()) {
    const k = i + 1;
    if (mentionsUnknown(e, ctx) || (untouched(e) && (noneTried || blind))) continue;
    noneTried ||= untouched(e);
    const cond = and(and(vClear, inBlock(hc, k)), and(isNone(e), not(isNone(first))));
    if (!ctx.infeasible(cond)) {
      if (misplacedStore(state, hc) || storedBeyond(ctx, state, hc, cond)) return;
      ctx.report({ code: 'PW301', message: `PreGrow returns with entry 0 of the page block set but entry ${k} still -1 while R2 may be ${k + 1} or more: name every page or none`, condition: cond, rootCause: 'partial' });
      break;
    }
  }
  if (!mentionsUnknown(first, ctx) && !(blind && untouched(first))) {
    for (const [i, e] of rest.entries()) {
      const k = i + 1;
      if (untouched(e)) continue;
      const cond = and(and(vClear, inBlock(hc, k)), and(isNone(first), not(isNone(e))));
      if (ctx.infeasible(cond) || misplacedStore(state, hc) || storedBeyond(ctx, state, hc, cond)) continue;
      const stores = entryStoresOf(ctx.models)?.entries.get(k) ?? [];
      const [store] = stores;
      const cause = store && stores.every((other) => other.source === store.source) ? { cause: storeCause(store.source) } : {};
      ctx.report({ code: 'PW301', message: `PreGrow returns with entry 0 of the page block still -1 but entry ${k} set: the kernel ignores every entry when entry 0 is -1`, condition: cond, rootCause: 'partial', ...cause });
      break;
    }
  }
}

/** Consecutive page numbers, first and last: a reservation names a range, and a test per page of a long one nests too deep. */
type PageRun = readonly [number, number];

interface FlaggedPages {
  readonly unavailable: readonly PageRun[];
  readonly reserved: readonly PageRun[];
}

const NO_FLAGGED: FlaggedPages = { unavailable: [], reserved: [] };

/** Kept per kernel, which is immutable: every return of a PreGrow asks, and all of a file's handlers start from one kernel. */
const flagged = new WeakMap<Kernel, FlaggedPages>();

function flaggedPages(kernel: Kernel): FlaggedPages {
  let pages = flagged.get(kernel);
  if (pages === undefined) {
    const withFlag = (flag: number): PageRun[] => {
      const runs: [number, number][] = [];
      kernel.pages.forEach((p, i) => {
        if (!(p.flags & flag)) return;
        const last = runs[runs.length - 1];
        if (last && last[1] === i - 1) last[1] = i;
        else runs.push([i, i]);
      });
      return runs;
    };
    pages = { unavailable: withFlag(PAGE_UNAVAILABLE), reserved: withFlag(PAGE_RESERVED) };
    flagged.set(kernel, pages);
  }
  return pages;
}

/**
 * Whether the path stored into an entry's address words (+4, +8), which the
 * kernel leaves unset: the entries such a wrong stride left -1 are its
 * PW302's, not a PW301 of their own. A join keeps the cells but not the list
 * of stores, so the cells are what is asked, and only where a PW301 is due.
 */
function misplacedStore(state: RiscOsState, hc: HandlerCheckContext): boolean {
  const block = hc.pageBlock;
  const memory = state.cpu.memory.clone();
  if (!block || !(memory instanceof SymbolicMemory)) return false;
  for (let k = 0; k < blockSpan(hc); k++) {
    for (const field of [4, 8]) if (!memory.isInput(memory.load(add(block, bv(k * ENTRY_BYTES + field)), 4))) return true;
  }
  return false;
}

/**
 * Whether the path stored a page number past entry R2-1 where `cond` (a
 * PW301's) holds: a fill that starts at the wrong entry or steps over some
 * leaves entries -1 and writes past the block, one mistake, whose PW302 is
 * at the store. Every entry the path stored into is asked, also past the
 * most the kernel passes: a fill stepping over entries with R2 = 63 (the
 * full-block run's) writes entry 124.
 */
function storedBeyond(ctx: StepContext<RiscOsState>, state: RiscOsState, hc: HandlerCheckContext, cond: Expr): boolean {
  const block = hc.pageBlock;
  const memory = state.cpu.memory.clone();
  const before = ctx.entry.cpu.memory.clone();
  if (!block || !(memory instanceof SymbolicMemory)) return false;
  const size = BigInt(ENTRY_BYTES);
  const held = new Set(memory.offsetsHeld(block).filter((o) => o >= size && o % size === 0n).map((o) => o / size));
  for (const k of [...held].sort((a, b) => Number(a - b))) {
    const at = add(block, bv(k * size));
    const e = memory.load(at, 4);
    // Only a store shown to land there: a PW301 is dropped for a mistake proven, not for one the solver cannot rule out.
    // (What was stored may itself be read from memory: a cell is told written by comparing it with what it held at entry.)
    if (!untouched(e) && ctx.feasible(and(and(cond, not(inBlock(hc, Number(k)))), not(eq(e, before.load(at, 4))))) === 'yes') return true;
  }
  return false;
}

/** The page number `e` is in one of the runs. */
const inRuns = (e: Expr, runs: readonly PageRun[]): Expr => or1(...runs.map(([first, last]) => (first === last ? eq(e, bv(first)) : and(uge(e, bv(first)), ule(e, bv(last))))));

function checkPageBlock(ctx: StepContext<RiscOsState>, state: RiscOsState, hc: HandlerCheckContext, vClear: Expr, r0: Expr): void {
  const entryR0 = register(ctx.entry, 0);
  const values = entryValues(state, hc);
  checkPartialFill(ctx, state, values, vClear, hc);
  const kernel = kernelOf(ctx.models);
  const ramPages = kernel?.ramKnown === true ? kernel.pages.length : undefined;
  const { unavailable, reserved } = kernel ? flaggedPages(kernel) : NO_FLAGGED;
  // Each condition below holds its entries' values whole, or folds to 0: an
  // entry that mentions an unknown value (a widened loop's store) takes part
  // only in conditions reportKnown drops or the solver refutes, so none is
  // made for it (the 63 entries of a block make 1,953 pairs).
  const named = values.flatMap((e, k) => (untouched(e) || mentionsUnknown(e, ctx) ? [] : [{ e, k, named: and(and(vClear, inBlock(hc, k)), not(isNone(e))) }]));
  const stores = entryStoresOf(ctx.models)?.entries;
  named.forEach((entry) => {
    const { e, k, named: isNamed } = entry;
    // Each pair once, from the entry whose store came later, where the finding is; the first such pair is the store's finding.
    named.some((other) => other !== entry && storedBefore(stores, other.k, k) && knownDuplicate(ctx, stores, other, entry));
    if (ramPages !== undefined) reportKnown(ctx, 'PW302', `PreGrow names a page number beyond the ${ramPages} RAM pages in entry ${k}`, and(isNamed, ugt(e, bv(ramPages - 1))), 'range');
    if (unavailable.length > 0) reportKnown(ctx, 'PW302', `PreGrow names a page another area holds as Unavailable in entry ${k}`, and(isNamed, inRuns(e, unavailable)), 'unavailable');
    if (reserved.length > 0) {
      // R0 returned changed but not "RESV" is PW303's, one mistake: PW306 is R0 left as the kernel gave it.
      const condition = and(isNamed, and(eq(r0, entryR0), inRuns(e, reserved)));
      if (mentionsUnknown(condition, ctx) || ctx.infeasible(condition)) return;
      ctx.report({ code: 'PW306', message: `PreGrow names a page reserved with OS_Memory 23 in entry ${k} without returning R0 = "RESV"`, condition, rootCause: 'reserved', notes: reservedNotes(ctx, hc, condition, e, k, stores?.get(k) ?? []) });
    }
  });
  checkSharedUnknown(ctx, values, vClear, hc, stores);
}

/** The prefix of the names of the values a SWI returns that the model does not work out. */
const SWI_RESULT = 'swi.result.';

/**
 * PW302 for one unknown value in two entries: a page number OS_Memory 0
 * filled in once and stored twice names one page, whatever page it is. Only
 * a value that cannot be -1 (a page number the kernel found, not the
 * "none" that leaves the block ignored) counts, and only where the entries
 * hold it by choices on the way (a loop's count, a SWI's success), not by a
 * comparison of unknowns. Two unknowns, even from converting one address
 * twice, may differ: no finding. The first pair is the finding.
 */
function checkSharedUnknown(ctx: StepContext<RiscOsState>, values: readonly Expr[], vClear: Expr, hc: HandlerCheckContext, stores: EntryStores['entries'] | undefined): void {
  // Per entry, each such value with the choices under which the entry holds it.
  const held = values.map((e) => {
    const by = new Map<Expr, Expr>();
    // Only a SWI's results are such values: walking the alternatives of every widened loop's store cost a third of a module's analysis.
    if (untouched(e) || ![...symbolsOf(e).keys()].some((name) => name.startsWith(SWI_RESULT))) return by;
    for (const alt of alternatives(e)) {
      if (!mentionsUnknown(alt.value, ctx) || knownBits(alt.value).zeros === 0n) continue;
      const when = by.get(alt.value);
      by.set(alt.value, when === undefined ? alt.condition : or(when, alt.condition));
    }
    return by;
  });
  const mayHold = quickLook(hc.entries);
  // Each entry with the one before it, and with entry 0: a fill that does not step repeats its value in the next
  // entry, and asking every pair cost a handler whose loop converts each page three times its analysis.
  for (const [k, hiHeld] of held.entries()) {
    for (const j of new Set([0, k - 1])) {
      if (j < 0 || j >= k || hiHeld.size === 0) continue;
      const shared = [...(held[j] as Map<Expr, Expr>)].flatMap(([value, when]) => {
        const also = hiHeld.get(value);
        return also === undefined ? [] : [and(when, also)];
      });
      if (shared.length === 0 || !storedBefore(stores, j, k)) continue;
      const condition = and(and(vClear, inBlock(hc, k)), or1(...shared));
      if (mentionsUnknown(condition, ctx) || !mayHold(condition, k) || ctx.infeasible(condition)) continue;
      reportDuplicate(ctx, stores, { e: values[j] as Expr, k: j }, { e: values[k] as Expr, k }, condition);
      return;
    }
  }
}

/**
 * A quick look before the solver's: whether a condition holds with every
 * SWI succeeding (each one-bit input 0) for the fewest entries that hold
 * entry `k` or for the most. The pairs a fill that converts each page asks
 * about are the paths' joins, whose refutations cost a third of such a
 * handler's analysis; a condition on other inputs is the solver's to decide.
 * One look serves a return's pairs: their conditions share most of their
 * terms (the joined values, V clear), and one valuation per count of
 * entries works each shared term out once; evaluating each condition alone
 * took about twice the CPU. A `Valuation` works the terms out as numbers,
 * where `evaluator` made a constant node of each, which took a third of the
 * LCDShadow module's PW302 checks.
 */
function quickLook(entries: Expr): (condition: Expr, k: number) => boolean {
  if (entries.kind !== 'sym') return () => true;
  // Per count of entries, its valuation: every other symbol it reads, a one-bit input here, is 0.
  const valuations = new Map<number, Valuation>();
  const valuation = (n: number): Valuation => {
    let values = valuations.get(n);
    if (values === undefined) {
      values = Valuation.of(new Map([[entries.name, BigInt(n)]]));
      valuations.set(n, values);
    }
    return values;
  };
  return (condition, k) => {
    for (const symbol of symbolsOf(condition).values()) if (symbol.width !== 1 && symbol !== entries) return true;
    // The fewest entries that hold entry k, and the most: a fill that repeats a value does so for either.
    return [k + 1, MAX_CHUNK].some((n) => valuation(n).value(condition) !== 0n);
  };
}

/**
 * PW306's notes: where the program reserved a page entry `k`, `e`, may name
 * (of the reservations that count), and where the entry was written.
 */
function reservedNotes(ctx: StepContext<RiscOsState>, hc: HandlerCheckContext, condition: Expr, e: Expr, k: number, stores: readonly EntryStore[]): DraftNote[] {
  const pages = (first: number, count: number): string => (count === 1 ? `page ${formatNumber(BigInt(first))}` : `pages ${formatNumber(BigInt(first))}-${formatNumber(BigInt(first + count - 1))}`);
  const reserving = (hc.reservations ?? []).filter(({ first, count }) => !ctx.infeasible(and(condition, inRuns(e, [[first, first + count - 1]]))));
  return [
    ...reserving.map(({ first, count, source }) => ({ message: `${pages(first, count)} reserved here (OS_Memory 23)`, source })),
    ...stores.map(({ source }) => ({ message: `entry ${k} written here`, source })),
  ];
}

/**
 * Whether entry `j`'s page number was stored before entry `k`'s on some of
 * the paths joined into this one; by their numbers where a store of either
 * is not known (one at an offset not followed).
 */
function storedBefore(stores: EntryStores['entries'] | undefined, j: number, k: number): boolean {
  const sj = stores?.get(j) ?? [], sk = stores?.get(k) ?? [];
  if (sj.length === 0 || sk.length === 0) return j < k;
  return sj.some((a) => sk.some((b) => a.order < b.order));
}

/** An entry's value at the return, and its number. */
interface Entry {
  readonly e: Expr;
  readonly k: number;
}

interface NamedEntry extends Entry {
  /** The entry names a page on a success return. */
  readonly named: Expr;
}

/** PW302 for entries `a` and `b`, of known values, naming one page, where they can. */
function knownDuplicate(ctx: StepContext<RiscOsState>, stores: EntryStores['entries'] | undefined, a: NamedEntry, b: NamedEntry): boolean {
  const [lo, hi] = a.k < b.k ? [a, b] : [b, a];
  // Entry hi in the block holds entry lo in it too.
  const condition = and(hi.named, eq(hi.e, lo.e));
  if (mentionsUnknown(condition, ctx) || ctx.infeasible(condition)) return false;
  reportDuplicate(ctx, stores, lo, hi, condition);
  return true;
}

/**
 * PW302 for entries `lo` and `hi` naming one page where `condition` holds:
 * at the store that named it the second time, on the path the witness
 * takes (of the stores the entries still hold there), with a note at the
 * first; at the return where no store this path followed left the two
 * (one at an offset not known).
 */
function reportDuplicate(ctx: StepContext<RiscOsState>, stores: EntryStores['entries'] | undefined, lo: Entry, hi: Entry, condition: Expr): void {
  const held = (e: Expr, store: EntryStore): Expr => and(store.when, eq(e, store.value));
  const places = (stores?.get(lo.k) ?? []).flatMap((sa) => (stores?.get(hi.k) ?? []).map((sb): FindingPlace => {
    const [first, firstEntry, second] = sa.order < sb.order ? [sa, lo.k, sb] : [sb, hi.k, sa];
    const page = constValue(first.value);
    // A loop's one store names the page on an earlier pass: no note at the finding's own place.
    const notes = first.source === second.source ? []
      : [{ message: `${page === undefined ? 'same page' : `page ${formatNumber(page)}`} first written here (entry ${firstEntry})`, source: first.source }];
    return { when: and(held(lo.e, sa), held(hi.e, sb)), source: second.source, notes };
  }));
  ctx.report({ code: 'PW302', message: `PreGrow names the same physical page in entries ${lo.k} and ${hi.k}`, condition, rootCause: 'duplicate', places });
}

/**
 * The note of a finding that rests on V set where V is an X SWI's error
 * return: "assuming XOS_Memory returns an error (V set, R0 -> error
 * block)" at the SWI, as a register it wrote on failure notes it.
 */
function failedSwiNotes(state: RiscOsState): DraftNote[] {
  const writer = state.vWriter;
  return writer?.assuming === undefined ? [] : [{ message: `assuming ${writer.assuming}`, source: writer.source }];
}

/** "R0 overwritten here" at the instruction that last wrote register r, for the one finding about it. */
function writerNote(state: RiscOsState, r: number, what: string): DraftNote[] {
  return writerNotes(state, r, `${what} here`);
}

/**
 * A return check's note at the write it is about, and that write as its
 * cause where one instruction made it: each return after one overwrite
 * (a dispatcher's scratch register, left changed at every reason's
 * return) is that one mistake.
 */
function writtenBy(state: RiscOsState, r: number, what: string): Pick<FindingDraft, 'notes' | 'cause'> {
  const writer = soleWriter(state, r);
  const notes = writerNote(state, r, what);
  return writer ? { notes, cause: `R${r} written at ${writer.file}:${writer.range.start.line}:${writer.range.start.character}` } : { notes };
}

/**
 * PW305 for an error return: R0 must be an error block, or 0 (the generic
 * error) from a handler. `who` names what returns: the handler's reason,
 * or the module entry point. The 0 is a dynamic-area handler's convention
 * alone (spec B.1): from a SWI or module entry its caller reads a block there.
 */
export function checkErrorPointer(ctx: StepContext<RiscOsState>, state: RiscOsState, vSet: Expr, r0: Expr, who: string, handler: boolean): void {
  for (const alt of alternatives(r0)) {
    const cond = and(vSet, alt.condition);
    const v = alt.value;
    if (v.kind === 'sym' && v.name.startsWith(SWI_ERROR)) continue;
    if (v.kind !== 'const' || (v.value === 0n && handler)) continue;
    // Below &8000 is page zero, unless the program itself lies there (a
    // module assembled at offset 0, as BASIC's P% = 0 does): then its bytes
    // decide, but for 0, which is no pointer whatever lies there.
    const inProgram = v.value !== 0n && ctx.program.image(v.value) !== undefined;
    const verdict = v.value < 0x8000n && !inProgram ? 'not-a-block' : errorBlockAt(state.cpu.memory, v.value);
    if (verdict !== 'not-a-block') continue;
    // 0 names no label, even where the program's first lies there.
    const words = v.value === 0n ? '0' : addressWords(ctx.program, v.value);
    const message = `${who} returns V set with R0 = ${words}, which is not an error block (word number, then a zero-terminated string)`
      + (handler ? ' nor 0' : v.value === 0n ? ': R0 = 0 as a generic error is for dynamic-area handlers only' : '');
    reportKnown(ctx, 'PW305', message, cond, 'error-pointer', [...failedSwiNotes(state), ...writerNote(state, 0, 'R0 set')]);
  }
}

/**
 * What a PW304 message adds for a reason whose kernel reads the register
 * back after the call. Findings of reasons sharing code merge across it.
 */
export const KERNEL_REUSES = ' and reuses it after the call';

/**
 * Where V is `bit` at a return, as far as the ways into it that left V known
 * tell: an error arm's SETV met at a shared EXIT with a way whose V a compare
 * of workspace left is set on the error arm whatever the compare left, and
 * the join must not hide what that arm returns. A way whose V is unknown
 * adds nothing, as it added no finding before.
 */
export function whereV(ctx: StepContext<RiscOsState>, v: Expr, bit: 0 | 1): Expr {
  const whole = eq(v, bv(bit, 1));
  if (!mentionsUnknown(whole, ctx)) return whole;
  return or1(...knownAlternatives(v, ctx).map((alt) => and(alt.condition, eq(alt.value, bv(bit, 1)))));
}

/** Names in a sentence: "R3 and R4", "R3, R4 and R5". */
export const listed = (names: readonly string[]): string => (names.length < 3 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`);

/** Everything the kernel checks or relies on when the handler returns. */
export function checkHandlerReturn(ctx: StepContext<RiscOsState>, state: RiscOsState, hc: HandlerCheckContext): void {
  const entry = ctx.entry;
  const v = state.cpu.v;
  const vSet = whereV(ctx, v, 1), vClear = whereV(ctx, v, 0);
  const r0 = register(state, 0), entryR0 = register(entry, 0);
  const { reason } = hc;
  // The page block's checks each ask where V is clear: a return with V set on every way here (an error path's SETV)
  // has none to make, yet read every word of the block from the memory its paths' joins made and walked them.
  const blockRead = !(vClear.kind === 'const' && vClear.value === 0n);
  if (hc.partialFillOnly) {
    if (blockRead) checkPartialFill(ctx, state, entryValues(state, hc), vClear, hc);
    return;
  }
  const outputs = new Set(reason.outputs.map((o) => o.register));

  if (reason.code === 0) {
    // PW303: R0 on success is the reason (preserved) or "RESV" where the kernel knows it; RESV with V set is neither success nor a valid error.
    const version = kernelOf(ctx.models)?.version ?? DEFAULT_RISC_OS_VERSION;
    const resv = acceptsResv(version);
    const message = resv ? 'PreGrow returns V clear with R0 neither preserved nor "RESV" (&56534552)'
      : `PreGrow returns V clear with R0 not preserved; ${riscOsName(version)} has no "RESV" return (it needs RISC OS 5.27)`;
    reportKnownAlternatives(ctx, r0, vClear, (value) => (resv ? and(ne(value, entryR0), ne(value, bv(RESV))) : ne(value, entryR0)),
      { code: 'PW303', message, rootCause: 'r0', ...writtenBy(state, 0, 'R0 overwritten') });
    // An X SWI's error pointer, passed on, is an error block the kernel made: never the word "RESV".
    const own = alternatives(r0).filter((a) => !(a.value.kind === 'sym' && a.value.name.startsWith(SWI_ERROR)));
    const resvError = and(vSet, or1(...own.map((a) => and(a.condition, eq(a.value, bv(RESV))))));
    if (!ctx.infeasible(resvError)) ctx.report({ code: 'PW303', message: 'PreGrow returns "RESV" with V set: the kernel takes it as an error', condition: resvError, rootCause: 'resv-v', notes: failedSwiNotes(state) });
    if (blockRead) checkPageBlock(ctx, state, hc, vClear, r0);
  }

  const writer = state.vWriter;
  // A refused resize (PW309) explains the error it returns; V set after it is not a second finding.
  if (!writer?.reported && !ctx.infeasible(vSet)) {
    if (writer && !writer.explicit) {
      reportKnown(ctx, 'PW305', `${reason.shortName} may return with V left set by an earlier instruction; the kernel takes V set as ${reason.canRefuse ? 'a refusal' : 'an error (and ignores it)'}`, vSet, 'stale-v',
        [{ message: 'V set by this instruction', source: writer.source }]);
    } else if (!reason.canRefuse) {
      reportKnown(ctx, 'PW305', `${reason.shortName} returns V set, but the kernel ignores errors from ${reason.shortName}: the refusal has no effect`, vSet, 'ignored-error', failedSwiNotes(state));
    } else {
      checkErrorPointer(ctx, state, vSet, r0, reason.shortName, true);
      for (const name of reason.zeroOnError) {
        reportKnownAlternatives(ctx, register(state, REG_NAMES.indexOf(name)), vSet, (value) => ne(value, bv(0)),
          { code: 'PW305', message: `${reason.shortName} returns an error with ${name} not 0`, rootCause: `zero-${name}`, notes: failedSwiNotes(state) });
      }
    }
  }

  if (reason.code === 2) {
    // PW308: the permit is at most what was asked and a page multiple.
    const allowed = register(state, 3), wanted = register(entry, 3);
    const written = writtenBy(state, 3, 'R3 set');
    reportKnownAlternatives(ctx, allowed, vClear, (value) => ugt(value, wanted),
      { code: 'PW308', message: 'PreShrink permits more than the kernel asked for (R3 out > R3 in)', rootCause: 'over', ...written });
    reportKnownAlternatives(ctx, allowed, vClear, (value) => ne(and(value, bv(hc.pageSize - 1)), bv(0)),
      { code: 'PW308', message: 'PreShrink returns an R3 that is not a multiple of the page size', rootCause: 'unaligned', ...written });
  }

  // PW304: registers the kernel expects back; R0 is the error pointer on a V-set return.
  // Where SP comes back moved (an LDM that pulls other registers than the STM
  // pushed), the registers pulled are wrong because of it: SP is the one
  // finding there, and the others are findings only where SP is right.
  const spRight = eq(register(state, 13), register(entry, 13));
  const checked = reason.mustPreserve.flatMap((name) => {
    const r = REG_NAMES.indexOf(name);
    return outputs.has(name) || r < 0 ? [] : [{ name, r }];
  });
  const groups = swiOutputGroups(ctx, state, checked);
  for (const { name, r } of checked) {
    const group = groups.get(name) ?? [name];
    if (group[0] !== name) continue;
    const why = r === 13 ? stackDistance(register(state, 13), register(entry, 13)) : reason.kernelReuses.includes(name) ? KERNEL_REUSES : '';
    reportKnownAlternatives(ctx, register(state, r), and(r === 0 ? vClear : TRUE, r === 13 ? TRUE : spRight), (value) => ne(value, register(entry, r)), {
      code: 'PW304', message: `${reason.shortName} returns with ${name} changed; the kernel expects it preserved${why}`,
      rootCause: name, ...writtenBy(state, r, `${listed(group)} overwritten`),
    }, judgedForPreserving(ctx));
  }
}

/**
 * The values PW304 judges in a register: those resting on no unknown
 * value, and what a SWI returned as its own output, there or in another
 * register copied there (`MOV r1, r0` after OS_ReadMonotonicTime), which
 * the kernel worked out from its own state: not the caller's value handed
 * back, whatever number it is. An output the SWI also took as input may
 * come back as it went in, so stays unknown.
 */
export const judgedForPreserving = (ctx: StepContext<RiscOsState>) => (x: Expr): boolean => isSwiOutput(x) || !mentionsUnknown(x, ctx);

/**
 * The registers one SWI's own outputs come back changed in (OS_DynamicArea 2
 * in a PostGrow that saved R0-R2 alone: R3-R8), by each register's name:
 * one mistake, so one finding, at the first, whose note names them all.
 */
function swiOutputGroups(ctx: StepContext<RiscOsState>, state: RiscOsState, checked: readonly { readonly name: string; readonly r: number }[]): Map<string, string[]> {
  const byCall = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  for (const { name, r } of checked) {
    const writer = onlyWriter(state, r);
    const value = register(state, r);
    if (!writer || ![...symbolsOf(value).keys()].some((n) => n.startsWith(SWI_RESULT))) continue;
    if (!knownAlternatives(value, ctx, judgedForPreserving(ctx)).some((alt) => isSwiOutput(alt.value, r))) continue;
    const at = `${writer.file}:${writer.range.start.line}:${writer.range.start.character}`;
    const group = byCall.get(at) ?? [];
    group.push(name);
    byCall.set(at, group);
    groups.set(name, group);
  }
  return groups;
}

/** How far SP is from where it was, when that is a constant (an LDM that pulls more than its STM pushed: 4 bytes a register). */
function stackDistance(sp: Expr, entrySp: Expr): string {
  const distance = constValue(sub(sp, entrySp));
  if (distance === undefined) return '';
  const signed = distance >= 0x80000000n ? distance - 0x100000000n : distance;
  const bytes = signed < 0n ? -signed : signed;
  return ` (it is ${bytes} bytes ${signed < 0n ? 'below' : 'above'} its value at entry)`;
}
