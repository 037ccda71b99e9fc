import {
  FALSE, add, and, bit, bv, eq, exprEquals, ite, not, or, sub, sym, ult, xor, zext, type Expr,
} from '../../values/expr.js';
import type { Settled } from '../../values/settled.js';
import { msb, parity, reserveUndefinedFlag } from './flags.js';
import type { X86Env, X86Flags } from './state.js';

// The six flags of add, sub and the logical operations, worked out from the
// operands and the result when first read. Most are overwritten by the next
// such instruction before anything reads them (PF, AF and OF nearly always),
// and PF alone takes sixteen nodes to build. A record is shared by every
// copy of the state made after the instruction, so each flag is built once.

export type ArithmeticFlag = 'cf' | 'pf' | 'af' | 'zf' | 'sf' | 'of';

const ARITHMETIC_FLAGS: readonly ArithmeticFlag[] = ['cf', 'pf', 'af', 'zf', 'sf', 'of'];

/** What one flag-setting instruction leaves the flags to be worked out from. */
class FlagSource {
  private cf?: Expr;
  private pf?: Expr;
  private af?: Expr;
  private zf?: Expr;
  private sf?: Expr;
  private of?: Expr;

  /**
   * `carry`: the carry or borrow in (0 for add, sub, cmp); `undefinedAf`:
   * the name a logical operation's undefined AF gets, reserved when the
   * instruction ran so that names do not depend on what is read when.
   */
  constructor(
    private readonly kind: 'add' | 'sub' | 'logic', private readonly a: Expr, private readonly b: Expr,
    private readonly carry: Expr, readonly result: Expr, private readonly undefinedAf?: string,
  ) {}

  flag(name: ArithmeticFlag): Expr {
    switch (name) {
      case 'cf': return (this.cf ??= this.carryOut());
      case 'pf': return (this.pf ??= parity(this.result));
      case 'af': return (this.af ??= this.auxiliaryCarry());
      case 'zf': return (this.zf ??= eq(this.result, bv(0, this.result.width)));
      case 'sf': return (this.sf ??= msb(this.result));
      case 'of': return (this.of ??= this.overflow());
    }
  }

  private carryOut(): Expr {
    const { a, b, carry } = this;
    const w = a.width;
    if (this.kind === 'logic') return FALSE;
    if (this.kind === 'add') return bit(add(add(zext(a, w + 1), zext(b, w + 1)), zext(carry, w + 1)), w);
    // The borrow as a comparison, not as bit w of a wider difference, so the
    // solver reads `cmp r, N / ja` as a bound on r. With no borrow-in the
    // `and` and `or` fold away and leave plain `a < b`.
    return or(ult(a, b), and(eq(a, b), carry));
  }

  private overflow(): Expr {
    const { a, b, result } = this;
    if (this.kind === 'logic') return FALSE;
    return msb(and(this.kind === 'add' ? not(xor(a, b)) : xor(a, b), xor(a, result)));
  }

  private auxiliaryCarry(): Expr {
    if (this.undefinedAf !== undefined) return sym(this.undefinedAf, 1);
    return bit(xor(xor(this.a, this.b), this.result), 4);
  }
}

/**
 * A flag of two joined paths that differ in it, or may: the join's choice
 * of the two sides' flags, made when read. Most joined PF and AF are never
 * read, and working both sides out at every join made a quarter of the
 * nodes of a large VxD's open.
 */
class JoinedFlag {
  private made?: Expr;

  constructor(private readonly flag: ArithmeticFlag, private readonly selector: Expr, private readonly mine: FlagSlot, private readonly theirs: FlagSlot) {}

  get value(): Expr {
    if (this.made === undefined) {
      const mine = worked(this.mine, this.flag), theirs = worked(this.theirs, this.flag);
      // Alike, the join keeps the one value, as a join of worked-out flags does.
      this.made = exprEquals(mine, theirs) ? mine : ite(this.selector, mine, theirs);
    }
    return this.made;
  }

  /** The side `settled` chooses, still to be worked out; undefined where it settles not this join's selector. */
  side(settled: Settled): FlagSlot | undefined {
    const way = settled.way(this.selector);
    return way === undefined ? undefined : way ? this.mine : this.theirs;
  }
}

type FlagSlot = Expr | FlagSource | JoinedFlag;

function worked(slot: FlagSlot, flag: ArithmeticFlag): Expr {
  return slot instanceof FlagSource ? slot.flag(flag) : slot instanceof JoinedFlag ? slot.value : slot;
}

const pending = (slot: FlagSlot): slot is FlagSource | JoinedFlag => slot instanceof FlagSource || slot instanceof JoinedFlag;

/**
 * The flags of one state: each of the six arithmetic flags is a value, the
 * record it is to be worked out from, or a join of two such; reading one
 * works it out.
 */
export class LazyFlags implements X86Flags {
  private cfOf: FlagSlot;
  private pfOf: FlagSlot;
  private afOf: FlagSlot;
  private zfOf: FlagSlot;
  private sfOf: FlagSlot;
  private ofOf: FlagSlot;

  constructor(flags: X86Flags | LazyFlags) {
    if (flags instanceof LazyFlags) {
      this.cfOf = flags.cfOf;
      this.pfOf = flags.pfOf;
      this.afOf = flags.afOf;
      this.zfOf = flags.zfOf;
      this.sfOf = flags.sfOf;
      this.ofOf = flags.ofOf;
    } else {
      this.cfOf = flags.cf;
      this.pfOf = flags.pf;
      this.afOf = flags.af;
      this.zfOf = flags.zf;
      this.sfOf = flags.sf;
      this.ofOf = flags.of;
    }
    this.df = flags.df;
    if (flags.if !== undefined) this.if = flags.if;
  }

  df: Expr;
  if?: Expr;

  get cf(): Expr { const v = this.cfOf; return pending(v) ? (this.cfOf = worked(v, 'cf')) : v; }
  set cf(value: Expr) { this.cfOf = value; }
  get pf(): Expr { const v = this.pfOf; return pending(v) ? (this.pfOf = worked(v, 'pf')) : v; }
  set pf(value: Expr) { this.pfOf = value; }
  get af(): Expr { const v = this.afOf; return pending(v) ? (this.afOf = worked(v, 'af')) : v; }
  set af(value: Expr) { this.afOf = value; }
  get zf(): Expr { const v = this.zfOf; return pending(v) ? (this.zfOf = worked(v, 'zf')) : v; }
  set zf(value: Expr) { this.zfOf = value; }
  get sf(): Expr { const v = this.sfOf; return pending(v) ? (this.sfOf = worked(v, 'sf')) : v; }
  set sf(value: Expr) { this.sfOf = value; }
  get of(): Expr { const v = this.ofOf; return pending(v) ? (this.ofOf = worked(v, 'of')) : v; }
  set of(value: Expr) { this.ofOf = value; }

  /**
   * Whether `other` holds this very flag, told without working it out: both
   * still hold one record (paths that split after the instruction that set
   * it), or one value. A join compares every flag of its two sides, and
   * working out PF and AF for that alone was most of their cost.
   */
  holdsSame(flag: ArithmeticFlag, other: LazyFlags): boolean {
    return this.slotOf(flag) === other.slotOf(flag);
  }

  /** Whether this flag is a value already, not still to be worked out. */
  isWorkedOut(flag: ArithmeticFlag): boolean {
    return !pending(this.slotOf(flag));
  }

  /** Sets this flag to `mine`'s where `selector` holds, else `theirs`'s, worked out when read. */
  join(flag: ArithmeticFlag, selector: Expr, mine: LazyFlags, theirs: LazyFlags): void {
    this.setSlot(flag, new JoinedFlag(flag, selector, mine.slotOf(flag), theirs.slotOf(flag)));
  }

  private setSlot(flag: ArithmeticFlag, slot: FlagSlot): void {
    switch (flag) {
      case 'cf': this.cfOf = slot; break;
      case 'pf': this.pfOf = slot; break;
      case 'af': this.afOf = slot; break;
      case 'zf': this.zfOf = slot; break;
      case 'sf': this.sfOf = slot; break;
      case 'of': this.ofOf = slot; break;
    }
  }

  /**
   * Makes each flag that is a choice on a condition `settled` settles that
   * choice, a join's still to be worked out without working it out.
   */
  decide(settled: Settled): void {
    for (const flag of ARITHMETIC_FLAGS) {
      let slot = this.slotOf(flag);
      while (slot instanceof JoinedFlag) {
        const side = slot.side(settled);
        if (side === undefined) break;
        slot = side;
      }
      this.setSlot(flag, pending(slot) ? slot : settled.chosen(slot));
    }
    this.df = settled.chosen(this.df);
    if (this.if) this.if = settled.chosen(this.if);
  }

  private slotOf(flag: ArithmeticFlag): FlagSlot {
    switch (flag) {
      case 'cf': return this.cfOf;
      case 'pf': return this.pfOf;
      case 'af': return this.afOf;
      case 'zf': return this.zfOf;
      case 'sf': return this.sfOf;
      case 'of': return this.ofOf;
    }
  }

  /** All six from `source`, but CF when `keepCarry` (inc and dec). */
  record(source: FlagSource, keepCarry: boolean): Expr {
    if (!keepCarry) this.cfOf = source;
    this.pfOf = source;
    this.afOf = source;
    this.zfOf = source;
    this.sfOf = source;
    this.ofOf = source;
    return source.result;
  }
}

/** a + b + carryIn with all six arithmetic flags; `keepCarry` is inc's rule. */
export function addFlags(flags: LazyFlags, a: Expr, b: Expr, carryIn: Expr, keepCarry = false): Expr {
  const result = add(add(a, b), zext(carryIn, a.width));
  return flags.record(new FlagSource('add', a, b, carryIn, result), keepCarry);
}

/** a - b - borrowIn (sub, sbb, cmp, neg, dec, scas, cmps). */
export function subFlags(flags: LazyFlags, a: Expr, b: Expr, borrowIn: Expr, keepCarry = false): Expr {
  const result = sub(sub(a, b), zext(borrowIn, a.width));
  return flags.record(new FlagSource('sub', a, b, borrowIn, result), keepCarry);
}

/** and/or/xor/test: CF = OF = 0, AF undefined. */
export function logicFlags(flags: LazyFlags, result: Expr, env: X86Env): void {
  flags.record(new FlagSource('logic', result, result, FALSE, result, reserveUndefinedFlag(env, 'af')), false);
}
