import type { Expr } from '../../../emulator/src/index.js';

/** Adds to `into` every constant `e` is made of: the numbers an operand or data word may name an address by. */
export function constantsIn(e: Expr, into: bigint[]): void {
  switch (e.kind) {
    case 'const': into.push(e.value); return;
    case 'sym': return;
    case 'binary': constantsIn(e.left, into); constantsIn(e.right, into); return;
    case 'ite': constantsIn(e.cond, into); constantsIn(e.then, into); constantsIn(e.else, into); return;
    default: constantsIn(e.arg, into);
  }
}
