import { findConstant } from '../../catalogue/index.js';
import { and, bv, eq, ne, sym, uge, ule } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { Program } from '../../ir/program.js';
import { ENTRIES, MAX_CHUNK, PAGE_BLOCK } from './handler-entry.js';

// The service calls the kernel issues around a grow that takes pages other
// owners hold (spec B.6.1 steps 4 and 6), as a module's service handler gets
// them: R1 = service number, and R2-R4 whose roles differ between the two.
// Neither may be claimed: every module that may hold one of the pages must
// see both.

export interface PageService {
  readonly number: number;
  readonly name: string;
}

const service = (name: string, fallback: number): PageService => ({ name, number: findConstant(name)?.value ?? fallback });

export const SERVICE_PAGES_UNSAFE = service('Service_PagesUnsafe', 0x8e);
export const SERVICE_PAGES_SAFE = service('Service_PagesSafe', 0x8f);
export const PAGE_SERVICES: readonly PageService[] = [SERVICE_PAGES_UNSAFE, SERVICE_PAGES_SAFE];
/** The witness name of the page service a finding of the service handler was found for. */
export const SERVICE_INPUT = 'service';

/** Where concrete runs put the module's private word, which R12 points at in its service handler. */
export const MODULE_PRIVATE_WORD = 0x01c30000;

/** The program's module service handler (module header word at +&0C), when the program is a module. */
export function serviceHandler(program: Program): bigint | undefined {
  return program.entries.find((e) => e.contract.kind === 'module-entry' && e.contract.entry === 'service')?.address;
}

/** Where a run of the service handler on its own finds the blocks of a one-page grow. */
const RUN_BLOCK = 0x01c00000;
const RUN_REPLACEMENT_BLOCK = RUN_BLOCK + MAX_CHUNK * 12;

/** R1-R4 and R12 of a page service as a run of the service handler on its own gets them: one page, the blocks on the SVC stack. */
export function concreteServiceEntry(s: PageService): ReadonlyMap<number, number> {
  const regs = new Map<number, number>([[1, s.number], [12, MODULE_PRIVATE_WORD]]);
  if (s === SERVICE_PAGES_UNSAFE) return regs.set(2, RUN_BLOCK).set(3, 1);
  return regs.set(2, 1).set(3, RUN_BLOCK).set(4, RUN_REPLACEMENT_BLOCK);
}

export interface SymbolicServiceEntry {
  /** R1-R12; the rest is the caller's business. */
  readonly regs: ReadonlyMap<number, Expr>;
  readonly constraints: readonly Expr[];
}

const aligned = (e: Expr): Expr => eq(and(e, bv(3)), bv(0));
const block = (name: string): { readonly value: Expr; readonly facts: readonly Expr[] } => {
  const value = sym(name);
  return { value, facts: [ne(value, bv(0)), aligned(value)] };
};

/**
 * The entry of one page service with symbols for what varies: &8E passes
 * the page block in R2 and the count in R3; &8F the count in R2, the old
 * block (the requested pages) in R3 and the new one (their replacements) in
 * R4. The count is what one grow chunk holds, 1 to 63.
 */
export function symbolicServiceEntry(s: PageService): SymbolicServiceEntry {
  const regs = new Map<number, Expr>();
  for (let r = 0; r <= 12; r++) regs.set(r, sym(`entry.r${r}`));
  regs.set(1, bv(s.number));
  const privateWord = sym('privateWord');
  regs.set(12, privateWord);
  const count = sym(ENTRIES);
  const constraints: Expr[] = [aligned(privateWord), uge(count, bv(1)), ule(count, bv(MAX_CHUNK))];
  if (s === SERVICE_PAGES_UNSAFE) {
    const pages = block(PAGE_BLOCK);
    regs.set(2, pages.value).set(3, count);
    constraints.push(...pages.facts);
  } else {
    const old = block('oldBlock'), replacements = block('newBlock');
    regs.set(2, count).set(3, old.value).set(4, replacements.value);
    constraints.push(...old.facts, ...replacements.facts);
  }
  return { regs, constraints };
}
