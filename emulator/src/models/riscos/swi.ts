import { availableOn, DEFAULT_RISC_OS_VERSION, findSwiByNumber, findSwiReason, riscOsName, UNCHARTED_RESULTS } from '../../catalogue/index.js';
import type { ArmContract, SwiMatch, SwiReason } from '../../catalogue/index.js';
import type { Control } from '../../cpu/control.js';
import type { Outcome, StepContext } from '../../explore/hooks.js';
import { add, and, bv, constValue, eq, lshr, not, or, TRUE } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { changeDynamicArea } from './change-dynamic-area.js';
import { KERNEL_ERRORS } from './errors.js';
import { dynamicArea } from './dynamic-area-swi.js';
import { afterInlineString } from './inline-string.js';
import type { RiscOsState } from './machine.js';
import { register, withRegs } from '../../explore/machines/arm.js';
import { blockFrom, blocksAtAnyRegister, withUnknownFill } from './block-fills.js';
import type { BlockFill } from './block-fills.js';
import { convertFill, memory } from './memory-swi.js';
import { heapCallInRun } from './run-claims.js';
import type { MovedBlock } from './run-claims.js';
import { getPagesFill } from './pmp-ops.js';
import { kernelOf, withKernel, withUncheckedV } from './model-states.js';
import { SWI_ERROR, swiOutputName } from './provenance.js';
import { concrete, fail, ok, signed } from './swi-call.js';
import type { SwiBranch, SwiCall, SwiEnvironment } from './swi-call.js';

// SWIs as the engine's control hook sees them: pick the model (or the
// generic one the catalogue's register table allows), then apply the error
// convention of spec B.1 to each branch — an X SWI returns V set with R0 at
// an error block, a plain SWI hands the error to the error handler, which
// ends the path.

/** The mode bits of SVC mode in a 26-bit R14. */
const SVC26 = 3n;
const OS_CHANGE_DYNAMIC_AREA = 0x2a;
const OS_GENERATE_ERROR = 0x2b;
const OS_READ_MEM_MAP_INFO = 0x51;
const OS_DYNAMIC_AREA = 0x66;
const OS_MEMORY = 0x68;

const regNumber = (name: string): number => Number(name.slice(1));

/** The reason register of a SWI with reasons, when it does not hold a constant: the call may be any of its reasons. */
function reasonUnknown(call: SwiCall): boolean {
  const { swi } = call.swi;
  return swi.reasons !== undefined && swi.reasonRegister !== undefined && constValue(register(call.state, regNumber(swi.reasonRegister))) === undefined;
}

/** The catalogued reason the call selects, when its register holds a constant. */
function reasonOf(call: SwiCall): SwiReason | undefined {
  const { swi } = call.swi;
  if (!swi.reasons || !swi.reasonRegister) return undefined;
  const value = constValue(register(call.state, regNumber(swi.reasonRegister)));
  return value === undefined ? undefined : findSwiReason(swi.name, Number(value));
}

/** A reason the target RISC OS does not have fails as the kernel fails any unknown reason. */
function unavailable(call: SwiCall): SwiBranch[] | undefined {
  const reason = reasonOf(call);
  const version = call.kernel?.version ?? DEFAULT_RISC_OS_VERSION;
  if (!reason || availableOn(reason, version)) return undefined;
  call.ctx.note(`${call.swi.name} ${reason.code} (${reason.name}) does not exist on ${riscOsName(version)}`);
  return [fail(call.state, KERNEL_ERRORS.badReason)];
}

function contractOf(call: SwiCall): ArmContract | undefined {
  const { swi } = call.swi;
  return swi.reasons && swi.reasonRegister ? reasonOf(call)?.contract : swi.contract;
}

/** The registers the call's register table returns values in. */
function exitRegisters(call: SwiCall): number[] {
  return (contractOf(call)?.exit ?? []).map((s) => regNumber(s.register)).filter((r) => r < 13);
}

/** Result registers (R0 aside: on failure it is the error pointer). */
function resultRegisters(call: SwiCall): number[] {
  return exitRegisters(call).filter((r) => r !== 0);
}


/**
 * The blocks a SWI fills, for when its model cannot work the words out: the
 * words a modelled one fills, or any word from where an entry register
 * points up for one the catalogue says fills a block it gives no layout
 * of, or has no register table for (OS_Word, OS_GBPB: what it writes
 * through a pointer it is given is not known, and left alone a load after
 * it read what the block held before): `done` on success, `failed` those
 * an error may have written part of.
 */
function blockFills(call: SwiCall): { readonly done: BlockFill[]; readonly failed: BlockFill[] } {
  const { swi } = call.swi;
  // A reason that is not known may be one that fills a block, or one without a table.
  const reasons = reasonUnknown(call) ? swi.reasons ?? [] : [reasonOf(call)];
  const uncharted = swi.reasons ? reasons.some((r) => !r?.contract) : !swi.contract;
  if (swi.fillsBlock || uncharted || reasons.some((r) => r?.fillsBlock)) {
    const any = blocksAtAnyRegister(call, swi.reasonRegister === undefined ? undefined : regNumber(swi.reasonRegister));
    return { done: any, failed: any };
  }
  // OS_Memory 0 converts all or nothing, and OS_DynamicArea 25 fails only on its area number, before any entry.
  const fill = swi.number === OS_MEMORY ? convertFill(call) : swi.number === OS_DYNAMIC_AREA ? getPagesFill(call) : undefined;
  const written = writtenBlocks(call, reasons);
  return { done: [...(fill ? [fill] : []), ...written], failed: written };
}

/**
 * A block at each entry register the table marks `written` (OS_Heap's heap,
 * the block OS_Module 7 frees): any word from its address up, for any of
 * `reasons` when the reason is not known, or the words of as many bytes as
 * its `writtenSize` register says (MessageTrans_ErrorLookup's buffer). A
 * register holding 0 names no block.
 */
function writtenBlocks(call: SwiCall, reasons: readonly (SwiReason | undefined)[]): BlockFill[] {
  const { swi } = call.swi;
  const contracts = swi.reasons ? reasons.map((r) => r?.contract) : [swi.contract];
  const sizes = new Map<number, number | undefined>();
  for (const s of contracts.flatMap((c) => c?.entry ?? [])) {
    if (!s.written) continue;
    const r = regNumber(s.register), size = s.writtenSize && regNumber(s.writtenSize);
    // Reasons that disagree on how far they write: as far as any.
    sizes.set(r, sizes.has(r) && sizes.get(r) !== size ? undefined : size);
  }
  return [...sizes].filter(([r]) => constValue(register(call.state, r)) !== 0n).map(([r, size]) => {
    if (size === undefined) return blockFrom(call, r);
    // The words the bytes lie in: a last word in part is written in part.
    const words = lshr(add(register(call.state, size), bv(3)), bv(2));
    return { ...blockFrom(call, r), count: words };
  });
}

/**
 * A SWI the model does not know in detail: results unknown, the words it
 * writes into a block too (`blockFills`), and an X SWI may fail; one the
 * catalogue says always fails (MessageTrans_ErrorLookup) fails
 * on every path, with an error block of its own making. In a run the
 * machine is the kernel's: the SWI succeeds unless the run is given its
 * failure's symbol (a replayed witness), as a creation does.
 */
function generic(call: SwiCall): SwiBranch[] {
  const { ctx } = call;
  const results = resultRegisters(call);
  if (call.swi.swi.noReturn) {
    // The error it builds is written into the caller's buffer, where it is given one.
    const state = withUnknownFill(call, call.state, blockFills(call).failed);
    return [{ guard: TRUE, state, error: ctx.pathFresh(`${SWI_ERROR}.${call.swi.name}`, 32), results }];
  }
  const contract = contractOf(call);
  // UNCHARTED_RESULTS are not results for PW310: which of them an error leaves alone is not known either.
  // A reason not known may be one without a register table too.
  const changed = (reasonOf(call) !== undefined && !contract) || reasonUnknown(call) ? UNCHARTED_RESULTS : exitRegisters(call);
  // An output the call also takes as input may come back as it went in (OS_ChangeDynamicArea's R1: all of it moved).
  const inputs = new Set(contract?.entry.map((s) => regNumber(s.register)));
  const name = (r: number): string => (contract?.certain && !inputs.has(r) ? swiOutputName(call.swi.name, r) : `swi.result.${call.swi.name}.r${r}`);
  const values = new Map(changed.map((r) => [r, ctx.pathFresh(name(r), 32)]));
  const world = call.env.closedWorld;
  // A run's kernel hands out a real block and knows its size, or takes the value a replayed witness gives.
  const givenTo = (r: number): bigint | undefined => {
    const value = values.get(r);
    return value?.kind === 'sym' ? world?.given.get(value.name) : undefined;
  };
  const claim = world && call.kernel ? heapCallInRun(call, call.kernel, givenTo) : undefined;
  if (claim?.note) ctx.event({ kind: 'note', message: `${call.swi.name}: ${claim.note}` });
  for (const [r, value] of claim?.results ?? []) values.set(r, value);
  const fills = blockFills(call);
  // A call the run placed: the heap manager wrote its own words, none of the code's blocks, and copied a block it moved.
  const placed = claim?.placed && { ...claim.placed, written: claim.placed.written.map((at) => ({ block: bv(at), count: bv(1), stride: 4, words: HEAP_WORD })) };
  const success = placed
    ? copied(call, withUnknownFill(call, withRegs(call.state, values, ctx.item.source), placed.written), placed.moved)
    : withUnknownFill(call, withRegs(call.state, values, ctx.item.source), fills.done);
  const returned = clearBits(contract, values);
  // A call the run's heap refuses fails, its registers as the heap manager leaves them, and writes nothing.
  const refused = claim?.fails && [fail(withRegs(call.state, claim.fails.results, ctx.item.source), claim.fails.error, results, claim.kernel)];
  if (!call.swi.x || call.swi.swi.neverFails === true) return refused ?? [ok(success, claim?.kernel, returned)];
  // Made in a run too: symbols are numbered by name along the path, and a witness names the analysis's.
  const symbol = ctx.pathFresh(`swi.failed.${call.swi.name}`, 1);
  if (refused) return refused;
  if (world && !(symbol.kind === 'sym' && world.given.has(symbol.name))) return [ok(success, claim?.kernel, returned)];
  const failed = eq(symbol, bv(1, 1));
  return [
    ok(success, claim?.kernel, and(returned, not(failed))),
    // How far a call got before its error is not known, so neither are the words it may have written by then.
    { guard: failed, state: withUnknownFill(call, call.state, fills.failed), error: ctx.pathFresh(`${SWI_ERROR}.${call.swi.name}`, 32), results },
  ];
}

/** A word of the heap manager's own a run's placed call writes. */
const HEAP_WORD = [{ offset: 0, name: 'heap' }];

/** `state` with a block a run's extension moved holding what it held before the call, where it now is. */
function copied(call: SwiCall, state: RiscOsState, moved: MovedBlock | undefined): RiscOsState {
  if (!moved) return state;
  const cpu = state.cpu.clone();
  for (let k = 0; k < moved.words; k++) cpu.memory.store(bv(moved.to + 4 * k), call.state.cpu.memory.load(bv(moved.from + 4 * k), 4), 4);
  return { ...state, cpu };
}

/** The bits the register table says the results come back with clear (a claimed heap block is word-aligned). */
function clearBits(contract: ArmContract | undefined, values: ReadonlyMap<number, Expr>): Expr {
  let known: Expr = TRUE;
  for (const slot of contract?.exit ?? []) {
    const value = values.get(regNumber(slot.register));
    if (value && slot.mustBeZeroMask) known = and(known, eq(and(value, bv(slot.mustBeZeroMask)), bv(0)));
  }
  return known;
}

/** A resize requested while one runs fails at once (B.3 invariant 4); PW309 when it is handler code asking. */
function resizeRefused(call: SwiCall, resizes: Expr): SwiBranch[] | undefined {
  const busy = call.env.inHandler || (call.kernel?.resizing ?? 0) > 0;
  // A call known not to resize (a PMP handler's own page operations) needs no finding and no failure branch:
  // their solver questions were a tenth of such a handler's analysis.
  if (!busy || constValue(resizes) === 0n) return undefined;
  if (call.env.inHandler) {
    call.ctx.report({ code: 'PW309', message: `${call.swi.name} resizes a dynamic area from inside a handler: a resize is already in progress, so it fails with "not all moved"`, condition: resizes, rootCause: 'resize' });
  }
  const refused = { ...fail(call.state, KERNEL_ERRORS.notAllMoved, resultRegisters(call)), reported: call.env.inHandler };
  if (constValue(resizes) === 1n) return [refused];
  return [{ ...refused, guard: resizes }, ...(model(call, false) ?? generic(call)).map((b) => ({ ...b, guard: and(b.guard, not(resizes)) }))];
}

function changeDynamic(call: SwiCall): SwiBranch[] | undefined {
  const args = concrete(call.state, 0, 1);
  if (!args || !call.kernel) return undefined;
  const r = changeDynamicArea(call, call.kernel, signed(args[0] as number), signed(args[1] as number));
  const state = withRegs(r.state, new Map([[1, bv(r.moved)]]), call.ctx.item.source);
  if (r.error === undefined) return [ok(state, r.kernel)];
  if ('number' in r.error) return [fail(state, r.error, [], r.kernel)];
  return [{ guard: bv(1, 1), state, kernel: r.kernel, error: r.error }];
}

function model(call: SwiCall, checkResize = true): SwiBranch[] | undefined {
  const number = call.swi.swi.number;
  if (checkResize) {
    if (number === OS_CHANGE_DYNAMIC_AREA) return resizeRefused(call, bv(1, 1)) ?? changeDynamic(call);
    if (number === OS_DYNAMIC_AREA) {
      const r0 = register(call.state, 0);
      const refused = resizeRefused(call, or(eq(r0, bv(0)), eq(r0, bv(1))));
      if (refused) return refused;
    }
  }
  switch (number) {
    case OS_CHANGE_DYNAMIC_AREA: return changeDynamic(call);
    case OS_DYNAMIC_AREA: return dynamicArea(call);
    case OS_MEMORY: { const b = memory(call); return b && [b]; }
    case OS_GENERATE_ERROR: return [{ guard: bv(1, 1), state: call.state, error: register(call.state, 0) }];
    case OS_READ_MEM_MAP_INFO: {
      const k = call.kernel;
      return k && [ok(withRegs(call.state, new Map([[0, bv(k.pageSize)], [1, bv(k.pages.length)]]), call.ctx.item.source))];
    }
  }
  return undefined;
}

/** V as the SWI returns it; `failure` says how it failed, where it did. */
function setV(state: RiscOsState, value: number, call: SwiCall, failure?: { readonly reported: boolean | undefined; readonly assuming: string | undefined }): RiscOsState {
  const cpu = state.cpu.clone();
  cpu.v = bv(value, 1);
  const { reported, assuming } = failure ?? {};
  return { ...state, cpu, vWriter: { source: call.ctx.item.source, explicit: true, ...(reported ? { reported } : {}), ...(assuming === undefined ? {} : { assuming }) } };
}

/** The engine's onControl for a SWI; undefined when the number is not a constant. */
export function swiOutcomes(ctx: StepContext<RiscOsState>, number: Expr, after: RiscOsState, env: SwiEnvironment): Outcome<RiscOsState>[] | undefined {
  const n = constValue(number);
  if (n === undefined) return undefined;
  const match: SwiMatch | undefined = findSwiByNumber(Number(n));
  const x = (Number(n) & 0x20000) !== 0;
  if (!match) {
    const call = { ctx, state: after, kernel: kernelOf(ctx.models), env, swi: { swi: { name: `&${n.toString(16)}` }, x } as SwiMatch };
    return apply(call, [fail(after, KERNEL_ERRORS.noSuchSwi)]);
  }
  // Nothing comes back to the code from a SWI that never returns, in the X form either: PW311 would ask for a change that changes nothing.
  if (match.swi.resumes === 'never') return [{ guard: TRUE, state: after, control: { kind: 'exit', reason: `${match.name} does not return` } }];
  // A SWI that returns no error has none for the X form to bring back: PW311 would ask for a change that changes nothing.
  if (env.svc && !match.x && match.swi.neverFails !== true) {
    ctx.report({ code: 'PW311', message: `${match.name} is not the X form: an error would go to the error handler instead of back to this code; use X${match.name}`, severity: 'warning', rootCause: 'non-x', fix: { kind: 'x-form', swi: match.name } });
  }
  let resume: bigint | undefined;
  if (match.swi.resumes === 'after-inline-string') {
    resume = afterInlineString(ctx, after.cpu.memory);
    if (resume === undefined) {
      return [{ guard: TRUE, state: after, control: { kind: 'incomplete', reason: `cannot tell where ${match.name} returns: the zero byte that ends the string stored after it is not known` } }];
    }
  }
  const call: SwiCall = { ctx, state: after, kernel: kernelOf(ctx.models), swi: match, env };
  return apply(call, unavailable(call) ?? model(call) ?? generic(call), resume);
}

/** `resume`: where the SWI returns to, when not to the instruction after it (past OS_WriteS's string, on error too). */
function apply(call: SwiCall, branches: readonly SwiBranch[], resume?: bigint): Outcome<RiscOsState>[] {
  const { ctx } = call;
  const returnTo = resume ?? ctx.item.address + BigInt(ctx.item.size);
  const control: Control = resume === undefined ? { kind: 'next' } : { kind: 'jump', target: { address: bv(returnTo) } };
  // The SWI exception leaves the return address in R14_svc, and the kernel returns with it there.
  const link = call.env.svc ? new Map([[14, bv(returnTo | (call.state.cpu.mode === '26' ? SVC26 : 0n))]]) : undefined;
  // A finding that rests on the error return of a SWI that may also succeed says so; one that always fails (OS_GenerateError) is no assumption.
  const assuming = branches.some((b) => b.error === undefined) ? `${call.swi.name} returns an error (V set, R0 -> error block)` : undefined;
  return branches.map((b) => {
    let models = b.kernel ? withKernel(ctx.models, b.kernel) : ctx.models;
    const returned = link ? withRegs(b.state, link, ctx.item.source) : b.state;
    if (b.error === undefined) {
      return { guard: b.guard, state: setV(returned, 0, call), control, models: withUncheckedV(models, undefined) };
    }
    if (!call.swi.x) {
      return { guard: b.guard, state: b.state, control: { kind: 'exit', reason: `${call.swi.name} raised an error: execution continues in the error handler` }, models };
    }
    const failed = assuming === undefined ? ctx.item.source : { source: ctx.item.source, assuming };
    const state = setV(withRegs(returned, new Map([[0, b.error]]), failed), 1, call, { reported: b.reported, assuming });
    models = withUncheckedV(models, { swi: call.swi.name, registers: b.results ?? resultRegisters(call), source: ctx.item.source });
    return { guard: b.guard, state, control, models };
  });
}
