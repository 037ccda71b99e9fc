import { register } from '../../explore/machines/arm.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { add, bv, constValue, ite, mul, uge, ult, zext } from '../../values/expr.js';
import { largestHolding } from '../../values/largest.js';
import type { Expr } from '../../values/expr.js';
import type { RiscOsState } from './machine.js';
import type { SwiCall } from './swi-call.js';

// What a SWI writes into the caller's block when its model cannot work the
// values out (an address the kernel model cannot place, a block or count
// that is not a constant): the words still change, to fresh unknown values
// numbered along the path as the SWI's other outcomes are, one per word and
// call. Left alone, a load after the call would read what the word held
// before it, the same value on every pass of a loop that converts a page
// per pass: a page block filled from it would name one page twice. A SWI
// that fills a block no register table describes (OS_Memory 64, whose
// 20-byte entries spec B.2.6 gives but not its registers or count) may have
// written any word from where any of its entry registers points up, in the
// object it points into.

/** A word of each entry the SWI fills. */
export interface FilledWord {
  readonly offset: number;
  /** Part of the symbol's name: `swi.result.<SWI>.<name>#n`. */
  readonly name: string;
  /** The value fits in this many bits (a page number of a 32-bit physical address, 20): never the -1 that means no page. */
  readonly bits?: number;
}

/** The block a call fills: `count` entries of `stride` bytes from `block`, each with `words` written; no count, any word of the object `block` points into. */
export interface BlockFill {
  readonly block: Expr;
  readonly count?: Expr;
  readonly stride: number;
  readonly words: readonly FilledWord[];
}

/** What a block no register table describes holds: words. */
const ANY_WORD: readonly FilledWord[] = [{ offset: 0, name: 'word' }];

/** A block at R`r` the SWI may have written any word of from its address up. */
export const blockFrom = (call: SwiCall, r: number): BlockFill => ({ block: register(call.state, r), stride: 4, words: ANY_WORD });

/** R0-R9 but `reasonRegister`: the registers a SWI without a register table may have been given a block in (as UNCHARTED_RESULTS, the ones it may return). */
export function blocksAtAnyRegister(call: SwiCall, reasonRegister: number | undefined): BlockFill[] {
  const out: BlockFill[] = [];
  for (let r = 0; r <= 9; r++) if (r !== reasonRegister) out.push(blockFrom(call, r));
  return out;
}

/** A count above this is written as one nothing bounds: word by word would cost more than it tells. */
const MOST_ENTRIES = 256;

/** The block at R`block` of R`count` entries. */
export function blockAt(call: SwiCall, block: number, count: number, stride: number, words: readonly FilledWord[]): BlockFill {
  return { block: register(call.state, block), count: register(call.state, count), stride, words };
}

/** The most entries `count` can be on the path, when no more than MOST_ENTRIES. */
function mostEntries(call: SwiCall, count: Expr): number | undefined {
  const reaches = (n: bigint): boolean => !call.ctx.infeasible(uge(count, bv(n)));
  const beyond = BigInt(MOST_ENTRIES + 1);
  return reaches(beyond) ? undefined : Number(largestHolding(reaches, 0n, beyond));
}

/**
 * `state` with every word each of `fills` names made a fresh unknown. The
 * block's address may be a pointer the model knows nothing of: memory
 * keeps what is stored through it apart, as any store through such a
 * pointer. An entry the count may or may not reach takes the fresh value
 * where it does and keeps its old one elsewhere; a count the path does not
 * bound to MOST_ENTRIES is a store at an entry no bound limits, which
 * memory handles as a pointer stepped by a size it does not know. A block
 * with no count may have changed in any word from its address up
 * (`SymbolicMemory.clobber`).
 */
export function withUnknownFill(call: SwiCall, state: RiscOsState, fills: readonly BlockFill[]): RiscOsState {
  if (fills.every((f) => f.words.length === 0)) return state;
  const cpu = state.cpu.clone();
  for (const fill of fills) fillWords(call, cpu, fill);
  return { ...state, cpu };
}

function fillWords(call: SwiCall, cpu: RiscOsState['cpu'], fill: BlockFill): void {
  const fresh = (w: FilledWord): Expr => {
    const value = call.ctx.pathFresh(`swi.result.${call.swi.name}.${w.name}`, w.bits ?? 32);
    return w.bits === undefined ? value : zext(value, 32);
  };
  const entries = fill.count;
  const count = entries && constValue(entries);
  const most = !entries ? undefined : count !== undefined ? (count <= BigInt(MOST_ENTRIES) ? Number(count) : undefined) : mostEntries(call, entries);
  if (!entries || most === undefined) {
    const entry = call.ctx.pathFresh(`swi.result.${call.swi.name}.entry`, 32);
    for (const w of fill.words) {
      const step = add(mul(entry, bv(fill.stride)), bv(w.offset));
      if (!entries && cpu.memory instanceof SymbolicMemory) cpu.memory.clobber(fill.block, step, fresh(w));
      else cpu.memory.store(add(fill.block, step), fresh(w), 4);
    }
    return;
  }
  for (let k = 0; k < most; k++) {
    for (const w of fill.words) {
      const at = add(fill.block, bv(k * fill.stride + w.offset));
      cpu.memory.store(at, count !== undefined ? fresh(w) : ite(ult(bv(k), entries), fresh(w), cpu.memory.load(at, 4)), 4);
    }
  }
}
