import type { ResultRole } from '../../catalogue/index.js';
import type { CallSite } from './call-sites.js';
import type { Expr } from '../../values/expr.js';
import { symbolsOf } from '../../values/key.js';

// What the model knows about the symbols it made. Fresh names are unique
// within one exploration, so one table per analysis replaces carrying this
// in every path's state (which would stop paths from joining).

export type SymbolInfo =
  /** A service result; `sentinel` is the failure value when the register reports failure. */
  | { readonly kind: 'result'; readonly service: string; readonly register: string; readonly role: ResultRole; readonly sentinel?: bigint; readonly site: CallSite }
  /**
   * A register or flag a service call destroyed; `result` when the call
   * returns something in it on another outcome (EDX of a failed
   * `_PageAllocate`).
   */
  | { readonly kind: 'clobber'; readonly service: string; readonly register: string; readonly site: CallSite; readonly result: boolean }
  /** A value a service wrote through its pointer argument `param` (the physical start of a _PageAllocate block). */
  | { readonly kind: 'stored'; readonly service: string; readonly param: string; readonly role: ResultRole; readonly site: CallSite }
  /** Memory a failed service left undefined (`what` names it: "the page-table copy"). */
  | { readonly kind: 'undefined'; readonly service: string; readonly what: string; readonly site: CallSite };

/** Roles of an address the code reads and writes at (a physical address is none: ring 0 reaches it through a linear one). */
const BLOCK_ADDRESS_ROLES: ReadonlySet<ResultRole> = new Set(['linear-address', 'pointer']);

export class SymbolTable {
  private readonly table = new Map<string, SymbolInfo>();

  add(symbol: Expr, info: SymbolInfo): void {
    if (symbol.kind === 'sym') this.table.set(symbol.name, info);
  }

  get(name: string): SymbolInfo | undefined {
    return this.table.get(name);
  }

  /**
   * Whether `symbol` is the address of a block a service returned or wrote
   * back (`_HeapAllocate`'s EAX, `_PageAllocate`'s linear address): memory
   * the code indexes, which the memory takes for an object's pointer.
   */
  isBlockAddress(symbol: Expr): boolean {
    if (symbol.kind !== 'sym') return false;
    const info = this.table.get(symbol.name);
    return (info?.kind === 'result' || info?.kind === 'stored') && BLOCK_ADDRESS_ROLES.has(info.role);
  }

  /** The model's symbols `e` is built from. */
  in(e: Expr): { readonly name: string; readonly symbol: Expr; readonly info: SymbolInfo }[] {
    const out: { name: string; symbol: Expr; info: SymbolInfo }[] = [];
    for (const [name, symbol] of symbolsOf(e)) {
      const info = this.table.get(name);
      if (info) out.push({ name, symbol, info });
    }
    return out;
  }
}
