import type { Program } from '../ir/program.js';
import { add, and, not, sub, TRUE } from '../values/expr.js';
import type { Expr } from '../values/expr.js';
import { exprEquals } from '../values/key.js';

// Where a return goes on a machine that keeps return addresses on the stack
// (x86): the CPU's `ret` takes its address from the slot the stack pointer
// points at, wherever that is, not from the call the explorer followed last.
// Each call the explorer follows put its return address in a slot, and the
// explored procedure's caller put its own in the slot the stack pointer
// points at on entry. A return from one of those slots goes back past that
// call (or out of the procedure: `call next / next: pop eax / ret`); a
// return from a slot a constant distance from them takes whatever the stack
// holds there, so the routine it ends returns to the wrong address (PW231),
// unless that is an address of the program's code (`push OFFSET32 Label` /
// `ret` is a jump to Label). A called routine's return that reads its own
// return address, wherever the routine moved it (`pop edx / pop eax / push
// edx / ret` takes an argument off), goes back past its call. One that
// reads a slot above its own reads its caller's stack (a saved register,
// or the caller's own return address). Where a register still holds the
// routine's return address, the routine popped it as it would restore a
// register (`pop esi / pop edi / ret` short of a push): it took off more
// than it put on, and goes to the wrong address too. Where none does, it
// dropped the address on purpose (`add esp, 4`) and returns for its
// caller, as the caller's own return from that slot would. Paths that
// left the stack pointer in different places and joined before the return
// leave it as an if-then-else of those places, and each goes its way on
// the paths that left it there.

/** Where a call put its return address, or the explored procedure's caller its own. */
export interface ReturnSlot {
  readonly at: Expr;
  /**
   * Whether the call went into a routine that returns through the slot:
   * not into the code right after it (`call next / next: pop eax`, code
   * learning where it runs) nor past data its return address points at
   * (`call over / db 'text' / over: pop esi`), which take the address off
   * and go on as the caller. The explored procedure is one.
   */
  readonly routine: boolean;
  /** The address the call put in the slot; none for the explored procedure's caller's. */
  readonly to: bigint | undefined;
  /** Whether a register holds `to` at the return: the routine popped its return address into it. */
  readonly held: boolean;
}

export type ReturnWay =
  /** Back past the call whose slot it is: `index` in the slots, innermost first, the procedure's own return last. */
  | { readonly kind: 'frame'; readonly index: number }
  /** A jump to code of the program whose address the stack holds there. */
  | { readonly kind: 'jump'; readonly to: bigint }
  /**
   * To an address no call put there: `distance` bytes from the slot of the
   * call it most likely belongs to (negative below it). In a called routine
   * that popped its return address and reads its caller's stack, the
   * routine's own slot; else the nearest slot above it, since what a
   * routine leaves on the stack puts its return below its own slot; else
   * the nearest below.
   */
  | { readonly kind: 'astray'; readonly distance: bigint };

/**
 * Where a return that reads its address from `slot` goes, given the slots
 * of the calls it is inside (`slots`, innermost first, the explored
 * procedure's own last) and the address it read, when known as one value:
 * a called routine's own return address goes back past its call from
 * wherever the routine moved it, taking what lay below it off the stack;
 * one that dropped its return address returns as its caller would from
 * the slot it reads.
 * A slot a constant distance from none of them (a stack pointer a loop
 * widened) is taken as the innermost call's: nothing is known to be wrong.
 */
export function returnWay(slot: Expr, slots: readonly ReturnSlot[], address: Expr | undefined, program: Program): ReturnWay {
  // The routine the return ends, when the procedure called it: it may go back past calls inside it that were no routines', not past its own.
  const inner = slots.findIndex((s) => s.routine);
  const own = inner < slots.length - 1 ? slots[inner] : undefined;
  if (own && address?.kind === 'const' && address.value === own.to) return { kind: 'frame', index: inner };
  const fromOwn = own && distance(slot, own.at);
  const intoCaller = fromOwn !== undefined && fromOwn > 0n;
  if (intoCaller && own?.held === false) {
    const forCaller = returnWay(slot, slots.slice(inner + 1), address, program);
    return forCaller.kind === 'frame' ? { kind: 'frame', index: forCaller.index + inner + 1 } : forCaller;
  }
  const index = slots.findIndex((s) => exprEquals(s.at, slot));
  if (index >= 0 && !intoCaller) return { kind: 'frame', index };
  const distances = slots.flatMap((s) => distance(slot, s.at) ?? []);
  if (distances.length === 0) return { kind: 'frame', index: 0 };
  if (index < 0 && address?.kind === 'const' && program.itemAt(address.value)?.kind === 'instruction') return { kind: 'jump', to: address.value };
  if (intoCaller) return { kind: 'astray', distance: fromOwn };
  const below = distances.filter((d) => d < 0n), above = distances.filter((d) => d > 0n);
  const nearest = below.length > 0 ? below.reduce((a, b) => (a > b ? a : b)) : above.reduce((a, b) => (a < b ? a : b));
  return { kind: 'astray', distance: nearest };
}

/** How far `slot` lies from `from`, when a constant. */
function distance(slot: Expr, from: Expr): bigint | undefined {
  const apart = sub(slot, from);
  return apart.kind === 'const' ? signed(apart.value, apart.width) : undefined;
}

function signed(value: bigint, width: number): bigint {
  const top = 1n << BigInt(width - 1);
  return value >= top ? value - 2n * top : value;
}

/** One value a joined value may be, and the condition under which it is. */
export interface Arm {
  readonly guard: Expr;
  readonly value: Expr;
}

/** Past this many places a joined stack pointer may be in, it is taken as it is: unknown, so the innermost call's (`returnWay`). */
const MAX_ARMS = 16;

/**
 * The values at the leaves of `e`'s if-then-else tree, each with the
 * conditions that lead to it, and a constant added after the join added to
 * each: a stack pointer joined from paths that left it in different places.
 * Past `MAX_ARMS` leaves, `e` as it is.
 */
export function armsOf(e: Expr): readonly Arm[] {
  const out: Arm[] = [];
  const walk = (x: Expr, guard: Expr, offset: Expr | undefined): boolean => {
    // A pop after the join adds to the joined value: `ite(c, a, b) + 4` is `a + 4` or `b + 4`.
    if (x.kind === 'binary' && x.op === 'add' && x.right.kind === 'const' && x.left.kind === 'ite') return walk(x.left, guard, offset ? add(x.right, offset) : x.right);
    if (x.kind !== 'ite') {
      out.push({ guard, value: offset ? add(x, offset) : x });
      return out.length <= MAX_ARMS;
    }
    return walk(x.then, and(guard, x.cond), offset) && walk(x.else, and(guard, not(x.cond)), offset);
  };
  return walk(e, TRUE, undefined) ? out : [{ guard: TRUE, value: e }];
}
