import { bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { register } from '../../explore/machines/arm.js';
import { availableOn } from '../../catalogue/index.js';
import type { Kernel, RunHeap } from './kernel-state.js';
import type { SwiCall } from './swi-call.js';

// Where a run's heap calls put their blocks. An analysis takes a claimed
// block for a pointer it knows nothing of; a run's kernel is the whole
// machine, which hands out a real address, and a run that showed the
// pointer's symbol showed every store through it at a symbolic address.
// Each block lies past the size word the heap manager keeps before it.
//
// The calls are the catalogue's (riscos-module-heap.ts; paging.md covers
// neither SWI, so the rules are the ROOL kernel's s/HeapMan and, for
// OS_Heap 8, the ROOL wiki's): OS_Module 6 and OS_Heap 2 claim, OS_Heap 7
// claims with an alignment and a boundary the block may not cross, OS_Heap
// 8 the same measured as if the heap started at R5, OS_Module 13 and
// OS_Heap 4 extend a block by a signed amount, OS_Module 7 and OS_Heap 3
// free one, OS_Heap 6 reads a block's size word and OS_Heap 5 changes the
// heap's end, in its header.
//
// s/HeapMan keeps the free space below the heap's top in a list, lowest
// address first, and merges a freed block with a free one either side of
// it, or with the top. A claim takes the first free block big enough, and
// from its end, the free block keeping its start; one that would leave 8
// bytes or less is taken whole. Only where none is big enough does it go at
// the top. An aligned claim looks the same way, and leaves before its size
// word no space or a free block's two words at least, after it a free block
// or space added to the block. An extension grows into the free block or
// top straight after the block, else into the free block straight before
// it (with the one after, where both are needed), the block moving down;
// else the block is claimed anew and the old one freed. A call the run
// cannot place (a heap, size or block it does not know, a block shrunk to
// nothing, a skew that is not whole words) keeps its symbolic result.
//
// A block's size word counts the word itself, rounded up to the heap's
// granularity: 4 on RISC OS 5 (s/HeapMan: size + 4 rounded up to a word;
// an extension's change rounded up to a word; OS_Heap 7's size rounded up
// to a word, then the size word), 8 on Acorn's and RISCOS Ltd's kernels,
// whose free lists the run takes to work as ROOL's.

const OS_HEAP = 0x1d;
const OS_MODULE = 0x1e;
const MODULE_CLAIM = 6;
const MODULE_EXTEND = 13;
const MODULE_FREE = 7;
const HEAP_GET = 2;
const HEAP_FREE = 3;
const HEAP_EXTEND = 4;
const HEAP_EXTEND_HEAP = 5;
const HEAP_READ_SIZE = 6;
const HEAP_GET_ALIGNED = 7;
const HEAP_GET_SKEW_ALIGNED = 8;
/** The RMA, OS_Module's heap, where RISC OS 3.5 to 4 keep it: below the SVC stack the runs use. */
export const RMA_BASE = 0x01800000;
/** A heap's own words (magic, free list, base, end) before its first block. */
const HEAP_HEADER = 16;
/** The size word the heap manager keeps before each block. */
const BLOCK_HEADER = 4;
/** Blocks are whole words. */
const WORD = 4;
/** A free block's link and size: the least space s/HeapMan leaves free. */
const FREE_BLOCK = 2 * WORD;
/** s/HeapMan's `minheapfragsize`: a claim takes a free block whole rather than leave this much or less of it. */
const MOST_LEFT_WHOLE = 8;
/** A moved block's words are copied one by one: past this many that would cost more than the run shows of them. */
const MOST_COPIED_WORDS = 1024;
const MASK32 = 0xffffffffn;

/** The size words' granularity: a word on ROOL's kernel, 8 bytes (a free block's two words) on the others. */
const granularity = (kernel: Kernel): number => (availableOn({ vendor: 'ROOL' }, kernel.version) ? WORD : 2 * WORD);

/** What a run's heap call does: the results it knows, and the heap it leaves. */
export interface RunHeapCall {
  /** Result registers the run knows: R2 a block placed, R3 a block's size or a heap's change. */
  readonly results: ReadonlyMap<number, Expr>;
  readonly kernel: Kernel;
  /**
   * The run placed the call: it wrote the heap manager's own words, at
   * `written` (the heap's header, the size word before a block, the two
   * words of each free block it made or relinked), and no word of a block
   * the code holds, but those of one it `moved`.
   */
  readonly placed?: { readonly written: readonly number[]; readonly moved?: MovedBlock };
}

/** An extension that moved its block: its first `words` words, copied from `from` to `to`. */
export interface MovedBlock {
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

type Call = 'claim' | 'aligned' | 'skewed' | 'extend' | 'free' | 'size' | 'extendHeap';

const MODULE_CALLS: ReadonlyMap<number, Call> = new Map([[MODULE_CLAIM, 'claim'], [MODULE_FREE, 'free'], [MODULE_EXTEND, 'extend']]);
const HEAP_CALLS: ReadonlyMap<number, Call> = new Map([
  [HEAP_GET, 'claim'], [HEAP_FREE, 'free'], [HEAP_EXTEND, 'extend'], [HEAP_EXTEND_HEAP, 'extendHeap'], [HEAP_READ_SIZE, 'size'],
  [HEAP_GET_ALIGNED, 'aligned'], [HEAP_GET_SKEW_ALIGNED, 'skewed'],
]);

function callOf(swi: number, reason: bigint | undefined): Call | undefined {
  const calls = swi === OS_MODULE ? MODULE_CALLS : swi === OS_HEAP ? HEAP_CALLS : undefined;
  return reason === undefined ? undefined : calls?.get(Number(reason));
}

/** The register a call's known result is in: a block in R2, a size or change in R3. */
const resultRegister = (kind: Call): number | undefined => (kind === 'size' || kind === 'extendHeap' ? 3 : kind === 'free' ? undefined : 2);

/**
 * What a run's OS_Module or OS_Heap call does to the kernel's heaps, and
 * the result it returns: undefined for another call, or where the run
 * cannot place it. `given` is the value a replayed witness gives a result
 * register's symbol: the result is that.
 */
export function heapCallInRun(call: SwiCall, kernel: Kernel, given: (r: number) => bigint | undefined): RunHeapCall | undefined {
  const swi = call.swi.swi.number;
  const kind = callOf(swi, constValue(register(call.state, 0)));
  if (kind === undefined) return undefined;
  const r = resultRegister(kind);
  const value = r === undefined ? undefined : given(r);
  if (r !== undefined && value !== undefined) return { results: new Map([[r, bv(value)]]), kernel };
  const at = swi === OS_MODULE ? BigInt(RMA_BASE) : constValue(register(call.state, 1));
  if (at === undefined) return undefined;
  const start = Number(at);
  const header = Array.from({ length: HEAP_HEADER / WORD }, (_, k) => start + WORD * k);
  // The heap's end is a word of its header: what else the change of it does the run need not know.
  if (kind === 'extendHeap') return extendHeap(call, kernel, header);
  const known = kernel.heaps?.get(start);
  if (kind === 'size') return known && blockSize(call, kernel, known);
  // s/HeapMan refuses a heap that is not word-aligned; one a run gives still hands out word-aligned blocks, as the catalogue's exit table says.
  const heap = known ?? { top: alignUp(start + HEAP_HEADER, WORD), blocks: new Map<number, number>(), free: new Map<number, number>() };
  const g = granularity(kernel);
  const placed = kind === 'free' ? known && free(call, known) : kind === 'extend' ? extend(call, heap, g) : claim(call, heap, g, kind);
  if (!placed || BigInt(placed.heap.top) > MASK32) return undefined;
  const written = [...header, ...placed.block === undefined ? [] : [placed.block - BLOCK_HEADER], ...freeWordsWritten(heap.free, placed.heap.free)];
  const heaps = new Map(kernel.heaps).set(start, placed.heap);
  const results = new Map(placed.block === undefined ? [] : [[2, bv(placed.block)]]);
  return { results, kernel: { ...kernel, heaps }, placed: { written, ...(placed.moved ? { moved: placed.moved } : {}) } };
}

/** OS_Heap 5: the heap's end moves by R3 rounded towards 0 to whole words, which R3 returns. */
function extendHeap(call: SwiCall, kernel: Kernel, header: readonly number[]): RunHeapCall | undefined {
  const change = constValue(register(call.state, 3));
  if (change === undefined) return undefined;
  const words = Math.trunc(Number(BigInt.asIntN(32, change)) / WORD) * WORD;
  return { results: new Map([[3, bv(BigInt.asUintN(32, BigInt(words)))]]), kernel, placed: { written: header } };
}

/** OS_Heap 6: the size word before a block of the run's, which counts itself. */
function blockSize(call: SwiCall, kernel: Kernel, heap: RunHeap): RunHeapCall | undefined {
  const block = constant(call, 2);
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined) return undefined;
  return { results: new Map([[3, bv(end - block + BLOCK_HEADER)]]), kernel };
}

/** What a call leaves: the block it returns in R2 (none for a free), the heap, and a block it moved. */
interface Placed {
  readonly block?: number;
  readonly heap: RunHeap;
  readonly moved?: MovedBlock;
}

/** OS_Module 7, OS_Heap 3: a block of the run's goes back to the heap, merged with the free space either side of it. */
function free(call: SwiCall, heap: RunHeap): Placed | undefined {
  const block = constant(call, 2);
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined) return undefined;
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  return { heap: released({ ...heap, blocks }, block - BLOCK_HEADER, end) };
}

/**
 * `heap` with the space from `start` to `end` free: merged with a free
 * block that ends where it starts and one that starts where it ends, and
 * given back to the top where it reaches it.
 */
function released(heap: RunHeap, start: number, end: number): RunHeap {
  const free = new Map(heap.free);
  const after = free.get(end);
  if (after !== undefined) free.delete(end);
  const before = [...free].find(([, e]) => e === start)?.[0];
  const from = before ?? start;
  const to = after ?? end;
  if (to === heap.top) {
    if (before !== undefined) free.delete(before);
    return { ...heap, top: from, free };
  }
  return { ...heap, free: free.set(from, to) };
}

/**
 * The two words of each free block `after` holds that `before` did not,
 * with the same end and the same next free block: the heap manager wrote
 * its size or its link.
 */
function freeWordsWritten(before: RunHeap['free'], after: RunHeap['free']): number[] {
  const links = (free: RunHeap['free']): Map<number, string> => {
    const starts = [...free.keys()].sort((a, b) => a - b);
    return new Map(starts.map((s, k) => [s, `${free.get(s)}:${starts[k + 1] ?? 0}`]));
  };
  const was = links(before);
  return [...links(after)].filter(([s, link]) => was.get(s) !== link).flatMap(([s]) => [s, s + WORD]);
}

/** A heap's free blocks, lowest first, each its start and end. */
const freeBlocks = (heap: RunHeap): [number, number][] => [...heap.free].sort(([a], [b]) => a - b);

const constant = (call: SwiCall, r: number): number | undefined => {
  const value = constValue(register(call.state, r));
  return value === undefined ? undefined : Number(value);
};

/** 0, or a power of two. */
const zeroOrPowerOfTwo = (n: number): boolean => (n & (n - 1)) === 0;

/** A claim of R3 bytes: OS_Module 6 and OS_Heap 2 (`claim`), OS_Heap 7 (`aligned`) and 8 (`skewed`). */
function claim(call: SwiCall, heap: RunHeap, g: number, kind: Call): Placed | undefined {
  const size = constant(call, 3);
  if (size === undefined) return undefined;
  // OS_Heap 2 and OS_Module 6 round the size and its size word to the granularity.
  if (kind === 'claim') return get(heap, alignUp(size + BLOCK_HEADER, g));
  const alignment = constant(call, 2);
  const boundary = constant(call, 4);
  const origin = kind === 'skewed' ? constant(call, 5) : constant(call, 1);
  const base = constant(call, 1);
  if (alignment === undefined || boundary === undefined || origin === undefined || base === undefined) return undefined;
  // s/HeapMan refuses an alignment or boundary not a power of two, a boundary below the alignment or the size.
  if (!zeroOrPowerOfTwo(alignment) || !zeroOrPowerOfTwo(boundary) || (boundary !== 0 && (alignUp(size, WORD) > boundary || Math.max(alignment, WORD) > boundary))) return undefined;
  // OS_Heap 8 works as if the heap started at R5 (the ROOL wiki: (R2 - R1 + R5) MOD alignment = 0); a skew of part of a word would leave the block unaligned.
  const skew = Number(BigInt.asIntN(32, BigInt(origin - base)));
  if (skew % WORD !== 0) return undefined;
  return getAligned(heap, { size: alignUp(size, WORD), alignment: Math.max(alignment, WORD), boundary, skew });
}

/** A block whose size word is `sizeWord`: from the end of the first free block big enough, else at the top. */
function get(heap: RunHeap, sizeWord: number): Placed & { readonly block: number } {
  for (const [start, end] of freeBlocks(heap)) {
    const left = end - start - sizeWord;
    if (left < 0) continue;
    const free = new Map(heap.free);
    // What it would leave too small to be worth a free block, the claim takes with it.
    const whole = left <= MOST_LEFT_WHOLE;
    if (whole) free.delete(start);
    else free.set(start, start + left);
    const block = (whole ? start : start + left) + BLOCK_HEADER;
    return { block, heap: { ...heap, blocks: new Map(heap.blocks).set(block, end), free } };
  }
  const block = heap.top + BLOCK_HEADER;
  const end = heap.top + sizeWord;
  return { block, heap: { ...heap, top: end, blocks: new Map(heap.blocks).set(block, end) } };
}

interface Aligned {
  /** Whole words. */
  readonly size: number;
  /** A power of two, a word at least. */
  readonly alignment: number;
  /** 0, or a power of two. */
  readonly boundary: number;
  /** What the alignment and boundary are measured from, less the heap's start. */
  readonly skew: number;
}

/**
 * OS_Heap 7 and 8: the first free block with room for the block at its
 * alignment and within its boundary, else the top. The space before the
 * size word stays free where it holds a free block, and after the block
 * where it holds one; the block takes it otherwise.
 */
function getAligned(heap: RunHeap, want: Aligned): Placed {
  for (const [start, end] of freeBlocks(heap)) {
    const block = alignedIn(start, want);
    if (block + want.size > end) continue;
    const free = new Map(heap.free);
    free.delete(start);
    if (block - BLOCK_HEADER > start) free.set(start, block - BLOCK_HEADER);
    const blockEnd = end - (block + want.size) < FREE_BLOCK ? end : block + want.size;
    if (blockEnd < end) free.set(blockEnd, end);
    return { block, heap: { ...heap, blocks: new Map(heap.blocks).set(block, blockEnd), free } };
  }
  const block = alignedIn(heap.top, want);
  const free = block - BLOCK_HEADER > heap.top ? new Map(heap.free).set(heap.top, block - BLOCK_HEADER) : heap.free;
  return { block, heap: { top: block + want.size, blocks: new Map(heap.blocks).set(block, block + want.size), free } };
}

/**
 * The first address past a size word at `from` or above that is aligned
 * and holds the block within its boundary, where the space skipped before
 * the size word is none or a free block's two words at least.
 */
function alignedIn(from: number, want: Aligned): number {
  const { size, alignment, boundary, skew } = want;
  let block = alignUp(from + BLOCK_HEADER + skew, alignment) - skew;
  for (;;) {
    const skipped = block - BLOCK_HEADER - from;
    if (skipped !== 0 && skipped < FREE_BLOCK) block += alignment;
    else if (boundary !== 0 && Math.floor((block + skew) / boundary) !== Math.floor((block + skew + size - 1) / boundary)) block = alignUp(block + skew, boundary) - skew;
    else return block;
  }
}

/**
 * The block in R2, a block of the run's, changed by the signed R3 bytes,
 * rounded up to the granularity. A shrink gives its end back to the free
 * space, but by one word alone with a block straight after it, where the
 * word could hold no free block: that shrink is refused.
 */
function extend(call: SwiCall, heap: RunHeap, g: number): Placed | undefined {
  const block = constant(call, 2);
  const change = constValue(register(call.state, 3));
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined || change === undefined) return undefined;
  const by = Math.ceil(Number(BigInt.asIntN(32, change)) / g) * g;
  const sizeWord = end - block + BLOCK_HEADER;
  // Shrunk to its size word or less, the block is freed (OS_Heap 4 returns -1): no block to show.
  if (sizeWord + by <= BLOCK_HEADER) return undefined;
  const freeAfter = end === heap.top ? Infinity : heap.free.get(end);
  if (by <= 0) {
    if (by === 0 || (by === -WORD && freeAfter === undefined)) return { block, heap };
    return { block, heap: released({ ...heap, blocks: new Map(heap.blocks).set(block, end + by) }, end + by, end) };
  }
  if (freeAfter !== undefined && freeAfter - end >= by) return { block, heap: grown(heap, block, end, by, freeAfter) };
  const start = block - BLOCK_HEADER;
  const before = [...heap.free].find(([, e]) => e === start)?.[0];
  const words = (sizeWord - BLOCK_HEADER) / WORD;
  if (words > MOST_COPIED_WORDS) return undefined;
  // With a free block after it too small alone, the block takes the whole of that and what else it needs from a free block before it.
  const room = freeAfter === undefined ? 0 : freeAfter - end;
  if (before !== undefined && start - before + room >= by) {
    const free = new Map(heap.free);
    free.delete(end);
    return movedDown({ ...heap, free }, block, before, by - room, end + room);
  }
  // Claimed anew at the new size, the contents copied, the old block freed.
  const got = get(heap, sizeWord + by);
  const blocks = new Map(got.heap.blocks);
  blocks.delete(block);
  return { block: got.block, heap: released({ ...got.heap, blocks }, start, end), moved: { from: block, to: got.block, words } };
}

/** `heap` with the block at `block` grown by `by` into the free space after it, ending at `freeEnd` (Infinity: the top). */
function grown(heap: RunHeap, block: number, end: number, by: number, freeEnd: number): RunHeap {
  if (freeEnd === Infinity) return { ...heap, top: end + by, blocks: new Map(heap.blocks).set(block, end + by) };
  const free = new Map(heap.free);
  free.delete(end);
  // What would be left that holds no free block, the block takes with it.
  const newEnd = freeEnd - (end + by) < FREE_BLOCK ? freeEnd : end + by;
  if (newEnd < freeEnd) free.set(newEnd, freeEnd);
  return { ...heap, free, blocks: new Map(heap.blocks).set(block, newEnd) };
}

/**
 * `heap` with the block at `block` moved down into the free block that
 * starts at `before` and ends at its size word, by `down` bytes at least,
 * to end at `end`: the free block keeps what is left where that holds a
 * free block; the block takes it otherwise. Its words are copied down.
 */
function movedDown(heap: RunHeap, block: number, before: number, down: number, end: number): Placed {
  const left = block - BLOCK_HEADER - before - down;
  const free = new Map(heap.free);
  free.delete(before);
  if (left >= FREE_BLOCK) free.set(before, before + left);
  const to = (left >= FREE_BLOCK ? before + left : before) + BLOCK_HEADER;
  const words = ((heap.blocks.get(block) ?? block) - block) / WORD;
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  return { block: to, heap: { ...heap, free, blocks: blocks.set(to, end) }, moved: { from: block, to, words } };
}

const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;
