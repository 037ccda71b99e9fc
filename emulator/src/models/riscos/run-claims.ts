import { bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { register } from '../../explore/machines/arm.js';
import { availableOn } from '../../catalogue/index.js';
import { KERNEL_ERRORS } from './errors.js';
import type { KernelError } from './errors.js';
import { FLAG_DOUBLY_MAPPED, FREE_POOL } from './kernel-state.js';
import type { Kernel, RunHeap } from './kernel-state.js';
import type { SwiCall } from './swi-call.js';

// Where a run's heap calls put their blocks. An analysis takes a claimed
// block for a pointer it knows nothing of; a run's kernel is the whole
// machine, which hands out a real address, and a run that showed the
// pointer's symbol showed every store through it at a symbolic address.
// Each block lies past the size word the heap manager keeps before it.
//
// The calls are the catalogue's (riscos-module-heap.ts; paging.md covers
// neither SWI, so the rules are the ROOL kernel's s/HeapMan and s/ModHand
// and, for OS_Heap 8, the ROOL wiki's): OS_Heap 0 makes a heap of R3 bytes,
// OS_Module 6 and OS_Heap 2 claim, OS_Heap 7
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
// cannot place (a heap, size or block it does not know, a skew that is not
// whole words) keeps its symbolic result, and the heap it changed its
// layout: the run places no later call in it until an OS_Heap 0 makes it
// anew. A block a replayed witness gives a claim is recorded where the
// heap has room for it, and loses the heap where it has not. The heap
// manager refuses a claim of 0 bytes or fewer, and one past the heap's end
// where the run knows it (the RMA it grows instead): the call fails with
// R2 = 0, as s/HeapMan fails it, and OS_Module 6 with s/ModHand's MHNoRoom.
// The module handler asks for 32n - 4 bytes for OS_Module 6 and rounds
// OS_Module 13's change up to 32 (s/ModHand's RMAClaim_Chunk,
// Module_ExtendBlock), so RMA blocks are 32n bytes with their size words.
// OS_Heap 5 fails where the heap's new extent runs off the pages of the
// area the heap lies in.
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
const HEAP_INIT = 0;
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
/** s/ModHand's RMA blocks are whole multiples of this, size word and all ("8-word aligned blocks"). */
const RMA_CHUNK = 32;
/** A moved block's words are copied one by one: past this many that would cost more than the run shows of them. */
const MOST_COPIED_WORDS = 1024;
const MASK32 = 0xffffffffn;
/** The first address past memory. */
const MEMORY_END = 2 ** 32;
/** What OS_Heap 4 returns in R2 for a block it shrank to nothing and freed. */
const FREED = 0xffffffff;

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
  /** The call fails, as s/HeapMan fails it: V set, R0 the error, and the registers it sets on the way out. */
  readonly fails?: { readonly error: KernelError; readonly results: ReadonlyMap<number, Expr> };
  /** Why the run does not place the call: a note on its step. */
  readonly note?: string;
}

/** An extension that moved its block: its first `words` words, copied from `from` to `to`. */
export interface MovedBlock {
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

type Call = 'init' | 'claim' | 'aligned' | 'skewed' | 'extend' | 'free' | 'size' | 'extendHeap';

const MODULE_CALLS: ReadonlyMap<number, Call> = new Map([[MODULE_CLAIM, 'claim'], [MODULE_FREE, 'free'], [MODULE_EXTEND, 'extend']]);
const HEAP_CALLS: ReadonlyMap<number, Call> = new Map([
  [HEAP_INIT, 'init'], [HEAP_GET, 'claim'], [HEAP_FREE, 'free'], [HEAP_EXTEND, 'extend'], [HEAP_EXTEND_HEAP, 'extendHeap'], [HEAP_READ_SIZE, 'size'],
  [HEAP_GET_ALIGNED, 'aligned'], [HEAP_GET_SKEW_ALIGNED, 'skewed'],
]);

function callOf(swi: number, reason: bigint | undefined): Call | undefined {
  const calls = swi === OS_MODULE ? MODULE_CALLS : swi === OS_HEAP ? HEAP_CALLS : undefined;
  return reason === undefined ? undefined : calls?.get(Number(reason));
}

/** The register a call's known result is in: a block in R2, a size or change in R3. */
const resultRegister = (kind: Call): number | undefined => (kind === 'size' || kind === 'extendHeap' ? 3 : kind === 'free' || kind === 'init' ? undefined : 2);

const hex = (n: number): string => `&${n.toString(16).toUpperCase()}`;

/**
 * What a run's OS_Module or OS_Heap call does to the kernel's heaps, and
 * the result it returns: undefined for another call, or one that leaves
 * the heaps as they were and that the run cannot place (OS_Heap 6 of a
 * block it did not place). `given` is the value a replayed witness gives a
 * result register's symbol: the result is that, and a claim's block is
 * recorded where the heap has room for it, as if the heap manager had
 * placed it there, so that later calls in the heap are placed. A call that
 * changes a heap the run cannot place loses that heap's layout (every
 * heap's, where R1 is not known): the run places no later call in it, but
 * an OS_Heap 0.
 */
export function heapCallInRun(call: SwiCall, kernel: Kernel, given: (r: number) => bigint | undefined): RunHeapCall | undefined {
  const swi = call.swi.swi.number;
  const reason = constValue(register(call.state, 0));
  const kind = callOf(swi, reason);
  if (kind === undefined) return undefined;
  const named = `the ${call.swi.name} ${reason} at line ${call.ctx.item.source.range.start.line + 1}`;
  const at = swi === OS_MODULE ? BigInt(RMA_BASE) : constValue(register(call.state, 1));
  const start = at === undefined ? undefined : Number(at);
  const r = resultRegister(kind);
  const value = r === undefined ? undefined : given(r);
  const header = start === undefined ? [] : Array.from({ length: HEAP_HEADER / WORD }, (_, k) => start + WORD * k);
  const known = start === undefined ? undefined : kernel.heaps?.get(start);
  const lostWhy = known && 'lost' in known ? known.lost : undefined;
  // s/HeapMan refuses a heap that is not word-aligned; one a run gives still hands out word-aligned blocks, as the catalogue's exit table says.
  const heap = start === undefined || lostWhy !== undefined ? undefined : known && !('lost' in known) ? known : emptyHeap(start);
  const g = granularity(kernel);
  const rma = swi === OS_MODULE;
  if (r !== undefined && value !== undefined) {
    const results = new Map([[r, bv(value)]]);
    if (kind === 'size') return { results, kernel };
    if (start === undefined || !heap || !isClaim(kind)) return { ...lose(kernel, start, `${named} took R${r} from the witness, not from the heap's layout`), results };
    const recorded = givenBlock(heap, Number(value), claimedSize(call, kind, g, rma));
    if (!recorded) return { ...lose(kernel, start, `${named} took R${r} from the witness, a block where the heap has no room for it`), results };
    const written = [...header, Number(value) - BLOCK_HEADER, ...freeWordsWritten(heap.free, recorded.free)];
    return { results, kernel: { ...kernel, heaps: new Map(kernel.heaps).set(start, recorded) }, placed: { written } };
  }
  if (start === undefined) return kind === 'size' ? undefined : lose(kernel, start, `${named} was given a heap the run does not know (R1 is not a number)`);
  if (kind === 'init') return init(call, kernel, start, header, named);
  if (!heap) return { results: new Map(), kernel, note: `not placed: the run does not know the layout of the heap at ${hex(start)}, since ${lostWhy}` };
  if (kind === 'size') return known && blockSize(call, kernel, heap);
  if (kind === 'extendHeap') return extendHeap(call, kernel, start, heap, header, named);
  const placed = kind === 'free' ? free(call, heap) : kind === 'extend' ? extend(call, heap, g, rma) : claim(call, heap, g, kind, rma);
  if (placed && 'error' in placed) return { results: new Map(), kernel, fails: placed };
  if (!placed || BigInt(placed.heap.top) > MASK32) return lose(kernel, start, `${named} changed it in a way the run cannot place`);
  const written = [...header, ...placed.block === undefined ? [] : [placed.block - BLOCK_HEADER], ...freeWordsWritten(heap.free, placed.heap.free)];
  const heaps = new Map(kernel.heaps).set(start, placed.heap);
  const block = placed.freed ? FREED : placed.block;
  const results = new Map(block === undefined ? [] : [[2, bv(block)]]);
  return { results, kernel: { ...kernel, heaps }, placed: { written, ...(placed.moved ? { moved: placed.moved } : {}) } };
}

/** `kernel` with the heap at `start` lost for `why`, or every heap it knows where `start` is not known; the note says why. */
function lose(kernel: Kernel, start: number | undefined, why: string): RunHeapCall {
  const lost = { lost: why };
  const heaps = new Map([...kernel.heaps ?? []].map(([at, heap]) => [at, start === undefined ? lost : heap]));
  if (start !== undefined) heaps.set(start, lost);
  return { results: new Map(), kernel: { ...kernel, heaps }, note: `not placed: ${why}` };
}

/** A failure with R2 = 0, as s/HeapMan's claims fail ("addr := 0 if we couldn't allocate"). */
const noBlock = (error: KernelError): Refused => ({ error, results: new Map([[2, bv(0)]]) });

/**
 * OS_Heap 0: an empty heap of R3 bytes, s/HeapMan's InitHeap: a size below
 * the header and one free block fails; one the run does not know leaves
 * the heap's end unknown. It writes the heap's header alone.
 */
function init(call: SwiCall, kernel: Kernel, start: number, header: readonly number[], named: string): RunHeapCall {
  const size = signedConstant(call, 3);
  if (size !== undefined && size < HEAP_HEADER + FREE_BLOCK) return { results: new Map(), kernel, fails: { error: KERNEL_ERRORS.heapInit, results: new Map() } };
  if (size !== undefined && BigInt(start + size) > MASK32 + 1n) return lose(kernel, start, `${named} made a heap past the end of memory`);
  const heap: RunHeap = { top: alignUp(start + HEAP_HEADER, WORD), blocks: new Map(), free: new Map(), ...(size === undefined ? {} : { end: start + size }) };
  return { results: new Map(), kernel: { ...kernel, heaps: new Map(kernel.heaps).set(start, heap) }, placed: { written: header } };
}

/**
 * OS_Heap 5: the heap's end moves by R3 rounded towards 0 to whole words,
 * which R3 returns; where the run knows the end, a shrink below the top
 * fails, the end moved down to the top, R3 the bytes between them
 * (s/HeapMan's ExtendHeap_badshrink); one whose new extent the kernel
 * knows is not all mapped fails, R3 = 0, the heap as it was. It writes the
 * heap's header alone.
 */
function extendHeap(call: SwiCall, kernel: Kernel, start: number, heap: RunHeap, header: readonly number[], named: string): RunHeapCall {
  const change = signedConstant(call, 3);
  if (change === undefined) {
    const unbounded: RunHeap = { top: heap.top, blocks: heap.blocks, free: heap.free };
    return { results: new Map(), kernel: { ...kernel, heaps: new Map(kernel.heaps).set(start, unbounded) }, note: `${named}: the heap's end is not known` };
  }
  const words = Math.trunc(change / WORD) * WORD;
  const moved = (end: number | undefined): Kernel => (end === undefined ? kernel : { ...kernel, heaps: new Map(kernel.heaps).set(start, { ...heap, end }) });
  if (heap.end !== undefined && heap.end + words < heap.top) {
    return { results: new Map(), kernel: moved(heap.top), fails: { error: KERNEL_ERRORS.heapShrink, results: new Map([[3, bv(heap.end - heap.top)]]) } };
  }
  if (heap.end !== undefined && runsPastArea(kernel, start, heap.end + words)) {
    return { results: new Map(), kernel, fails: { error: KERNEL_ERRORS.heapBadExtend, results: new Map([[3, bv(0)]]) } };
  }
  return { results: new Map([[3, bv(BigInt.asUintN(32, BigInt(words)))]]), kernel: moved(heap.end === undefined ? undefined : heap.end + words), placed: { written: header } };
}

/**
 * Whether memory from `from` to `to` would run from the pages of an area
 * the kernel maps in one piece (application space, a dynamic area neither
 * sparse, a pool nor doubly mapped) into the logical space it keeps for
 * the area to grow into, which nothing maps: OS_ValidateAddress, which
 * s/HeapMan asks about a heap's new extent, refuses such a range
 * (ExtendHeap_nafforf). Past an area at its maximum size, or from memory
 * in no area the run knows, it cannot tell.
 */
function runsPastArea(kernel: Kernel, from: number, to: number): boolean {
  for (const area of kernel.areas.values()) {
    if (area.number === FREE_POOL || area.kind !== 'normal' || (area.flags & FLAG_DOUBLY_MAPPED) !== 0) continue;
    const mappedEnd = area.base + area.size;
    if (from >= area.base && from < mappedEnd) return to > mappedEnd && area.size < area.max;
  }
  return false;
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
  /** An extension shrank the block to nothing and freed it: R2 is -1. */
  readonly freed?: boolean;
  readonly heap: RunHeap;
  readonly moved?: MovedBlock;
}

/** A call s/HeapMan refuses: its error, and the registers it sets. */
interface Refused {
  readonly error: KernelError;
  readonly results: ReadonlyMap<number, Expr>;
}

/** OS_Module 7, OS_Heap 3: a block of the run's goes back to the heap, merged with the free space either side of it. */
function free(call: SwiCall, heap: RunHeap): Placed | undefined {
  const block = constant(call, 2);
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined) return undefined;
  return { heap: freed(heap, block, end) };
}

/** `heap` without the block at `block`, which ends at `end`. */
function freed(heap: RunHeap, block: number, end: number): RunHeap {
  const blocks = new Map(heap.blocks);
  blocks.delete(block);
  return released({ ...heap, blocks }, block - BLOCK_HEADER, end);
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

/** A register's constant as s/HeapMan's signed compares read it. */
const signedConstant = (call: SwiCall, r: number): number | undefined => {
  const value = constValue(register(call.state, r));
  return value === undefined ? undefined : Number(BigInt.asIntN(32, value));
};

/** 0, or a power of two. */
const zeroOrPowerOfTwo = (n: number): boolean => (n & (n - 1)) === 0;

/**
 * A claim of R3 bytes: OS_Module 6 and OS_Heap 2 (`claim`), OS_Heap 7
 * (`aligned`) and 8 (`skewed`). s/HeapMan refuses a size of 0 or less
 * (signed), and a claim that would take the top past the heap's end, with
 * R2 = 0; OS_Module 6 asks it for 32n - 4 bytes (s/ModHand's
 * RMAClaim_Chunk), so a claim of 0 bytes there gets 28, and one of -4 or
 * fewer asks for none and fails with MHNoRoom.
 */
function claim(call: SwiCall, heap: RunHeap, g: number, kind: Call, rma: boolean): Placed | Refused | undefined {
  const size = askedSize(call, rma);
  if (size === undefined) return undefined;
  // s/ModHand grows the RMA for a claim OS_Heap refused with HeapFail_Alloc, then asks again; refused again, it fails with MHNoRoom.
  if (size <= 0) return noBlock(rma ? KERNEL_ERRORS.noRoomInRma : KERNEL_ERRORS.heapFull);
  // OS_Heap 2 and OS_Module 6 round the size and its size word to the granularity.
  if (kind === 'claim') return withinEnd(get(heap, alignUp(size + BLOCK_HEADER, g)), heap);
  const alignment = constant(call, 2);
  const boundary = constant(call, 4);
  const origin = kind === 'skewed' ? constant(call, 5) : constant(call, 1);
  const base = constant(call, 1);
  if (alignment === undefined || boundary === undefined || origin === undefined || base === undefined) return undefined;
  // s/HeapMan refuses an alignment or boundary not a power of two, a boundary below the alignment or the size.
  if (!zeroOrPowerOfTwo(alignment) || !zeroOrPowerOfTwo(boundary) || (boundary !== 0 && (alignUp(size, WORD) > boundary || Math.max(alignment, WORD) > boundary))) {
    return noBlock(KERNEL_ERRORS.heapFull);
  }
  // OS_Heap 8 works as if the heap started at R5 (the ROOL wiki: (R2 - R1 + R5) MOD alignment = 0); a skew of part of a word would leave the block unaligned.
  const skew = Number(BigInt.asIntN(32, BigInt(origin - base)));
  if (skew % WORD !== 0) return undefined;
  return withinEnd(getAligned(heap, { size: alignUp(size, WORD), alignment: Math.max(alignment, WORD), boundary, skew }), heap);
}

/**
 * R3, as s/HeapMan compares it, signed; for OS_Module 6 what s/ModHand asks
 * OS_Heap for: R3 + 4 rounded up to 32, less 4, in 32 bits, so that R3 of
 * -4 or less (or within 35 of 2^31) asks for a size of 0 or less.
 */
function askedSize(call: SwiCall, rma: boolean): number | undefined {
  const asked = signedConstant(call, 3);
  return asked === undefined || !rma ? asked : ((((asked + BLOCK_HEADER + RMA_CHUNK - 1) & -RMA_CHUNK) - BLOCK_HEADER) | 0);
}

const isClaim = (kind: Call): boolean => kind === 'claim' || kind === 'aligned' || kind === 'skewed';

/** The bytes from a claimed block's address to its end, where the run knows the size and the heap manager takes it. */
function claimedSize(call: SwiCall, kind: Call, g: number, rma: boolean): number | undefined {
  const size = askedSize(call, rma);
  if (size === undefined || size <= 0) return undefined;
  return kind === 'claim' ? alignUp(size + BLOCK_HEADER, g) - BLOCK_HEADER : alignUp(size, WORD);
}

/**
 * `heap` with a block a witness gives at `block`, `size` bytes (undefined:
 * not known): where it lies, its size word too, in a free block or above
 * the top (below the heap's end), word-aligned, leaving before it nothing
 * or a free block's two words at least; what would be left after it that
 * holds no free block, it takes with it. Undefined where it does not.
 */
function givenBlock(heap: RunHeap, block: number, size: number | undefined): RunHeap | undefined {
  if (size === undefined || block % WORD !== 0) return undefined;
  const start = block - BLOCK_HEADER;
  const end = block + size;
  const aboveTop = start >= heap.top && end <= (heap.end ?? MEMORY_END);
  const room = freeBlocks(heap).find(([s, e]) => s <= start && end <= e) ?? (aboveTop ? [heap.top, Infinity] : undefined);
  if (!room) return undefined;
  const [from, to] = room;
  const before = start - from;
  if (before !== 0 && before < FREE_BLOCK) return undefined;
  const free = new Map(heap.free);
  free.delete(from);
  if (before !== 0) free.set(from, start);
  if (to === Infinity) return { ...heap, top: end, free, blocks: new Map(heap.blocks).set(block, end) };
  const blockEnd = to - end < FREE_BLOCK ? to : end;
  if (blockEnd < to) free.set(blockEnd, to);
  return { ...heap, free, blocks: new Map(heap.blocks).set(block, blockEnd) };
}

/** A heap the run has seen no call make: empty, its blocks from past its header. */
const emptyHeap = (start: number): RunHeap => ({ top: alignUp(start + HEAP_HEADER, WORD), blocks: new Map(), free: new Map() });

/** A claim whose top passes the heap's end fails, R2 = 0, the heap as it was (s/HeapMan's garmore, garamore). */
const withinEnd = (placed: Placed, heap: RunHeap): Placed | Refused =>
  (heap.end !== undefined && placed.heap.top > heap.end ? noBlock(KERNEL_ERRORS.heapFull) : placed);

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
 * rounded up to the granularity (OS_Module 13 first rounds them up to 32,
 * as s/ModHand does). A shrink gives its end back to the free space, but by
 * one word alone with a block straight after it, where the word could hold
 * no free block: that shrink is refused. Shrunk to its size word or less,
 * the block is freed and R2 is -1. Where the heap's end is known, the top
 * holds only what lies below it: an extension that must be claimed anew
 * and does not fit fails, R2 kept.
 */
function extend(call: SwiCall, heap: RunHeap, g: number, rma: boolean): Placed | Refused | undefined {
  const block = constant(call, 2);
  const change = signedConstant(call, 3);
  const end = block === undefined ? undefined : heap.blocks.get(block);
  if (block === undefined || end === undefined || change === undefined) return undefined;
  const by = Math.ceil(Math.ceil(change / (rma ? RMA_CHUNK : 1)) * (rma ? RMA_CHUNK : 1) / g) * g;
  const sizeWord = end - block + BLOCK_HEADER;
  if (sizeWord + by <= BLOCK_HEADER) return { freed: true, heap: freed(heap, block, end) };
  const atTop = end === heap.top;
  // s/HeapMan measures the top's room in whole words, to the heap's end.
  const freeAfter = atTop ? (heap.end === undefined ? Infinity : heap.end - ((heap.end - end) % WORD)) : heap.free.get(end);
  if (by <= 0) {
    if (by === 0 || (by === -WORD && freeAfter === undefined)) return { block, heap };
    return { block, heap: released({ ...heap, blocks: new Map(heap.blocks).set(block, end + by) }, end + by, end) };
  }
  if (freeAfter !== undefined && freeAfter - end >= by) return { block, heap: grown(heap, block, end, by, atTop ? Infinity : freeAfter) };
  const start = block - BLOCK_HEADER;
  const before = [...heap.free].find(([, e]) => e === start)?.[0];
  const words = (sizeWord - BLOCK_HEADER) / WORD;
  if (words > MOST_COPIED_WORDS) return undefined;
  // With a free block or the top after it too small alone, the block takes the whole of that and what else it needs from a free block before it.
  const room = freeAfter === undefined ? 0 : freeAfter - end;
  if (before !== undefined && start - before + room >= by) {
    const free = new Map(heap.free);
    free.delete(end);
    return movedDown({ ...heap, free, ...(atTop ? { top: end + room } : {}) }, block, before, by - room, end + room);
  }
  // Claimed anew at the new size, the contents copied, the old block freed.
  const got = withinEnd(get(heap, sizeWord + by), heap);
  if ('error' in got) return { ...got, results: new Map([[2, bv(block)]]) };
  if (got.block === undefined) return undefined;
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
