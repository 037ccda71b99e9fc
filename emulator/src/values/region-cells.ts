import type { Expr } from './expr.js';

// The bytes of one memory region by offset. Exploration clones a state at
// every instruction and keeps the state before the step readable, so the
// first store after each clone used to copy the whole region. A copy here
// shares a frozen part with the cells it was made from and copies only the
// cells written since that part was frozen; when those grow to a good part
// of the whole, a copy freezes them all into a new shared part.
//
// Reads, the size and the order of iteration are those of one map that a
// copy of the old region's map and then every write since were applied to:
// joins walk the cells in that order and name the inputs they read by it,
// so a finding's witness reads the same whichever way the cells were kept.

const NOTHING: ReadonlyMap<bigint, Expr> = new Map();

/** Writes a copy carries before it freezes them: a few stores' worth, more in a larger region. */
function ownLimit(shared: number): number {
  return 8 + (shared >> 2);
}

export class RegionCells {
  /** Every cell, own writes applied, while no write has come since it was made. */
  private flat: ReadonlyMap<bigint, Expr> | undefined;

  private constructor(
    /** Never written again once shared: every copy reads it. */
    private readonly shared: ReadonlyMap<bigint, Expr>,
    /** Cells written since `shared` was frozen, at offsets old and new. */
    private readonly own: Map<bigint, Expr>,
    /** Offsets `own` has that `shared` has not. */
    private added: number,
  ) {}

  static empty(): RegionCells {
    return new RegionCells(NOTHING, new Map(), 0);
  }

  get size(): number {
    return this.shared.size + this.added;
  }

  get(offset: bigint): Expr | undefined {
    return this.own.get(offset) ?? this.shared.get(offset);
  }

  has(offset: bigint): boolean {
    return this.own.has(offset) || this.shared.has(offset);
  }

  /** Only on cells no copy has been made from since the owner last wrote them (the memory's copy-on-write sees to it). */
  set(offset: bigint, value: Expr): void {
    if (!this.own.has(offset) && !this.shared.has(offset)) this.added++;
    this.own.set(offset, value);
    this.flat = undefined;
  }

  /** The cells as one map, in the order described above. */
  entries(): ReadonlyMap<bigint, Expr> {
    if (this.own.size === 0) return this.shared;
    if (this.shared.size === 0) return this.own;
    if (!this.flat) {
      const flat = new Map(this.shared);
      for (const [offset, value] of this.own) flat.set(offset, value);
      this.flat = flat;
    }
    return this.flat;
  }

  /** The offsets in the order of `entries`, without making the map: a store that may hit any cell walks them all. */
  *keys(): IterableIterator<bigint> {
    if (this.flat || this.own.size === 0 || this.shared.size === 0) {
      yield* this.entries().keys();
      return;
    }
    yield* this.shared.keys();
    for (const offset of this.own.keys()) if (!this.shared.has(offset)) yield offset;
  }

  [Symbol.iterator](): IterableIterator<[bigint, Expr]> {
    return this.entries()[Symbol.iterator]();
  }

  /** Cells equal to these that may be written while these stay as they are. */
  copy(): RegionCells {
    if (this.own.size <= ownLimit(this.shared.size)) return new RegionCells(this.shared, new Map(this.own), this.added);
    return new RegionCells(this.entries(), new Map(), 0);
  }
}
