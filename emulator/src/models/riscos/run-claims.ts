import { bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { register } from '../../explore/machines/arm.js';
import type { Kernel, RunHeap } from './kernel-state.js';
import type { SwiCall } from './swi-call.js';

// Where a run's claims put their blocks. An analysis takes a claimed block
// for a pointer it knows nothing of; a run's kernel is the whole machine,
// which hands out a real address, and a run that showed the pointer's
// symbol showed every store through it at a symbolic address. The blocks
// lie one after another from the start of their heap, each word-aligned
// past the word the heap manager keeps before a block, and are never freed:
// a run claims what its code claims, a few blocks.
//
// The calls are the catalogue's (riscos-module-heap.ts; paging.md covers
// neither SWI): OS_Module 6 and OS_Heap 2 claim, OS_Heap 7 claims with an
// alignment and a boundary the block may not cross, and OS_Module 13 and
// OS_Heap 4 extend a block. An extended block stays where it is when it
// shrinks or is the last of its heap, where the free space after it is;
// any other grows into a new block at the top, its contents copied there,
// as the heap manager moves a block with no room after it. A call the run
// cannot place (a heap, size or block it does not know, a block shrunk to
// nothing, OS_Heap 8's skewed alignment) keeps its symbolic result.

const OS_HEAP = 0x1d;
const OS_MODULE = 0x1e;
const MODULE_CLAIM = 6;
const MODULE_EXTEND = 13;
const HEAP_GET = 2;
const HEAP_EXTEND = 4;
const HEAP_GET_ALIGNED = 7;
/** The RMA, OS_Module's heap, where RISC OS 3.5 to 4 keep it: below the SVC stack the runs use. */
export const RMA_BASE = 0x01800000;
/** A heap's own words (magic, free list, base, end) before its first block. */
const HEAP_HEADER = 16;
/** The size word the heap manager keeps before each block. */
const BLOCK_HEADER = 4;
/** Blocks are whole words. */
const WORD = 4;
/** A moved block's words are copied one by one: past this many that would cost more than the run shows of them. */
const MOST_COPIED_WORDS = 1024;
const MASK32 = 0xffffffffn;

/** What a run's call does with a block: where it is, and the heap it leaves. */
export interface RunClaim {
  readonly block: Expr;
  readonly kernel: Kernel;
  /**
   * The run placed the block: the call wrote the heap manager's own words,
   * at `written` (the heap's header, the size word before the block, the
   * first two words of free space it made below the top), and no word of a
   * block the code holds, but those of one it `moved`.
   */
  readonly placed?: { readonly written: readonly number[]; readonly moved?: MovedBlock };
}

/** An extension that moved its block: its first `words` words, copied from `from` to `to`. */
export interface MovedBlock {
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

type Call = 'claim' | 'aligned' | 'extend';

function callOf(swi: number, reason: bigint | undefined): Call | undefined {
  if (swi === OS_MODULE) return reason === BigInt(MODULE_CLAIM) ? 'claim' : reason === BigInt(MODULE_EXTEND) ? 'extend' : undefined;
  if (swi !== OS_HEAP) return undefined;
  if (reason === BigInt(HEAP_GET)) return 'claim';
  if (reason === BigInt(HEAP_GET_ALIGNED)) return 'aligned';
  return reason === BigInt(HEAP_EXTEND) ? 'extend' : undefined;
}

/**
 * The block a run's claim or extension puts in R2, and the kernel that has
 * it: undefined for another call, or where the run cannot place it. `given`,
 * the value a replayed witness gives the result's symbol, is the block there.
 */
export function claimInRun(call: SwiCall, kernel: Kernel, given: bigint | undefined): RunClaim | undefined {
  const swi = call.swi.swi.number;
  const kind = callOf(swi, constValue(register(call.state, 0)));
  if (kind === undefined) return undefined;
  if (given !== undefined) return { block: bv(given), kernel };
  const at = swi === OS_MODULE ? BigInt(RMA_BASE) : constValue(register(call.state, 1));
  if (at === undefined) return undefined;
  const start = Number(at);
  const heap = kernel.heaps?.get(start) ?? { top: start + HEAP_HEADER, blocks: new Map<number, number>() };
  const placed = kind === 'extend' ? extend(call, heap) : claim(call, heap, kind === 'aligned');
  if (!placed || BigInt(placed.heap.top) > MASK32) return undefined;
  const written = [...Array.from({ length: HEAP_HEADER / WORD }, (_, k) => start + WORD * k), placed.block - BLOCK_HEADER, ...placed.freed ?? []];
  const heaps = new Map(kernel.heaps).set(start, placed.heap);
  return { block: bv(placed.block), kernel: { ...kernel, heaps }, placed: { written, ...(placed.moved ? { moved: placed.moved } : {}) } };
}

interface Placed {
  readonly block: number;
  readonly heap: RunHeap;
  readonly moved?: MovedBlock;
  /** The words the heap manager links free space below the top by (a free block's size and next), where the call made some. */
  readonly freed?: readonly number[];
}

/** The two words of a free block at `at`. */
const freeBlock = (at: number): number[] => [at, at + WORD];

const constant = (call: SwiCall, r: number): number | undefined => {
  const value = constValue(register(call.state, r));
  return value === undefined ? undefined : Number(value);
};

/** 0, or a power of two. */
const zeroOrPowerOfTwo = (n: number): boolean => (n & (n - 1)) === 0;

/**
 * A new block of R3 bytes at the top of the heap; for OS_Heap 7, at a
 * multiple of R2 (0: any word) and, where R4 is not 0, past the next
 * multiple of R4 when it would cross one. An alignment or boundary that is
 * not a power of two, or a block larger than its boundary, the kernel
 * refuses: the run does not place it.
 */
function claim(call: SwiCall, heap: RunHeap, aligned: boolean): Placed | undefined {
  const size = constant(call, 3);
  const alignment = aligned ? constant(call, 2) : 0;
  const boundary = aligned ? constant(call, 4) : 0;
  if (size === undefined || alignment === undefined || boundary === undefined) return undefined;
  if (!zeroOrPowerOfTwo(alignment) || !zeroOrPowerOfTwo(boundary) || (boundary !== 0 && size > boundary)) return undefined;
  let block = alignUp(heap.top + BLOCK_HEADER, Math.max(alignment, WORD));
  if (boundary !== 0 && Math.floor(block / boundary) !== Math.floor((block + size - 1) / boundary)) block = alignUp(block, boundary);
  // The space an alignment skips is free, where it holds a free block's two words.
  const gap = block - BLOCK_HEADER - heap.top;
  return { ...placeAt(heap, block, size), ...(gap >= 2 * WORD ? { freed: freeBlock(heap.top) } : {}) };
}

/** `heap` with a block of `size` bytes at `block`, ending where the next block's size word may start (a multiple of 8). */
function placeAt(heap: RunHeap, block: number, size: number): Placed {
  const end = alignUp(block + size, 8);
  return { block, heap: { top: Math.max(heap.top, end), blocks: new Map(heap.blocks).set(block, end) } };
}

/** The block in R2, a block of the run's, changed by the signed R3 bytes. */
function extend(call: SwiCall, heap: RunHeap): Placed | undefined {
  const block = constant(call, 2);
  const change = constValue(register(call.state, 3));
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined || change === undefined) return undefined;
  const size = end - block;
  const wanted = size + Number(BigInt.asIntN(32, change));
  // Shrunk to nothing, the block is freed (OS_Heap 4 returns -1): no block to show.
  if (wanted <= 0) return undefined;
  const newEnd = alignUp(block + wanted, 8);
  if (newEnd <= end || end === heap.top) {
    const top = end === heap.top ? newEnd : heap.top;
    // A block below the top that shrinks leaves free space after it.
    const freed = newEnd < end && end !== heap.top ? { freed: freeBlock(newEnd) } : {};
    return { block, heap: { top, blocks: new Map(heap.blocks).set(block, newEnd) }, ...freed };
  }
  const words = size / WORD;
  if (words > MOST_COPIED_WORDS) return undefined;
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  const moved = placeAt({ top: heap.top, blocks }, alignUp(heap.top + BLOCK_HEADER, WORD), wanted);
  return { ...moved, moved: { from: block, to: moved.block, words }, freed: freeBlock(block - BLOCK_HEADER) };
}

const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;
