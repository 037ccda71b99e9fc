import type { ParamRole, ResultRole } from '../../catalogue/index.js';
import type { FindingFix } from '../../checks/finding.js';
import { lineMessage, type LineMessage } from '../../checks/message.js';
import type { FindingDraft } from '../../explore/hooks.js';
import { CALL_CLOBBERED_FLAGS } from '../../explore/machines/x86.js';
import type { SourceSpan } from '../../ir/program.js';
import { TRUE, and, bv, eq, sym } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';
import { formatNumber } from '../../values/format.js';
import { SymbolicMemory, type MemoryWrite } from '../../values/symbolic-memory.js';
import { constantDistance, dependsWhen, holds } from './expr-facts.js';
import { PAGE } from './effect.js';
import { endedAt } from './handles.js';
import { known as knownValue } from './outcomes.js';
import { endedBlockCause, type MemObject, type VmmModelState } from './state.js';
import type { SymbolTable } from './symbols.js';
import { callKey, callLine, type CallSite } from './call-sites.js';
import { failureCause } from './failure-causes.js';

// Uses of values a service call left behind: a register the call destroyed
// (PW230), a result that may still be the failure value (PW210 for
// 0FFFFFFFFh, PW211 for 0), and memory a failed call left undefined (PW211:
// the failure was not excluded before the data was relied on). Each asks the solver whether the bad value can
// reach this use on this path, so whatever test the code made on the way
// (`cmp eax,-1`, `inc eax / jz`, `test eax,eax`) decides by itself. The
// returns an unbalanced stack reaches (PW231) are reported the same way:
// once per root cause. A stored 0FFFFFFFFh is put to work only by leaving
// the procedure untested (stored-results.ts).

export type UseKind =
  /** Forms a memory address (dereferenced). */
  | 'address'
  /** Stored to memory. */
  | 'store'
  /** Combined into memory by a read-modify-write (`sub [count], ecx`): stored as part of what is written. */
  | 'update'
  /** Decides a branch. */
  | 'branch'
  /** A flag read into a result (`adc`, `setc`). */
  | 'read'
  /** Shifted right by 12: an address made a page number. */
  | 'page-shift'
  /** Passed to a service in a parameter of this role. */
  | { readonly argument: ParamRole };

export interface UseReporter {
  /** The instruction a finding is reported at unless its draft names another place. */
  readonly item: { readonly source: SourceSpan };
  feasible(condition: Expr): 'yes' | 'no' | 'maybe';
  report(draft: FindingDraft): void;
}

const HANDLE_ROLES: ReadonlySet<ParamRole> = new Set(['handle', 'linear-address', 'pointer', 'page-number', 'physical-address']);

/** Parameters that name a block or a page, which a service's verdict or count never does. */
const NAMING_ROLES: ReadonlySet<ParamRole> = new Set(['handle', 'page-number']);

/** Results that say how a call went or how much it did, not what it made, as a message tells what they hold. */
const VERDICT_ROLES: ReadonlyMap<ResultRole, string> = new Map([
  ['success', 'it is 0 if that call failed, another value if it succeeded'],
  ['status', 'it tells how that call went'],
  ['count', 'it is a count'],
]);

const USE_WORDS: Readonly<Record<Exclude<UseKind, object>, string>> = {
  address: 'dereferenced', store: 'stored', update: 'used to update memory', branch: 'tested', read: 'read', 'page-shift': 'shifted into a page number',
};

const isStore = (use: UseKind): boolean => use === 'store' || use === 'update';

/** A parameter's role as a message names it: in words, not the catalogue's role names. */
const ROLE_WORDS: Readonly<Record<ParamRole, string>> = {
  'page-number': 'a page number', 'linear-address': 'a linear address', 'physical-address': 'a physical address',
  flags: 'flags', handle: 'a handle', count: 'a count', pointer: 'a pointer', 'vm-handle': 'a VM handle',
  'page-type': 'a page type', callback: 'a callback', other: 'an argument',
};

const describeUse = (use: UseKind): string => (typeof use === 'string' ? USE_WORDS[use] : `passed as ${ROLE_WORDS[use.argument]}`);

/**
 * One finding per root cause: the first proven use of a value is reported,
 * later ones are the same bug. Another path to the first one's place goes
 * to the explorer too, which learns from it which branches the finding
 * does not rest on. A finding the explorer may drop once every path is in
 * (a draft with a `since`) goes to it from every place, and the explorer
 * keeps the first that stands (`once`).
 */
export class UseChecker {
  /** Where each root cause was reported: its first place and source, and each place for a draft the explorer may drop (`since`). */
  private readonly reported = new Map<string, { readonly places: Set<string>; readonly source: SourceSpan }>();
  /** The `push` each store of one was made by: a return that reads the slot a push filled tells where its imbalance began. */
  private readonly pushes = new WeakMap<MemoryWrite, SourceSpan>();

  constructor(readonly symbols: SymbolTable) {}

  /**
   * Checks one use of `value`; returns the destroyed registers' values it
   * relies on (each a PW230, reported here or at the first place its
   * mistake was), which the caller tells the tracked values about.
   */
  check(r: UseReporter, value: Expr, use: UseKind, what: string): readonly Expr[] {
    const relied: Expr[] = [];
    for (const { name, symbol, info } of this.symbols.in(value)) {
      if (!holds(value, symbol)) continue;
      const via = dependsWhen(value, (n) => n === name);
      const at = callKey(info.site);
      if (info.kind === 'clobber') {
        // Storing both results before testing either is the usual shape: what a failed call left is stored, never relied on.
        if (isStore(use) && info.result) continue;
        const flag = (CALL_CLOBBERED_FLAGS as readonly string[]).includes(info.register);
        // A stored copy of the flags (pushfd, lahf) keeps IF, which no service destroys: a destroyed flag is used where it is read.
        if (flag && isStore(use)) continue;
        // Every call that destroys the register on the way to this use is one mistake: keeping the value there.
        const reported = this.emit(r, `clobber ${info.service} ${at} ${info.register}`, {
          code: 'PW230', condition: via, cause: `${info.register} kept across a call`,
          also: { source: info.site, message: `${info.register.toUpperCase()} is also destroyed by ${info.service} here` },
          message: lineMessage`${what} is ${describeUse(use)} here, but ${info.register.toUpperCase()} was destroyed by ${info.service} (${callLine(info.site)}); ${flag ? 'the call does not preserve the flags' : 'only EBX, ESI, EDI and EBP survive a C service call'}`,
        });
        if (reported) relied.push(symbol);
        continue;
      }
      if (info.kind === 'undefined') {
        if (isStore(use)) continue;
        this.emit(r, `undefined ${info.service} ${at}`, {
          code: 'PW211', condition: via, cause: failureCause(info.site),
          message: lineMessage`${what} is ${describeUse(use)} here, but it comes from ${info.what}, which is undefined when ${info.service} (${callLine(info.site)}) fails and returns 0 on this path`,
        });
        continue;
      }
      // A flag read from a result (`cmp eax, -1` / `sete cl`) tests it, as a branch on it does.
      if (info.kind === 'stored' || info.sentinel === undefined || use === 'branch' || use === 'read' || isStore(use)) continue;
      const failed = and(via, eq(symbol, bv(info.sentinel, 32)));
      if (info.sentinel === 0xffffffffn) {
        this.emit(r, `result ${info.service} ${at}`, {
          code: 'PW210', condition: failed, cause: failureCause(info.site), fix: testResult(info, info.sentinel),
          message: lineMessage`${what} is ${describeUse(use)} here, but ${info.service} (${callLine(info.site)}) may have returned 0FFFFFFFFh on this path (it signals failure with 0FFFFFFFFh, not 0)`,
        });
      } else if (typeof use === 'object' && NAMING_ROLES.has(use.argument) && VERDICT_ROLES.has(info.role)) {
        // `_PageLock <eax, …>` after a call that left its verdict in EAX: 0 only shows where the path is proven, but the
        // mistake is the value itself, and testing it (the PW211 quick fix) would not mend it.
        this.emit(r, `result ${info.service} ${at}`, {
          code: 'PW211', condition: failed, cause: failureCause(info.site),
          message: lineMessage`${what} is ${describeUse(use)} here, but ${info.register.toUpperCase()} holds the result of ${info.service} (${callLine(info.site)}), not ${ROLE_WORDS[use.argument]}: ${VERDICT_ROLES.get(info.role) ?? ''}`,
        });
      } else if (use === 'address' || (typeof use === 'object' && HANDLE_ROLES.has(use.argument))) {
        this.emit(r, `result ${info.service} ${at}`, {
          code: 'PW211', condition: failed, cause: failureCause(info.site), fix: testResult(info, info.sentinel),
          message: lineMessage`${what} is ${describeUse(use)} here, but ${info.service} (${callLine(info.site)}) may have failed and returned ${formatNumber(info.sentinel, 'masm')} on this path`,
        });
      }
    }
    return relied;
  }

  /**
   * PW222 where memory is addressed through a block the path ended: freed,
   * or replaced by a reallocation (its pages are gone or moved). Once per
   * block, at the first access. `accessed` is the address the instruction
   * touches, which `value` (a register) helps form.
   */
  endedBlock(r: UseReporter, value: Expr, model: VmmModelState, what: string, calls: readonly SourceSpan[], accessed: () => Expr): void {
    for (const { block: o, address, bytes } of endedBlocks(model)) {
      if (!holds(value, address)) continue;
      if (bytes !== undefined && !inside(accessed(), address, bytes)) continue;
      const via = address.kind === 'sym' ? dependsWhen(value, (n) => n === address.name) : TRUE;
      const how = o.status === 'freed' ? 'freed' : `replaced by ${o.origin === 'heap' ? '_HeapReAllocate' : '_PageReAllocate'}`;
      this.emit(r, endedBlockCause(o.handle), {
        code: 'PW222', condition: o.freedIf ? and(via, o.freedIf) : via, ...(o.story ? { since: { story: o.story, handle: o.handle } } : {}),
        message: lineMessage`${what} is dereferenced here, but it points into a block ${how}${endedAt(o, calls)}`,
      });
    }
  }

  /**
   * PW210 at the store of each result the procedure returns with still in
   * `memory` and untested.
   */
  untestedAtReturn(r: UseReporter, model: VmmModelState, memory: Memory): void {
    for (const u of model.untested) {
      const held = memory.peek(u.address, 4);
      if (!holds(held, u.symbol)) continue;
      const via = dependsWhen(held, (n) => n === u.name);
      this.emit(r, `result ${u.info.service} ${callKey(u.info.site)}`, {
        code: 'PW210', condition: and(via, eq(u.symbol, bv(0xffffffffn, 32))), cause: failureCause(u.info.site), fix: testResult(u.info, 0xffffffffn), source: u.source,
        notes: [{ message: 'the procedure returns with it untested here' }],
        message: lineMessage`The result of ${u.info.service} (${callLine(u.info.site)}) is stored here and may be 0FFFFFFFFh on this path (it signals failure with 0FFFFFFFFh, not 0): nothing tests it before the procedure returns`,
      });
    }
  }

  /**
   * PW231 at a return `distance` bytes off ESP at entry: once per distance
   * in each routine (the explored procedure, or one it called at `call`),
   * since every return after one unbalanced push or call is that one mistake.
   * Below its value at entry, the return reads the slot at `read.slot`: a
   * note names the push that filled it, where the path's memory still
   * knows its stores (a join of two paths' memories forgets them).
   */
  unbalancedStack(r: UseReporter, distance: bigint, call: SourceSpan | undefined, read: { readonly memory: Memory; readonly slot: Expr }): void {
    const bytes = distance < 0n ? -distance : distance;
    const routine = call ? ` called at ${call.file}:${call.range.start.line}:${call.range.start.character}` : '';
    const pushed = distance < 0n ? this.pushFilling(read.memory, read.slot) : undefined;
    this.emit(r, `stack ${distance}${routine}`, {
      code: 'PW231', aboutStack: true,
      ...(pushed ? { notes: [{ source: pushed, message: 'the return takes the value pushed here as its address' }] } : {}),
      message: lineMessage`ESP here is ${formatNumber(bytes, 'masm')} bytes ${distance < 0n ? 'below' : 'above'} its value at entry: the return goes to the wrong address`,
    });
  }

  /** Records the stores of a `push` at `source`. */
  pushed(writes: readonly MemoryWrite[], source: SourceSpan): void {
    for (const w of writes) this.pushes.set(w, source);
  }

  /** The push that made the last store to the dword at `slot`, if a push made it and `memory` still knows its stores. */
  private pushFilling(memory: Memory, slot: Expr): SourceSpan | undefined {
    if (!(memory instanceof SymbolicMemory)) return undefined;
    const last = memory.writesSince(0).findLast((w) => w.bytes === 4 && constantDistance(w.address, slot) === 0n);
    return last && this.pushes.get(last);
  }

  /**
   * Reports `draft` unless its root cause was reported elsewhere or it is
   * not proven; whether the root cause is reported. A return off by as
   * many bytes as one reported elsewhere is another way to that finding.
   */
  private emit(r: UseReporter, rootCause: string, draft: Omit<FindingDraft, 'message'> & { readonly message: LineMessage }): boolean {
    const key = `${draft.code} ${rootCause}`;
    const source = draft.source ?? r.item.source;
    const place = `${source.file}|${source.range.start.line}:${source.range.start.character}`;
    const reported = this.reported.get(key);
    const drafted = { ...draft, message: draft.message.text, lines: draft.message.lines, rootCause, ...(draft.since ? { once: key } : {}) };
    // The explorer may drop a finding with a `since` once every path is in: then the next place is the first.
    if (reported !== undefined && !reported.places.has(place) && !draft.since) {
      if (draft.aboutStack) r.report({ ...drafted, source: reported.source, anotherWay: true });
      return true;
    }
    if (!reported?.places.has(place)) {
      if (r.feasible(nonConstant(draft.condition ?? TRUE)) !== 'yes') return false;
      if (reported) reported.places.add(place); else this.reported.set(key, { places: new Set([place]), source });
    }
    r.report(drafted);
    return true;
  }
}

type EndedBlock = MemObject & { readonly site: CallSite };

/**
 * An address a block that ended is known by. `bytes` is set where the
 * address is a handle from outside (Windows 95/98, where a handle is its
 * block's address) and the block's size is not known to the model: only
 * an access that many bytes from it or fewer is proven to be in the block.
 */
interface EndedAddress {
  readonly block: EndedBlock;
  readonly address: Expr;
  readonly bytes?: bigint;
}

const endedOf = new WeakMap<VmmModelState, readonly EndedAddress[]>();

/**
 * The blocks with an address that the path freed or reallocated elsewhere,
 * each by every address the path knows it by: its own, and that of each
 * block reallocated where it was into it. Most steps' models have none.
 */
function endedBlocks(model: VmmModelState): readonly EndedAddress[] {
  let ended = endedOf.get(model);
  if (!ended) {
    const blocks = [...model.objects.values()];
    const known = (o: MemObject): Omit<EndedAddress, 'block'>[] => {
      if (o.address) return [{ address: o.address }];
      // A page is the least a block holds.
      return o.origin === 'unknown' && model.version !== 'W31' ? [{ address: o.handle, bytes: (knownValue(o.pages) ?? 1n) << PAGE }] : [];
    };
    ended = blocks.filter((o): o is EndedBlock => o.status !== 'live' && !o.inPlace && o.site !== undefined).flatMap((block) => [
      ...known(block).map((a) => ({ block, ...a })),
      ...blocks.flatMap((o) => (o.inPlace && o.replacedBy === block.handle ? known(o).map((a) => ({ block, ...a })) : [])),
    ]);
    endedOf.set(model, ended);
  }
  return ended;
}

/** Whether `accessed` is `address` plus a constant below `bytes`. */
function inside(accessed: Expr, address: Expr, bytes: bigint): boolean {
  const offset = constantDistance(accessed, address);
  return offset !== undefined && offset >= 0n && offset < bytes;
}

/** The failure test a result needs, right after the call that returned it. */
function testResult(info: { readonly service: string; readonly register: string; readonly site: SourceSpan }, value: bigint): FindingFix {
  return { kind: 'test-result', service: info.service, register: info.register, value: `0x${value.toString(16)}`, call: info.site.range, file: info.site.file };
}

/**
 * The engine answers a constant condition without looking at the path; the
 * path itself must be proven feasible before later uses are left unreported.
 */
function nonConstant(condition: Expr): Expr {
  if (condition.kind !== 'const') return condition;
  const probe = sym('pw.probe', 1);
  return condition.value === 1n ? eq(probe, probe) : condition;
}
