// How many fresh inputs each memory name has had on one path, shared between
// paths as layers: a fork starts a new layer on top of the common counts, so
// forking costs nothing however many names a path has made (a loop over
// unknown data makes one per load), and a join looks only at the layers the
// other path added since the two split.

/** Past this many layers a table is flattened, so a lookup stays short. */
const MAX_DEPTH = 16;

export class NameCounts {
  private readonly own = new Map<string, number>();

  private constructor(private readonly parent: NameCounts | undefined, private readonly depth: number) {}

  static empty(): NameCounts {
    return new NameCounts(undefined, 0);
  }

  /** A layer for one path on top of this table, which no path writes to any more. */
  layer(): NameCounts {
    if (this.depth < MAX_DEPTH) return new NameCounts(this, this.depth + 1);
    const flat = new NameCounts(undefined, 0);
    // Newest first, so each name keeps its latest count.
    for (const t of this.layers()) {
      for (const [name, n] of t.own) if (!flat.own.has(name)) flat.own.set(name, n);
    }
    return new NameCounts(flat, 1);
  }

  // A plain loop over the layers: a generator's objects per lookup were a
  // visible part of every fresh input a load makes.
  get(name: string): number {
    const own = this.own.get(name);
    if (own !== undefined) return own;
    for (let t = this.parent; t; t = t.parent) {
      const n = t.own.get(name);
      if (n !== undefined) return n;
    }
    return 0;
  }

  set(name: string, n: number): void {
    this.own.set(name, n);
  }

  /** Raises each count to at least `other`'s, for the names `other` counted since its layers and these split. */
  raiseTo(other: NameCounts): void {
    const mine = new Set(this.layers());
    for (const t of other.layers()) {
      if (mine.has(t)) return;
      for (const [name, n] of t.own) if (n > this.get(name)) this.own.set(name, n);
    }
  }

  /** This table and the ones below it, newest first. */
  private layers(): NameCounts[] {
    const out: NameCounts[] = [this];
    for (let t = this.parent; t; t = t.parent) out.push(t);
    return out;
  }
}
