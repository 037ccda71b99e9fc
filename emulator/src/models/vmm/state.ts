import type { WindowsTarget } from '../../catalogue/index.js';
import type { LineMessage } from '../../checks/message.js';
import type { History } from '../../explore/history.js';
import type { Since } from '../../explore/hooks.js';
import type { SourceSpan } from '../../ir/program.js';
import type { Expr } from '../../values/expr.js';
import { exprKey } from '../../values/key.js';
import type { SymbolInfo } from './symbols.js';
import type { CallSite } from './call-sites.js';

// The Windows memory-manager state of spec A.3, one immutable value per path.
// Symbolic analysis starts from an open world (handles, pages and region
// slots the procedure did not create are unknown, so every service may go
// either way); a scenario starts from a closed world the model knows in full,
// and concrete arguments then give one outcome per call.

export const MODEL_KEY = 'vmm';

/** System phases of spec A.3, in the order Windows goes through them. */
export const PHASES = ['sys-critical-init', 'device-init', 'init-complete', 'sys-vm-init', 'running'] as const;
export type Phase = (typeof PHASES)[number];
export type CallContext = 'sync' | 'async';

export type ObjectStatus = 'live' | 'freed' | 'reallocated';

/** A memory block (spec A.3 MemObject) by the handle code passes around. */
export interface MemObject {
  readonly handle: Expr;
  readonly address: Expr | undefined;
  readonly pages: Expr | undefined;
  readonly origin: 'allocate' | 'reserve' | 'heap' | 'unknown';
  readonly status: ObjectStatus;
  /** A free-physical-region block: never freed or reallocated (A.3 invariant 5). */
  readonly fpr: boolean;
  readonly fixed: boolean;
  /** Lock count per page offset; absent when the model does not know the counts (blocks from outside). */
  readonly locks: ReadonlyMap<number, number> | undefined;
  /** Concrete physical pages backing the block, in order, when the block holds any. */
  readonly frames: readonly bigint[];
  readonly site: CallSite | undefined;
  /**
   * For a freed or replaced block, the calls the path was inside where it
   * ended (outermost first): which call of a helper freed it.
   */
  readonly calls?: readonly SourceSpan[];
  /** A PR_STATIC reservation: commit, decommit and free need the static flag (spec A.4.12). */
  readonly static?: boolean;
  /** Allocated with PageUseAlign: _PageReAllocate refuses it (spec A.4.2). */
  readonly aligned?: boolean;
  /**
   * Committed pages of a reservation by page offset, with the physical page
   * behind each (undefined while a demand-paged page has none). Their
   * physical pages are also in `frames`.
   */
  readonly committed?: ReadonlyMap<number, bigint | undefined>;
  /**
   * Committed offsets whose physical page _PageCommitPhys named: device or
   * caller-owned memory, not the model's, so it is in `committed` but not in
   * `frames`, and decommitting or freeing never puts it on the free list.
   */
  readonly callerPages?: ReadonlySet<number>;
  /**
   * Where a successful `_MapIntoV86` mapped the block into a VM, until a V86
   * mapping that may cover those pages replaces it: the VM's page table
   * names the block's pages while it is, and freeing it then is W7.
   */
  readonly mapped?: V86Mapping;
  /** Size in bytes of a heap block. */
  readonly bytes?: Expr;
  /** For a block a successful reallocation replaced: the handle of the block it made. */
  readonly replacedBy?: Expr;
  /**
   * Set on a replaced block once the path has proven `replacedBy` equal to
   * its handle (`cmp eax, esi / je`): the reallocation kept the block where
   * it was, so the old handle, and the address, name the new block.
   */
  readonly inPlace?: true;
  /**
   * Set on a freed block from outside by a join: freed only on the paths
   * where this 1-bit condition holds; on the others the model knows nothing
   * of the handle (a live block from outside, in an open world).
   */
  readonly freedIf?: Expr;
  /**
   * Set by a join on a block this procedure allocated on some paths only
   * (the allocation failed on the others): the block exists on the paths
   * where this 1-bit condition holds; on the others its handle is no block.
   */
  readonly allocatedIf?: Expr;
  /**
   * The path's story where a service last changed the block (allocated it,
   * met it first from outside, freed, locked or unlocked it): a misuse
   * rests on unknown memory only through what the path assumed after it
   * (`Violation.since`).
   */
  readonly story?: History;
}

/** Pages of a VM's V86 space a block is mapped into, and the call that mapped them. */
export interface V86Mapping {
  readonly vm: Expr;
  readonly first: Expr;
  readonly count: Expr;
  readonly site: CallSite;
}

/** A global alias of locked linear pages: the page number the lock was given, the alias it returned, and the lock. */
export interface GlobalAlias {
  readonly page: Expr;
  readonly alias: Expr;
  readonly site: CallSite;
}

/** One page of a free physical region: its physical address, or 0 when not present. */
export interface RegionSlot {
  readonly region: string;
  readonly phys: bigint;
  readonly fixed: boolean;
}

/** A region slot by the expression of its linear page number, and the physical address an exchange left in it. */
export interface ExchangedSlot {
  readonly page: Expr;
  readonly phys: Expr;
}

/**
 * The values computed from a tracked value (a page number made of the
 * address) keep it from being lost while they last: the code may make it
 * again from one. When it does not, and only drops them (`pop edi` of the
 * handle, then `pop esi` of its page number), the value was lost where it
 * itself went, and `how`; `left` are the values computed from it there.
 * Once a step makes another (`shl esi, 12`), the code works on that one,
 * and loses the value where it drops the last.
 */
export type ItselfGone =
  | { readonly source: SourceSpan; readonly how: string; readonly left: readonly Expr[] }
  | { readonly remade: true };

/**
 * A value code must keep hold of: a physical page taken out of a region
 * (PW220) or a live memory handle (PW221). `locations` are the memory
 * addresses copies were stored to; `lost` is where the last copy went.
 */
export interface Tracked {
  readonly kind: 'page' | 'handle';
  readonly value: Expr;
  readonly what: LineMessage;
  readonly site: CallSite;
  readonly locations: readonly Expr[];
  /** Where the last copy went, and the path's story there: the finding, proven at the return, tells the path only that far. */
  readonly lost?: { readonly source: SourceSpan; readonly how: string; readonly history: History };
  /** Where the last copy of the value itself went while values computed from it still held it (see `ItselfGone`). */
  readonly itselfGone?: ItselfGone | undefined;
  /**
   * Set by a join at a loop head on a value its arms tracked differently
   * (the handle of a block one arm allocated, a copy one arm lost): it is
   * tracked, and its loss reported, on the paths where this 1-bit
   * condition holds only.
   */
  readonly when?: Expr;
  /**
   * Other values the path has proven equal to `value` (the old handle of a
   * block reallocated where it was): a copy of one is a copy of it.
   */
  readonly aliases?: readonly Expr[];
  /**
   * What C service calls left in registers that held a copy (ECX across
   * `_GetFreePageCount`): code that then uses one as if it still held the
   * value made the mistake PW230 reports, and the loss is that mistake.
   */
  readonly destroyed?: readonly Expr[];
}

/**
 * A result that may be 0FFFFFFFFh, stored at `address` by the step at
 * `source` and not tested since (PW210 when the procedure returns with it).
 */
export interface UntestedStore {
  readonly address: Expr;
  readonly name: string;
  readonly symbol: Expr;
  readonly info: Extract<SymbolInfo, { readonly kind: 'result' }>;
  readonly source: SourceSpan;
}

/**
 * A linear page's lock count: a number, or, where a join met paths that
 * counted the page differently, each side's count under the join's selector
 * (`linear-locks.ts`). An undefined count is a page the paths never counted
 * (an open world's page, locked or not from outside).
 */
export type LinearLock = number | LinearLockChoice;

export interface LinearLockChoice {
  readonly selector: Expr;
  readonly then: LinearLock | undefined;
  readonly else: LinearLock | undefined;
}

/** A broken rule the invariants report at the step that broke it. */
export interface Violation {
  readonly code: 'PW220' | 'PW222';
  readonly message: LineMessage;
  /** The call that broke it: two alike messages of different calls are two violations (`Invariant.check`'s `at`). */
  readonly at: CallSite;
  /** The misused block's `story` and handle: the engine's `FindingDraft.since`. */
  readonly since?: Since;
  /** The engine's `FindingDraft.once`: every misuse of one ended block is one mistake (`endedBlockCause`, keyed as `UseChecks` keys it). */
  readonly once?: string;
}

export interface VmmModelState {
  readonly version: WindowsTarget;
  /** The phases the code may run in, in PHASES order; several when the analysis cannot tell which (`ModelSetup.phase`). */
  readonly phases: readonly Phase[];
  /**
   * EAX at the entry of a control procedure written by hand, the message
   * the VMM called it with: a path runs in the phases of the messages it
   * lets that be (`phaseBreaks`), so the code it runs inline or calls for
   * Device_Init is judged in that phase.
   */
  readonly message?: Expr;
  readonly context: CallContext;
  readonly closed: boolean;
  /** Memory objects by their handle (`handleKey` in handles.ts). */
  readonly objects: ReadonlyMap<string, MemObject>;
  /** Region slots by linear page number (known slots only). */
  readonly slots: ReadonlyMap<bigint, RegionSlot>;
  /**
   * What the last _XchgFreePhysReg that did not fail put into a slot named
   * by a linear page number the model does not know (an open world's
   * slots), by exprKey of that number: the next exchange of the slot gives
   * it back, 0 after one that emptied it.
   */
  readonly exchanged: ReadonlyMap<string, ExchangedSlot>;
  /** Physical page numbers on the free list (closed world only). */
  readonly freeList: readonly bigint[];
  /** Physical page numbers outside the memory manager. */
  readonly device: readonly bigint[];
  /** Lock counts of linear pages locked with _LinPageLock, by exprKey of the page number. */
  readonly linearLocks: ReadonlyMap<string, LinearLock>;
  /**
   * The path's story where a service last changed each count of
   * `linearLocks`, by the same key: `MemObject.story` for a page no block
   * the model knows lies in.
   */
  readonly linearStories: ReadonlyMap<string, History>;
  /** The global aliases `_LinPageLock` with PageMapGlobal returned that no unlock has removed yet (`global-aliases.ts`). */
  readonly globalAliases: readonly GlobalAlias[];
  readonly tracked: readonly Tracked[];
  readonly untested: readonly UntestedStore[];
  readonly violations: readonly Violation[];
  /** Where the next closed-world allocation goes (linear page number) and the next W31 handle. */
  readonly nextPage: bigint;
  readonly nextHandle: bigint;
}

export interface ModelSetup {
  readonly version?: WindowsTarget;
  /**
   * The phase the code runs in (default running), or the phases it may run
   * in (a procedure called from handlers of several messages): a rule of a
   * phase is then broken only where it is broken in every one of them.
   */
  readonly phase?: Phase | readonly Phase[];
  readonly context?: CallContext;
}

/** `setup`'s phases in PHASES order, each once. */
function phasesOf(setup: ModelSetup): readonly Phase[] {
  const given = setup.phase ?? 'running';
  return typeof given === 'string' ? [given] : PHASES.filter((p) => given.includes(p));
}

export function openWorld(setup: ModelSetup = {}, message?: Expr): VmmModelState {
  return {
    version: setup.version ?? 'W95', phases: phasesOf(setup), ...(message ? { message } : {}), context: setup.context ?? 'sync', closed: false,
    objects: new Map(), slots: new Map(), exchanged: new Map(), freeList: [], device: [], linearLocks: new Map(), linearStories: new Map(), globalAliases: [], tracked: [], untested: [], violations: [],
    nextPage: 0xc1000n, nextHandle: 0x100n,
  };
}

/** Whether every phase of `phases` comes at or after `atLeast`. */
export function allAtLeast(phases: readonly Phase[], atLeast: Phase): boolean {
  return phases.every((p) => PHASES.indexOf(p) >= PHASES.indexOf(atLeast));
}

/** Whether every phase of `phases` comes before `before`. */
export function allBefore(phases: readonly Phase[], before: Phase): boolean {
  return phases.every((p) => PHASES.indexOf(p) < PHASES.indexOf(before));
}

/** The model after code it cannot follow, which may have mapped something else over any block's V86 mapping. */
export function forgetMappings(model: VmmModelState): VmmModelState {
  if (![...model.objects.values()].some((o) => o.mapped)) return model;
  return { ...model, objects: new Map([...model.objects].map(([key, o]) => [key, o.mapped ? unmapped(o) : o])) };
}

export function unmapped({ mapped: _mapped, ...object }: MemObject): MemObject {
  return object;
}

/** The model after a call that may have changed any region slot: nothing is known of the slots by expression. */
export function forgetExchanges(model: VmmModelState): VmmModelState {
  return model.exchanged.size === 0 ? model : { ...model, exchanged: new Map() };
}

/**
 * A violation of `code` by the call at `at`, a misuse of `misused` (where known): a block, or
 * a linear page no block lies in, its number as the handle that names it.
 */
export function withViolation(state: VmmModelState, code: Violation['code'], message: LineMessage, at: CallSite, misused?: Pick<MemObject, 'story' | 'handle'>, once?: string): VmmModelState {
  const since = misused?.story && { story: misused.story, handle: misused.handle };
  const violation: Violation = { code, message, at, ...(since ? { since } : {}), ...(once === undefined ? {} : { once }) };
  return { ...state, violations: [...state.violations, violation] };
}

/**
 * The root cause of every misuse of a block the path ended (freed, or
 * replaced by a reallocation): a clean-up run twice unlocks, writes through
 * and frees the block again, and all of it is the one mistake of using it
 * after it ended (spec checks.md: one root cause, one finding).
 */
export const endedBlockCause = (handle: Expr): string => `ended ${exprKey(handle)}`;
