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
// The blocks lie one after another from the start of their heap, each
// past the size word the heap manager keeps before a block.
//
// The calls are the catalogue's (riscos-module-heap.ts; paging.md covers
// neither SWI, so the rules are the ROOL kernel's s/HeapMan): OS_Module 6
// and OS_Heap 2 claim, OS_Heap 7 claims with an alignment and a boundary
// the block may not cross, and OS_Module 13 and OS_Heap 4 extend a block
// by a signed amount. An extended block stays where it is when it shrinks
// or is the last of its heap, where the free space after it is; any other
// grows into a new block at the top, its contents copied there, as the
// heap manager moves a block with no room after it. OS_Module 7 and OS_Heap
// 3 free a block: the heap manager links it into its free list, and a last
// block's space goes back to the heap's top. OS_Heap 6 reads a block's
// size word; OS_Heap 5 changes the heap's end, in its header. A claim goes
// at the top, never into space freed below it, where the heap manager
// would look first. A call the run cannot place (a heap, size or block it
// does not know, a block shrunk to nothing, OS_Heap 8's skewed alignment)
// keeps its symbolic result.
//
// A block's size word counts the word itself, rounded up to the heap's
// granularity: 4 on RISC OS 5 (s/HeapMan: size + 4 rounded up to a word;
// an extension's change rounded up to a word; OS_Heap 7's size rounded up
// to a word, then the size word), 8 on Acorn's and RISCOS Ltd's kernels.

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

/** The size words' granularity: a word on ROOL's kernel, 8 bytes (a free block's two words) on the others. */
const granularity = (kernel: Kernel): number => (availableOn({ vendor: 'ROOL' }, kernel.version) ? WORD : 2 * WORD);

/** What a run's heap call does: the results it knows, and the heap it leaves. */
export interface RunHeapCall {
  /** Result registers the run knows: R2 a block placed, R3 a block's size or a heap's change. */
  readonly results: ReadonlyMap<number, Expr>;
  readonly kernel: Kernel;
  /**
   * The run placed the call: it wrote the heap manager's own words, at
   * `written` (the heap's header, the size word before a block, the first
   * two words of free space it made below the top), and no word of a block
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

type Call = 'claim' | 'aligned' | 'extend' | 'free' | 'size' | 'extendHeap';

const MODULE_CALLS: ReadonlyMap<number, Call> = new Map([[MODULE_CLAIM, 'claim'], [MODULE_FREE, 'free'], [MODULE_EXTEND, 'extend']]);
const HEAP_CALLS: ReadonlyMap<number, Call> = new Map([
  [HEAP_GET, 'claim'], [HEAP_FREE, 'free'], [HEAP_EXTEND, 'extend'], [HEAP_EXTEND_HEAP, 'extendHeap'], [HEAP_READ_SIZE, 'size'], [HEAP_GET_ALIGNED, 'aligned'],
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
  if (kind === 'size' || kind === 'free') return known && (kind === 'size' ? blockSize(call, kernel, known) : free(call, kernel, start, known, header));
  const heap = known ?? { top: start + HEAP_HEADER, blocks: new Map<number, number>() };
  const g = granularity(kernel);
  const placed = kind === 'extend' ? extend(call, heap, g) : claim(call, heap, g, kind === 'aligned');
  if (!placed || BigInt(placed.heap.top) > MASK32) return undefined;
  const written = [...header, placed.block - BLOCK_HEADER, ...placed.freed ?? []];
  const heaps = new Map(kernel.heaps).set(start, placed.heap);
  return { results: new Map([[2, bv(placed.block)]]), kernel: { ...kernel, heaps }, placed: { written, ...(placed.moved ? { moved: placed.moved } : {}) } };
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

/**
 * OS_Module 7, OS_Heap 3: a block of the run's goes back to the heap. Its
 * first two words become a free block's link and size; the last block's
 * space goes back to the top, with any free space below it, down to the
 * end of the highest block left.
 */
function free(call: SwiCall, kernel: Kernel, start: number, heap: RunHeap, header: readonly number[]): RunHeapCall | undefined {
  const block = constant(call, 2);
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined) return undefined;
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  const top = end === heap.top ? Math.max(start + HEAP_HEADER, ...blocks.values()) : heap.top;
  const heaps = new Map(kernel.heaps).set(start, { top, blocks });
  return { results: new Map(), kernel: { ...kernel, heaps }, placed: { written: [...header, ...freeBlock(block - BLOCK_HEADER)] } };
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
function claim(call: SwiCall, heap: RunHeap, g: number, aligned: boolean): Placed | undefined {
  const size = constant(call, 3);
  const alignment = aligned ? constant(call, 2) : 0;
  const boundary = aligned ? constant(call, 4) : 0;
  if (size === undefined || alignment === undefined || boundary === undefined) return undefined;
  if (!zeroOrPowerOfTwo(alignment) || !zeroOrPowerOfTwo(boundary) || (boundary !== 0 && size > boundary)) return undefined;
  let block = alignUp(heap.top + BLOCK_HEADER, Math.max(alignment, WORD));
  if (boundary !== 0 && Math.floor(block / boundary) !== Math.floor((block + size - 1) / boundary)) block = alignUp(block, boundary);
  // The space an alignment skips is free, where it holds a free block's two words.
  const gap = block - BLOCK_HEADER - heap.top;
  // OS_Heap 7 rounds the size to a word before it adds the size word; OS_Heap 2 and OS_Module 6 round both to the granularity.
  const sizeWord = aligned ? alignUp(size, WORD) + BLOCK_HEADER : alignUp(size + BLOCK_HEADER, g);
  return { ...placeAt(heap, block, sizeWord), ...(gap >= 2 * WORD ? { freed: freeBlock(heap.top) } : {}) };
}

/** `heap` with a block at `block` whose size word is `sizeWord`: it ends where the next block's size word starts. */
function placeAt(heap: RunHeap, block: number, sizeWord: number): Placed {
  const end = block - BLOCK_HEADER + sizeWord;
  return { block, heap: { top: Math.max(heap.top, end), blocks: new Map(heap.blocks).set(block, end) } };
}

/**
 * The block in R2, a block of the run's, changed by the signed R3 bytes,
 * rounded up to the granularity. A shrink by one word alone, with a block
 * straight after it, leaves the block as it is: the word could hold no
 * free block.
 */
function extend(call: SwiCall, heap: RunHeap, g: number): Placed | undefined {
  const block = constant(call, 2);
  const change = constValue(register(call.state, 3));
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined || change === undefined) return undefined;
  const by = Math.ceil(Number(BigInt.asIntN(32, change)) / g) * g;
  const sizeWord = end - block + BLOCK_HEADER;
  const wanted = sizeWord + by;
  // Shrunk to its size word or less, the block is freed (OS_Heap 4 returns -1): no block to show.
  if (wanted <= BLOCK_HEADER) return undefined;
  const next = [...heap.blocks.keys()].some((b) => b - BLOCK_HEADER === end);
  if (by === -WORD && next) return { block, heap };
  const newEnd = block - BLOCK_HEADER + wanted;
  if (newEnd <= end || end === heap.top) {
    const top = end === heap.top ? newEnd : heap.top;
    // A block below the top that shrinks leaves free space after it.
    const freed = newEnd < end && end !== heap.top ? { freed: freeBlock(newEnd) } : {};
    return { block, heap: { top, blocks: new Map(heap.blocks).set(block, newEnd) }, ...freed };
  }
  const words = (sizeWord - BLOCK_HEADER) / WORD;
  if (words > MOST_COPIED_WORDS) return undefined;
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  const moved = placeAt({ top: heap.top, blocks }, heap.top + BLOCK_HEADER, wanted);
  return { ...moved, moved: { from: block, to: moved.block, words }, freed: freeBlock(block - BLOCK_HEADER) };
}

const alignUp = (n: number, to: number): number => Math.ceil(n / to) * to;
