import { findConstant, findHandlerReason } from '../../catalogue/index.js';
import type { HandlerReason } from '../../catalogue/index.js';
import { add, and, bv, eq, mul, sym, ule, uge, ult, ne } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';

// What the kernel hands a dynamic-area handler for each reason (spec B.6):
// the registers, and for a NeedsSpecificPages PreGrow the page block with
// every PPN word pre-set to -1 (B.6.1 step 1). Analysis uses symbols for what
// varies between calls (sizes, workspace, stack) and states their ranges as
// entry constraints; the concrete kernel passes numbers.

export const ENTRY_BYTES = 12;
/** The kernel grows NeedsSpecificPages areas at most this many pages per PreGrow (B.5 step 4). */
export const MAX_CHUNK = 63;
export const NO_PAGE = 0xffffffff;
export const RESV = BigInt(findConstant('DAHandler_RESV')?.value ?? 0x56534552);

/** The value of the entry R1 of a PreGrow/PostGrow without flag bit 8: 0, kept as a symbol so uses of it can be told apart. */
export const NULL_BLOCK = 'R1(null page block)';
export const PAGE_BLOCK = 'pageBlock';
/** R2 of a PreGrow/PostGrow: the number of pages, any the kernel may pass. */
export const ENTRIES = 'entries';

/**
 * R1 of a PreGrow/PostGrow without flag bit 8, in analysis and in runs alike:
 * a symbol that NULL_BLOCK_IS_ZERO pins to 0, so PW307 sees where it went.
 */
export const NULL_BLOCK_R1 = sym(NULL_BLOCK);
const NULL_BLOCK_IS_ZERO = eq(NULL_BLOCK_R1, bv(0));

/** The entry assumptions a handler call with these registers needs: the null block's pin when R1 is it. */
export function nullBlockPin(r1: Expr | undefined): Expr[] {
  return r1 === NULL_BLOCK_R1 ? [NULL_BLOCK_IS_ZERO] : [];
}

export function handlerReason(code: number): HandlerReason {
  const h = findHandlerReason(code);
  if (!h) throw new Error(`no handler reason ${code}`);
  return h;
}

export interface EntryShape {
  readonly reason: number;
  readonly needsSpecificPages: boolean;
  readonly pageSize: number;
  /** RAM pages of the machine: the most a grow without a page block can ask for in one PreGrow. */
  readonly ramPages: number;
  /** The area's maximum size in bytes, where the creation gives it: no grow takes the area past it. */
  readonly maxSize?: bigint;
}

/** The pages an area of `maxSize` bytes holds at most: the kernel rounds the size up to a page multiple. */
export function maxPages(maxSize: bigint | undefined, pageSize: number): number | undefined {
  return maxSize === undefined ? undefined : Number((maxSize + BigInt(pageSize) - 1n) / BigInt(pageSize));
}

export interface SymbolicEntry {
  /** r0-r12; SP and LR are the caller's business. */
  readonly regs: ReadonlyMap<number, Expr>;
  /** Facts about the symbols that every kernel call satisfies. */
  readonly constraints: readonly Expr[];
  /** The page-block pointer, when the handler gets one. */
  readonly pageBlock?: Expr;
  /** R2 of a PreGrow/PostGrow. */
  readonly entries?: Expr;
}

const pageMultiple = (e: Expr, pageSize: number): Expr => eq(and(e, bv(pageSize - 1)), bv(0));

/**
 * No area is 2 GB or more: the address space holds it with application space,
 * the RMA and the ROM, and OS_ChangeDynamicArea's change is signed. A size or
 * byte count in R3/R4 therefore never sets V in a compare with another.
 */
const belowTwoGigabytes = (e: Expr): Expr => ult(e, bv(0x80000000));

export const WORKSPACE = sym('workspace');
/** R0 of the run that checks a dispatching handler's dispatch with the reason code unknown. */
export const REASON = sym('reason');
/** R12 points at the module's workspace, which is word-aligned (an RMA block). */
export const WORKSPACE_ALIGNED = eq(and(WORKSPACE, bv(3)), bv(0));

/**
 * The entry of one reason with symbols for what the kernel does not fix. R2
 * of a PreGrow/PostGrow is one symbol over every count the kernel may pass
 * (B.5, B.6.1): 1 to 63 pages per call with a page block, up to all of RAM in
 * one call without; a PostGrow with a block also gets 0 after a failed grow.
 * An area's maximum size bounds its size (R4) and what a grow adds to it.
 */
export function symbolicEntry(shape: EntryShape): SymbolicEntry {
  const { reason, needsSpecificPages, pageSize, ramPages } = shape;
  const pages = maxPages(shape.maxSize, pageSize);
  const limit = pages === undefined ? undefined : pages * pageSize;
  const regs = new Map<number, Expr>();
  for (let r = 1; r <= 12; r++) regs.set(r, sym(`entry.r${r}`));
  regs.set(0, bv(reason));
  // Abort's R5 is the end of the area's used part and ResizePMP gets no R5: only reasons 0-4 have the page size there.
  if (reason <= 4) regs.set(5, bv(pageSize));
  regs.set(12, WORKSPACE);
  const constraints: Expr[] = [WORKSPACE_ALIGNED];
  let pageBlock: Expr | undefined;
  let entries: Expr | undefined;
  const size = sym('size');
  if (reason === 0 || reason === 1) {
    entries = sym(ENTRIES);
    if (needsSpecificPages) {
      pageBlock = sym(PAGE_BLOCK);
      regs.set(1, pageBlock);
      constraints.push(ne(pageBlock, bv(0)), eq(and(pageBlock, bv(3)), bv(0)), ule(entries, bv(MAX_CHUNK)));
      if (reason === 0) constraints.push(uge(entries, bv(1)));
    } else {
      regs.set(1, NULL_BLOCK_R1);
      constraints.push(NULL_BLOCK_IS_ZERO, uge(entries, bv(1)), ule(entries, bv(ramPages)));
    }
    regs.set(2, entries);
    regs.set(3, mul(entries, bv(pageSize)));
    regs.set(4, size);
    constraints.push(pageMultiple(size, pageSize), belowTwoGigabytes(size));
    // PreGrow's R4 is the size before the grow, PostGrow's the size after it.
    if (limit !== undefined) constraints.push(ule(entries, bv(limit / pageSize)), ule(reason === 0 ? add(size, mul(entries, bv(pageSize))) : size, bv(limit)));
  } else if (reason === 2 || reason === 3) {
    const bytes = sym(reason === 2 ? 'wanted' : 'shrunk');
    regs.set(3, bytes);
    regs.set(4, size);
    constraints.push(pageMultiple(bytes, pageSize), pageMultiple(size, pageSize), uge(bytes, bv(pageSize)), belowTwoGigabytes(bytes), belowTwoGigabytes(size));
    if (reason === 2) constraints.push(ule(bytes, size));
    if (limit !== undefined) constraints.push(ule(size, bv(limit)));
  } else if (reason === 4) {
    regs.set(4, size);
    constraints.push(pageMultiple(size, pageSize), belowTwoGigabytes(size));
    if (limit !== undefined) constraints.push(ule(size, bv(limit)));
  }
  return { regs, constraints, ...(pageBlock ? { pageBlock } : {}), ...(entries ? { entries } : {}) };
}

/** Pre-sets the PPN word of `entries` page-block entries to -1, as the kernel does before a PreGrow. */
export function clearPageBlock(memory: Memory, block: Expr, entries: number): void {
  for (let k = 0; k < entries; k++) memory.store(add(block, bv(k * ENTRY_BYTES)), bv(NO_PAGE), 4);
}
