import { findConstant } from '../../catalogue/index.js';
import { add, bv, constValue } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Memory } from '../../values/memory.js';

// Error blocks (spec B.1): word number, then a zero-terminated string. The
// kernel's own errors live in a block of ROM-like memory the model writes
// when it raises one, so R0 after a failing X SWI points at real bytes the
// checks can read like any program-defined block.

export interface KernelError {
  readonly number: number;
  readonly message: string;
}

/** Where the model writes kernel error blocks; far from module code, workspace and areas. */
const ERROR_AREA = 0x03f00000;
const ERROR_SLOT = 0x100;

// The spec could not verify the kernel's numbers for these (C.2.10); the
// values are PageWarden's stand-ins and only their texts matter to users.
const errorNumber = (name: string, fallback: number): number => findConstant(name)?.value ?? fallback;

export const KERNEL_ERRORS = {
  notAllMoved: { number: errorNumber('ErrorNumber_ChDynamNotAllMoved', 0x1a4), message: 'Unable to move memory' },
  cantGetPhysMem: { number: errorNumber('ErrorNumber_CantGetPhysMem', 0x1a6), message: 'Unable to get the requested physical memory' },
  badDynamicArea: { number: errorNumber('ErrorNumber_BadDynamicArea', 0x1ca), message: 'Unknown dynamic area' },
  areaInUse: { number: errorNumber('ErrorNumber_AreaAlreadyExists', 0x1cb), message: 'Dynamic area number already in use' },
  badParameters: { number: errorNumber('ErrorNumber_BadParameters', 0x1ea), message: 'Bad parameters' },
  overlappingAreas: { number: errorNumber('ErrorNumber_OverlappingAreas', 0x1c6), message: 'Dynamic areas would overlap' },
  noSuchSwi: { number: errorNumber('ErrorNumber_NoSuchSWI', 0x1e6), message: 'SWI not known' },
  badReason: { number: errorNumber('ErrorNumber_BadReason', 0x1e7), message: 'Unknown reason code' },
  // s/ModHand's, numbered as Hdr:NewErrors numbers it; the text is PageWarden's.
  noRoomInRma: { number: errorNumber('ErrorNumber_MHNoRoom', 0x101), message: 'The RMA has no room for the block' },
  // s/HeapMan's errors, numbered from ErrorNumber_HeapBase (&180) as Hdr:NewErrors numbers them; the texts are PageWarden's.
  heapInit: { number: errorNumber('ErrorNumber_HeapFail_Init', 0x181), message: 'Heap too small or not word-aligned' },
  heapFull: { number: errorNumber('ErrorNumber_HeapFail_Alloc', 0x184), message: 'No room in the heap for the block' },
  heapBadExtend: { number: errorNumber('ErrorNumber_HeapFail_BadExtend', 0x186), message: 'No memory mapped where the heap would extend' },
  heapShrink: { number: errorNumber('ErrorNumber_HeapFail_ExcessiveShrink', 0x187), message: 'Heap shrunk only as far as its blocks allow' },
} as const satisfies Record<string, KernelError>;

const slots = new Map<string, number>(Object.keys(KERNEL_ERRORS).map((k, i) => [k, ERROR_AREA + i * ERROR_SLOT]));

/** Writes the block of a kernel error into `memory` and returns its address for R0. */
export function placeError(memory: Memory, error: KernelError): Expr {
  const key = Object.entries(KERNEL_ERRORS).find(([, e]) => e === error)?.[0];
  const address = bv(key ? slots.get(key) ?? ERROR_AREA : ERROR_AREA);
  memory.store(address, bv(error.number), 4);
  [...Buffer.from(error.message, 'latin1'), 0].forEach((b, i) => memory.store(add(address, bv(4 + i)), bv(b, 8), 1));
  return address;
}

/** Bits 24-30 of an error number must be 0 (B.1). */
const RESERVED_NUMBER_BITS = 0x7f000000n;
const LONGEST_MESSAGE = 252;

export type BlockVerdict = 'block' | 'not-a-block' | 'unknown';

/**
 * Whether `address` (a constant) holds an error block in `memory`. Bytes the
 * memory knows nothing about make the answer 'unknown', never 'not-a-block'.
 * Reads go to a clone, so the caller's memory records no inputs.
 */
export function errorBlockAt(memory: Memory, address: bigint): BlockVerdict {
  const m = memory.clone();
  const head = [0, 1, 2, 3].map((i) => constValue(m.load(bv(address + BigInt(i)), 1)));
  const printable = (b: bigint | undefined): boolean => b !== undefined && b >= 0x20n && b < 0x7fn;
  // A short bare string ("No", 0) has no room for a number word; longer ones fail the reserved-bits test.
  if (printable(head[0]) && printable(head[1]) && (head[2] === 0n || (printable(head[2]) && head[3] === 0n))) return 'not-a-block';
  const number = constValue(m.load(bv(address), 4));
  if (number === undefined) return 'unknown';
  if (number & RESERVED_NUMBER_BITS) return 'not-a-block';
  for (let i = 0; i < LONGEST_MESSAGE; i++) {
    const b = constValue(m.load(bv(address + 4n + BigInt(i)), 1));
    if (b === undefined) return 'unknown';
    if (b === 0n) return i > 0 ? 'block' : 'not-a-block';
    if (b < 0x20n && b !== 9n) return 'not-a-block';
  }
  return 'not-a-block';
}
