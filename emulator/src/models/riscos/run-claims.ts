import { bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { register } from '../../explore/machines/arm.js';
import type { Kernel } from './kernel-state.js';
import type { SwiCall } from './swi-call.js';

// Where a run's claims put their blocks. An analysis takes a claimed block
// for a pointer it knows nothing of; a run's kernel is the whole machine,
// which hands out a real address, and a run that showed the pointer's
// symbol showed every store through it at a symbolic address. The blocks
// lie one after another from the start of their heap, each word-aligned
// past the word the heap manager keeps before a block, and never move: a
// run claims what its code claims, a few blocks.

const OS_HEAP = 0x1d;
const OS_MODULE = 0x1e;
const MODULE_CLAIM = 6;
const HEAP_GET = 2;
/** The RMA, OS_Module's heap, where RISC OS 3.5 to 4 keep it: below the SVC stack the runs use. */
export const RMA_BASE = 0x01800000;
/** A heap's own words (magic, free list, base, end) before its first block. */
const HEAP_HEADER = 16;
/** The size word the heap manager keeps before each block. */
const BLOCK_HEADER = 4;
const MASK32 = 0xffffffffn;

/**
 * The block a run's OS_Module 6 (from the RMA) or OS_Heap 2 (from the heap
 * in R1) claims, and the kernel that has it: undefined for another call, or
 * where the heap or the size is not a number the run knows. `given`, the
 * value a replayed witness gives the result's symbol, is the block there.
 */
export function claimInRun(call: SwiCall, kernel: Kernel, given: bigint | undefined): { readonly block: Expr; readonly kernel: Kernel } | undefined {
  const swi = call.swi.swi.number;
  const reason = constValue(register(call.state, 0));
  const fromRma = swi === OS_MODULE && reason === BigInt(MODULE_CLAIM);
  if (!fromRma && !(swi === OS_HEAP && reason === BigInt(HEAP_GET))) return undefined;
  if (given !== undefined) return { block: bv(given), kernel };
  const heap = fromRma ? BigInt(RMA_BASE) : constValue(register(call.state, 1));
  const size = constValue(register(call.state, 3));
  if (heap === undefined || size === undefined) return undefined;
  const start = Number(heap);
  const top = kernel.heapTops?.get(start) ?? start + HEAP_HEADER;
  const block = alignUp(top + BLOCK_HEADER, 4);
  const next = alignUp(block + Number(size), 8);
  if (BigInt(next) > MASK32) return undefined;
  return { block: bv(block), kernel: { ...kernel, heapTops: new Map(kernel.heapTops).set(start, next) } };
}

const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;
